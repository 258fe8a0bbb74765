import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from './helpers';

/** Runs the CLI as a user would, after `npm ci`. */
function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/cted-planner.mjs', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

let dir: string;
let db: string;
beforeAll(() => {
  dir = tempDir();
  db = join(dir, 'w.sqlite');
  expect(cli('init', '--db', db).code).toBe(0);
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
    expect(unknown.code).toBe(1);
    expect(JSON.parse(unknown.out).code).toBe('FORBIDDEN');
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
    const info = JSON.parse(cli('call', 'workspace.info', '{}', '--db', a).out);
    expect(info).toMatchObject({ demo: true, syntheticNotice: expect.stringMatching(/Synthetic/) });
    expect(info.counts.visits).toBeGreaterThan(150);
    const b = join(dir, 'demo-b.sqlite');
    cli('init', '--db', b, '--demo', '--seed', '7', '--today', '2026-11-29');
    const visits = (file: string) => cli('call', 'visits.list', '{}', '--db', file).out;
    expect(visits(b)).toBe(visits(a));
  });

  it('plan build prints the ranked list with top factors; plan diff shows what an amendment changed', () => {
    const demo = join(dir, 'plan.sqlite');
    const today = ['--today', '2026-11-29'];
    expect(cli('init', '--db', demo, '--demo', ...today).code).toBe(0);
    const built = cli('plan', 'build', '--year', '2027', '--capacity', '8', '--db', demo, ...today);
    expect(built.code).toBe(0);
    const rows = built.out.split('\n').filter((l) => /^\s+\d+\s{2}/.test(l));
    expect(rows).toHaveLength(193);
    expect(rows.filter((l) => l.includes(' selected '))).toHaveLength(8);
    expect(rows[0]).toMatch(/^\s+1\s{2}.+\(\w{3}\)\s+\d+\.\d{2}\s+selected/);
    const json = JSON.parse(
      cli('plan', 'build', '--year', '2027', '--json', '--db', demo, ...today).out,
    );
    expect(json.entries).toHaveLength(193);

    const as = (user: string, method: string, input: object) => {
      const r = cli('call', method, JSON.stringify(input), '--db', demo, '--user', user, ...today);
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
    const diff = cli(
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
      cli('plan', 'diff', '--year', '2027', '--from', '1', '--to', '7', '--db', demo, ...today),
    ).toMatchObject({ code: 1, err: expect.stringMatching(/no version 7/) });
    expect(cli('plan', 'build', '--db', demo)).toMatchObject({
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
});
