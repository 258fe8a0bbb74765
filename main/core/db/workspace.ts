// A workspace is one SQLite file (DESIGN §3). A file is judged before it is touched: its header,
// our `meta` and its schema version are read first, without writing, and a file that is not a
// workspace this version can open is refused with its bytes unchanged. Only then is it opened for
// writing (or kept read-only when it cannot or must not be written), checked when its last session
// did not end cleanly or its last check is old, migrated after a copy, and seeded. An encrypted
// workspace (SQLCipher, cipher.ts) is judged the same way once its key has opened it.
import Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import {
  accessSync,
  closeSync,
  constants,
  copyFileSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { WorkspaceError, WorkspaceKeyError } from '../errors';
import { memberStates, referenceDigest } from '../reference/memberStates';
import { registerAuditFunctions } from './audit';
import {
  applyFileKey,
  fileKeyFor,
  looksEncrypted,
  newFileKey,
  saltOf,
  type FileKey,
} from './cipher';
import { loadMigrations, type Migration } from './migrations';

export type Db = Database.Database;

/** Why an open ran SQLite's quick_check. */
export type OpenCheckReason = 'unclean-shutdown' | 'schedule';

export interface Workspace {
  db: Db;
  path: string;
  siteId: string;
  /** The file's schema version (after any migration this open applied). */
  schemaVersion: number;
  /** The newest schema this version of the app knows; above `schemaVersion` only when inspected. */
  latestVersion: number;
  /** Nothing can be written: the file or its folder is read-only, or it was opened read-only. */
  readOnly: boolean;
  /** Why it is read-only, as a sentence for the person using it (a banner); null when writable. */
  readOnlyReason: string | null;
  /** Where the copy taken before the last migration went, if one was taken on this open. */
  backupPath: string | null;
  /** Why this open ran `PRAGMA quick_check`, or null when it did not need to. */
  openCheck: OpenCheckReason | null;
  /** The file is encrypted at rest; it was opened with its key. */
  encrypted: boolean;
  close(): void;
}

export interface OpenOptions {
  /** Create the file when missing (otherwise a missing file is an error). */
  create?: boolean;
  /** Open read-only even when the file could be written. */
  readOnly?: boolean;
  migrations?: Migration[];
  /** A binding of the SQLite driver built for another runtime (Electron's ABI); Node's by default. */
  nativeBinding?: string | undefined;
  /**
   * The key (a passphrase) of an encrypted workspace; with `create`, the new workspace is
   * encrypted with it. Given for a plain workspace, it is refused rather than ignored.
   */
  key?: string | undefined;
  /** The clock for the check schedule, in epoch milliseconds. */
  now?: () => number;
}

/** How to open one file: the driver's binding, and the key when the file is encrypted. */
export interface Access {
  binding: { nativeBinding?: string };
  fileKey: FileKey | null;
}

/** A full quick_check runs at least this often, on the first open after it falls due. */
export const CHECK_EVERY_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;
/** meta key: the instant of the last quick_check that found the file sound. */
const LAST_CHECK_KEY = 'last_integrity_check';
/** meta keys of open sessions: `session:<random>` → {@link SessionMark} as JSON. */
const SESSION_PREFIX = 'session:';
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
const SIDECARS = ['-wal', '-shm', '-journal'];

export const READ_ONLY_REASONS = {
  option: 'It was opened read-only.',
  file: 'Its file is read-only: make the file writable, or work on a copy, to make changes.',
  permission:
    'You do not have permission to change its file: ask for access, or work on a copy, to make changes.',
  folder:
    'Its folder is read-only: move the file to a folder you can write to, or work on a copy, to make changes.',
} as const;

/**
 * Opens the workspace at `path` for the app: judged read-only first, then opened for writing
 * (migrating it after taking a copy) unless the file or its folder cannot be written or
 * `readOnly` is asked, in which case it stays read-only and is not migrated.
 */
export function openWorkspace(path: string, options: OpenOptions = {}): Workspace {
  if (!existsSync(path)) {
    if (!options.create) throw new WorkspaceError(`There is no workspace at ${path}.`);
    createWorkspace(path, options);
  }
  return open(path, options, false);
}

/**
 * Opens a workspace read-only to look at it (`check`, `backup`, `migrate`'s first look): judged
 * like {@link openWorkspace}, never written, never migrated. A workspace of an older schema opens
 * with `schemaVersion < latestVersion` (a migration is pending).
 */
export function inspectWorkspace(
  path: string,
  options: Pick<OpenOptions, 'migrations' | 'nativeBinding' | 'key'> = {},
): Workspace {
  if (!existsSync(path)) throw new WorkspaceError(`There is no workspace at ${path}.`);
  return open(path, { ...options, readOnly: true }, true);
}

function open(path: string, options: OpenOptions, inspect: boolean): Workspace {
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  const migrations = options.migrations ?? loadMigrations();
  const latest = migrations.at(-1)?.version ?? 0;

  // 1. The bytes: a file, not empty, with SQLite's 16-byte header, or encrypted and a key given.
  // Nothing is opened by SQLite yet.
  const access: Access = { binding, fileKey: judgeHeader(path, options.key) };

  // 2. The key, our meta and the schema version, on a read-only connection.
  const sidecarsBefore = presentSidecars(path);
  let ro: ReadConnection | undefined;
  let version: number;
  try {
    ro = openReadOnly(path, access);
    version = judgeContents(ro.db, path, latest);
  } catch (e) {
    ro?.close();
    removeNewSidecars(path, sidecarsBefore);
    throw e;
  }

  const readOnlyReason = options.readOnly ? READ_ONLY_REASONS.option : whyReadOnly(path);
  if (readOnlyReason) {
    if (version < latest && !inspect) {
      ro.close();
      removeNewSidecars(path, sidecarsBefore);
      throw new WorkspaceError(
        `${path} was saved by an older version of CTED Visit Planner (schema ${version}) and must be upgraded to schema ${latest} before this version can open it, but it cannot be changed now. ${readOnlyReason} The file was not changed.`,
      );
    }
    return readOnlyWorkspace(ro, path, version, latest, readOnlyReason, access);
  }
  ro.close();

  // 3. Judged: open it for writing.
  let db: Db;
  try {
    db = connect(path, access, { fileMustExist: true });
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
  } catch (e) {
    // A file the permission bits call writable can still refuse writes (a read-only mount).
    if (/^SQLITE_READONLY/.test(String((e as { code?: unknown }).code))) {
      return readOnlyWorkspace(
        openReadOnly(path, access),
        path,
        version,
        latest,
        READ_ONLY_REASONS.permission,
        access,
      );
    }
    throw new WorkspaceError(`${path} could not be opened as a workspace: ${(e as Error).message}`);
  }
  try {
    const now = options.now ?? Date.now;
    const openCheck = checkDue(db, now());
    if (openCheck) {
      const check = db.pragma('quick_check', { simple: true });
      if (check !== 'ok')
        throw new WorkspaceError(
          `${path} is damaged (SQLite integrity check: ${String(check)}). Restore it from a backup.`,
        );
    }
    const backupPath = migrate(db, path, version, migrations);
    const session = beginSession(db, openCheck ? now() : null);
    seedReference(db);
    const siteId = ensureSiteId(db);
    return {
      db,
      path,
      siteId,
      schemaVersion: currentVersion(db),
      latestVersion: latest,
      readOnly: false,
      readOnlyReason: null,
      backupPath,
      openCheck,
      encrypted: access.fileKey !== null,
      close: () => {
        if (!db.open) return;
        endSession(db, session);
        db.close();
      },
    };
  } catch (e) {
    db.close();
    if (e instanceof WorkspaceError) throw e;
    const message = (e as Error).message;
    if (/file is not a database|malformed/i.test(message))
      throw new WorkspaceError(`${path} is not a CTED Visit Planner workspace.`);
    throw e;
  }
}

function readOnlyWorkspace(
  { db, close }: ReadConnection,
  path: string,
  version: number,
  latest: number,
  reason: string,
  access: Access,
): Workspace {
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // A read-only open never runs quick_check: it could not record the result, and it cannot make
  // any damage worse. `cted-planner check` is there on demand.
  return {
    db,
    path,
    siteId: getMeta(db, 'site_id') ?? '',
    schemaVersion: version,
    latestVersion: latest,
    readOnly: true,
    readOnlyReason: reason,
    backupPath: null,
    openCheck: null,
    encrypted: access.fileKey !== null,
    close,
  };
}

/**
 * A connection with the file's key, when it is encrypted, and our SQL functions: every connection
 * to a workspace is made here (and in encryption.ts, which converts a file).
 */
export function connect(file: string | Buffer, access: Access, options: Database.Options = {}): Db {
  const db = new Database(file, { ...options, ...access.binding });
  try {
    if (access.fileKey) applyFileKey(db, access.fileKey);
    registerAuditFunctions(db);
  } catch (e) {
    db.close();
    throw e;
  }
  return db;
}

// ---- Judging a file ------------------------------------------------------------------------

/**
 * Judges the file's first bytes and returns the key to open it with: null for a plain SQLite file.
 * An encrypted file has no SQLite header (its first bytes are its salt, then ciphertext); it is
 * told from any other file by its whole pages of random-looking bytes, and needs its key.
 */
export function judgeHeader(path: string, key: string | undefined): FileKey | null {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory())
      throw new WorkspaceError(`${path} is a folder, not a CTED Visit Planner workspace file.`);
    size = stat.size;
  } catch (e) {
    if (e instanceof WorkspaceError) throw e;
    throw new WorkspaceError(`${path} cannot be read (${(e as Error).message}).`);
  }
  if (size === 0)
    throw new WorkspaceError(
      `${path} is an empty file (0 bytes), not a CTED Visit Planner workspace. It was left as it is; to start a new workspace, choose a new file name.`,
    );
  const page = Buffer.alloc(4096);
  let read: number;
  try {
    const fd = openSync(path, 'r');
    try {
      read = readSync(fd, page, 0, page.length, 0);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    throw new WorkspaceError(`${path} cannot be read (${(e as Error).message}).`);
  }
  const first = page.subarray(0, read);
  if (read >= 100 && first.subarray(0, 16).equals(SQLITE_HEADER)) {
    if (key !== undefined)
      throw new WorkspaceKeyError(
        'unexpected',
        `${path} is not encrypted, but a key was given. Open it without a key, or encrypt it first (cted-planner encrypt). The file was not changed.`,
      );
    return null;
  }
  if (!looksEncrypted(first, size))
    throw new WorkspaceError(
      `${path} is not a CTED Visit Planner workspace: it is not an SQLite database. The file was not changed.`,
    );
  if (key === undefined)
    throw new WorkspaceKeyError(
      'needed',
      `${path} is an encrypted workspace: it opens only with its key. The file was not changed.`,
    );
  return fileKeyFor(checkedKey(key), saltOf(first));
}

/** Whether the file is an encrypted workspace (true) or a plain one (false); anything else throws. */
export function isEncryptedWorkspace(path: string): boolean {
  try {
    judgeHeader(path, undefined);
    return false;
  } catch (e) {
    if (e instanceof WorkspaceKeyError && e.reason === 'needed') return true;
    throw e;
  }
}

/** A key must be something: an empty one would protect nothing. */
function checkedKey(key: string): string {
  if (key === '')
    throw new WorkspaceKeyError('wrong', 'The key is empty; a workspace key cannot be empty.');
  return key;
}

function wrongKey(path: string): WorkspaceKeyError {
  return new WorkspaceKeyError(
    'wrong',
    `The key does not open this workspace (${path}). Check that it is the key the workspace was encrypted with; if it is, the file is damaged: restore it from a backup. The file was not changed.`,
  );
}

/** Our tables and schema version; returns the version, or refuses the file. */
function judgeContents(db: Db, path: string, latest: number): number {
  const foreign = () =>
    new WorkspaceError(
      `${path} is an SQLite file but not a CTED Visit Planner workspace (it has no workspace information). The file was not changed.`,
    );
  let tables: Set<string>;
  try {
    tables = new Set(
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[],
    );
  } catch (e) {
    throw new WorkspaceError(
      `${path} is not a CTED Visit Planner workspace, or it is damaged (${(e as Error).message}). The file was not changed.`,
    );
  }
  if (tables.size === 0)
    throw new WorkspaceError(
      `${path} is an empty SQLite database, not a CTED Visit Planner workspace. The file was not changed.`,
    );
  if (!tables.has('meta') || !tables.has('schema_migrations')) throw foreign();
  const metaColumns = (db.pragma('table_info(meta)') as { name: string }[]).map((c) => c.name);
  if (!metaColumns.includes('key') || !metaColumns.includes('value')) throw foreign();
  let version: number;
  try {
    const first = db.prepare('SELECT name FROM schema_migrations WHERE version = 1').pluck().get();
    if (first !== 'initial') throw foreign();
    version = db.prepare('SELECT MAX(version) FROM schema_migrations').pluck().get() as number;
  } catch (e) {
    if (e instanceof WorkspaceError) throw e;
    throw foreign();
  }
  if (version > latest)
    throw new WorkspaceError(
      `This workspace was saved by a newer version of CTED Visit Planner (schema ${version}; this version knows up to ${latest}). Update the app to open it; the file was not changed.`,
    );
  return version;
}

/** A read-only connection, and how to close it (with whatever it needed beside it). */
interface ReadConnection {
  db: Db;
  close(): void;
}

const closer = (db: Db) => () => {
  if (db.open) db.close();
};

/**
 * A read-only connection. SQLite opens a WAL file read-only by creating its -wal and -shm files
 * beside it; in a folder it cannot write (and with no such files there) it cannot open it at all,
 * and the driver is built without URI filenames, so `immutable=1` is not available. There a plain
 * file is read into memory, marked as a rollback-journal database in the copy only, and opened
 * from that image; an encrypted one cannot be read from memory, so a copy of its ciphertext in a
 * private temporary folder is opened instead, and removed on close.
 */
function openReadOnly(path: string, access: Access): ReadConnection {
  let db: Db | undefined;
  try {
    db = connect(path, access, { readonly: true, fileMustExist: true });
    db.prepare('SELECT 1 FROM sqlite_master LIMIT 1').get();
    return { db, close: closer(db) };
  } catch (e) {
    db?.close();
    const code = String((e as { code?: unknown }).code);
    if (!/^SQLITE_(READONLY_DIRECTORY|CANTOPEN|READONLY_CANTINIT)/.test(code)) {
      // With a key, page 1 fails its HMAC: the wrong key (or a damaged first page).
      if (access.fileKey && code === 'SQLITE_NOTADB') throw wrongKey(path);
      if (/^SQLITE_(NOTADB|CORRUPT)/.test(code))
        throw new WorkspaceError(
          `${path} is not a CTED Visit Planner workspace, or it is damaged (${(e as Error).message}). The file was not changed.`,
        );
      throw new WorkspaceError(`${path} cannot be read (${(e as Error).message}).`);
    }
  }
  if (!access.fileKey) {
    const image = readFileSync(path);
    if (image[18] === 2 && image[19] === 2) image[18] = image[19] = 1;
    const memory = connect(image, access, { readonly: true });
    return { db: memory, close: closer(memory) };
  }
  const folder = mkdtempSync(join(tmpdir(), 'cted-readonly-'));
  const removeCopy = () => rmSync(folder, { recursive: true, force: true });
  try {
    const copy = join(folder, 'workspace.sqlite');
    copyFileSync(path, copy);
    const fromCopy = connect(copy, access, { readonly: true, fileMustExist: true });
    return {
      db: fromCopy,
      close: () => {
        closer(fromCopy)();
        removeCopy();
      },
    };
  } catch (e) {
    removeCopy();
    throw new WorkspaceError(`${path} cannot be read (${(e as Error).message}).`);
  }
}

/** A sentence saying why the workspace must stay read-only, or null when it can be written. */
export function whyReadOnly(path: string): string | null {
  // No write permission bit at all means someone marked the file read-only: honoured even when
  // the process could write it anyway (root, an administrator).
  if ((statSync(path).mode & 0o222) === 0) return READ_ONLY_REASONS.file;
  if (!writable(path)) return READ_ONLY_REASONS.permission;
  // WAL writes the -wal and -shm files beside the workspace, so its folder must be writable too.
  // (Windows' read-only attribute on a folder means nothing to files in it.)
  const dir = dirname(path);
  if (process.platform !== 'win32' && (statSync(dir).mode & 0o222) === 0)
    return READ_ONLY_REASONS.folder;
  if (!writable(dir)) return READ_ONLY_REASONS.folder;
  return null;
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function presentSidecars(path: string): Set<string> {
  return new Set(SIDECARS.filter((s) => existsSync(path + s)));
}

/**
 * Removes the -wal/-shm files that our read-only look at a refused file created, so that it is
 * left exactly as it was found. Files that were there before, or a -wal someone has written to
 * since, are left alone.
 */
function removeNewSidecars(path: string, before: Set<string>): void {
  const created = SIDECARS.filter((s) => !before.has(s) && existsSync(path + s));
  if (created.includes('-wal') && statSync(`${path}-wal`).size > 0) return;
  for (const s of created) rmSync(path + s, { force: true });
}

/** Removes a file of ours being made (closed) and whatever SQLite kept beside it. */
export function removeWithSidecars(path: string): void {
  for (const file of [path, ...SIDECARS.map((s) => path + s)]) rmSync(file, { force: true });
}

// ---- Creating a workspace ------------------------------------------------------------------

/**
 * Makes a new workspace at `path`: built beside it under another name and renamed into place once
 * complete, so that a crash never leaves a half-made file that would then be refused.
 */
function createWorkspace(path: string, options: OpenOptions): void {
  const temporary = `${path}.creating`;
  removeWithSidecars(temporary);
  const access: Access = {
    binding: options.nativeBinding ? { nativeBinding: options.nativeBinding } : {},
    fileKey: options.key === undefined ? null : newFileKey(checkedKey(options.key)),
  };
  let db: Db;
  try {
    db = connect(temporary, access);
  } catch (e) {
    throw new WorkspaceError(`${path} could not be created: ${(e as Error).message}`);
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db, temporary, 0, options.migrations ?? loadMigrations());
    seedReference(db);
    ensureSiteId(db);
    // A new, empty file is sound: its first scheduled check is a week away.
    setMeta(db, LAST_CHECK_KEY, new Date((options.now ?? Date.now)()).toISOString());
    db.close();
  } catch (e) {
    db.close();
    removeWithSidecars(temporary);
    throw e;
  }
  if (existsSync(path)) {
    rmSync(temporary, { force: true });
    throw new WorkspaceError(`${path} appeared while the workspace was being created.`);
  }
  renameSync(temporary, path);
}

// ---- Sessions: detecting an unclean shutdown -----------------------------------------------

/**
 * Every writable open records a session row in `meta` (committed with synchronous=FULL before the
 * open returns) and only `close()` deletes it. A process killed with kill -9, a crash or a power
 * cut cannot delete it, so the next open finds a row whose process is gone and runs quick_check.
 * A row's process is gone when it ran on another host (WAL works only within one host, so the file
 * was copied or moved while open), when its pid no longer exists, or when its pid is ours but it
 * belongs to an earlier process (a recycled pid, as in a restarted container) or to a session of
 * this process that was closed. Rows of processes still running (the app and the command line on
 * the same file) are left alone, so working side by side is not mistaken for a crash. Stale rows
 * are removed once the check has passed; a failed check leaves them, so the next open checks again.
 * A recycled pid of an unrelated live process can hide a crash until that process ends; the weekly
 * schedule is the backstop.
 */
interface SessionMark {
  pid: number;
  host: string;
  process: string;
  since: string;
}

/** This process, as told apart from an earlier one with the same pid. */
const PROCESS_TOKEN = randomBytes(8).toString('hex');
const liveSessions = new Set<string>();

function sessionIsLive(key: string, value: string | null): boolean {
  let mark: SessionMark;
  try {
    mark = JSON.parse(value ?? '') as SessionMark;
  } catch {
    return false;
  }
  if (mark.host !== hostname()) return false;
  if (mark.pid === process.pid) return mark.process === PROCESS_TOKEN && liveSessions.has(key);
  try {
    process.kill(mark.pid, 0);
    return true;
  } catch (e) {
    return (e as { code?: string }).code === 'EPERM';
  }
}

function staleSessions(db: Db): string[] {
  const rows = db
    .prepare('SELECT key, value FROM meta WHERE key >= ? AND key < ?')
    .all(SESSION_PREFIX, `${SESSION_PREFIX}\uffff`) as { key: string; value: string | null }[];
  return rows.filter((r) => !sessionIsLive(r.key, r.value)).map((r) => r.key);
}

/** Why this open must run quick_check: a session that did not end cleanly, or the schedule. */
function checkDue(db: Db, nowMs: number): OpenCheckReason | null {
  if (staleSessions(db).length > 0) return 'unclean-shutdown';
  const last = Date.parse(getMeta(db, LAST_CHECK_KEY) ?? '');
  if (!(nowMs - last < CHECK_EVERY_DAYS * DAY_MS)) return 'schedule';
  return null;
}

/** Records this session (and the check just passed, if any); returns its meta key. */
function beginSession(db: Db, checkedAt: number | null): string {
  const key = `${SESSION_PREFIX}${randomBytes(8).toString('hex')}`;
  const mark: SessionMark = {
    pid: process.pid,
    host: hostname(),
    process: PROCESS_TOKEN,
    since: new Date().toISOString(),
  };
  db.transaction(() => {
    if (checkedAt !== null) {
      const remove = db.prepare('DELETE FROM meta WHERE key = ?');
      for (const stale of staleSessions(db)) remove.run(stale);
      setMeta(db, LAST_CHECK_KEY, new Date(checkedAt).toISOString());
    }
    setMeta(db, key, JSON.stringify(mark));
  }).immediate();
  liveSessions.add(key);
  return key;
}

function endSession(db: Db, key: string): void {
  liveSessions.delete(key);
  try {
    db.prepare('DELETE FROM meta WHERE key = ?').run(key);
  } catch {
    // Closing must not fail; a row left behind only means one extra check on the next open.
  }
}

// ---- Migrations and reference data ---------------------------------------------------------

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
function migrate(db: Db, path: string, version: number, migrations: Migration[]): string | null {
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

/**
 * Copies the workspace to the new file `to`, consistently even while it is in use. An encrypted
 * workspace's copy is encrypted with the same key: SQLite's backup API cannot write SQLCipher's
 * pages (they reserve room for the IV and HMAC), so it is written by VACUUM INTO, which keeps the
 * connection's key, as the copy taken before a migration is.
 */
export async function backupWorkspace(ws: Workspace, to: string): Promise<void> {
  if (ws.encrypted) ws.db.prepare('VACUUM INTO ?').run(to);
  else await ws.db.backup(to);
}

/** `base + ext`, or `base.2 + ext`, `base.3 + ext`… whichever does not exist yet. */
function freshPath(base: string, ext: string): string {
  let candidate = `${base}${ext}`;
  for (let n = 2; existsSync(candidate); n++) candidate = `${base}.${n}${ext}`;
  return candidate;
}

/** meta key: the digest of the reference data the workspace was last seeded with. */
const REFERENCE_KEY = 'reference_digest';

/**
 * Writes the Member States as this version of the app ships them, whenever they differ from what
 * the workspace holds (names, regions, spellings): reference data, not synced, so every site
 * shows what its own version ships. Rows are updated in place, never replaced, so nothing that
 * points at a State is touched.
 */
function seedReference(db: Db): void {
  const states = memberStates();
  const digest = referenceDigest();
  const have = (db.prepare('SELECT COUNT(*) AS n FROM member_states').get() as { n: number }).n;
  if (have === states.length && getMeta(db, REFERENCE_KEY) === digest) return;
  const upsert = db.prepare(
    `INSERT INTO member_states (iso3, iso2, m49, name_en, name_fr, name_es, name_ru, name_zh, name_ar, region, subregion, alt_names)
     VALUES (@iso3, @iso2, @m49, @en, @fr, @es, @ru, @zh, @ar, @region, @subregion, @altNames)
     ON CONFLICT(iso3) DO UPDATE SET iso2 = excluded.iso2, m49 = excluded.m49,
       name_en = excluded.name_en, name_fr = excluded.name_fr, name_es = excluded.name_es,
       name_ru = excluded.name_ru, name_zh = excluded.name_zh, name_ar = excluded.name_ar,
       region = excluded.region, subregion = excluded.subregion, alt_names = excluded.alt_names`,
  );
  db.transaction(() => {
    for (const s of states) upsert.run({ ...s, ...s.names, altNames: JSON.stringify(s.altNames) });
    setMeta(db, REFERENCE_KEY, digest);
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
