import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CREDENTIAL_TABLES } from '../../main/core/auth/credentials';
import { userTables } from '../../main/core/db/write';
import { createTestWorkspace, type TestWorkspace } from './helpers';

let t: TestWorkspace | undefined;

/** SQL that writes one of the given tables. */
const userTableWrite = (tables: string[]) =>
  new RegExp(
    `\\b(INSERT(\\s+OR\\s+\\w+)?\\s+INTO|UPDATE|DELETE\\s+FROM|REPLACE\\s+INTO)\\s+["\`]?(${tables.join('|')})\\b`,
    'i',
  );
/** Every source file of the app, relative to the project. */
function sourceFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|tsx|js|mjs)$/.test(name)) files.push(relative(process.cwd(), path));
    }
  };
  for (const root of ['main', 'shared', 'renderer/src']) walk(root);
  return files;
}

afterEach(() => {
  t?.close();
  t = undefined;
});

describe('the one write path', () => {
  it('logs one change_log row per changed column, with clock, site and author, in the same transaction', () => {
    t = createTestWorkspace();
    let id = '';
    t.seed(
      (w) =>
        (id = w.insert('signals', { iso3: 'KEN', kind: 'trend', severity: 2, half_life_days: 90 })),
    );
    t.seed((w) => w.update('signals', id, { severity: 5, kind: 'trend' }));
    t.seed((w) => w.remove('signals', id));
    const log = t.ws.db
      .prepare(
        'SELECT hlc, site_id, tbl, row_id, col, old_value, new_value FROM change_log WHERE row_id = ? ORDER BY seq',
      )
      .all(id) as Record<string, string | null>[];
    expect(log.map((l) => [l.col, l.old_value, l.new_value])).toEqual([
      ['iso3', null, 'KEN'],
      ['kind', null, 'trend'],
      ['severity', null, '2'],
      ['half_life_days', null, '90'],
      ['severity', '2', '5'],
      ['deleted', '0', '1'],
    ]);
    expect(new Set(log.map((l) => l.site_id))).toEqual(new Set([t.ws.siteId]));
    const clocks = log.map((l) => l.hlc!);
    expect(clocks).toEqual([...clocks].sort());
    expect(t.ws.db.prepare('SELECT deleted FROM signals WHERE id = ?').get(id)).toEqual({
      deleted: 1,
    });
  });

  it('rolls back the row and its log together when the transaction fails', () => {
    t = createTestWorkspace();
    const count = () =>
      t!.ws.db
        .prepare('SELECT (SELECT COUNT(*) FROM signals) + (SELECT COUNT(*) FROM change_log) AS n')
        .get();
    const before = count();
    expect(() =>
      t!.seed((w) => {
        w.insert('signals', { iso3: 'KEN', kind: 'trend' });
        w.insert('signals', { iso3: 'NOT A STATE', kind: 'trend' });
      }),
    ).toThrow(/FOREIGN KEY/);
    expect(count()).toEqual(before);
  });

  it('refuses tables that are not user data and columns that do not exist', () => {
    t = createTestWorkspace();
    expect(() => t!.seed((w) => w.insert('member_states', { iso3: 'XXX' }))).toThrow(
      /not a user data table/,
    );
    expect(() => t!.seed((w) => w.insert('change_log', { tbl: 'x' }))).toThrow(
      /not a user data table/,
    );
    expect(() => t!.seed((w) => w.insert('visits', { 'kind; DROP TABLE visits': 'x' }))).toThrow(
      /no column/,
    );
  });

  it('is the only code that writes user tables', () => {
    t = createTestWorkspace();
    const writes = userTableWrite(userTables(t.ws.db));
    const offenders = sourceFiles().filter(
      (rel) => rel !== 'main/core/db/write.ts' && writes.test(readFileSync(rel, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('leaves the credential tables to the auth module, and keeps them out of the change log', () => {
    // Passphrase and API key hashes are local: not user data (no tombstone), so the write path
    // refuses them and sync never carries them; only main/core/auth/credentials.ts writes them.
    t = createTestWorkspace();
    expect(userTables(t.ws.db)).not.toContain('credentials');
    expect(userTables(t.ws.db)).not.toContain('api_keys');
    expect(() => t!.seed((w) => w.insert('credentials', { user_id: 'x' }))).toThrow(
      /not a user data table/,
    );
    const writes = userTableWrite([...CREDENTIAL_TABLES]);
    const offenders = sourceFiles().filter(
      (rel) => rel !== 'main/core/auth/credentials.ts' && writes.test(readFileSync(rel, 'utf8')),
    );
    expect(offenders).toEqual([]);
    expect(writes.test("db.prepare('UPDATE api_keys SET revoked_at = ?')")).toBe(true);
  });

  it('catches a direct write when one is added (the scan works)', () => {
    t = createTestWorkspace();
    const writes = userTableWrite(userTables(t.ws.db));
    expect(writes.test("db.prepare('UPDATE visits SET status = ?')")).toBe(true);
    expect(writes.test('db.exec(`insert or replace into users (id) values (1)`)')).toBe(true);
    expect(writes.test("db.prepare('SELECT * FROM visits')")).toBe(false);
  });
});
