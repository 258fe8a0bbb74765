import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Gate } from '../../main/core/auth/gate';
import { LIMITS } from '../../main/core/auth/attempts';
import { MAX_BODY_BYTES, startHost, type RunningHost } from '../../main/host/server';
import {
  createTestWorkspace,
  givePassphrase,
  noonOf,
  PASSPHRASE,
  seedUsers,
  snapshot,
  TODAY,
  userWithRole,
  type TestWorkspace,
} from './helpers';

const TOKEN = 'test-token-0123456789';
let t: TestWorkspace;
let host: RunningHost;
let users: ReturnType<typeof seedUsers> & { admin: string };
/** The gate's clock: the tests move it to make sessions idle and waits pass. */
let clock = noonOf(TODAY);
/** The administrator's session cookie, sent by `api` unless other headers replace it. */
let adminCookie: string;

beforeAll(async () => {
  t = createTestWorkspace();
  users = { ...seedUsers(t), admin: userWithRole(t, 'admin') };
  givePassphrase(t, Object.values(users));
  const staticDir = join(t.dir, 'static');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>CTED</title>');
  writeFileSync(join(t.dir, 'secret.txt'), 'outside the renderer');
  host = await startHost({
    gate: new Gate(t.ws, t.api, { now: () => clock }),
    staticDir,
    token: TOKEN,
    port: 0,
  });
  adminCookie = await signIn('Administrator');
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

/** An API call with the token, as the administrator unless a cookie (or other headers) is given. */
const api = (method: string, input: unknown, headers: Record<string, string> = {}) =>
  send(
    'POST',
    `/api/${method}`,
    { 'content-type': 'application/json', 'x-cted-token': TOKEN, cookie: adminCookie, ...headers },
    JSON.stringify(input),
  );

/** A session action with the token (and the cookie given, if any). */
const session = (action: string, input: unknown, cookie?: string) =>
  send(
    'POST',
    `/session/${action}`,
    {
      'content-type': 'application/json',
      'x-cted-token': TOKEN,
      ...(cookie ? { cookie } : {}),
    },
    JSON.stringify(input),
  );

/** The `name=value` of the session cookie a reply sets. */
function cookieOf(reply: Reply): string {
  const set = reply.headers['set-cookie']?.[0] ?? '';
  return set.split(';')[0]!;
}

async function signIn(user: string, passphrase = PASSPHRASE): Promise<string> {
  const reply = await session('signIn', { user, passphrase });
  expect(reply.status, reply.body).toBe(200);
  return cookieOf(reply);
}

const errorOf = (reply: Reply) => JSON.parse(reply.body).error as { code: string; message: string };

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

  it('acts as the signed-in user, so roles are enforced', async () => {
    const input = { iso3: 'KEN', kind: 'focused', mode: 'in_person' };
    const ctc = await signIn('Carl Committee');
    const refused = await api('visits.create', input, { cookie: ctc });
    expect(refused.status).toBe(403);
    expect(errorOf(refused)).toMatchObject({ code: 'FORBIDDEN', message: /Carl Committee/ });
    const planner = await signIn('paula planner');
    expect((await api('visits.create', input, { cookie: planner })).status).toBe(200);
  });

  it('maps error codes to HTTP statuses and refuses broken JSON without changing anything', async () => {
    const before = snapshot(t.ws);
    expect((await api('visits.create', { iso3: 'KEN' })).status).toBe(400);
    expect((await api('no.such', {})).status).toBe(404);
    const broken = await send(
      'POST',
      '/api/visits.create',
      { 'x-cted-token': TOKEN, cookie: adminCookie },
      '{"iso3":',
    );
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body).error.message).toMatch(/not valid JSON/);
    expect(snapshot(t.ws)).toBe(before);
  });

  it('refuses API calls without the right token', async () => {
    expect((await send('POST', '/api/states.list', {}, '{}')).status).toBe(401);
    expect(
      (
        await send(
          'POST',
          '/api/states.list',
          { 'x-cted-token': 'guess', cookie: adminCookie },
          '{}',
        )
      ).status,
    ).toBe(401);
    expect((await send('POST', '/session/state', {}, '{}')).status).toBe(401);
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
    expect((await send('GET', '/session/state', { 'x-cted-token': TOKEN })).status).toBe(405);
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

/** The token and the administrator's session (read once beforeAll has signed in). */
const authorised = {
  'x-cted-token': TOKEN,
  'content-type': 'application/json',
  get cookie() {
    return adminCookie;
  },
};

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
    const headers = `POST /api/states.list HTTP/1.1\r\nhost: 127.0.0.1:${host.port}\r\nconnection: close\r\nx-cted-token: ${TOKEN}\r\ncookie: ${adminCookie}\r\ncontent-type: application/json\r\ncontent-length: 2\r\nexpect: 100-continue\r\n\r\n`;
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

describe('signing in over HTTP', () => {
  it('gives a session in an HttpOnly, SameSite=Strict cookie, and a new one at each sign-in', async () => {
    const reply = await session('signIn', { user: 'Paula Planner', passphrase: PASSPHRASE });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body).value).toMatchObject({
      status: 'active',
      user: { id: users.planner, name: 'Paula Planner', role: 'planner' },
      lockAfterMinutes: 15,
    });
    const set = String(reply.headers['set-cookie']);
    expect(set).toMatch(
      new RegExp(`^cted_session_${host.port}=[\\w-]{43}; Path=/; HttpOnly; SameSite=Strict$`),
    );
    const first = cookieOf(reply);
    // Signing in again from the same browser replaces the session: the old id stops working.
    const again = await session('signIn', { user: 'Paula Planner', passphrase: PASSPHRASE }, first);
    const second = cookieOf(again);
    expect(second).not.toBe(first);
    expect((await api('states.list', {}, { cookie: first })).status).toBe(401);
    expect((await api('states.list', {}, { cookie: second })).status).toBe(200);
  });

  it('refuses every call without a live session, with a clear message', async () => {
    const none = await api('states.list', {}, { cookie: '' });
    expect(none.status).toBe(401);
    expect(errorOf(none)).toEqual({
      code: 'UNAUTHENTICATED',
      message: 'You are not signed in, or your session has ended: sign in again.',
    });
    const state = await session('state', {});
    expect(JSON.parse(state.body).value).toMatchObject({ status: 'signedOut', user: null });
  });

  it('refuses impersonation: a user header, a user field, a signed-out session, a forged cookie', async () => {
    const field = await signIn('Fatima Field');
    const before = snapshot(t.ws);
    const visit = { iso3: 'KEN', kind: 'advocacy', mode: 'virtual' };
    // A header naming the administrator is refused outright, whatever the cookie.
    const header = await api('visits.create', visit, { cookie: field, 'x-cted-user': users.admin });
    expect(header.status).toBe(400);
    expect(errorOf(header).message).toMatch(/x-cted-user header is not accepted/);
    const headerAlone = await api(
      'states.list',
      {},
      { cookie: '', 'x-cted-user': 'Administrator' },
    );
    expect(headerAlone.status).toBe(400);
    // A field of the body naming someone else changes nothing: the call still runs as the field
    // user (FORBIDDEN), or is refused as input the method does not take.
    const asField = await api(
      'visits.create',
      { ...visit, user: users.planner },
      { cookie: field },
    );
    expect(asField.status).toBe(403);
    expect(errorOf(asField).message).toMatch(/Fatima Field/);
    const extra = await api(
      'users.changeOwnPassphrase',
      { current: PASSPHRASE, next: 'another long passphrase', user: users.admin },
      { cookie: field },
    );
    expect(errorOf(extra).code).toBe('VALIDATION');
    // The cookie of a session that signed out, and cookies nobody was given.
    const planner = await signIn('Paula Planner');
    expect((await session('signOut', {}, planner)).headers['set-cookie']?.[0]).toMatch(/Max-Age=0/);
    for (const cookie of [
      planner,
      `cted_session_${host.port}=forged-session-id`,
      `cted_session_${host.port}=${'A'.repeat(43)}`,
      `cted_session_${host.port + 1}=${planner.split('=')[1]}`,
    ]) {
      const reply = await api('visits.create', visit, { cookie });
      expect(reply.status, cookie).toBe(401);
      expect(errorOf(reply).code).toBe('UNAUTHENTICATED');
    }
    expect(snapshot(t.ws)).toBe(before);
  });

  it('refuses a wrong passphrase or an unknown name alike, and makes repeated guesses wait', async () => {
    const wrong = await session('signIn', { user: 'Carl Committee', passphrase: 'not it' });
    expect(wrong.status).toBe(401);
    expect(errorOf(wrong)).toEqual({
      code: 'UNAUTHENTICATED',
      message: 'The user name or passphrase is not right.',
    });
    const unknown = await session('signIn', { user: 'Nobody', passphrase: PASSPHRASE });
    expect(errorOf(unknown)).toEqual(errorOf(wrong));
    expect(wrong.headers['set-cookie']).toBeUndefined();

    for (let i = 1; i < LIMITS.perName; i++)
      expect(
        (await session('signIn', { user: 'Carl Committee', passphrase: `guess ${i}` })).status,
      ).toBe(401);
    // Now even the right passphrase waits: the guesser learns nothing more.
    const waiting = await session('signIn', { user: 'carl committee', passphrase: PASSPHRASE });
    expect(waiting.status).toBe(429);
    expect(errorOf(waiting)).toMatchObject({
      code: 'TOO_MANY_ATTEMPTS',
      message: 'Too many wrong passphrases for this user. Try again in 30 seconds.',
    });
    // Other users are not held up by one name's guesses.
    expect(
      (await session('signIn', { user: 'Paula Planner', passphrase: PASSPHRASE })).status,
    ).toBe(200);
    clock += 20_000;
    expect(
      errorOf(await session('signIn', { user: 'Carl Committee', passphrase: PASSPHRASE })).message,
    ).toMatch(/Try again in 10 seconds/);
    clock += 11_000;
    const again = await session('signIn', { user: 'Carl Committee', passphrase: 'still wrong' });
    expect(again.status).toBe(401);
    // One more failure after the wait doubles it.
    expect(
      errorOf(await session('signIn', { user: 'Carl Committee', passphrase: PASSPHRASE })).message,
    ).toMatch(/Try again in 60 seconds/);
    clock += 61_000;
    await signIn('Carl Committee');
  });

  it('refuses a disabled user, and ends the sessions of a user who is disabled or whose passphrase is reset', async () => {
    const field = await signIn('Fatima Field');
    expect((await api('users.disable', { id: users.field, disabled: true })).status).toBe(200);
    const ended = await api('states.list', {}, { cookie: field });
    expect(ended.status).toBe(401);
    expect(errorOf(ended).message).toMatch(/has been disabled/);
    const refused = await session('signIn', { user: 'Fatima Field', passphrase: PASSPHRASE });
    expect(refused.status).toBe(401);
    expect(errorOf(refused).message).toBe(
      'Fatima Field’s account has been disabled: ask an administrator to enable it again.',
    );
    expect((await api('users.disable', { id: users.field, disabled: false })).status).toBe(200);

    const planner = await signIn('Paula Planner');
    const reset = await api('users.resetPassphrase', {
      id: users.planner,
      passphrase: 'a new passphrase',
    });
    expect(reset.status).toBe(200);
    const afterReset = await api('states.list', {}, { cookie: planner });
    expect(errorOf(afterReset)).toMatchObject({
      code: 'UNAUTHENTICATED',
      message: /changed elsewhere/,
    });
    // A user's own change keeps their session; their old passphrase stops working.
    const again = await signIn('Paula Planner', 'a new passphrase');
    const changed = await api(
      'users.changeOwnPassphrase',
      { current: 'a new passphrase', next: PASSPHRASE },
      { cookie: again },
    );
    expect(changed.status, changed.body).toBe(200);
    expect((await api('states.list', {}, { cookie: again })).status).toBe(200);
    expect(
      (await session('signIn', { user: 'Paula Planner', passphrase: 'a new passphrase' })).status,
    ).toBe(401);
  });

  it('runs a script with an API key as the key’s user, until the key is revoked', async () => {
    const issued = await api('apiKeys.create', { name: 'nightly export', userId: users.ctc });
    expect(issued.status).toBe(200);
    const key = JSON.parse(issued.body).value as { id: string; key: string };
    expect(key.key).toMatch(/^cted_[\w-]{43}$/);
    const bearer = (k: string) => ({ cookie: '', authorization: `Bearer ${k}` });
    expect((await api('states.list', {}, bearer(key.key))).status).toBe(200);
    // Roles apply: the key acts as the CTC member, even next to the administrator's cookie.
    const refused = await api(
      'visits.create',
      { iso3: 'KEN', kind: 'advocacy', mode: 'virtual' },
      {
        authorization: `Bearer ${key.key}`,
      },
    );
    expect(errorOf(refused)).toMatchObject({ code: 'FORBIDDEN', message: /Carl Committee/ });
    expect(JSON.stringify(JSON.parse((await api('apiKeys.list', {})).body))).not.toContain(key.key);
    for (const k of [`${key.key}x`, 'cted_guess', ''])
      expect((await api('states.list', {}, bearer(k))).status).toBe(401);
    expect((await api('apiKeys.revoke', { id: key.id })).status).toBe(200);
    const revoked = await api('states.list', {}, bearer(key.key));
    expect(revoked.status).toBe(401);
    expect(errorOf(revoked).message).toMatch(/unknown or has been revoked/);
  });

  it('locks a session after the inactivity time; only its passphrase unlocks it', async () => {
    const planner = await signIn('Paula Planner');
    clock += 10 * 60_000;
    // Activity in the page (reported by the renderer) keeps the session alive.
    expect(JSON.parse((await session('activity', {}, planner)).body).value.status).toBe('active');
    clock += 10 * 60_000;
    expect((await api('states.list', {}, { cookie: planner })).status).toBe(200);
    clock += 16 * 60_000;
    const locked = await api('states.list', {}, { cookie: planner });
    expect(locked.status).toBe(401);
    expect(errorOf(locked)).toEqual({
      code: 'LOCKED',
      message:
        'The app locked itself after 15 minutes without activity: enter your passphrase to go on.',
    });
    expect(JSON.parse((await session('state', {}, planner)).body).value).toMatchObject({
      status: 'locked',
      user: { name: 'Paula Planner' },
    });
    const wrong = await session('unlock', { passphrase: 'not it' }, planner);
    expect(errorOf(wrong)).toEqual({
      code: 'UNAUTHENTICATED',
      message: 'The passphrase is not right.',
    });
    const unlocked = await session('unlock', { passphrase: PASSPHRASE }, planner);
    expect(JSON.parse(unlocked.body).value.status).toBe('active');
    expect((await api('states.list', {}, { cookie: planner })).status).toBe(200);
    // Locking at once (the page's own timer, or the user) works the same way.
    await session('lock', {}, planner);
    expect(errorOf(await api('states.list', {}, { cookie: planner })).code).toBe('LOCKED');
    adminCookie = await signIn('Administrator');
  });
});

describe('the first run over HTTP', () => {
  it('asks for the first administrator while nobody can sign in, once', async () => {
    const fresh = createTestWorkspace();
    const first = await startHost({
      gate: new Gate(fresh.ws, fresh.api),
      staticDir: join(t.dir, 'static'),
      token: TOKEN,
      port: 0,
    });
    const at = (action: string, input: unknown, cookie?: string) =>
      new Promise<Reply>((resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port: first.port,
            method: 'POST',
            path: `/session/${action}`,
            headers: {
              host: `127.0.0.1:${first.port}`,
              'x-cted-token': TOKEN,
              ...(cookie ? { cookie } : {}),
            },
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
        req.end(JSON.stringify(input));
      });
    try {
      expect(JSON.parse((await at('state', {})).body).value.status).toBe('setup');
      const before = snapshot(fresh.ws);
      const short = await at('setup', { name: 'A. Admin', passphrase: 'short' });
      expect(short.status).toBe(400);
      expect(errorOf(short).message).toMatch(/at least 8 characters/);
      expect(snapshot(fresh.ws)).toBe(before);
      const done = await at('setup', { name: 'A. Admin', passphrase: PASSPHRASE });
      expect(done.status).toBe(200);
      expect(JSON.parse(done.body).value).toMatchObject({
        status: 'active',
        user: { name: 'A. Admin', role: 'admin' },
      });
      expect(cookieOf(done)).toMatch(new RegExp(`^cted_session_${first.port}=`));
      const again = await at('setup', { name: 'Someone Else', passphrase: PASSPHRASE });
      expect(again.status).toBe(409);
      expect(JSON.parse((await at('state', {})).body).value.status).toBe('signedOut');
      expect(fresh.value('users.list', {}).map((u) => u.name)).toEqual(['A. Admin']);
    } finally {
      await first.close();
      fresh.close();
    }
  });
});
