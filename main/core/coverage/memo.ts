// Figures that read a whole history are kept until the workspace changes. Every change of user data
// appends to change_log through the one write path (DESIGN §3), so its last sequence number moves
// with each committed write of this connection (a rolled-back one leaves data and number as they
// were); PRAGMA data_version moves when another connection (the command line, say) commits.
import type { Db } from '../db/workspace';

/** How many results are kept per workspace (as-of dates and States differ between pages). */
const KEPT = 16;

interface Kept {
  version: string;
  results: Map<string, unknown>;
}

const kept = new WeakMap<Db, Kept>();

function dataVersion(db: Db): string {
  const { seq } = db.prepare('SELECT MAX(seq) AS seq FROM change_log').get() as {
    seq: number | null;
  };
  return `${seq ?? 0}:${db.pragma('data_version', { simple: true }) as number}`;
}

/** `compute()`'s result for `key`, computed again only when the workspace has changed since. */
export function memoised<T>(db: Db, key: string, compute: () => T): T {
  const version = dataVersion(db);
  let entry = kept.get(db);
  if (!entry || entry.version !== version) {
    entry = { version, results: new Map() };
    kept.set(db, entry);
  }
  if (entry.results.has(key)) return entry.results.get(key) as T;
  const result = compute();
  if (entry.results.size >= KEPT) entry.results.delete(entry.results.keys().next().value!);
  entry.results.set(key, result);
  return result;
}

/** Forgets what was kept for a workspace (the benchmark measures the first computation with it). */
export function forgetMemoised(db: Db): void {
  kept.delete(db);
}
