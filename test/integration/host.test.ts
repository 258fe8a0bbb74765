import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, startHost, type RunningHost } from '../../main/host/server';
import { createTestWorkspace, seedUsers, snapshot, type TestWorkspace } from './helpers';

const TOKEN = 'test-token-0123456789';
let t: TestWorkspace;
let host: RunningHost;
let users: ReturnType<typeof seedUsers>;

beforeAll(async () => {
  t = createTestWorkspace();
  users = seedUsers(t);
  const staticDir = join(t.dir, 'static');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>CTED</title>');
  writeFileSync(join(t.dir, 'secret.txt'), 'outside the renderer');
  host = await startHost({ dispatcher: t.api, staticDir, token: TOKEN, port: 0 });
});
afterAll(async () => {
  await host.close();
  t.close();
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so that Host and Origin can be set as an attacker would. */
function send(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        method,
        path,
        headers: { host: `127.0.0.1:${host.port}`, ...headers },
      },
      (res) => {
        let data = '';
        res.on('data', (c: Buffer) => (data += c.toString()));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: data }),
        );
      },
    );
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const api = (method: string, input: unknown, headers: Record<string, string> = {}) =>
  send(
    'POST',
    `/api/${method}`,
    { 'content-type': 'application/json', 'x-cted-token': TOKEN, ...headers },
    JSON.stringify(input),
  );

describe('the HTTP host', () => {
  it('listens on 127.0.0.1 only, on a free port, and prints a URL carrying the token', () => {
    const address = host.server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
    expect(host.port).toBeGreaterThan(0);
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${TOKEN}`);
  });

  it('answers API calls through the dispatcher', async () => {
    const reply = await api('states.list', {});
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body).value).toHaveLength(193);
  });

  it('acts as the user the UI chose, so roles are enforced', async () => {
    const input = { iso3: 'KEN', kind: 'focused', mode: 'in_person' };
    const refused = await api('visits.create', input, { 'x-cted-user': users.ctc });
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.body).error.code).toBe('FORBIDDEN');
    expect((await api('visits.create', input, { 'x-cted-user': users.planner })).status).toBe(200);
  });

  it('maps error codes to HTTP statuses and refuses broken JSON without changing anything', async () => {
    const before = snapshot(t.ws);
    expect((await api('visits.create', { iso3: 'KEN' })).status).toBe(400);
    expect((await api('no.such', {})).status).toBe(404);
    const broken = await send('POST', '/api/visits.create', { 'x-cted-token': TOKEN }, '{"iso3":');
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body).error.message).toMatch(/not valid JSON/);
    expect(snapshot(t.ws)).toBe(before);
  });

  it('refuses API calls without the right token', async () => {
    expect((await send('POST', '/api/states.list', {}, '{}')).status).toBe(401);
    expect((await send('POST', '/api/states.list', { 'x-cted-token': 'guess' }, '{}')).status).toBe(
      401,
    );
  });

  it('refuses other Host names (DNS rebinding) and other Origins', async () => {
    expect((await api('states.list', {}, { host: `evil.example:${host.port}` })).status).toBe(421);
    expect((await api('states.list', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('states.list', {}, { origin: `http://localhost:${host.port}` })).status).toBe(
      200,
    );
  });

  it('serves the renderer with a strict CSP and nothing outside it', async () => {
    const page = await send('GET', '/', {});
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(page.headers['content-security-policy']).not.toMatch(/unsafe-eval/);
    expect((await send('GET', '/../secret.txt', {})).status).toBe(404);
    expect((await send('GET', '/%2e%2e/secret.txt', {})).status).toBe(404);
    expect((await send('GET', '/api/states.list', { 'x-cted-token': TOKEN })).status).toBe(405);
  });
});

interface RawReply {
  status: number;
  /** Lower-case names; a header sent twice keeps its last value. */
  headers: Record<string, string>;
  body: string;
  /** Interim "100 Continue" replies received before the final one. */
  continues: number;
}

/** Parses what the server wrote on one connection: any 100 Continue, then one reply. */
function parseRaw(bytes: Buffer): RawReply {
  let rest = bytes;
  let continues = 0;
  while (rest.toString('latin1', 0, 13) === 'HTTP/1.1 100 ') {
    continues++;
    rest = rest.subarray(rest.indexOf('\r\n\r\n') + 4);
  }
  const end = rest.indexOf('\r\n\r\n');
  const [statusLine = '', ...lines] = rest.toString('latin1', 0, end).split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  let body = rest.subarray(end + 4);
  if (headers['transfer-encoding'] === 'chunked') {
    const parts: Buffer[] = [];
    for (let at = 0; at < body.length; ) {
      const lineEnd = body.indexOf('\r\n', at);
      const size = parseInt(body.toString('latin1', at, lineEnd), 16);
      if (!(size > 0)) break;
      parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
      at = lineEnd + 2 + size + 2;
    }
    body = Buffer.concat(parts);
  }
  return {
    status: Number(statusLine.split(' ')[1]),
    headers,
    body: body.toString('utf8'),
    continues,
  };
}

/**
 * Writes raw bytes on a fresh connection (so that malformed request lines and paths reach the
 * server as written) and reads until the server closes it (a test waiting here for a server that
 * keeps the connection open times out).
 */
function raw(text: string): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const socket = connect(host.port, '127.0.0.1');
    let received = Buffer.alloc(0);
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      socket.destroy();
      resolve(parseRaw(received));
    };
    socket.on('data', (chunk: Buffer) => (received = Buffer.concat([received, chunk])));
    socket.on('end', finish);
    socket.on('close', finish);
    socket.on('error', (e) => (received.length ? finish() : reject(e)));
    socket.write(text);
  });
}

/** A request in HTTP/1.1 form, with this host's Host header and the connection closed after. */
function rawRequest(
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body = '',
): string {
  const all = {
    host: `127.0.0.1:${host.port}`,
    connection: 'close',
    ...(body || method === 'POST' ? { 'content-length': String(Buffer.byteLength(body)) } : {}),
    ...headers,
  };
  const head = Object.entries(all)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('');
  return `${method} ${path} HTTP/1.1\r\n${head}\r\n${body}`;
}

const authorised = { 'x-cted-token': TOKEN, 'content-type': 'application/json' };

describe('the HTTP host against malformed and hostile requests', () => {
  it('answers malformed percent-encoding with 400, not an internal error, and keeps serving', async () => {
    for (const path of ['/%zz', '/%E2%82', '/assets/%', '/%C0%AF..%C0%AF']) {
      const reply = await raw(rawRequest('GET', path));
      expect(reply.status, path).toBe(400);
      expect(reply.body).toMatch(/not valid/);
    }
    for (const method of ['%zz', 'states.list%', '%E2%82%28']) {
      const reply = await raw(rawRequest('POST', `/api/${method}`, authorised, '{}'));
      expect(reply.status, method).toBe(400);
    }
    // Well-formed encodings still work, and nothing was broken by the bad ones.
    const reply = await raw(rawRequest('POST', '/api/states%2Elist', authorised, '{}'));
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body).value).toHaveLength(193);
    expect((await send('GET', '/%69ndex.html', {})).status).toBe(200);
  });

  it('answers a request line Node cannot parse with 400 and the security headers', async () => {
    const reply = await raw(`GET /a b c HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n\r\n`);
    expect(reply.status).toBe(400);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
  });

  it('refuses an oversized body on its declared length, before reading any of it', async () => {
    const before = snapshot(t.ws);
    // Only the headers are sent, on a connection asked to stay open: the reply comes, and the
    // server hangs up, without waiting for the body.
    const reply = await raw(
      rawRequest('POST', '/api/visits.create', {
        ...authorised,
        connection: 'keep-alive',
        'content-length': String(MAX_BODY_BYTES + 1),
      }),
    );
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body).error.message).toMatch(/too large/);
    expect(reply.headers.connection).toBe('close');
    // With Expect: 100-continue the client is told not to send it at all.
    const expecting = await raw(
      rawRequest('POST', '/api/visits.create', {
        ...authorised,
        'content-length': String(MAX_BODY_BYTES + 1),
        expect: '100-continue',
      }),
    );
    expect(expecting.status).toBe(413);
    expect(expecting.continues).toBe(0);
    expect(snapshot(t.ws)).toBe(before);
  });

  it('still says "100 Continue" to an accepted request that asks for it', async () => {
    const headers = `POST /api/states.list HTTP/1.1\r\nhost: 127.0.0.1:${host.port}\r\nconnection: close\r\nx-cted-token: ${TOKEN}\r\ncontent-type: application/json\r\ncontent-length: 2\r\nexpect: 100-continue\r\n\r\n`;
    const reply = await new Promise<RawReply>((resolve, reject) => {
      const socket = connect(host.port, '127.0.0.1');
      let received = Buffer.alloc(0);
      socket.on('data', (chunk: Buffer) => {
        received = Buffer.concat([received, chunk]);
        // The body goes only once the server has asked for it.
        if (received.toString() === 'HTTP/1.1 100 Continue\r\n\r\n') socket.write('{}');
      });
      socket.on('close', () => resolve(parseRaw(received)));
      socket.on('error', reject);
      socket.write(headers);
    });
    expect(reply.continues).toBe(1);
    expect(reply.status).toBe(200);
  });

  it('stops reading a chunked body as soon as it passes the limit, answers 413 and hangs up', async () => {
    const before = snapshot(t.ws);
    const piece = Buffer.alloc(1024 * 1024, 'a');
    const result = await new Promise<{ reply: RawReply; sent: number }>((resolve) => {
      const socket = connect(host.port, '127.0.0.1');
      let received = Buffer.alloc(0);
      let sent = 0;
      let closed = false;
      socket.on('data', (chunk: Buffer) => (received = Buffer.concat([received, chunk])));
      socket.on('error', () => undefined); // the server hangs up while we write: expected
      socket.on('close', () => {
        closed = true;
        resolve({ reply: parseRaw(received), sent });
      });
      const pump = () => {
        // Never ends the body (no zero-length chunk): only the limit can stop the server reading.
        while (!closed && received.length === 0 && sent < 4 * MAX_BODY_BYTES) {
          sent += piece.length;
          const more = socket.write(
            Buffer.concat([
              Buffer.from(`${piece.length.toString(16)}\r\n`),
              piece,
              Buffer.from('\r\n'),
            ]),
          );
          if (!more) return void socket.once('drain', pump);
        }
      };
      socket.write(
        `POST /api/visits.create HTTP/1.1\r\nhost: 127.0.0.1:${host.port}\r\nx-cted-token: ${TOKEN}\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n`,
      );
      pump();
    });
    expect(result.reply.status).toBe(413);
    expect(JSON.parse(result.reply.body).error.message).toMatch(/too large/);
    expect(result.sent).toBeGreaterThan(MAX_BODY_BYTES);
    // The server closed the connection well before the client ran out of body to send.
    expect(result.sent).toBeLessThan(4 * MAX_BODY_BYTES);
    expect(snapshot(t.ws)).toBe(before);
    expect((await api('states.list', {})).status).toBe(200);
  });

  it('sends nosniff, no-referrer, same-origin COOP and the CSP with every reply', async () => {
    const replies: [string, Promise<RawReply>][] = [
      ['page', raw(rawRequest('GET', '/'))],
      ['API call', raw(rawRequest('POST', '/api/states.list', authorised, '{}'))],
      ['API error', raw(rawRequest('POST', '/api/no.such', authorised, '{}'))],
      ['no token', raw(rawRequest('POST', '/api/states.list', {}, '{}'))],
      ['other origin', raw(rawRequest('GET', '/', { origin: 'http://evil.example' }))],
      ['other host', raw(rawRequest('GET', '/', { host: 'evil.example' }))],
      ['missing file', raw(rawRequest('GET', '/nothing.js'))],
      ['wrong method', raw(rawRequest('DELETE', '/'))],
      ['bad encoding', raw(rawRequest('GET', '/%zz'))],
      [
        'too large',
        raw(
          rawRequest('POST', '/api/states.list', { 'content-length': String(MAX_BODY_BYTES * 2) }),
        ),
      ],
      ['unparseable', raw(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nno colon\r\n\r\n`)],
    ];
    const statuses: number[] = [];
    for (const [what, pending] of replies) {
      const reply = await pending;
      statuses.push(reply.status);
      expect(reply.headers, what).toMatchObject({
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cross-origin-opener-policy': 'same-origin',
        'content-security-policy': expect.stringMatching(
          /^default-src 'self';.*frame-ancestors 'none'/,
        ),
      });
    }
    expect(statuses).toEqual([200, 200, 404, 401, 403, 421, 404, 405, 400, 413, 400]);
  });

  it('accepts only the exact token, whatever its length or the place where a guess differs', async () => {
    const last = TOKEN.at(-1) === 'x' ? 'y' : 'x';
    const guesses = [
      '',
      'x',
      TOKEN.slice(0, -1),
      `${TOKEN.slice(0, -1)}${last}`,
      `${last}${TOKEN.slice(1)}`,
      `${TOKEN}0`,
      TOKEN.toUpperCase(),
      `${TOKEN} x`,
      `${TOKEN}\u00e9`,
    ];
    for (const guess of guesses) {
      const reply = await raw(
        rawRequest('POST', '/api/states.list', { 'x-cted-token': guess }, '{}'),
      );
      expect(reply.status, JSON.stringify(guess)).toBe(401);
    }
    // The header twice: Node joins the values, which is not the token either.
    const twice = await raw(
      `POST /api/states.list HTTP/1.1\r\nhost: 127.0.0.1:${host.port}\r\nconnection: close\r\nx-cted-token: ${TOKEN}\r\nx-cted-token: ${TOKEN}\r\ncontent-length: 2\r\n\r\n{}`,
    );
    expect(twice.status).toBe(401);
    const reply = await raw(rawRequest('POST', '/api/states.list', authorised, '{}'));
    expect(reply.status).toBe(200);
  });
});
