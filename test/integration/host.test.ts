import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from '../../main/host/server';
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
