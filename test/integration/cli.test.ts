import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  lstatSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { beforeAll, describe, expect, it } from 'vitest';
import { chainHash, type LoggedChange } from '../../main/core/db/audit';
import { loadMigrations } from '../../main/core/db/migrations';
import { openWorkspace } from '../../main/core/db/workspace';
import { DEMO_PASSPHRASE } from '../../shared/api/session';
import { PASSPHRASE, tempDir } from './helpers';

/** The file's SHA-256 and whatever SQLite keeps beside it. */
function fingerprint(path: string): { sha256: string; beside: string[] } {
  return {
    sha256: createHash('sha256').update(readFileSync(path)).digest('hex'),
    beside: readdirSync(dirname(path)).filter((f) => f.startsWith(`${basename(path)}-`)),
  };
}

/** Runs the CLI as a user would, after `npm ci`, with only the sign-in and key variables given. */
function run(env: Record<string, string>, ...args: string[]) {
  const {
    CTED_PASSPHRASE: _p,
    CTED_API_KEY: _k,
    CTED_WORKSPACE_KEY: _w,
    ...inherited
  } = process.env;
  const r = spawnSync(process.execPath, ['bin/cted-planner.mjs', ...args], {
    encoding: 'utf8',
    env: { ...inherited, ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The CLI with the passphrase of the workspaces made here (CTED_PASSPHRASE). */
const cli = (...args: string[]) => run({ CTED_PASSPHRASE: PASSPHRASE }, ...args);
/** The CLI with the demo users' passphrase. */
const demoCli = (...args: string[]) => run({ CTED_PASSPHRASE: DEMO_PASSPHRASE }, ...args);

let dir: string;
let db: string;
beforeAll(() => {
  dir = tempDir();
  db = join(dir, 'w.sqlite');
  expect(cli('init', '--db', db, '--admin', 'Administrator').code).toBe(0);
});

describe('cted-planner', () => {
  it('is the package bin, runnable with npx', () => {
    const r = spawnSync('npx', ['--no-install', 'cted-planner', '--help'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Usage: cted-planner/);
  });

  it('init creates a workspace and refuses to overwrite one', () => {
    expect(existsSync(db)).toBe(true);
    const again = cli('init', '--db', db);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/already exists/);
  });

  it('call prints the value as JSON and exits 0', () => {
    const r = cli('call', 'states.get', '{"iso3":"KEN"}', '--db', db);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ iso3: 'KEN', name: 'Kenya', neverVisited: true });
  });

  it('call prints the error as JSON and exits 1, changing nothing', () => {
    const r = cli(
      'call',
      'visits.create',
      '{"iso3":"KEN","kind":"focused","mode":"in_person","startDate":"2024-13-01"}',
      '--db',
      db,
    );
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toMatchObject({ code: 'VALIDATION' });
    expect(JSON.parse(cli('call', 'visits.list', '{}', '--db', db).out)).toEqual([]);
  });

  it('call acts as --user, so roles apply', () => {
    const created = cli(
      'call',
      'visits.create',
      '{"iso3":"KEN","kind":"focused","mode":"in_person"}',
      '--db',
      db,
      '--user',
      'Administrator',
    );
    expect(created.code).toBe(0);
    const unknown = cli('call', 'states.list', '{}', '--db', db, '--user', 'Nobody');
    expect(unknown).toMatchObject({
      code: 1,
      out: '',
      err: 'There is no user “Nobody” in this workspace.\n',
    });
  });

  it('explains bad usage', () => {
    expect(cli('call', 'states.list', '{not json', '--db', db)).toMatchObject({
      code: 2,
      err: expect.stringMatching(/not valid JSON/),
    });
    expect(cli('call', 'states.list')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/--db FILE/),
    });
    expect(cli('frobnicate')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/Unknown command/),
    });
    expect(cli('init', '--db', join(dir, 'x.sqlite'), '--scale', 'ten')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/--scale must be/),
    });
    expect(cli('call', 'states.list', '--db', join(dir, 'missing.sqlite'))).toMatchObject({
      code: 2,
      err: expect.stringMatching(/no workspace/),
    });
  });

  it('init --demo fills a workspace with labelled synthetic history, the same for the same seed', () => {
    const a = join(dir, 'demo-a.sqlite');
    const r = cli('init', '--db', a, '--demo', '--seed', '7', '--today', '2026-11-29');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/synthetic demo data/);
    expect(r.out).toMatch(/Every demo user's passphrase is "demo"/);
    const info = JSON.parse(demoCli('call', 'workspace.info', '{}', '--db', a).out);
    expect(info).toMatchObject({ demo: true, syntheticNotice: expect.stringMatching(/Synthetic/) });
    expect(info.counts.visits).toBeGreaterThan(150);
    const b = join(dir, 'demo-b.sqlite');
    cli('init', '--db', b, '--demo', '--seed', '7', '--today', '2026-11-29');
    const visits = (file: string) => demoCli('call', 'visits.list', '{}', '--db', file).out;
    expect(visits(b)).toBe(visits(a));
  });

  it('plan build prints the ranked list with top factors; plan diff shows what an amendment changed', () => {
    const demo = join(dir, 'plan.sqlite');
    const today = ['--today', '2026-11-29'];
    expect(cli('init', '--db', demo, '--demo', ...today).code).toBe(0);
    const built = demoCli(
      'plan',
      'build',
      '--year',
      '2027',
      '--capacity',
      '8',
      '--db',
      demo,
      ...today,
    );
    expect(built.code).toBe(0);
    const rows = built.out.split('\n').filter((l) => /^\s+\d+\s{2}/.test(l));
    expect(rows).toHaveLength(193);
    expect(rows.filter((l) => l.includes(' selected '))).toHaveLength(8);
    expect(rows[0]).toMatch(/^\s+1\s{2}.+\(\w{3}\)\s+\d+\.\d{2}\s+selected/);
    const json = JSON.parse(
      demoCli('plan', 'build', '--year', '2027', '--json', '--db', demo, ...today).out,
    );
    expect(json.entries).toHaveLength(193);

    const as = (user: string, method: string, input: object) => {
      const r = demoCli(
        'call',
        method,
        JSON.stringify(input),
        '--db',
        demo,
        '--user',
        user,
        ...today,
      );
      expect(r.code, r.out).toBe(0);
      return JSON.parse(r.out);
    };
    // The demo's 2027 list awaits the Committee.
    const adopted = as('C. Lindqvist', 'plan.adopt', {
      year: 2027,
      decisionRef: 'CTC/1',
      decidedOn: '2026-11-29',
    });
    const first = adopted.entries.find((e: { selection: string }) => e.selection === 'selected');
    const a = as('N. Haddad', 'plan.proposeAmendment', {
      year: 2027,
      action: 'substitute',
      iso3: first.iso3,
      rationale: 'Postponed at the request of the State.',
    });
    as('C. Lindqvist', 'plan.decideAmendment', {
      amendmentId: a.id,
      decision: 'approved',
      decisionRef: 'CTC/2',
      decidedOn: '2026-11-29',
    });
    const diff = demoCli(
      'plan',
      'diff',
      '--year',
      '2027',
      '--from',
      '1',
      '--to',
      '2',
      '--db',
      demo,
      ...today,
    );
    expect(diff.code).toBe(0);
    expect(diff.out).toContain(
      `+ added    ${a.replacementName} (${a.replacementIso3}) — Postponed at the request of the State. (CTC/2, 2026-11-29)`,
    );
    expect(diff.out).toContain(`- removed  ${first.name} (${first.iso3})`);
    expect(
      demoCli('plan', 'diff', '--year', '2027', '--from', '1', '--to', '7', '--db', demo, ...today),
    ).toMatchObject({ code: 1, err: expect.stringMatching(/no version 7/) });
    expect(demoCli('plan', 'build', '--db', demo)).toMatchObject({
      code: 2,
      err: expect.stringMatching(/--year/),
    });
  });

  it('check reports a healthy workspace and a damaged one', () => {
    const ok = cli('check', '--db', db);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/Integrity: ok/);
    const broken = join(dir, 'broken.sqlite');
    writeFileSync(broken, 'not a database at all'.repeat(100));
    expect(cli('check', '--db', broken).code).toBe(2);
  });

  it('check verifies the audit trail and names the row edited with raw SQL; audit anchor saves what check --anchor proves', () => {
    const path = join(dir, 'audited.sqlite');
    expect(cli('init', '--db', path, '--admin', 'Administrator').code).toBe(0);
    const settings = (value: number) =>
      cli('call', 'settings.update', JSON.stringify({ consentReminderDays: value }), '--db', path);
    expect(settings(21).code).toBe(0);
    const anchorFile = join(dir, 'anchor.json');
    const saved = cli('audit', 'anchor', '--db', path, '--to', anchorFile);
    expect(saved.code, saved.err).toBe(0);
    expect(saved.out).toMatch(/Saved the audit anchor/);
    expect(JSON.parse(readFileSync(anchorFile, 'utf8'))).toMatchObject({
      kind: 'cted-audit-anchor',
    });
    expect(cli('audit', 'anchor', '--db', path, '--to', anchorFile).err).toMatch(/already exists/);
    expect(settings(28).code).toBe(0);

    const healthy = cli('check', '--db', path, '--anchor', anchorFile);
    expect(healthy.code).toBe(0);
    expect(healthy.out).toMatch(/Audit trail: \d+ changes, each chained/);
    expect(healthy.out).toMatch(/are unchanged/);

    // An edit made with raw SQL: check names its row and the dropped guard, and changes nothing.
    const raw = new Database(path);
    const { seq: edited } = raw
      .prepare("SELECT MIN(seq) AS seq FROM change_log WHERE tbl = 'settings' AND new_value = '21'")
      .get() as { seq: number };
    raw.exec(`DROP TRIGGER change_log_no_update;
      UPDATE change_log SET new_value = '7' WHERE seq = ${edited};`);
    raw.close();
    const before = fingerprint(path);
    const tampered = cli('check', '--db', path);
    expect(tampered.code).toBe(1);
    expect(tampered.out).toMatch(new RegExp(`broken at change ${edited} `));
    expect(tampered.out).toMatch(/guards .* are missing/);
    expect(fingerprint(path).sha256).toBe(before.sha256);

    // A careful forger recomputes every hash and puts the guard back: only the anchor sees it.
    const forger = new Database(path);
    const rows = forger
      .prepare(
        'SELECT seq, hlc, site_id, author_id, tbl, row_id, col, old_value, new_value FROM change_log ORDER BY seq',
      )
      .all() as (LoggedChange & { seq: number })[];
    let previous: string | null = null;
    const rehash = forger.prepare('UPDATE change_log SET hash = ? WHERE seq = ?');
    for (const row of rows) rehash.run((previous = chainHash(previous, row)), row.seq);
    forger.exec(
      "CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log BEGIN SELECT RAISE(ABORT, 'x'); END;",
    );
    forger.close();
    expect(cli('check', '--db', path).code).toBe(0);
    const rewritten = cli('check', '--db', path, '--anchor', anchorFile);
    expect(rewritten.code).toBe(1);
    expect(rewritten.out).toMatch(/history before it was rewritten/);

    writeFileSync(join(dir, 'not-anchor.json'), '{"kind":"something else"}');
    const wrong = cli('check', '--db', path, '--anchor', join(dir, 'not-anchor.json'));
    expect(wrong.code).toBe(2);
    expect(wrong.err).toMatch(/not an audit anchor/);
  });

  it('backup makes a consistent copy that opens', () => {
    const copy = join(dir, 'copy.sqlite');
    const r = cli('backup', '--db', db, '--to', copy);
    expect(r.code).toBe(0);
    const c = new Database(copy, { readonly: true });
    expect((c.prepare('SELECT COUNT(*) AS n FROM member_states').get() as { n: number }).n).toBe(
      193,
    );
    expect((c.prepare('SELECT COUNT(*) AS n FROM visits').get() as { n: number }).n).toBe(1);
    c.close();
    expect(cli('backup', '--db', db, '--to', copy).code).toBe(2);
  });

  it('check changes nothing, and says when a migration is pending', () => {
    const current = join(dir, 'checked.sqlite');
    expect(cli('init', '--db', current).code).toBe(0);
    const before = fingerprint(current);
    const ok = cli('check', '--db', current);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/The workspace is healthy/);
    expect(fingerprint(current).sha256).toBe(before.sha256);

    const older = join(dir, 'older.sqlite');
    const migrations = loadMigrations();
    openWorkspace(older, { create: true, migrations: migrations.slice(0, -1) }).close();
    const old = fingerprint(older);
    const r = cli('check', '--db', older);
    expect(r.code, r.err).toBe(0);
    const latest = migrations.at(-1)!.version;
    expect(r.out).toContain(
      `Schema version: ${latest - 1} (a migration to ${latest} is pending: opening it in the app, or cted-planner migrate --db FILE, upgrades it after taking a copy)`,
    );
    expect(fingerprint(older).sha256).toBe(old.sha256);
    expect(existsSync(`${older}.before-v${latest}.bak`)).toBe(false);

    const newer = join(dir, 'newer.sqlite');
    copyFileSync(current, newer);
    const raw = new Database(newer);
    raw
      .prepare(
        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', '2030-01-01')",
      )
      .run();
    raw.close();
    const future = fingerprint(newer);
    expect(cli('check', '--db', newer)).toMatchObject({
      code: 2,
      err: expect.stringMatching(/newer version of CTED Visit Planner \(schema 99/),
    });
    expect(fingerprint(newer)).toEqual(future);
  });

  it('migrate upgrades an older workspace after taking a copy, and otherwise changes nothing', () => {
    const older = join(dir, 'to-migrate.sqlite');
    const migrations = loadMigrations();
    const latest = migrations.at(-1)!.version;
    openWorkspace(older, { create: true, migrations: migrations.slice(0, -1) }).close();
    const old = fingerprint(older).sha256;
    const r = cli('migrate', '--db', older);
    expect(r.code, r.err).toBe(0);
    const backup = `${older}.before-v${latest}.bak`;
    expect(r.out).toContain(
      `Upgraded ${older} from schema ${latest - 1} to ${latest}. The file as it was is kept at ${backup}.`,
    );
    const copy = new Database(backup, { readonly: true });
    expect(copy.prepare('SELECT MAX(version) FROM schema_migrations').pluck().get()).toBe(
      latest - 1,
    );
    copy.close();
    expect(fingerprint(older).sha256).not.toBe(old);
    expect(cli('check', '--db', older).out).toContain(`Schema version: ${latest}\n`);

    const upgraded = fingerprint(older);
    const again = cli('migrate', '--db', older);
    expect(again).toMatchObject({ code: 0, out: expect.stringMatching(/already at schema/) });
    expect(fingerprint(older)).toEqual(upgraded);
    expect(cli('migrate', '--db', join(dir, 'absent.sqlite'))).toMatchObject({
      code: 2,
      err: expect.stringMatching(/no workspace/),
    });
  });

  it('backup refuses the workspace itself, its -wal and -shm files, and symbolic links', () => {
    const source = join(dir, 'source.sqlite');
    expect(cli('init', '--db', source).code).toBe(0);
    let before = fingerprint(source);
    const refused = (to: string, message: RegExp) => {
      const r = cli('backup', '--db', source, '--to', to);
      expect(r.code, to).toBe(2);
      expect(r.err, to).toMatch(message);
    };
    refused(source, /is the workspace itself/);
    refused(join(dir, '.', 'source.sqlite'), /is the workspace itself/);
    refused(`${source}-wal`, /is the workspace’s write-ahead log/);
    refused(`${source}-shm`, /is the workspace’s shared-memory file/);
    refused(`${source}-journal`, /is the workspace’s journal/);
    expect(fingerprint(source)).toEqual(before);
    // The same files while the workspace is open elsewhere, with its -wal and -shm present.
    const open = openWorkspace(source);
    expect(existsSync(`${source}-wal`)).toBe(true);
    refused(`${source}-wal`, /write-ahead log/);
    refused(`${source}-shm`, /shared-memory file/);
    open.close();
    before = fingerprint(source);
    // A link to the workspace's folder still leads to its own files.
    const linkedDir = join(dir, 'linked-dir');
    symlinkSync(dir, linkedDir);
    refused(join(linkedDir, 'source.sqlite-wal'), /write-ahead log/);

    const dangling = join(dir, 'dangling.sqlite');
    const nowhere = join(dir, 'nowhere', 'target.sqlite');
    symlinkSync(nowhere, dangling);
    refused(dangling, /is a symbolic link; a backup is not written through a link/);
    const elsewhere = join(dir, 'elsewhere.sqlite');
    symlinkSync(join(dir, 'not-yet.sqlite'), elsewhere);
    refused(elsewhere, /symbolic link/);
    expect(existsSync(join(dir, 'not-yet.sqlite'))).toBe(false);
    expect(lstatSync(elsewhere).isSymbolicLink()).toBe(true);

    expect(fingerprint(source).sha256).toBe(before.sha256);
    const good = join(dir, 'source-copy.sqlite');
    expect(cli('backup', '--db', source, '--to', good).code).toBe(0);
    expect(fingerprint(source).sha256).toBe(before.sha256);
  });

  it('answers every write on a read-only workspace with FORBIDDEN, and reads as usual', () => {
    const file = join(dir, 'read-only.sqlite');
    expect(cli('init', '--db', file, '--admin', 'Administrator').code).toBe(0);
    chmodSync(file, 0o444);
    const before = fingerprint(file).sha256;
    const info = cli('call', 'workspace.info', '{}', '--db', file);
    expect(info.code).toBe(0);
    expect(JSON.parse(info.out)).toMatchObject({
      readOnly: true,
      readOnlyReason: expect.stringMatching(/Its file is read-only/),
    });
    const write = cli(
      'call',
      'visits.create',
      '{"iso3":"KEN","kind":"focused","mode":"in_person"}',
      '--db',
      file,
    );
    expect(write.code).toBe(1);
    expect(JSON.parse(write.out)).toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringMatching(/^This workspace is read-only, so nothing can be changed\./),
    });
    expect(cli('migrate', '--db', file).code).toBe(0);
    expect(fingerprint(file).sha256).toBe(before);
  });
});

describe('signing in on the command line', () => {
  it('init --admin creates a workspace with its first administrator, after checking the passphrase', () => {
    const path = join(dir, 'admin.sqlite');
    const short = run({ CTED_PASSPHRASE: 'short' }, 'init', '--db', path, '--admin', 'A. Admin');
    expect(short).toMatchObject({ code: 1, err: expect.stringMatching(/at least 8 characters/) });
    expect(existsSync(path)).toBe(false);
    const none = run({}, 'init', '--db', path, '--admin', 'A. Admin');
    expect(none).toMatchObject({ code: 1, err: expect.stringMatching(/--passphrase-file FILE/) });
    expect(existsSync(path)).toBe(false);
    const file = join(dir, 'admin-passphrase.txt');
    writeFileSync(file, `${PASSPHRASE}\n`);
    const made = run({}, 'init', '--db', path, '--admin', 'A. Admin', '--passphrase-file', file);
    expect(made.code, made.err).toBe(0);
    expect(made.out).toMatch(/its first administrator is A\. Admin/);
    const listed = run({}, 'call', 'users.list', '{}', '--db', path, '--passphrase-file', file);
    expect(JSON.parse(listed.out)).toEqual([
      expect.objectContaining({ name: 'A. Admin', role: 'admin', hasPassphrase: true }),
    ]);
    expect(cli('init', '--db', join(dir, 'x.sqlite'), '--demo', '--admin', 'A')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/--admin is for a new, empty workspace/),
    });
  });

  it('says how to begin on a workspace nobody can sign in to yet', () => {
    const path = join(dir, 'nobody.sqlite');
    const made = cli('init', '--db', path);
    expect(made.out).toMatch(/Nobody can sign in yet: open it in the app/);
    expect(cli('call', 'states.list', '{}', '--db', path)).toMatchObject({
      code: 1,
      err: expect.stringMatching(/Nobody can sign in to .* yet/),
    });
  });

  it('exits 1 on a wrong or missing passphrase, leaving the file exactly as it was', () => {
    const before = fingerprint(db).sha256;
    const visit = '{"iso3":"KEN","kind":"advocacy","mode":"virtual"}';
    const wrong = run(
      { CTED_PASSPHRASE: 'not the passphrase' },
      'call',
      'visits.create',
      visit,
      '--db',
      db,
    );
    expect(wrong).toMatchObject({
      code: 1,
      out: '',
      err: 'The passphrase for Administrator is not right; nothing was done.\n',
    });
    const file = join(dir, 'wrong.txt');
    writeFileSync(file, 'also wrong\n');
    expect(
      run({}, 'call', 'visits.create', visit, '--db', db, '--passphrase-file', file).code,
    ).toBe(1);
    expect(
      run({}, 'plan', 'build', '--year', '2027', '--db', db, '--passphrase-file', file).code,
    ).toBe(1);
    const missing = run({}, 'call', 'visits.create', visit, '--db', db);
    expect(missing).toMatchObject({ code: 1, err: expect.stringMatching(/CTED_PASSPHRASE/) });
    expect(
      run({}, 'call', 'states.list', '{}', '--db', db, '--passphrase-file', join(dir, 'none.txt')),
    ).toMatchObject({
      code: 1,
      err: expect.stringMatching(/There is no passphrase file at/),
    });
    expect(fingerprint(db).sha256).toBe(before);
  });

  it('acts with an API key as the key’s user, until it is revoked', () => {
    const created = cli(
      'call',
      'users.create',
      JSON.stringify({
        name: 'Field Script',
        role: 'field',
        passphrase: 'field script passphrase',
      }),
      '--db',
      db,
    );
    expect(created.code, created.out).toBe(0);
    const issued = JSON.parse(
      cli(
        'call',
        'apiKeys.create',
        JSON.stringify({ name: 'export', userId: JSON.parse(created.out).id }),
        '--db',
        db,
      ).out,
    ) as { id: string; key: string };
    const listed = run({ CTED_API_KEY: issued.key }, 'call', 'visits.list', '{}', '--db', db);
    expect(listed.code, listed.err).toBe(0);
    const keyFile = join(dir, 'api.key');
    writeFileSync(keyFile, `${issued.key}\n`);
    const refused = run(
      {},
      'call',
      'settings.update',
      '{"consentReminderDays":9}',
      '--db',
      db,
      '--api-key-file',
      keyFile,
    );
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.out)).toMatchObject({ code: 'FORBIDDEN', message: /Field Script/ });
    expect(
      run(
        {},
        'call',
        'states.list',
        '{}',
        '--db',
        db,
        '--api-key-file',
        keyFile,
        '--user',
        'Administrator',
      ),
    ).toMatchObject({
      code: 1,
      err: expect.stringMatching(/leave out --user/),
    });
    expect(cli('call', 'apiKeys.revoke', JSON.stringify({ id: issued.id }), '--db', db).code).toBe(
      0,
    );
    expect(
      run({ CTED_API_KEY: issued.key }, 'call', 'visits.list', '{}', '--db', db),
    ).toMatchObject({
      code: 1,
      err: expect.stringMatching(/unknown or has been revoked/),
    });
  });

  it('says to migrate a workspace made before users signed in, changing nothing', () => {
    const older = join(dir, 'before-sign-in.sqlite');
    const migrations = loadMigrations().filter((m) => m.version < 7);
    openWorkspace(older, { create: true, migrations }).close();
    const before = fingerprint(older).sha256;
    expect(cli('call', 'states.list', '{}', '--db', older)).toMatchObject({
      code: 1,
      err: expect.stringMatching(
        /made before users signed in \(schema 6\): run cted-planner migrate/,
      ),
    });
    expect(fingerprint(older).sha256).toBe(before);
  });

  it('needs no passphrase for the file-level commands', () => {
    expect(run({}, 'check', '--db', db).code).toBe(0);
    expect(run({}, 'backup', '--db', db, '--to', join(dir, 'unsigned-copy.sqlite')).code).toBe(0);
    expect(run({}, 'migrate', '--db', db).code).toBe(0);
  });
});

describe('encrypted workspaces on the command line', () => {
  const KEY = 'the key of the field laptop';
  let keyDir: string;
  let keyFile: string;
  let enc: string;
  /** The CLI with the workspace key in CTED_WORKSPACE_KEY (and the passphrase). */
  const withKeyEnv = (...args: string[]) =>
    run({ CTED_PASSPHRASE: PASSPHRASE, CTED_WORKSPACE_KEY: KEY }, ...args);

  beforeAll(() => {
    keyDir = tempDir();
    keyFile = join(keyDir, 'key.txt');
    // As an editor saves it: the final newline is not part of the key.
    writeFileSync(keyFile, `${KEY}\n`);
    enc = join(tempDir(), 'field.sqlite');
    const made = cli('init', '--db', enc, '--admin', 'Administrator', '--key-file', keyFile);
    expect(made.code, made.err).toBe(0);
    expect(made.out).toMatch(/encrypted: it opens only with its key/);
  });

  it('init --key-file makes a file with no readable header or text', () => {
    const bytes = readFileSync(enc);
    expect(bytes.includes('SQLite format 3')).toBe(false);
    expect(bytes.includes('Kenya')).toBe(false);
    expect(fingerprint(enc).beside).toEqual([]);
  });

  it('every command opens it with --key-file or CTED_WORKSPACE_KEY', () => {
    const created = cli(
      'call',
      'visits.create',
      '{"iso3":"KEN","kind":"focused","mode":"in_person"}',
      '--db',
      enc,
      '--key-file',
      keyFile,
    );
    expect(created.code, created.err).toBe(0);
    const listed = withKeyEnv('call', 'visits.list', '{}', '--db', enc);
    expect(listed.code, listed.err).toBe(0);
    expect(JSON.parse(listed.out)).toMatchObject([{ iso3: 'KEN', kind: 'focused' }]);
    expect(withKeyEnv('plan', 'build', '--year', '2027', '--db', enc).code).toBe(0);
    const check = cli('check', '--db', enc, '--key-file', keyFile);
    expect(check.code, check.out).toBe(0);
    expect(check.out).toMatch(/The workspace is healthy/);
    const anchor = join(keyDir, 'anchor.json');
    expect(withKeyEnv('audit', 'anchor', '--db', enc, '--to', anchor).code).toBe(0);
    expect(withKeyEnv('check', '--db', enc, '--anchor', anchor).code).toBe(0);
    expect(withKeyEnv('migrate', '--db', enc).out).toMatch(/already at schema/);

    const copy = join(keyDir, 'copy.sqlite');
    const backup = withKeyEnv('backup', '--db', enc, '--to', copy);
    expect(backup.code, backup.err).toBe(0);
    expect(backup.out).toMatch(/encrypted with the same key/);
    expect(readFileSync(copy).includes('SQLite format 3')).toBe(false);
    expect(readFileSync(copy).includes('Kenya')).toBe(false);
    expect(cli('check', '--db', copy, '--key-file', keyFile).code).toBe(0);
  });

  it('refuses a missing, wrong or empty key with exit 1, changing and creating nothing', () => {
    const before = fingerprint(enc);
    const filesBefore = readdirSync(keyDir).sort();
    const wrongFile = join(keyDir, 'wrong.txt');
    writeFileSync(wrongFile, 'not the key\n');
    const emptyFile = join(keyDir, 'empty.txt');
    writeFileSync(emptyFile, '\n');
    const newFile = join(keyDir, 'never-made.sqlite');
    const hint = /Give its key with --key-file FILE or the CTED_WORKSPACE_KEY environment variable/;
    const wrong = /^The key does not open this workspace/;
    for (const [args, env, message] of [
      [['check', '--db', enc], {}, hint],
      [['call', 'visits.list', '{}', '--db', enc], { CTED_PASSPHRASE: PASSPHRASE }, hint],
      [['check', '--db', enc, '--key-file', wrongFile], {}, wrong],
      [['check', '--db', enc], { CTED_WORKSPACE_KEY: 'not the key' }, wrong],
      [
        ['call', 'visits.list', '{}', '--db', enc, '--key-file', wrongFile],
        { CTED_PASSPHRASE: PASSPHRASE },
        wrong,
      ],
      [['backup', '--db', enc, '--to', newFile, '--key-file', wrongFile], {}, wrong],
      [['audit', 'anchor', '--db', enc, '--to', newFile, '--key-file', wrongFile], {}, wrong],
      [['migrate', '--db', enc, '--key-file', wrongFile], {}, wrong],
      [['decrypt', '--db', enc, '--key-file', wrongFile], {}, wrong],
      [['check', '--db', enc, '--key-file', emptyFile], {}, /key file .* is empty/],
      [['check', '--db', enc], { CTED_WORKSPACE_KEY: '' }, /CTED_WORKSPACE_KEY is set but empty/],
      [
        ['check', '--db', enc, '--key-file', join(keyDir, 'nope.txt')],
        {},
        /There is no key file at/,
      ],
    ] as [string[], Record<string, string>, RegExp][]) {
      const r = run(env, ...args);
      expect(r.code, `${args.join(' ')}: ${r.err}`).toBe(1);
      expect(r.err).toMatch(message);
      expect(fingerprint(enc)).toEqual(before);
    }
    expect(readdirSync(keyDir).sort()).toEqual([...filesBefore, 'empty.txt', 'wrong.txt'].sort());
  });

  it('refuses a key given for a plain workspace, which opens without one', () => {
    const before = fingerprint(db);
    const r = cli('check', '--db', db, '--key-file', keyFile);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/is not encrypted, but a key was given/);
    expect(fingerprint(db)).toEqual(before);
    expect(cli('check', '--db', db).code).toBe(0);
  });

  it('encrypt and decrypt convert a workspace in place, keeping its data', () => {
    const path = join(tempDir(), 'plain.sqlite');
    expect(cli('init', '--db', path, '--admin', 'Administrator').code).toBe(0);
    expect(
      cli('call', 'visits.create', '{"iso3":"FJI","kind":"focused","mode":"virtual"}', '--db', path)
        .code,
    ).toBe(0);
    const visits = JSON.parse(cli('call', 'visits.list', '{}', '--db', path).out);

    expect(cli('encrypt', '--db', path).err).toMatch(/Give the key with --key-file FILE/);
    const encrypted = cli('encrypt', '--db', path, '--key-file', keyFile);
    expect(encrypted.code, encrypted.err).toBe(0);
    expect(encrypted.out).toMatch(/^Encrypted .* It now opens only with its key/);
    expect(readFileSync(path).includes('SQLite format 3')).toBe(false);
    expect(fingerprint(path).beside).toEqual([]);
    expect(cli('call', 'visits.list', '{}', '--db', path).code).toBe(1);
    expect(JSON.parse(withKeyEnv('call', 'visits.list', '{}', '--db', path).out)).toEqual(visits);

    const onceEncrypted = fingerprint(path);
    const again = withKeyEnv('encrypt', '--db', path);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/is already encrypted\. The file was not changed\./);
    expect(fingerprint(path)).toEqual(onceEncrypted);

    const decrypted = withKeyEnv('decrypt', '--db', path);
    expect(decrypted.code, decrypted.err).toBe(0);
    expect(readFileSync(path).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    expect(JSON.parse(cli('call', 'visits.list', '{}', '--db', path).out)).toEqual(visits);
    const twice = cli('decrypt', '--db', path, '--key-file', keyFile);
    expect(twice.code).toBe(2);
    expect(twice.err).toMatch(/is not encrypted: there is nothing to decrypt/);
  });

  it('migrate upgrades an encrypted workspace after an encrypted copy', () => {
    const path = join(tempDir(), 'old.sqlite');
    openWorkspace(path, {
      create: true,
      key: KEY,
      migrations: loadMigrations().slice(0, -1),
    }).close();
    const r = cli('migrate', '--db', path, '--key-file', keyFile);
    expect(r.code, r.err).toBe(0);
    const kept = /The file as it was is kept at (.+)\.$/m.exec(r.out)![1]!;
    expect(readFileSync(kept).includes('SQLite format 3')).toBe(false);
    expect(cli('check', '--db', kept, '--key-file', keyFile).out).toMatch(
      /a migration to \d+ is pending/,
    );
    expect(cli('check', '--db', path, '--key-file', keyFile).code).toBe(0);
  });
});

describe('cted-planner import indicators', () => {
  const DEFINITION = JSON.stringify({
    key: 'homicides',
    label: 'Homicide rate',
    direction: 'higher_is_riskier',
    normalisation: 'minmax',
    externalCode: 'VC.IHR.PSRC.P5',
  });
  const header =
    '"Country Name","Country Code","Indicator Name","Indicator Code","2021","2022","2023",';
  const line = (name: string, code: string, ...values: string[]) =>
    `"${name}","${code}","Intentional homicides","VC.IHR.PSRC.P5",${values.map((v) => `"${v}"`).join(',')},`;
  /** A World Bank download: a preamble, Member States, an aggregate, a territory, blanks. */
  const WIDE = [
    '"Data Source","World Development Indicators",',
    '',
    '"Last Updated Date","2025-07-01",',
    '',
    header,
    line('Kenya', 'KEN', '4.9', '', '5.1'),
    line('Chile', 'CHL', '', '', '4.3'),
    line('Arab World', 'ARB', '2.1', '2.2', ''),
    line('Kosovo', 'XKX', '1.5', '', ''),
  ].join('\n');
  let ws: string;
  let files: string;
  /**
   * The same bytes, and nothing waiting beside them: a read-only look leaves SQLite's -wal and -shm
   * files of a WAL workspace behind, as `check` does, but an empty log (no change pending).
   */
  const expectUnchanged = (path: string, before: ReturnType<typeof fingerprint>) => {
    expect(fingerprint(path).sha256).toBe(before.sha256);
    const wal = `${path}-wal`;
    if (existsSync(wal)) expect(readFileSync(wal).length).toBe(0);
  };
  const file = (name: string, text: string) => {
    const path = join(files, name);
    writeFileSync(path, text);
    return path;
  };
  const values = (path: string, ...extra: string[]) => {
    const r = cli('call', 'states.get', '{"iso3":"KEN"}', '--db', path, ...extra);
    expect(r.code, r.err).toBe(0);
    return (JSON.parse(r.out) as { indicators: { key: string; value: number }[] }).indicators;
  };

  beforeAll(() => {
    files = tempDir();
    ws = join(tempDir(), 'import.sqlite');
    expect(cli('init', '--db', ws, '--admin', 'Administrator').code).toBe(0);
    const defined = cli('call', 'indicators.define', DEFINITION, '--db', ws);
    expect(defined.code, defined.err).toBe(0);
  });

  it('refuses a file with errors, exits 1, prints the summary, and leaves the workspace file as it was', () => {
    const bad = file('bad.csv', `${WIDE}\n${line('Marocco', '', '1.2', '', '')}\n`);
    const before = fingerprint(ws);
    const r = cli('import', 'indicators', bad, '--db', ws);
    expect(r.code, r.err).toBe(1);
    expect(r.out).toMatch(/bad\.csv \(one column per year, 2021–2023\)/);
    expect(r.out).toMatch(/lines read: 5/);
    expect(r.out).toMatch(/empty cells \(missing values, not imported\): 8/);
    expect(r.out).toMatch(/aggregates \(regions, income groups\): 1 line/);
    expect(r.out).toMatch(/not UN Member States \(territories, non-members\): 1 line/);
    expect(r.out).toMatch(/line 8: 'Arab World' is a regional or income aggregate.*\(2 values\)/);
    expect(r.out).toMatch(
      /suggestion: 'Marocco' \(line 10\) could be .* \(MAR\): confirm it with --confirm "Marocco=MAR"/,
    );
    expect(r.out).toMatch(/Nothing was imported/);
    expectUnchanged(ws, before);
    // Leaving out the aggregates and non-members is not enough: the near-miss is still an error.
    const still = cli('import', 'indicators', bad, '--db', ws, '--exclude-non-members');
    expect(still.code).toBe(1);
    expectUnchanged(ws, before);
    // A file that cannot be read at all, and one that does not exist.
    const broken = cli(
      'import',
      'indicators',
      file('broken.csv', 'state,x\nKenya,1\n'),
      '--db',
      ws,
    );
    expect(broken.code).toBe(1);
    expect(broken.out).toMatch(/no indicator, as_of, value columns/);
    const missing = cli('import', 'indicators', join(files, 'none.csv'), '--db', ws);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/There is no file at/);
    expectUnchanged(ws, before);
  });

  it('--dry-run checks and writes nothing', () => {
    const before = fingerprint(ws);
    const r = cli(
      'import',
      'indicators',
      file('dry.csv', WIDE),
      '--db',
      ws,
      '--dry-run',
      '--exclude-errors',
    );
    expect(r.code, r.out + r.err).toBe(0);
    expect(r.out).toMatch(/left out: 2 lines \(3 values\)/);
    expect(r.out).toMatch(/values to write: 3/);
    expect(r.out).toMatch(/Dry run: nothing was written/);
    expectUnchanged(ws, before);
  });

  it('imports a good file, all of it or with the lines left out as asked, as the signed-in user', () => {
    const r = cli(
      'import',
      'indicators',
      file('wb.csv', WIDE),
      '--db',
      ws,
      '--exclude-non-members',
    );
    expect(r.code, r.out + r.err).toBe(0);
    expect(r.out).toMatch(/Imported 3 values from wb\.csv/);
    expect(values(ws)).toContainEqual(expect.objectContaining({ key: 'homicides', value: 5.1 }));
    const history = cli('call', 'audit.verify', '{}', '--db', ws);
    expect(JSON.parse(history.out)).toMatchObject({ ok: true });
    // A confirmed suggestion is read as the State suggested.
    const near = file('near.csv', `${header}\n${line('Marocco', '', '1.2', '', '')}\n`);
    const confirmed = cli('import', 'indicators', near, '--db', ws, '--confirm', 'Marocco=MAR');
    expect(confirmed.code, confirmed.out).toBe(0);
    expect(confirmed.out).toMatch(/confirmed: 'Marocco' is read as .* \(MAR\)/);
  });

  it('imports into an encrypted workspace with --key-file, and refuses without the key', () => {
    const keyFile = file('key.txt', 'the import key\n');
    const enc = join(tempDir(), 'enc.sqlite');
    expect(cli('init', '--db', enc, '--admin', 'Administrator', '--key-file', keyFile).code).toBe(
      0,
    );
    expect(
      cli('call', 'indicators.define', DEFINITION, '--db', enc, '--key-file', keyFile).code,
    ).toBe(0);
    const wide = file('enc.csv', WIDE);
    const before = fingerprint(enc);
    const refused = cli('import', 'indicators', wide, '--db', enc, '--exclude-errors');
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/--key-file/);
    expectUnchanged(enc, before);
    const r = cli(
      'import',
      'indicators',
      wide,
      '--db',
      enc,
      '--key-file',
      keyFile,
      '--exclude-errors',
    );
    expect(r.code, r.out + r.err).toBe(0);
    expect(values(enc, '--key-file', keyFile)).toContainEqual(
      expect.objectContaining({ key: 'homicides', value: 5.1 }),
    );
    expect(readFileSync(enc).includes('Kenya')).toBe(false);
  });
});
