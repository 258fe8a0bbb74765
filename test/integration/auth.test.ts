// Users and sign-in in the core (issue "Trust"): how passphrases are stored, what administrators
// and users may change, what is refused (leaving the workspace exactly as it was), and the gate
// that establishes the caller. The HTTP side is in host.test.ts, the command line in cli.test.ts.
import { scrypt } from '@noble/hashes/scrypt.js';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AttemptLimiter, LIMITS } from '../../main/core/auth/attempts';
import { Gate } from '../../main/core/auth/gate';
import {
  DECOY_HASH,
  hashPassphrase,
  parseHash,
  verifyPassphrase,
} from '../../main/core/auth/passphrase';
import { loadMigrations } from '../../main/core/db/migrations';
import { openWorkspace } from '../../main/core/db/workspace';
import { createDispatcher } from '../../main/core/dispatcher';
import { DEMO_PASSPHRASE } from '../../shared/api/session';
import {
  copyOfDemo,
  createTestWorkspace,
  demoTemplate,
  expectRefused,
  givePassphrase,
  noonOf,
  PASSPHRASE,
  seedUsers,
  tempDir,
  TODAY,
  userWithRole,
  type TestWorkspace,
} from './helpers';

let t: TestWorkspace;
let users: ReturnType<typeof seedUsers> & { admin: string };
beforeEach(() => {
  t = createTestWorkspace();
  users = { ...seedUsers(t), admin: userWithRole(t, 'admin') };
});
afterEach(() => t.close());

const hashOf = (id: string) =>
  t.ws.db.prepare('SELECT hash FROM credentials WHERE user_id = ?').pluck().get(id) as
    | string
    | undefined;

/** Every value the audit trail and the events hold, as one text to search. */
const everythingLogged = () =>
  JSON.stringify([
    t.ws.db.prepare('SELECT old_value, new_value FROM change_log').raw().all(),
    t.ws.db.prepare('SELECT * FROM events').raw().all(),
  ]);

describe('passphrases', () => {
  it('are stored as scrypt hashes with their parameters and a salt of their own, never logged', () => {
    const a = t.value('users.create', {
      name: 'Ana Admin',
      role: 'admin',
      email: 'ana@example.org',
      passphrase: PASSPHRASE,
    });
    const b = t.value('users.create', {
      name: 'Bo Planner',
      role: 'planner',
      passphrase: PASSPHRASE,
    });
    expect(a).toEqual({
      id: a.id,
      name: 'Ana Admin',
      role: 'admin',
      email: 'ana@example.org',
      disabled: false,
      hasPassphrase: true,
    });
    const [hashA, hashB] = [hashOf(a.id)!, hashOf(b.id)!];
    expect(hashA).toMatch(/^scrypt\$65536\$8\$1\$[\w+/]{22}==\$[\w+/]{43}=$/);
    expect(hashA.split('$')[4]).not.toBe(hashB.split('$')[4]);
    expect(verifyPassphrase(PASSPHRASE, hashA)).toBe(true);
    expect(verifyPassphrase(`${PASSPHRASE} `, hashA)).toBe(false);
    expect(verifyPassphrase(PASSPHRASE.toUpperCase(), hashA)).toBe(false);
    const logged = everythingLogged();
    expect(logged).not.toContain(PASSPHRASE);
    expect(logged).not.toContain(hashA.split('$')[5]);
    expect(
      t
        .value('audit.history', { table: 'users', id: a.id })
        .map((c) => c.column)
        .sort(),
    ).toEqual(['disabled', 'email', 'name', 'role']);
  });

  it('are checked with the parameters stored beside them, within sane bounds', () => {
    const salt = new Uint8Array(16).fill(7);
    const key = scrypt('older and cheaper', salt, { N: 1024, r: 8, p: 1, dkLen: 32 });
    const older = `scrypt$1024$8$1$${Buffer.from(salt).toString('base64')}$${Buffer.from(key).toString('base64')}`;
    expect(verifyPassphrase('older and cheaper', older)).toBe(true);
    expect(verifyPassphrase('older and cheaper', older.replace('$1024$', '$2048$'))).toBe(false);
    // Parameters that would make one check take minutes, or hashes of another kind, are refused.
    for (const bad of [
      older.replace('$1024$', `$${2 ** 24}$`),
      older.replace('$1024$', '$1000$'),
      older.replace('$8$1$', '$8$99$'),
      older.replace('scrypt', 'argon2id'),
      'plain text',
    ]) {
      expect(parseHash(bad), bad).toBeNull();
      expect(verifyPassphrase('older and cheaper', bad)).toBe(false);
    }
    expect(verifyPassphrase('', DECOY_HASH)).toBe(false);
  });

  it('match whatever way accented letters were typed', () => {
    const hash = hashPassphrase('café au lait, s’il vous plaît');
    expect(verifyPassphrase('cafe\u0301 au lait, s’il vous plai\u0302t', hash)).toBe(true);
  });

  it('can be changed by every user, field teams included, knowing the current one', () => {
    givePassphrase(t, [users.field]);
    const changed = t.value(
      'users.changeOwnPassphrase',
      { current: PASSPHRASE, next: 'a field passphrase' },
      users.field,
    );
    expect(changed).toMatchObject({ id: users.field, hasPassphrase: true });
    expect(verifyPassphrase('a field passphrase', hashOf(users.field)!)).toBe(true);
    expect(eventsOf(users.field)).toEqual([
      { kind: 'user.passphraseChanged', actor: users.field, payload: '{}' },
    ]);
    expect(everythingLogged()).not.toContain('a field passphrase');
  });

  it('refuse a wrong current passphrase, the same one again, or a short one, changing nothing', () => {
    givePassphrase(t, [users.planner]);
    const wrong = expectRefused(
      t,
      'users.changeOwnPassphrase',
      { current: 'not my passphrase', next: 'a planner passphrase' },
      'VALIDATION',
      users.planner,
    );
    expect(wrong?.details).toEqual([
      {
        field: 'current',
        message: 'Your current passphrase is not right, so nothing was changed.',
      },
    ]);
    expectRefused(
      t,
      'users.changeOwnPassphrase',
      { current: PASSPHRASE, next: PASSPHRASE },
      'VALIDATION',
      users.planner,
    );
    const short = expectRefused(
      t,
      'users.changeOwnPassphrase',
      { current: PASSPHRASE, next: 'short' },
      'VALIDATION',
      users.planner,
    );
    expect(short?.message).toMatch(/at least 8 characters/);
    // Someone at an unlocked computer cannot guess the passphrase through this either (the right
    // passphrase given just above cleared the count of the first wrong one).
    for (let i = 1; i <= LIMITS.perName; i++)
      expectRefused(
        t,
        'users.changeOwnPassphrase',
        { current: `guess ${i}`, next: 'a planner passphrase' },
        'VALIDATION',
        users.planner,
      );
    const waiting = expectRefused(
      t,
      'users.changeOwnPassphrase',
      { current: PASSPHRASE, next: 'a planner passphrase' },
      'TOO_MANY_ATTEMPTS',
      users.planner,
    );
    expect(waiting?.message).toBe(
      'Too many wrong passphrases for this user. Try again in 30 seconds.',
    );
  });
});

/** The events recorded about a user: kind, actor and payload as stored. */
const eventsOf = (id: string) =>
  t.ws.db
    .prepare(
      'SELECT kind, actor_id AS actor, payload FROM events WHERE subject_id = ? ORDER BY at, rowid',
    )
    .all(id);

describe('administrators managing users', () => {
  it('add, rename, change the role of, disable and enable users, each change an event', () => {
    const created = t.value('users.create', {
      name: 'Dana Field',
      role: 'field',
      passphrase: PASSPHRASE,
    });
    const updated = t.value('users.update', {
      id: created.id,
      name: 'Dana Planner',
      role: 'planner',
      email: 'dana@example.org',
    });
    expect(updated).toMatchObject({
      name: 'Dana Planner',
      role: 'planner',
      email: 'dana@example.org',
    });
    expect(t.value('users.disable', { id: created.id, disabled: true }).disabled).toBe(true);
    const listed = t.value('users.list', {}).find((u) => u.id === created.id);
    expect(listed).toMatchObject({ disabled: true, hasPassphrase: true });
    // A disabled user can do nothing, even through the trusted in-process interface.
    expectRefused(t, 'states.list', {}, 'FORBIDDEN', created.id);
    expect(t.value('users.disable', { id: created.id, disabled: false }).disabled).toBe(false);
    expect(t.value('states.list', {}, created.id)).toHaveLength(193);
    expect(eventsOf(created.id).map((e) => (e as { kind: string }).kind)).toEqual([
      'user.created',
      'user.updated',
      'user.disabled',
      'user.enabled',
    ]);
    expect(eventsOf(created.id).every((e) => (e as { actor: string }).actor === users.admin)).toBe(
      true,
    );
  });

  it('reset a passphrase, which the user then signs in with', async () => {
    t.value('users.resetPassphrase', { id: users.ctc, passphrase: 'set by the administrator' });
    const gate = new Gate(t.ws, t.api);
    const reply = await gate.session('signIn', null, {
      user: 'Carl Committee',
      passphrase: 'set by the administrator',
    });
    expect(reply.result).toMatchObject({ ok: true, value: { status: 'active' } });
    expect(eventsOf(users.ctc)).toEqual([
      { kind: 'user.passphraseReset', actor: users.admin, payload: '{}' },
    ]);
    expect(everythingLogged()).not.toContain('set by the administrator');
  });

  it('are the only ones who may', () => {
    for (const user of [users.planner, users.ctc, users.field]) {
      expectRefused(
        t,
        'users.create',
        { name: 'Eve', role: 'admin', passphrase: PASSPHRASE },
        'FORBIDDEN',
        user,
      );
      expectRefused(t, 'users.update', { id: user, role: 'admin' }, 'FORBIDDEN', user);
      expectRefused(
        t,
        'users.resetPassphrase',
        { id: users.admin, passphrase: PASSPHRASE },
        'FORBIDDEN',
        user,
      );
      expectRefused(t, 'apiKeys.create', { name: 'mine' }, 'FORBIDDEN', user);
      expectRefused(t, 'apiKeys.list', {}, 'FORBIDDEN', user);
    }
    expect(t.value('users.list', {}, users.field).map((u) => u.name)).toEqual([
      'Administrator',
      'Paula Planner',
      'Carl Committee',
      'Fatima Field',
    ]);
  });

  it('cannot disable or demote the last active administrator, nor disable themselves', () => {
    expect(
      expectRefused(t, 'users.update', { id: users.admin, role: 'planner' }, 'CONFLICT', null)
        ?.message,
    ).toBe(
      'Administrator is the only active administrator and cannot be given another role: make another user an administrator first.',
    );
    expectRefused(t, 'users.disable', { id: users.admin, disabled: true }, 'CONFLICT', null);
    t.value('users.update', { id: users.planner, role: 'admin' });
    expect(
      expectRefused(
        t,
        'users.disable',
        { id: users.admin, disabled: true },
        'CONFLICT',
        users.admin,
      )?.message,
    ).toMatch(/cannot disable your own account/);
    // With a second administrator, one may step down; the other is then the last again.
    t.value('users.update', { id: users.admin, role: 'planner' }, users.planner);
    expectRefused(
      t,
      'users.update',
      { id: users.planner, role: 'field' },
      'CONFLICT',
      users.planner,
    );
    t.value('users.update', { id: users.admin, role: 'admin' }, users.planner);
    t.value('users.disable', { id: users.planner, disabled: true }, users.admin);
    // A disabled administrator does not count: the remaining one is the last.
    expectRefused(t, 'users.update', { id: users.admin, role: 'field' }, 'CONFLICT', users.admin);
  });

  it('refuse bad input with a clear error, changing nothing', () => {
    const cases: [string, unknown, string][] = [
      ['users.create', { name: 'Eve', role: 'planner', passphrase: 'short' }, 'VALIDATION'],
      ['users.create', { name: 'Eve', role: 'planner' }, 'VALIDATION'],
      ['users.create', { name: '   ', role: 'planner', passphrase: PASSPHRASE }, 'VALIDATION'],
      ['users.create', { name: 'Eve', role: 'superuser', passphrase: PASSPHRASE }, 'VALIDATION'],
      [
        'users.create',
        { name: 'Eve', role: 'planner', email: 'no at sign', passphrase: PASSPHRASE },
        'VALIDATION',
      ],
      [
        'users.create',
        { name: 'x'.repeat(101), role: 'planner', passphrase: PASSPHRASE },
        'VALIDATION',
      ],
      [
        'users.create',
        { name: 'Eve', role: 'planner', passphrase: 'x'.repeat(1025) },
        'VALIDATION',
      ],
      [
        'users.create',
        { name: 'paula planner', role: 'planner', passphrase: PASSPHRASE },
        'CONFLICT',
      ],
      [
        'users.create',
        { name: 'Eve', role: 'planner', passphrase: PASSPHRASE, id: 'x' },
        'VALIDATION',
      ],
      ['users.update', { id: 'no-such-user', name: 'Eve' }, 'NOT_FOUND'],
      ['users.update', { id: users.planner, name: '' }, 'VALIDATION'],
      ['users.update', { id: users.planner, name: 'Carl Committee' }, 'CONFLICT'],
      ['users.update', { id: users.planner, role: 'boss' }, 'VALIDATION'],
      ['users.update', { id: users.planner, disabled: true }, 'VALIDATION'],
      ['users.disable', { id: users.planner }, 'VALIDATION'],
      ['users.disable', { id: users.planner, disabled: 'yes' }, 'VALIDATION'],
      ['users.disable', { id: 'no-such-user', disabled: true }, 'NOT_FOUND'],
      ['users.resetPassphrase', { id: users.planner, passphrase: '1234567' }, 'VALIDATION'],
      ['users.resetPassphrase', { id: 'no-such-user', passphrase: PASSPHRASE }, 'NOT_FOUND'],
      ['users.changeOwnPassphrase', { next: 'a long new passphrase' }, 'VALIDATION'],
      ['users.changeOwnPassphrase', { current: '', next: 'a long new passphrase' }, 'VALIDATION'],
      ['apiKeys.create', { name: '' }, 'VALIDATION'],
      ['apiKeys.create', { name: 'export', userId: 'no-such-user' }, 'VALIDATION'],
      ['apiKeys.revoke', { id: 'no-such-key' }, 'NOT_FOUND'],
      ['apiKeys.revoke', {}, 'VALIDATION'],
    ];
    for (const [method, input, code] of cases) {
      const error = expectRefused(t, method, input, code, null);
      expect(error?.message, `${method} ${JSON.stringify(input)}`).not.toMatch(
        /undefined|\[object/,
      );
    }
  });

  it('cannot change their own passphrase without having one, nor issue a key to a disabled user', () => {
    expect(
      expectRefused(
        t,
        'users.changeOwnPassphrase',
        { current: 'anything', next: 'a long new passphrase' },
        'CONFLICT',
        users.field,
      )?.message,
    ).toBe('You have no passphrase yet: ask an administrator to set one for you.');
    t.value('users.disable', { id: users.field, disabled: true });
    expect(
      expectRefused(
        t,
        'apiKeys.create',
        { name: 'export', userId: users.field },
        'VALIDATION',
        null,
      )?.message,
    ).toBe('Fatima Field is disabled: enable them before issuing them a key.');
  });
});

describe('API keys', () => {
  it('are shown once, stored as a hash, listed without the key, and revoked once', async () => {
    const issued = t.value('apiKeys.create', { name: 'nightly export' });
    expect(issued).toMatchObject({
      name: 'nightly export',
      userId: users.admin,
      userName: 'Administrator',
      revokedAt: null,
    });
    const stored = t.ws.db.prepare('SELECT key_hash FROM api_keys').pluck().get() as string;
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(t.ws.db.prepare('SELECT * FROM api_keys').all())).not.toContain(
      issued.key,
    );
    expect(everythingLogged()).not.toContain(issued.key);
    const listed = t.value('apiKeys.list', {});
    expect(listed).toEqual([{ ...issued, key: undefined }].map(({ key: _key, ...rest }) => rest));
    const gate = new Gate(t.ws, t.api);
    expect((await gate.callWithKey(issued.key, 'states.list', {})).ok).toBe(true);
    const revoked = t.value('apiKeys.revoke', { id: issued.id });
    expect(revoked.revokedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(await gate.callWithKey(issued.key, 'states.list', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    expectRefused(t, 'apiKeys.revoke', { id: issued.id }, 'CONFLICT', null);
    expect(
      t.ws.db
        .prepare("SELECT kind FROM events WHERE subject_table = 'api_keys' ORDER BY at")
        .pluck()
        .all(),
    ).toEqual(['apiKey.created', 'apiKey.revoked']);
  });

  it('stop working for a user who is disabled', async () => {
    const issued = t.value('apiKeys.create', { name: 'planner script', userId: users.planner });
    const gate = new Gate(t.ws, t.api);
    expect((await gate.callWithKey(issued.key, 'states.list', {})).ok).toBe(true);
    t.value('users.disable', { id: users.planner, disabled: true });
    expect(await gate.callWithKey(issued.key, 'states.list', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: /Paula Planner, who has been disabled/ },
    });
  });
});

describe('the limit on wrong passphrases', () => {
  it('makes a name wait after 5 failures, doubling the wait, and the workspace after 20', () => {
    const limiter = new AttemptLimiter();
    const waitOf = (name: string, at: number) => {
      try {
        limiter.check(name, at);
        return 0;
      } catch (e) {
        return (e as { details: { retryAfterSeconds: number } }).details.retryAfterSeconds;
      }
    };
    for (let i = 0; i < 4; i++) limiter.failed('Ana', 0);
    expect(waitOf('ana', 0)).toBe(0);
    limiter.failed('Ana', 0);
    expect(waitOf('ANA ', 1000)).toBe(29);
    expect(waitOf('Bo', 1000)).toBe(0);
    limiter.failed('Ana', 30_000);
    expect(waitOf('Ana', 30_000)).toBe(60);
    limiter.succeeded('Ana');
    expect(waitOf('Ana', 30_000)).toBe(0);
    // Many names, a few guesses each: the workspace as a whole waits.
    for (let i = 0; i < LIMITS.overall - 6; i++) limiter.failed(`name ${i}`, 40_000);
    expect(waitOf('Someone new', 40_000)).toBe(30);
    // An hour without failures forgets them.
    expect(waitOf('Someone new', 40_000 + LIMITS.forgetAfterMs + 1)).toBe(0);
  });
});

describe('the gate', () => {
  it('asks for the first administrator on a new workspace, and only then', async () => {
    const gate = new Gate(t.ws, t.api);
    expect(gate.state(null)).toMatchObject({ status: 'setup', user: null, demoUsers: null });
    const refused = await gate.session('setup', null, {
      name: 'Paula Planner',
      passphrase: PASSPHRASE,
    });
    expect(refused.result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const reply = await gate.session('setup', null, { name: 'Ana Admin', passphrase: PASSPHRASE });
    expect(reply.result).toMatchObject({
      ok: true,
      value: { status: 'active', user: { id: users.admin, name: 'Ana Admin', role: 'admin' } },
    });
    expect((await gate.call(reply.sessionId, 'settings.get', {})).ok).toBe(true);
    expect(gate.state(null).status).toBe('signedOut');
    expect(eventsOf(users.admin).map((e) => (e as { kind: string }).kind)).toEqual([
      'user.firstAdministrator',
    ]);
    const again = await gate.session('setup', null, { name: 'Mallory', passphrase: PASSPHRASE });
    expect(again.result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(again.sessionId).toBeNull();
  });

  it('locks an idle session, and ends any session after twelve hours', async () => {
    givePassphrase(t, [users.planner]);
    let clock = noonOf(TODAY);
    const gate = new Gate(t.ws, t.api, { now: () => clock });
    const { sessionId } = await gate.session('signIn', null, {
      user: 'Paula Planner',
      passphrase: PASSPHRASE,
    });
    clock += 15 * 60_000;
    expect(gate.state(sessionId).status).toBe('active');
    clock += 1;
    expect(gate.state(sessionId)).toMatchObject({
      status: 'locked',
      user: { name: 'Paula Planner' },
    });
    clock += 12 * 3_600_000;
    expect(gate.state(sessionId)).toMatchObject({ status: 'signedOut', user: null });
    expect(await gate.call(sessionId, 'states.list', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });

  it('locks after the time the administrators set', async () => {
    givePassphrase(t, [users.planner]);
    expectRefused(t, 'settings.update', { lockAfterMinutes: 0 }, 'VALIDATION', null);
    expectRefused(t, 'settings.update', { lockAfterMinutes: 481 }, 'VALIDATION', null);
    expectRefused(t, 'settings.update', { lockAfterMinutes: 2.5 }, 'VALIDATION', null);
    expect(t.value('settings.update', { lockAfterMinutes: 5 }).lockAfterMinutes).toBe(5);
    let clock = noonOf(TODAY);
    const gate = new Gate(t.ws, t.api, { now: () => clock });
    const { sessionId } = await gate.session('signIn', null, {
      user: 'Paula Planner',
      passphrase: PASSPHRASE,
    });
    expect(gate.state(sessionId).lockAfterMinutes).toBe(5);
    clock += 5 * 60_000 + 1;
    expect(await gate.call(sessionId, 'states.list', {})).toMatchObject({
      ok: false,
      error: { code: 'LOCKED', message: /after 5 minutes without activity/ },
    });
  });

  it('answers an unknown action and bad input in words', async () => {
    const gate = new Gate(t.ws, t.api);
    expect((await gate.session('becomeAdmin', null, {})).result).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect((await gate.session('signIn', null, { user: 'Administrator' })).result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'Enter your passphrase.' },
    });
  });

  it('opens an older workspace at the first-run step: its users keep their history', () => {
    const dir = tempDir();
    const path = join(dir, 'older.sqlite');
    const migrations = loadMigrations();
    // Schema 6: before users signed in (migration 007).
    const older = openWorkspace(path, {
      create: true,
      migrations: migrations.filter((m) => m.version < 7),
    });
    createDispatcher(older);
    older.close();
    const ws = openWorkspace(path);
    try {
      const gate = new Gate(ws, createDispatcher(ws));
      expect(gate.state(null).status).toBe('setup');
      expect(createDispatcher(ws).call('users.list', {})).toMatchObject({
        ok: true,
        value: [{ name: 'Administrator', disabled: false, hasPassphrase: false }],
      });
    } finally {
      ws.close();
    }
  });
});

describe('the demo workspace', () => {
  let template: string;
  beforeAll(() => {
    template = demoTemplate();
  });

  it('lets every demo user sign in with the documented passphrase, and says who they are', async () => {
    const demo = copyOfDemo(template);
    try {
      const gate = new Gate(demo.ws, demo.api);
      const state = gate.state(null);
      expect(state.status).toBe('signedOut');
      expect(state.demoUsers?.map((u) => u.name)).toEqual([
        'Demo Administrator',
        'J. Moreau',
        'N. Haddad',
        'C. Lindqvist',
        'T. Adeyemi',
        'E. Novak',
        'R. Kaur',
      ]);
      const reply = await gate.session('signIn', null, {
        user: 'r. kaur',
        passphrase: DEMO_PASSPHRASE,
      });
      expect(reply.result).toMatchObject({
        ok: true,
        value: { user: { name: 'R. Kaur', role: 'field' } },
      });
      const hashes = demo.ws.db.prepare('SELECT DISTINCT hash FROM credentials').pluck().all();
      expect(hashes).toHaveLength(1);
      expect(verifyPassphrase(DEMO_PASSPHRASE, hashes[0] as string)).toBe(true);
    } finally {
      demo.close();
    }
  });
});
