// The loopback HTTP host (DESIGN §2, §7): serves the built renderer and POST /api/<method> to the
// dispatcher. Binds 127.0.0.1 only; every API call carries the per-start token; Host and Origin
// are checked against DNS rebinding. No handler logic here.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { ApiResult } from '../../shared/api/contract';
import type { Dispatcher } from '../core/dispatcher';

export interface HostOptions {
  dispatcher: Dispatcher;
  /** The built renderer (vite's output folder). */
  staticDir: string;
  token: string;
  port: number;
  /** The caller when the UI has not chosen a user (the workspace's first admin when absent). */
  defaultUser?: string | null;
}

export interface RunningHost {
  server: Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

/** Room for an indicator import of 200,000 rows (50,000 rows are about 5 MB of JSON). */
const MAX_BODY_BYTES = 32 * 1024 * 1024;
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

const STATUS_OF: Record<string, number> = {
  VALIDATION: 400,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  INTEGRITY: 422,
  INTERNAL: 500,
};

export function startHost(options: HostOptions): Promise<RunningHost> {
  let port = options.port;
  const server = createServer((req, res) => {
    handle(req, res, options, port).catch(() => {
      if (!res.headersSent)
        send(res, 500, {
          ok: false,
          error: { code: 'INTERNAL', message: 'The local server failed to answer.' },
        });
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      const address = server.address();
      port = typeof address === 'object' && address ? address.port : options.port;
      resolve({
        server,
        port,
        url: `http://127.0.0.1:${port}/?token=${options.token}`,
        // A browser keeps connections open that would otherwise hold the close. Every call runs
        // synchronously in its own transaction, so dropping them never leaves a half-made change.
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  options: HostOptions,
  port: number,
): Promise<void> {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!allowedHosts.includes(req.headers.host ?? '')) return sendText(res, 421, 'Unknown host.');
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedHosts.map((h) => `http://${h}`).includes(origin))
    return sendText(res, 403, 'Cross-origin requests are refused.');

  const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
  if (url.pathname.startsWith('/api/')) {
    if (req.method !== 'POST') return sendText(res, 405, 'Use POST.');
    if (req.headers['x-cted-token'] !== options.token) {
      return send(res, 401, {
        ok: false,
        error: {
          code: 'FORBIDDEN',
          message:
            'This page is not authorised: open the address printed when the app started (it carries the access token).',
        },
      });
    }
    const method = decodeURIComponent(url.pathname.slice('/api/'.length));
    let input: unknown;
    try {
      const body = await readBody(req);
      input = body.length === 0 ? {} : JSON.parse(body);
    } catch (e) {
      return send(res, 400, {
        ok: false,
        error: {
          code: 'VALIDATION',
          message:
            (e as Error).message === 'too large'
              ? 'The request is too large.'
              : 'The request is not valid JSON.',
        },
      });
    }
    const user = headerValue(req.headers['x-cted-user']) ?? options.defaultUser ?? null;
    const result = options.dispatcher.call(method, input, { user });
    return send(res, result.ok ? 200 : (STATUS_OF[result.error.code] ?? 500), result);
  }
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return sendText(res, 405, 'Method not allowed.');
  return serveStatic(res, options.staticDir, url.pathname);
}

function headerValue(v: string | string[] | undefined): string | null {
  const s = Array.isArray(v) ? v[0] : v;
  return s ? s : null;
}

async function serveStatic(res: ServerResponse, root: string, pathname: string): Promise<void> {
  const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  const file = join(root, relative === '' ? 'index.html' : relative);
  if (!file.startsWith(root + sep) && file !== root) return sendText(res, 404, 'Not found.');
  const type = CONTENT_TYPES[extname(file)];
  try {
    if (!type) throw new Error('unknown type');
    const body = await readFile(file);
    res.writeHead(200, {
      'content-type': type,
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    res.end(body);
  } catch {
    sendText(res, 404, 'Not found.');
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: ApiResult<unknown>): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(JSON.stringify(body));
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}
