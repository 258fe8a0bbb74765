// The loopback HTTP host (DESIGN §2, §7): serves the built renderer, POST /session/<action> (sign
// in, first administrator, lock, unlock, sign out) and POST /api/<method>, both through the gate
// (main/core/auth/gate.ts). Binds 127.0.0.1 only; every session and API request carries the
// per-start token; Host and Origin are checked against DNS rebinding, and the token compared in
// constant time. Every API call runs as the user of the session cookie (HttpOnly, SameSite=Strict)
// or of an `Authorization: Bearer` API key; no header or field can name another. Malformed
// addresses answer 400 and oversized bodies 413 before they are read; every reply carries the
// security headers (CSP, nosniff, no referrer, COOP). No handler logic here.
import { createHash, timingSafeEqual } from 'node:crypto';
import {
  createServer,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { Duplex } from 'node:stream';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { ApiResult } from '../../shared/api/contract';
import type { Gate } from '../core/auth/gate';

export interface HostOptions {
  /** Signs in and runs every API call as the signed-in user. */
  gate: Gate;
  /** The built renderer (vite's output folder). */
  staticDir: string;
  token: string;
  port: number;
}

export interface RunningHost {
  server: Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

/** Room for an indicator import of 200,000 rows (50,000 rows are about 5 MB of JSON). */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;
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

/** Sent with every reply, whatever its status: no MIME sniffing, no referrer, no shared window. */
const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
} as const;

const STATUS_OF: Record<string, number> = {
  VALIDATION: 400,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  INTEGRITY: 422,
  INTERNAL: 500,
  UNAUTHENTICATED: 401,
  LOCKED: 401,
  TOO_MANY_ATTEMPTS: 429,
};

export function startHost(options: HostOptions): Promise<RunningHost> {
  let port = options.port;
  const tokenDigest = digest(options.token);
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res, options, port, tokenDigest).catch(() => {
      if (!res.headersSent)
        send(res, 500, {
          ok: false,
          error: { code: 'INTERNAL', message: 'The local server failed to answer.' },
        });
    });
  };
  const server = createServer(listener);
  // With this listener Node no longer answers "100 Continue" by itself: handle() does, only once
  // the request is accepted, so that an oversized body is refused before it is even sent.
  server.on('checkContinue', listener);
  // Requests that Node cannot parse (a malformed request line or header, headers too large) get
  // an answer with the same security headers instead of Node's bare one.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    const inFlight = (socket as Duplex & { _httpMessage?: ServerResponse | null })._httpMessage;
    if (error.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent)
      return void socket.destroy();
    const [status, reason] =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request Header Fields Too Large']
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? [408, 'Request Timeout']
          : [400, 'Bad Request'];
    const text = 'The request could not be read.';
    const head = Object.entries({
      'content-type': 'text/plain; charset=utf-8',
      'content-length': String(Buffer.byteLength(text)),
      connection: 'close',
      ...SECURITY_HEADERS,
    })
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('');
    socket.end(`HTTP/1.1 ${status} ${reason}\r\n${head}\r\n${text}`);
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

/** A fixed-length digest, so that tokens of any length are compared in constant time. */
const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/** Whether the request carries the token, compared without leaking where it differs. */
function hasToken(req: IncomingMessage, expected: Buffer): boolean {
  const given = req.headers['x-cted-token'];
  if (typeof given !== 'string') return false;
  return timingSafeEqual(digest(given), expected);
}

/** Percent-decoding that answers null for a malformed sequence (%zz, a lone %E2) instead of throwing. */
function decodePath(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** The declared body length is over the limit (a chunked body is checked while it is read). */
function declaresTooMuch(req: IncomingMessage): boolean {
  const length = Number(req.headers['content-length'] ?? 0);
  return !Number.isFinite(length) || length > MAX_BODY_BYTES;
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  options: HostOptions,
  port: number,
  tokenDigest: Buffer,
): Promise<void> {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!allowedHosts.includes(req.headers.host ?? '')) return sendText(res, 421, 'Unknown host.');
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedHosts.map((h) => `http://${h}`).includes(origin))
    return sendText(res, 403, 'Cross-origin requests are refused.');
  // Refused on its declared length alone: not one byte of the body is read.
  if (declaresTooMuch(req)) return tooLarge(req, res);

  let url: URL;
  try {
    url = new URL(req.url ?? '/', `http://${req.headers.host}`);
  } catch {
    return sendText(res, 400, 'The address is not valid.');
  }
  const api = url.pathname.startsWith('/api/');
  if (api || url.pathname.startsWith('/session/')) {
    if (req.method !== 'POST') return sendText(res, 405, 'Use POST.');
    if (!hasToken(req, tokenDigest)) {
      return send(res, 401, {
        ok: false,
        error: {
          code: 'FORBIDDEN',
          message:
            'This page is not authorised: open the address printed when the app started (it carries the access token).',
        },
      });
    }
    // The caller comes from the session or the API key only; a request that tries to name one
    // is refused outright rather than silently run as someone else.
    if (req.headers['x-cted-user'] !== undefined)
      return send(res, 400, {
        ok: false,
        error: {
          code: 'VALIDATION',
          message:
            'The x-cted-user header is not accepted: calls run as the signed-in user (or the API key’s user).',
        },
      });
    const name = decodePath(url.pathname.slice(api ? '/api/'.length : '/session/'.length));
    if (name === null) return badAddress(res);
    if (req.headers.expect?.toLowerCase() === '100-continue') res.writeContinue();
    let input: unknown;
    try {
      const body = await readBody(req);
      input = body.length === 0 ? {} : JSON.parse(body);
    } catch (e) {
      if (e instanceof BodyTooLarge) return tooLarge(req, res);
      return send(res, 400, {
        ok: false,
        error: { code: 'VALIDATION', message: 'The request is not valid JSON.' },
      });
    }
    const cookieName = `${SESSION_COOKIE}_${port}`;
    const sessionId = cookieValue(req, cookieName);
    if (!api) {
      const reply = await options.gate.session(name, sessionId, input);
      const cookie =
        reply.sessionId === sessionId
          ? {}
          : { 'set-cookie': sessionCookie(cookieName, reply.sessionId) };
      return send(res, statusOf(reply.result), reply.result, cookie);
    }
    const key = bearerKey(req);
    const result = await (key === undefined
      ? options.gate.call(sessionId, name, input)
      : options.gate.callWithKey(key ?? '', name, input));
    return send(res, statusOf(result), result);
  }
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return sendText(res, 405, 'Method not allowed.');
  const path = decodePath(url.pathname);
  if (path === null) return badAddress(res);
  return serveStatic(res, options.staticDir, path);
}

const statusOf = (result: ApiResult<unknown>) =>
  result.ok ? 200 : (STATUS_OF[result.error.code] ?? 500);

/** The session cookie's name, followed by the port: two hosts on one machine keep apart. */
const SESSION_COOKIE = 'cted_session';

/** A cookie's value from the request, or null. */
function cookieValue(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim() || null;
  }
  return null;
}

/** Sets the session cookie (HttpOnly: no script reads it; Strict: no other site sends it), or clears it. */
function sessionCookie(name: string, id: string | null): string {
  const attributes = 'Path=/; HttpOnly; SameSite=Strict';
  return id ? `${name}=${id}; ${attributes}` : `${name}=; ${attributes}; Max-Age=0`;
}

/** `Authorization: Bearer KEY` → KEY; undefined without the header; null when it is malformed. */
function bearerKey(req: IncomingMessage): string | null | undefined {
  const header = req.headers.authorization;
  if (header === undefined) return undefined;
  return /^Bearer ([\x21-\x7e]+)$/.exec(header)?.[1] ?? null;
}

/** `pathname` is already percent-decoded. */
async function serveStatic(res: ServerResponse, root: string, pathname: string): Promise<void> {
  const relative = normalize(pathname).replace(/^([/\\])+/, '');
  const file = join(root, relative === '' ? 'index.html' : relative);
  if (!file.startsWith(root + sep) && file !== root) return sendText(res, 404, 'Not found.');
  const type = CONTENT_TYPES[extname(file)];
  try {
    if (!type) throw new Error('unknown type');
    const body = await readFile(file);
    writeHead(res, 200, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
  } catch {
    sendText(res, 404, 'Not found.');
  }
}

class BodyTooLarge extends Error {}

/**
 * The body as text. A body without a declared length (chunked) that passes the limit stops being
 * read at once: what came is dropped, and the connection closes after the 413 reply.
 */
function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) return void chunks.push(chunk);
      req.off('data', onData);
      req.pause();
      chunks.length = 0;
      reject(new BodyTooLarge());
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function writeHead(res: ServerResponse, status: number, headers: OutgoingHttpHeaders): void {
  res.writeHead(status, { ...headers, ...SECURITY_HEADERS });
}

function send(
  res: ServerResponse,
  status: number,
  body: ApiResult<unknown>,
  headers: OutgoingHttpHeaders = {},
): void {
  writeHead(res, status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(JSON.stringify(body));
}

function sendText(res: ServerResponse, status: number, text: string): void {
  writeHead(res, status, {
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(text);
}

function badAddress(res: ServerResponse): void {
  sendText(res, 400, 'The address is not valid (malformed percent-encoding).');
}

/** How long the rest of a refused body is still let in (and dropped) before the connection closes. */
const LINGER_MS = 2000;

/**
 * 413, and the connection closes: the rest of the body is never kept. The close lingers, as web
 * servers do: closing a socket while the client is still sending makes the system reset the
 * connection, and the client may lose the reply before it reads it. So the reply goes at once and
 * the connection is closed for writing (Node calls destroySoon() once a "close" reply is sent),
 * while whatever still comes is dropped unread for at most LINGER_MS, then the socket goes.
 */
function tooLarge(req: IncomingMessage, res: ServerResponse): void {
  const socket = req.socket;
  socket.destroySoon = () => {
    socket.end();
    setTimeout(() => socket.destroy(), LINGER_MS).unref();
  };
  req.resume();
  writeHead(res, 413, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'close',
  });
  res.end(
    JSON.stringify({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: `The request is too large (at most ${MAX_BODY_BYTES / 1024 / 1024} MB).`,
      },
    } satisfies ApiResult<unknown>),
  );
}
