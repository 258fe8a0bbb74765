import { copyFileSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { loadMigrations } from '../../main/core/db/migrations';
import { openWorkspace } from '../../main/core/db/workspace';
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
