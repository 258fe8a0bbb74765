// Figures that read a whole history are kept until a table they read changes. Every change of user
// data appends to change_log through the one write path (DESIGN §3): this connection's, another
// connection's (the command line, say) and those a sync bundle brings, logged as made at their site.
// The log's rows since a figure was computed therefore name the tables that changed. Reference data
// (member_states) is not logged: it changes only when another connection reseeds it, which PRAGMA
// data_version tells. A log whose last row is no longer the one seen (a rolled-back transaction had
// been read) forgets everything.
import type { Db } from '../db/workspace';

/** How many results are kept per workspace (as-of dates, States and parts of figures). */
const KEPT = 32;

/** Tables read by figures whose changes are not logged. */
const UNLOGGED = ['member_states'];

/** A change_log row as a maintained figure sees it. */
export interface LoggedChange {
  tbl: string;
  row_id: string;
  col: string;
  old_value: string | null;
  new_value: string | null;
}

interface Entry {
  tables: readonly string[];
  /** The log's last sequence number and the local change count when the value was computed. */
  seq: number;
  tick: number;
  value: unknown;
}

interface Kept {
  seq: number;
  hash: string | null;
  dataVersion: number;
  /** Counts the changes this memory has noticed; each table keeps the count at its last change. */
  tick: number;
  changedAt: Map<string, number>;
  entries: Map<string, Entry>;
}

const kept = new WeakMap<Db, Kept>();

/** The log's last row and the connection's data version: what is compared at every call. */
function head(db: Db): { seq: number; hash: string | null; dataVersion: number } {
  const last = db.prepare('SELECT seq, hash FROM change_log ORDER BY seq DESC LIMIT 1').get() as
    | { seq: number; hash: string | null }
    | undefined;
  return {
    seq: last?.seq ?? 0,
    hash: last?.hash ?? null,
    dataVersion: db.pragma('data_version', { simple: true }) as number,
  };
}

/**
 * The memory of a workspace, brought up to date with the changes made since it was last read. The
 * log's queries read only the rows after a sequence number: NOT INDEXED keeps SQLite from choosing
 * change_log_cell (by table), which would read the whole log.
 */
function current(db: Db): Kept {
  const now = head(db);
  const memory = kept.get(db);
  if (
    memory &&
    now.seq === memory.seq &&
    now.hash === memory.hash &&
    now.dataVersion === memory.dataVersion
  )
    return memory;
  if (!memory || !stillHolds(db, memory)) {
    const fresh: Kept = { ...now, tick: 0, changedAt: new Map(), entries: new Map() };
    kept.set(db, fresh);
    return fresh;
  }
  memory.tick += 1;
  if (now.seq > memory.seq)
    for (const { tbl } of db
      .prepare('SELECT DISTINCT tbl FROM change_log NOT INDEXED WHERE seq > ?')
      .all(memory.seq) as { tbl: string }[])
      memory.changedAt.set(tbl, memory.tick);
  if (now.dataVersion !== memory.dataVersion)
    for (const table of UNLOGGED) memory.changedAt.set(table, memory.tick);
  Object.assign(memory, now);
  return memory;
}

/** Whether the row last seen at the log's end is still there, unchanged. */
function stillHolds(db: Db, memory: Kept): boolean {
  if (memory.seq === 0) return true;
  const row = db.prepare('SELECT hash FROM change_log WHERE seq = ?').get(memory.seq) as
    | { hash: string | null }
    | undefined;
  return row !== undefined && row.hash === memory.hash;
}

/** The tables of a kept value that have changed since it was computed. */
function staleTables(memory: Kept, entry: Entry): string[] {
  return entry.tables.filter((t) => (memory.changedAt.get(t) ?? 0) > entry.tick);
}

type Seen = Pick<Entry, 'seq' | 'tick'>;

/**
 * Keeps a value as of what the memory had seen before computing it (`seen`): a change committed
 * meanwhile by another connection, or noticed by a figure computed within, makes it stale.
 */
function keep(memory: Kept, seen: Seen, key: string, tables: readonly string[], value: unknown) {
  memory.entries.delete(key);
  if (memory.entries.size >= KEPT) memory.entries.delete(memory.entries.keys().next().value!);
  memory.entries.set(key, { tables, ...seen, value });
}

/** `compute()`'s result for `key`, computed again only when one of `tables` has changed since. */
export function memoised<T>(db: Db, key: string, tables: readonly string[], compute: () => T): T {
  const memory = current(db);
  const entry = memory.entries.get(key);
  if (entry && staleTables(memory, entry).length === 0) return entry.value as T;
  const seen = { seq: memory.seq, tick: memory.tick };
  const value = compute();
  keep(memory, seen, key, tables, value);
  return value;
}

/** More changes than this are not worth applying one by one: the figure is computed again. */
const MAX_CHANGES = 5000;

/**
 * Like {@link memoised}, but a kept value that one of `tables` has made stale is first offered to
 * `update` with the logged changes of those tables since; `update` brings it up to date (and
 * returns it, or a new value) or returns null, and then `compute()` runs.
 */
export function maintained<T>(
  db: Db,
  key: string,
  tables: readonly string[],
  compute: () => T,
  update: (value: T, changes: LoggedChange[]) => T | null,
): T {
  const memory = current(db);
  const entry = memory.entries.get(key);
  if (entry && staleTables(memory, entry).length === 0) return entry.value as T;
  const seen = { seq: memory.seq, tick: memory.tick };
  let value: T | null = null;
  if (entry && !staleTables(memory, entry).some((t) => UNLOGGED.includes(t))) {
    const changes = db
      .prepare(
        `SELECT tbl, row_id, col, old_value, new_value FROM change_log NOT INDEXED
         WHERE seq > ? AND tbl IN (${tables.map(() => '?').join(', ')}) ORDER BY seq LIMIT ?`,
      )
      .all(entry.seq, ...tables, MAX_CHANGES + 1) as LoggedChange[];
    if (changes.length <= MAX_CHANGES) value = update(entry.value as T, changes);
  }
  value ??= compute();
  keep(memory, seen, key, tables, value);
  return value;
}

/** Forgets what was kept for a workspace (the benchmark measures the first computation with it). */
export function forgetMemoised(db: Db): void {
  kept.delete(db);
}
