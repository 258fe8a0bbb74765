// Encrypting a plain workspace, or decrypting an encrypted one, in place and safely
// (`cted-planner encrypt` / `decrypt`). The converted file is written beside the workspace, its
// rows checked against the original's, opened once more with its key, and only then renamed over
// the original: a crash at any moment leaves the original whole, never half converted.
import { renameSync } from 'node:fs';
import { WorkspaceError, WorkspaceKeyError } from '../errors';
import { newFileKey, useSqlCipher } from './cipher';
import {
  connect,
  inspectWorkspace,
  judgeHeader,
  removeWithSidecars,
  whyReadOnly,
  type Db,
  type Workspace,
} from './workspace';

export interface ConvertOptions {
  /** A binding of the SQLite driver built for another runtime (Electron's ABI). */
  nativeBinding?: string | undefined;
}

/** Encrypts the plain workspace at `path` with `key`, in place. */
export function encryptWorkspace(path: string, key: string, options: ConvertOptions = {}): void {
  convert(path, { to: key }, options);
}

/** Decrypts the workspace at `path`, encrypted with `key`, in place. */
export function decryptWorkspace(path: string, key: string, options: ConvertOptions = {}): void {
  convert(path, { from: key }, options);
}

function convert(
  path: string,
  keys: { from?: string; to?: string },
  options: ConvertOptions,
): void {
  const encrypting = keys.to !== undefined;
  const verb = encrypting ? 'encrypted' : 'decrypted';
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};

  // 1. Judged as every open judges it (the key, our meta, a schema this version knows), without
  // writing anything.
  const readOnly = whyReadOnly(path);
  if (readOnly)
    throw new WorkspaceError(
      `${path} cannot be ${verb} in place. ${readOnly} The file was not changed.`,
    );
  let look: Workspace;
  try {
    look = inspectWorkspace(path, { key: keys.from, ...binding });
  } catch (e) {
    if (e instanceof WorkspaceKeyError && e.reason === (encrypting ? 'needed' : 'unexpected'))
      throw new WorkspaceError(
        encrypting
          ? `${path} is already encrypted. The file was not changed.`
          : `${path} is not encrypted: there is nothing to decrypt. The file was not changed.`,
      );
    throw e;
  }
  look.close();

  // 2. The new file is the main database of one connection, the original attached to it and
  // locked for that connection alone until it closes: anyone else who has it open (the app, the
  // web host, another command) makes the lock fail, and nothing is done.
  const temporary = `${path}.${encrypting ? 'encrypting' : 'decrypting'}`;
  removeWithSidecars(temporary);
  const sourceKey = keys.from === undefined ? '' : judgeHeader(path, keys.from);
  const target = connect(temporary, {
    binding,
    fileKey: keys.to === undefined ? null : newFileKey(keys.to),
  });
  try {
    useSqlCipher(target); // the cipher of the attached original, when it is the encrypted one
    target.pragma('foreign_keys = OFF'); // tables are filled one by one
    try {
      target.prepare('ATTACH DATABASE ? AS source KEY ?').run(path, sourceKey);
      target.pragma('source.locking_mode = EXCLUSIVE');
      target.exec('BEGIN EXCLUSIVE');
    } catch (e) {
      if ((e as { code?: string }).code !== 'SQLITE_BUSY') throw e;
      throw new WorkspaceError(
        `${path} is open in another program (CTED Visit Planner, its web host or command line, or an SQLite tool). Close it there, then try again. The file was not changed.`,
      );
    }
    copySourceIntoMain(target);
    target.exec('COMMIT');

    // 3. Verified: sound, and the very same schema and rows as the original.
    const check = target.pragma('main.quick_check', { simple: true });
    const unsound =
      check !== 'ok'
        ? `SQLite's check of the copy found: ${String(check)}`
        : !sameContents(target)
          ? 'the copy does not hold the same rows'
          : null;
    if (unsound)
      throw new WorkspaceError(
        `${path} could not be ${verb} (${unsound}). The file was not changed.`,
      );
    // Opens as a workspace with its key (or with none), as every later open will; looked at while
    // it is still a rollback-journal file, so that the look leaves nothing beside it.
    inspectWorkspace(temporary, { key: keys.to, ...binding }).close();
    target.pragma('main.journal_mode = WAL');
  } catch (e) {
    target.close();
    removeWithSidecars(temporary);
    throw e;
  }
  // 4. Closing folds both write-ahead logs into their files and releases the lock; the rename
  // that follows replaces the original whole, atomically.
  target.close();
  renameSync(temporary, path);
}

/**
 * Copies every table with its rows, then the indexes, triggers and views, from `source` into
 * `main`, inside the caller's transaction. Triggers come last, so that none fires on the copied
 * rows.
 */
function copySourceIntoMain(db: Db): void {
  const objects = db
    .prepare(
      "SELECT type, name, sql FROM source.sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid",
    )
    .all() as { type: string; name: string; sql: string }[];
  for (const table of objects.filter((o) => o.type === 'table')) {
    db.exec(table.sql);
    db.exec(`INSERT INTO main.${quote(table.name)} SELECT * FROM source.${quote(table.name)}`);
  }
  // AUTOINCREMENT counters (the change log's sequence numbers).
  if (db.prepare("SELECT 1 FROM source.sqlite_master WHERE name = 'sqlite_sequence'").get())
    db.exec(
      'DELETE FROM main.sqlite_sequence; INSERT INTO main.sqlite_sequence SELECT * FROM source.sqlite_sequence',
    );
  for (const other of objects.filter((o) => o.type !== 'table')) db.exec(other.sql);
  const userVersion = Number(db.pragma('source.user_version', { simple: true }));
  db.pragma(`main.user_version = ${userVersion}`);
}

/**
 * Whether `main` holds exactly what `source` holds: the same schema, user_version and, table by
 * table, as many rows and no row in one that is not in the other (every table of a workspace has a
 * primary key, so no two of its rows are alike). SQLite compares the values itself.
 */
function sameContents(db: Db): boolean {
  const differ = (rows: (schema: string) => string) =>
    `SELECT 1 FROM (${rows('main')} EXCEPT ${rows('source')}) UNION ALL SELECT 1 FROM (${rows('source')} EXCEPT ${rows('main')}) LIMIT 1`;
  // The objects' definitions (not where their pages are); statistics are SQLite's, not data.
  const schema = (s: string) =>
    `SELECT type, name, tbl_name, sql FROM ${s}.sqlite_master WHERE name NOT LIKE 'sqlite\\_stat%' ESCAPE '\\'`;
  if (db.prepare(differ(schema)).get() !== undefined) return false;
  const version = (s: string) => db.pragma(`${s}.user_version`, { simple: true });
  if (version('main') !== version('source')) return false;
  const tables = db
    .prepare("SELECT name FROM main.sqlite_master WHERE type = 'table'")
    .pluck()
    .all() as string[];
  return tables.every((name) => {
    const rows = (s: string) => `SELECT * FROM ${s}.${quote(name)}`;
    const count = (s: string) => `(SELECT COUNT(*) FROM ${s}.${quote(name)})`;
    return (
      db
        .prepare(`SELECT ${count('main')} = ${count('source')}`)
        .pluck()
        .get() === 1 && db.prepare(differ(rows)).get() === undefined
    );
  });
}

function quote(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
