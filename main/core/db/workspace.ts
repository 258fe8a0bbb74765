// A workspace is one SQLite file (DESIGN §3): open it, check it, migrate it, seed reference data.
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { WorkspaceError } from '../errors';
import { memberStates } from '../reference/memberStates';
import { registerAuditFunctions } from './audit';
import { loadMigrations, type Migration } from './migrations';

export type Db = Database.Database;

export interface Workspace {
  db: Db;
  path: string;
  siteId: string;
  schemaVersion: number;
  /** Where the copy taken before the last migration went, if one was taken on this open. */
  backupPath: string | null;
  close(): void;
}

export interface OpenOptions {
  /** Create the file when missing (otherwise a missing file is an error). */
  create?: boolean;
  migrations?: Migration[];
  /** A better-sqlite3 binding built for another runtime (Electron's ABI); the Node one by default. */
  nativeBinding?: string;
}

export function openWorkspace(path: string, options: OpenOptions = {}): Workspace {
  const exists = existsSync(path);
  if (!exists && !options.create) throw new WorkspaceError(`There is no workspace at ${path}.`);
  let db: Db;
  try {
    db = new Database(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
    registerAuditFunctions(db);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
  } catch (e) {
    throw new WorkspaceError(`${path} could not be opened as a workspace: ${(e as Error).message}`);
  }
  try {
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok')
      throw new WorkspaceError(
        `${path} is damaged (SQLite integrity check: ${String(check)}). Restore it from a backup.`,
      );
    const migrations = options.migrations ?? loadMigrations();
    const backupPath = migrate(db, path, migrations);
    seedReference(db);
    const siteId = ensureSiteId(db);
    const schemaVersion = currentVersion(db);
    return { db, path, siteId, schemaVersion, backupPath, close: () => db.close() };
  } catch (e) {
    db.close();
    if (e instanceof WorkspaceError) throw e;
    const message = (e as Error).message;
    if (/file is not a database|malformed/i.test(message))
      throw new WorkspaceError(`${path} is not a CTED Visit Planner workspace.`);
    throw e;
  }
}

function currentVersion(db: Db): number {
  const hasTable = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_migrations'")
    .get();
  if (!hasTable) return 0;
  return (
    (db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null })
      .v ?? 0
  );
}

/** Applies pending migrations; returns the path of the copy taken first, if any. */
function migrate(db: Db, path: string, migrations: Migration[]): string | null {
  const hasUserTables = db
    .prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE type='table'")
    .get() as { n: number };
  const version = currentVersion(db);
  if (version === 0 && hasUserTables.n > 0) {
    throw new WorkspaceError(`${path} is an SQLite file but not a CTED Visit Planner workspace.`);
  }
  const latest = migrations.at(-1)?.version ?? 0;
  if (version > latest) {
    throw new WorkspaceError(
      `This workspace was saved by a newer version of CTED Visit Planner (schema ${version}; this version knows up to ${latest}). Update the app to open it; the file was not changed.`,
    );
  }
  const pending = migrations.filter((m) => m.version > version);
  if (pending.length === 0) return null;
  let backupPath: string | null = null;
  if (version > 0) {
    backupPath = freshPath(`${path}.before-v${pending[0]!.version}`, '.bak');
    db.prepare('VACUUM INTO ?').run(backupPath);
  }
  db.transaction(() => {
    db.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    const record = db.prepare(
      'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
    );
    for (const m of pending) {
      db.exec(m.sql);
      record.run(m.version, m.name, new Date().toISOString());
    }
  }).immediate();
  return backupPath;
}

/** `base + ext`, or `base.2 + ext`, `base.3 + ext`… whichever does not exist yet. */
function freshPath(base: string, ext: string): string {
  let candidate = `${base}${ext}`;
  for (let n = 2; existsSync(candidate); n++) candidate = `${base}.${n}${ext}`;
  return candidate;
}

function seedReference(db: Db): void {
  const states = memberStates();
  const have = (db.prepare('SELECT COUNT(*) AS n FROM member_states').get() as { n: number }).n;
  if (have === states.length) return;
  const upsert = db.prepare(
    `INSERT OR REPLACE INTO member_states (iso3, iso2, m49, name_en, name_fr, name_es, name_ru, name_zh, name_ar, region, subregion, alt_names)
     VALUES (@iso3, @iso2, @m49, @en, @fr, @es, @ru, @zh, @ar, @region, @subregion, @altNames)`,
  );
  db.transaction(() => {
    for (const s of states) upsert.run({ ...s, ...s.names, altNames: JSON.stringify(s.altNames) });
  }).immediate();
}

function ensureSiteId(db: Db): string {
  const row = db.prepare("SELECT value FROM meta WHERE key = 'site_id'").get() as
    | { value: string }
    | undefined;
  if (row) return row.value;
  const siteId = randomBytes(8).toString('hex');
  db.prepare("INSERT INTO meta (key, value) VALUES ('site_id', ?)").run(siteId);
  return siteId;
}

export function getMeta(db: Db, key: string): string | null {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as
    | { value: string | null }
    | undefined;
  return row?.value ?? null;
}

export function setMeta(db: Db, key: string, value: string | null): void {
  db.prepare(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}
