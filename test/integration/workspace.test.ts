import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../main/core/dispatcher';
import { loadMigrations } from '../../main/core/db/migrations';
import {
  CHECK_EVERY_DAYS,
  inspectWorkspace,
  openWorkspace,
  type Workspace,
} from '../../main/core/db/workspace';
import { WorkspaceError } from '../../main/core/errors';
import { createTestWorkspace, tempDir, type TestWorkspace } from './helpers';

const ENTITIES = [
  'member_states',
  'state_requests',
  'indicator_definitions',
  'risk_indicators',
  'signals',
  'methodologies',
  'annual_lists',
  'list_versions',
  'list_entries',
  'list_amendments',
  'consent_requests',
  'visits',
  'assessment_reports',
  'recommendations',
  'recommendation_updates',
  'followups',
  'ctc_meetings',
  'invitations',
  'users',
  'change_log',
  'events',
  'conflicts',
  'meta',
];

let t: TestWorkspace | undefined;
afterEach(() => {
  t?.close();
  t = undefined;
});

describe('opening a workspace', () => {
  it('sets the pragmas of DESIGN §3 and holds every entity of the domain', () => {
    t = createTestWorkspace();
    const db = t.ws.db;
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(Number(db.pragma('busy_timeout', { simple: true }))).toBeGreaterThan(0);
    const tables = (
      db.prepare("SELECT name FROM sqlite_master WHERE type='table'").all() as { name: string }[]
    ).map((r) => r.name);
    for (const e of ENTITIES) expect(tables).toContain(e);
  });

  it('ships exactly the 193 UN Member States, without the Holy See, named in the six UN languages with M49 regions', () => {
    t = createTestWorkspace();
    const rows = t.ws.db.prepare('SELECT * FROM member_states').all() as Record<string, string>[];
    expect(rows).toHaveLength(193);
    expect(rows.find((r) => r.iso3 === 'VAT')).toBeUndefined();
    expect(rows.find((r) => r.iso3 === 'PSE')).toBeUndefined();
    for (const r of rows)
      for (const lang of ['en', 'fr', 'es', 'ru', 'zh', 'ar'])
        expect(r[`name_${lang}`]).toBeTruthy();
    const byIso = Object.fromEntries(rows.map((r) => [r.iso3, r]));
    expect(byIso.CHN!.name_zh).toBe('中国');
    expect(byIso.FRA!.m49).toBe('250');
    expect([byIso.CYP!.region, byIso.CYP!.subregion]).toEqual(['Asia', 'Western Asia']);
    expect(byIso.MEX!.subregion).toBe('Central America');
    expect(byIso.POL!.subregion).toBe('Eastern Europe');
    expect(new Set(rows.map((r) => r.region))).toEqual(
      new Set(['Africa', 'Americas', 'Asia', 'Europe', 'Oceania']),
    );
  });

  it('refuses a missing file unless asked to create one', () => {
    expect(() => openWorkspace(join(tempDir(), 'nope.sqlite'))).toThrow(/no workspace/);
  });

  it('refuses a file that is not a workspace, without changing it', () => {
    const dir = tempDir();
    const junk = join(dir, 'junk.sqlite');
    writeFileSync(junk, 'this is a text file, not a database '.repeat(200));
    const before = readFileSync(junk);
    expect(() => openWorkspace(junk)).toThrow(WorkspaceError);
    expect(readFileSync(junk).equals(before)).toBe(true);

    const other = join(dir, 'other.sqlite');
    const db = new Database(other);
    db.exec('CREATE TABLE recipes (name TEXT)');
    db.close();
    expect(() => openWorkspace(other)).toThrow(/not a CTED Visit Planner workspace/);
  });
});

describe('migrations', () => {
  it('records each applied migration', () => {
    t = createTestWorkspace();
    const rows = t.ws.db.prepare('SELECT version, name FROM schema_migrations').all();
    expect(rows).toEqual(loadMigrations().map((m) => ({ version: m.version, name: m.name })));
    expect(t.ws.schemaVersion).toBe(loadMigrations().at(-1)!.version);
  });

  it('upgrades an existing workspace after taking a copy, keeping its data', () => {
    const dir = tempDir();
    const path = join(dir, 'w.sqlite');
    const v1 = loadMigrations();
    const first = openWorkspace(path, { create: true, migrations: v1 });
    first.db
      .prepare("INSERT INTO users (id, name, role) VALUES ('u1', 'Old user', 'planner')")
      .run();
    first.close();

    const v2 = [
      ...v1,
      {
        version: v1.length + 1,
        name: 'add_note',
        sql: 'ALTER TABLE visits ADD COLUMN debrief TEXT;',
      },
    ];
    const upgraded = openWorkspace(path, { migrations: v2 });
    expect(upgraded.schemaVersion).toBe(v1.length + 1);
    expect(upgraded.backupPath).toBe(`${path}.before-v${v1.length + 1}.bak`);
    expect(upgraded.db.prepare("SELECT name FROM users WHERE id = 'u1'").get()).toEqual({
      name: 'Old user',
    });
    upgraded.close();

    const copy = new Database(upgraded.backupPath!, { readonly: true });
    expect(
      (copy.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number }).v,
    ).toBe(v1.length);
    expect(copy.prepare("SELECT name FROM users WHERE id = 'u1'").get()).toEqual({
      name: 'Old user',
    });
    copy.close();
  });

  it('rolls a failing migration back entirely', () => {
    const dir = tempDir();
    const path = join(dir, 'w.sqlite');
    const v1 = loadMigrations();
    openWorkspace(path, { create: true, migrations: v1 }).close();
    const broken = [
      ...v1,
      {
        version: v1.length + 1,
        name: 'broken',
        sql: 'CREATE TABLE fine (x TEXT); THIS IS NOT SQL;',
      },
    ];
    expect(() => openWorkspace(path, { migrations: broken })).toThrow();
    // A second attempt takes a second copy rather than failing on the first one.
    expect(() => openWorkspace(path, { migrations: broken })).toThrow(/syntax error/);
    expect(existsSync(`${path}.before-v${v1.length + 1}.bak`)).toBe(true);
    expect(existsSync(`${path}.before-v${v1.length + 1}.2.bak`)).toBe(true);
    const again = openWorkspace(path, { migrations: v1 });
    expect(again.schemaVersion).toBe(v1.length);
    expect(
      again.db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'fine'").get(),
    ).toBeUndefined();
    again.close();
  });

  it('refuses a workspace written by a newer version, leaving the file untouched', () => {
    const dir = tempDir();
    const path = join(dir, 'w.sqlite');
    const ws = openWorkspace(path, { create: true });
    ws.db
      .prepare(
        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', '2030-01-01')",
      )
      .run();
    ws.db.pragma('wal_checkpoint(TRUNCATE)');
    ws.close();
    const copy = join(dir, 'copy.sqlite');
    copyFileSync(path, copy);
    expect(() => openWorkspace(path)).toThrow(/newer version of CTED Visit Planner \(schema 99/);
    expect(readFileSync(path).equals(readFileSync(copy))).toBe(true);
    expect(existsSync(`${path}.before-v2.bak`)).toBe(false);
  });
});

/** The file's SHA-256 and whatever SQLite keeps beside it (-wal, -shm, -journal). */
function fingerprint(path: string): { sha256: string; beside: string[] } {
  const name = basename(path);
  return {
    sha256: createHash('sha256').update(readFileSync(path)).digest('hex'),
    beside: readdirSync(dirname(path)).filter((f) => f.startsWith(`${name}-`)),
  };
}

/** A workspace file at the current schema as `init` leaves it, closed cleanly; returns its path. */
function closedWorkspace(dir = tempDir(), name = 'w.sqlite'): string {
  const path = join(dir, name);
  const ws = openWorkspace(path, { create: true });
  createDispatcher(ws); // its administrator and default methodology
  ws.close();
  return path;
}

describe('a file is judged before it is touched', () => {
  const LATEST = loadMigrations().at(-1)!.version;
  const badFiles: [string, RegExp, (path: string) => void][] = [
    [
      'a text file',
      /is not a CTED Visit Planner workspace: it is not an SQLite database\. The file was not changed\./,
      (path) => writeFileSync(path, 'this is a text file, not a database '.repeat(200)),
    ],
    [
      'a file shorter than an SQLite header',
      /it is not an SQLite database/,
      (path) => writeFileSync(path, 'SQLite format 3\0'),
    ],
    [
      'a zero-byte file',
      /is an empty file \(0 bytes\), not a CTED Visit Planner workspace\. It was left as it is/,
      (path) => writeFileSync(path, ''),
    ],
    [
      'an SQLite file with no tables',
      /is an empty SQLite database, not a CTED Visit Planner workspace/,
      (path) => {
        const db = new Database(path);
        db.pragma('user_version = 3');
        db.close();
      },
    ],
    [
      'a foreign SQLite file',
      /is an SQLite file but not a CTED Visit Planner workspace \(it has no workspace information\)\. The file was not changed\./,
      (path) => {
        const db = new Database(path);
        db.exec("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup')");
        db.close();
      },
    ],
    [
      'a foreign SQLite file in WAL mode with a table called meta',
      /is an SQLite file but not a CTED Visit Planner workspace/,
      (path) => {
        const db = new Database(path);
        db.pragma('journal_mode = WAL');
        db.exec('CREATE TABLE meta (k TEXT, v TEXT); CREATE TABLE schema_migrations (id INTEGER)');
        db.close();
      },
    ],
    [
      'a workspace written by a newer version',
      new RegExp(
        `newer version of CTED Visit Planner \\(schema 99; this version knows up to ${LATEST}\\)\\. Update the app to open it; the file was not changed\\.`,
      ),
      (path) => {
        openWorkspace(path, { create: true }).close();
        const db = new Database(path);
        db.prepare(
          "INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', '2030-01-01')",
        ).run();
        db.close();
      },
    ],
  ];

  for (const [what, message, make] of badFiles)
    it(`refuses ${what} with its bytes unchanged and nothing left beside it`, () => {
      const path = join(tempDir(), 'w.sqlite');
      make(path);
      const before = fingerprint(path);
      expect(before.beside).toEqual([]);
      for (const attempt of [
        () => openWorkspace(path),
        () => openWorkspace(path, { create: true }),
        () => openWorkspace(path, { readOnly: true }),
        () => inspectWorkspace(path),
      ]) {
        expect(attempt).toThrow(WorkspaceError);
        expect(attempt).toThrow(message);
        expect(fingerprint(path)).toEqual(before);
      }
    });

  it('refuses a folder, and a missing file unless asked to create one, creating nothing', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'folder.sqlite'));
    expect(() => openWorkspace(join(dir, 'folder.sqlite'))).toThrow(/is a folder/);
    expect(() => openWorkspace(join(dir, 'missing.sqlite'))).toThrow(/There is no workspace at/);
    expect(() => inspectWorkspace(join(dir, 'missing.sqlite'))).toThrow(/no workspace/);
    expect(readdirSync(dir)).toEqual(['folder.sqlite']);
    const made = openWorkspace(join(dir, 'new.sqlite'), { create: true });
    made.close();
    expect(readdirSync(dir).sort()).toEqual(['folder.sqlite', 'new.sqlite']);
  });

  it('opens a good workspace after looking at it read-only, leaving nothing beside it once closed', () => {
    const path = closedWorkspace();
    const ws = openWorkspace(path);
    expect(ws).toMatchObject({ readOnly: false, readOnlyReason: null, schemaVersion: LATEST });
    ws.close();
    expect(fingerprint(path).beside).toEqual([]);
  });
});

describe('read-only workspaces', () => {
  /** A mutating call on the workspace: refused before its handler runs. */
  function expectReadOnly(ws: Workspace, reason: RegExp) {
    expect(ws.readOnly).toBe(true);
    expect(ws.readOnlyReason).toMatch(reason);
    const api = createDispatcher(ws, { now: () => Date.parse('2026-11-29T12:00:00Z') });
    const info = api.call('workspace.info', {});
    expect(info).toMatchObject({
      ok: true,
      value: { readOnly: true, readOnlyReason: expect.stringMatching(reason) },
    });
    expect(api.call('states.get', { iso3: 'KEN' })).toMatchObject({ ok: true });
    for (const [method, input] of [
      ['visits.create', { iso3: 'KEN', kind: 'focused', mode: 'in_person' }],
      ['visits.create', { iso3: 'nonsense' }],
      ['settings.update', { consentOverdueDays: 30 }],
    ] as const) {
      const r = api.call(method, input);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('FORBIDDEN');
        expect(r.error.message).toMatch(
          /^This workspace is read-only, so nothing can be changed\./,
        );
        expect(r.error.message).toMatch(reason);
      }
    }
  }

  it('opens a file without write permission (chmod 444) read-only, even for root', () => {
    // Root may write a 444 file anyway (fs.accessSync(path, W_OK) passes), so the rule is the
    // permission bits: a file nobody may write was marked read-only on purpose, and stays so.
    const path = closedWorkspace();
    chmodSync(path, 0o444);
    const before = fingerprint(path).sha256;
    const ws = openWorkspace(path);
    try {
      expectReadOnly(ws, /Its file is read-only/);
      expect(ws.schemaVersion).toBe(loadMigrations().at(-1)!.version);
    } finally {
      ws.close();
    }
    expect(fingerprint(path).sha256).toBe(before);
  });

  it('opens a workspace in a read-only folder (chmod 555) read-only', () => {
    const dir = join(tempDir(), 'shelf');
    mkdirSync(dir);
    const path = closedWorkspace(dir);
    chmodSync(dir, 0o555);
    try {
      const before = fingerprint(path).sha256;
      const ws = openWorkspace(path);
      try {
        expectReadOnly(ws, /Its folder is read-only/);
      } finally {
        ws.close();
      }
      expect(fingerprint(path).sha256).toBe(before);
    } finally {
      chmodSync(dir, 0o755);
    }
  });

  it('opens read-only when asked', () => {
    const path = closedWorkspace();
    const before = fingerprint(path).sha256;
    const ws = openWorkspace(path, { readOnly: true });
    try {
      expectReadOnly(ws, /It was opened read-only/);
    } finally {
      ws.close();
    }
    expect(fingerprint(path).sha256).toBe(before);
  });

  // SQLite cannot even create its -shm file in such a folder, so the workspace is read from a copy
  // in memory.
  it('opens a workspace in a folder an unprivileged user cannot write, creating nothing there', () => {
    const top = tempDir();
    chmodSync(top, 0o755);
    const dir = join(top, 'shelf');
    mkdirSync(dir);
    const path = closedWorkspace(dir);
    chmodSync(path, 0o644);
    chmodSync(dir, 0o555);
    try {
      const script = `
          const { openWorkspace } = await import('./main/core/db/workspace.ts');
          const { createDispatcher } = await import('./main/core/dispatcher.ts');
          const ws = openWorkspace(${JSON.stringify(path)});
          const api = createDispatcher(ws);
          const info = api.call('workspace.info', {});
          const write = api.call('visits.create', { iso3: 'KEN', kind: 'focused', mode: 'in_person' });
          const states = api.call('states.list', {});
          ws.close();
          console.log(JSON.stringify({ readOnly: ws.readOnly, info, write, states: states.ok && states.value.length }));`;
      // Root writes whatever the permission bits say, so as root the folder is also mounted
      // read-only (a private mount namespace: nothing outside the child sees it).
      const asRoot = process.getuid?.() === 0;
      const command = asRoot ? 'unshare' : process.execPath;
      const args = [
        ...(asRoot
          ? ['-m', 'sh', '-c', 'mount --bind -o ro "$0" "$0" && exec "$@"', dir, process.execPath]
          : []),
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        script,
      ];
      const r = spawnSync(command, args, {
        encoding: 'utf8',
        env: { ...process.env, HOME: top },
      });
      expect(r.status, r.stderr).toBe(0);
      const out = JSON.parse(r.stdout.trim().split('\n').at(-1)!);
      expect(out).toMatchObject({
        readOnly: true,
        info: { ok: true, value: { readOnly: true } },
        write: { ok: false, error: { code: 'FORBIDDEN' } },
        states: 193,
      });
      expect(readdirSync(dir)).toEqual(['w.sqlite']);
    } finally {
      chmodSync(dir, 0o755);
    }
  });

  it('refuses a read-only workspace that needs a migration, changing nothing', () => {
    const path = join(tempDir(), 'w.sqlite');
    openWorkspace(path, { create: true, migrations: loadMigrations().slice(0, -1) }).close();
    chmodSync(path, 0o444);
    const before = fingerprint(path);
    expect(() => openWorkspace(path)).toThrow(
      /was saved by an older version of CTED Visit Planner \(schema \d+\) and must be upgraded .* Its file is read-only/,
    );
    expect(fingerprint(path)).toEqual(before);
    // Looking at it is still possible: check reports the pending migration.
    const look = inspectWorkspace(path);
    expect(look.schemaVersion).toBe(look.latestVersion - 1);
    look.close();
  });
});

describe('integrity checks on open', () => {
  const DAY = 24 * 60 * 60 * 1000;

  /** Raw access to the file, as the sqlite3 shell would have it. */
  function raw(path: string, fn: (db: Database.Database) => void) {
    const db = new Database(path);
    fn(db);
    db.close();
  }

  it('skips quick_check on a clean reopen, and runs it once the schedule is due', () => {
    const path = closedWorkspace();
    const now = Date.now();
    let ws = openWorkspace(path, { now: () => now });
    expect(ws.openCheck).toBeNull();
    ws.close();
    const later = now + (CHECK_EVERY_DAYS + 1) * DAY;
    ws = openWorkspace(path, { now: () => later });
    expect(ws.openCheck).toBe('schedule');
    ws.close();
    ws = openWorkspace(path, { now: () => later + DAY });
    expect(ws.openCheck).toBeNull();
    ws.close();
  });

  it('runs quick_check after a kill -9, then not again once the file was found sound', () => {
    const path = closedWorkspace();
    const child = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        `const { openWorkspace } = await import('./main/core/db/workspace.ts');
         openWorkspace(${JSON.stringify(path)});
         process.kill(process.pid, 'SIGKILL');`,
      ],
      { encoding: 'utf8' },
    );
    expect(child.signal, child.stderr).toBe('SIGKILL');
    let ws = openWorkspace(path);
    expect(ws.openCheck).toBe('unclean-shutdown');
    ws.close();
    ws = openWorkspace(path);
    expect(ws.openCheck).toBeNull();
    ws.close();
  });

  it('tells a session still open (this process or another one) from one that ended uncleanly', () => {
    const path = closedWorkspace();
    const first = openWorkspace(path);
    const second = openWorkspace(path);
    expect(second.openCheck).toBeNull();
    second.close();
    first.close();

    const mark = (m: object) => JSON.stringify({ since: '2026-01-01T00:00:00Z', ...m });
    const stale = [
      { pid: process.pid, host: hostname(), process: 'an earlier process with our pid' },
      { pid: process.ppid, host: 'another-laptop', process: 'x' },
    ];
    for (const m of stale) {
      raw(path, (db) => db.prepare("INSERT INTO meta VALUES ('session:test', ?)").run(mark(m)));
      const ws = openWorkspace(path);
      expect(ws.openCheck, JSON.stringify(m)).toBe('unclean-shutdown');
      ws.close();
    }
    // The parent process (vitest) is alive: its session is left alone and causes no check.
    raw(path, (db) =>
      db
        .prepare("INSERT INTO meta VALUES ('session:parent', ?)")
        .run(mark({ pid: process.ppid, host: hostname(), process: 'x' })),
    );
    const ws = openWorkspace(path);
    expect(ws.openCheck).toBeNull();
    ws.close();
    raw(path, (db) =>
      expect(db.prepare("SELECT key FROM meta WHERE key LIKE 'session:%'").pluck().all()).toEqual([
        'session:parent',
      ]),
    );
  });

  it('refuses a damaged file found by the check after an unclean shutdown, and checks again next time', () => {
    const t = createTestWorkspace();
    const path = t.path;
    t.ws.db.exec('CREATE INDEX test_users_name ON users (name)');
    t.seed((w) => {
      for (let i = 0; i < 300; i++) w.insert('users', { name: `User ${i}`, role: 'field' });
    });
    t.ws.close();
    // Scribble over the index's pages, as a failing disk would.
    raw(path, (db) => {
      const root = db
        .prepare("SELECT rootpage FROM sqlite_master WHERE name = 'test_users_name'")
        .pluck()
        .get() as number;
      const pageSize = db.pragma('page_size', { simple: true }) as number;
      db.close();
      const bytes = readFileSync(path);
      bytes.fill(0x5a, (root - 1) * pageSize + 8, root * pageSize);
      writeFileSync(path, bytes);
    });
    raw(path, (db) =>
      db
        .prepare("INSERT INTO meta VALUES ('session:crashed', ?)")
        .run(JSON.stringify({ pid: 1, host: 'elsewhere', process: 'x', since: '' })),
    );
    for (let i = 0; i < 2; i++)
      expect(() => openWorkspace(path)).toThrow(
        /is damaged \(SQLite integrity check: [^]*\)\. Restore it from a backup\./,
      );
  });
});
