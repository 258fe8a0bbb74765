// The merge (DESIGN §6, after Actual Budget): changes received from other sites are applied cell by
// cell, last writer wins by clock timestamp (the timestamp ends with the site id, which breaks
// ties), inside the caller's one transaction. Every change received is appended to the local
// change log as it was made (winner or not), so that the log holds the same set of changes on every
// site that has seen them, can be passed on to others, and a change already held is recognised.
//
// Definitions (a cell is one column of one row; a change's base is the newest timestamp of that
// cell its site had seen when it was made):
// - The cell's value is the value of its change with the greatest timestamp.
// - A deletion is a change of the cell `deleted` to 1: the row is hidden whatever its other cells
//   hold, so it wins over edits made before it; only a later change of `deleted` brings it back.
// - Concurrent edits ('edit' conflict): two changes L and W of one cell with different values,
//   L older than W, where W's base is older than L (W's site had seen neither L nor anything newer
//   of the cell). L lost without its author or W's having seen the other: it is kept in
//   `conflicts` (lost: L, kept: W). A change made after seeing the cell's current value is a
//   deliberate overwrite, not a conflict.
// - An edit lost to a deletion ('deleted' conflict): a change E of a row's other column, newer
//   than the deletion T that hides the row (T being the newest change of `deleted`, to 1): E's site
//   edited a row it did not know was deleted (the app refuses edits of deleted records).
// Both are properties of pairs of changes, whatever the order they arrive in; each pair is checked
// when the second of the two arrives, and recorded once (its id is derived from the pair), so
// every site that sees both records the same conflict row, and conflict rows sync like any other.
import { createHash } from 'node:crypto';
import type { Writer } from '../db/write';
import type { Db } from '../db/workspace';
import { toBound, type Change, type SyncSchema } from './schema';

/** Conflicts are not themselves checked for conflicts. */
const UNCHECKED_TABLES = new Set(['conflicts']);

interface Entry {
  seq: number;
  hlc: string;
  site_id: string;
  author_id: string | null;
  new_value: string | null;
  base_hlc: string | null;
}

/** One side of a conflict: a change, as the conflicts table records it. */
interface Side {
  hlc: string;
  siteId: string;
  authorId: string | null;
  value: string | null;
}

interface Pair {
  kind: 'edit' | 'deleted';
  table: string;
  rowId: string;
  column: string;
  lost: Side;
  kept: Side;
}

export interface MergeResult {
  /** Changes new to this workspace, now in its log. */
  applied: number;
  /** Of those, the ones that became a cell's value. */
  won: number;
  /** Changes this workspace already had (a bundle applied twice changes nothing). */
  alreadyHad: number;
  /** Conflict rows recorded by this merge. */
  conflicts: number;
  /** Changes applied to records other than events and conflicts (a merge worth an event). */
  dataChanges: number;
}

export interface MergeContext {
  db: Db;
  write: Writer;
  /** This site's id: the bases of its own changes are read from the log. */
  siteId: string;
  nowMs: number;
}

/** A conflict's id, the same on every site: derived from the pair of changes. */
export function conflictId(p: Pair): string {
  const h = createHash('sha256')
    .update(JSON.stringify([p.kind, p.table, p.rowId, p.column, p.lost.hlc, p.kept.hlc]))
    .digest('hex');
  // Shaped like a UUID, version 8 (RFC 9562: custom).
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The base of a change in a cell's history: stored for other sites' changes, read from the log for ours. */
function baseOf(entry: Entry, history: Entry[], siteId: string): string | null {
  if (entry.site_id !== siteId) return entry.base_hlc;
  let base: string | null = null;
  for (const e of history) if (e.seq < entry.seq && (base === null || e.hlc > base)) base = e.hlc;
  return base;
}

const side = (e: Entry): Side => ({
  hlc: e.hlc,
  siteId: e.site_id,
  authorId: e.author_id,
  value: e.new_value,
});
const sideOf = (c: Change): Side => ({
  hlc: c.hlc,
  siteId: c.siteId,
  authorId: c.authorId,
  value: c.newValue,
});

export function mergeChanges(
  ctx: MergeContext,
  schema: SyncSchema,
  changes: Change[],
): MergeResult {
  const { db, write } = ctx;
  const result: MergeResult = { applied: 0, won: 0, alreadyHad: 0, conflicts: 0, dataChanges: 0 };
  if (changes.length === 0) return result;
  const sorted = [...changes].sort((a, b) =>
    a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0,
  );
  // Every change made here from now on sorts after everything received.
  write.receive(sorted.at(-1)!.hlc);

  const historyOf = db.prepare(
    'SELECT seq, hlc, site_id, author_id, new_value, base_hlc FROM change_log WHERE tbl = ? AND row_id = ? AND col = ? ORDER BY hlc',
  );
  const loggedBefore = db.prepare('SELECT 1 FROM change_log WHERE tbl = ? AND row_id = ? LIMIT 1');
  const deletionOf = db.prepare(
    "SELECT seq, hlc, site_id, author_id, new_value, base_hlc FROM change_log WHERE tbl = ? AND row_id = ? AND col = 'deleted' ORDER BY hlc DESC LIMIT 1",
  );
  const editsAfter = db.prepare(
    "SELECT hlc, site_id, author_id, col, new_value FROM change_log WHERE tbl = ? AND row_id = ? AND col <> 'deleted' AND hlc > ?",
  );
  const rowExists = new Map<string, ReturnType<Db['prepare']>>();
  const existsIn = (table: string, id: string): boolean => {
    let s = rowExists.get(table);
    if (!s) rowExists.set(table, (s = db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`)));
    return Boolean(s.get(id));
  };

  /**
   * Per row touched: whether the log had changes of it before this merge (if not, its history is
   * the changes of this merge, kept here rather than read back), the newest change of its
   * `deleted` cell, and the cells to write.
   */
  interface RowState {
    table: string;
    rowId: string;
    logged: boolean;
    memory: Map<string, (Entry & { col: string })[]>;
    deletion: Side | null | undefined;
    cells: Record<string, string | number | null> | null;
  }
  const rows = new Map<string, RowState>();
  const stateOf = (c: Change): RowState => {
    const k = `${c.table}\u0000${c.rowId}`;
    let st = rows.get(k);
    if (!st) {
      st = {
        table: c.table,
        rowId: c.rowId,
        logged: Boolean(loggedBefore.get(c.table, c.rowId)),
        memory: new Map(),
        deletion: undefined,
        cells: null,
      };
      rows.set(k, st);
    }
    return st;
  };
  const deletionFor = (st: RowState): Side | null => {
    if (st.deletion === undefined) {
      const e = st.logged ? (deletionOf.get(st.table, st.rowId) as Entry | undefined) : undefined;
      st.deletion = e ? side(e) : null;
    }
    return st.deletion;
  };
  const pairs: Pair[] = [];
  let seq = Number.MAX_SAFE_INTEGER / 2;

  for (const c of sorted) {
    const st = stateOf(c);
    const history = st.logged
      ? (historyOf.all(c.table, c.rowId, c.column) as Entry[])
      : (st.memory.get(c.column) ?? []);
    if (history.some((e) => e.hlc === c.hlc)) {
      result.alreadyHad += 1;
      continue;
    }
    const newest = history.at(-1);
    const wins = !newest || c.hlc > newest.hlc;

    if (!UNCHECKED_TABLES.has(c.table)) {
      const at = { table: c.table, rowId: c.rowId, column: c.column };
      for (const e of history) {
        if (e.new_value === c.newValue) continue;
        if (e.hlc < c.hlc) {
          if (c.baseHlc === null || c.baseHlc < e.hlc)
            pairs.push({ kind: 'edit', ...at, lost: side(e), kept: sideOf(c) });
        } else {
          const base = baseOf(e, history, ctx.siteId);
          if (base === null || base < c.hlc)
            pairs.push({ kind: 'edit', ...at, lost: sideOf(c), kept: side(e) });
        }
      }
      if (c.column !== 'deleted') {
        const deletion = deletionFor(st);
        if (deletion && deletion.value === '1' && deletion.hlc < c.hlc)
          pairs.push({ kind: 'deleted', ...at, lost: sideOf(c), kept: deletion });
      } else if (wins && c.newValue === '1') {
        const later = st.logged
          ? (editsAfter.all(c.table, c.rowId, c.hlc) as (Entry & { col: string })[])
          : [...st.memory.values()].flat().filter((e) => e.col !== 'deleted' && e.hlc > c.hlc);
        for (const e of later)
          pairs.push({
            kind: 'deleted',
            table: c.table,
            rowId: c.rowId,
            column: e.col,
            lost: side(e),
            kept: sideOf(c),
          });
      }
    }

    write.logRemote(
      {
        hlc: c.hlc,
        site_id: c.siteId,
        author_id: c.authorId,
        tbl: c.table,
        row_id: c.rowId,
        col: c.column,
        old_value: c.oldValue,
        new_value: c.newValue,
      },
      c.baseHlc,
    );
    if (!st.logged) {
      const entry = {
        seq: seq++,
        hlc: c.hlc,
        site_id: c.siteId,
        author_id: c.authorId,
        new_value: c.newValue,
        base_hlc: c.baseHlc,
        col: c.column,
      };
      // Kept in clock order, as the log's history is read.
      const cell = st.memory.get(c.column) ?? [];
      cell.push(entry);
      cell.sort((a, b) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0));
      st.memory.set(c.column, cell);
    }
    result.applied += 1;
    if (c.table !== 'events' && c.table !== 'conflicts') result.dataChanges += 1;
    if (!wins) continue;
    result.won += 1;
    if (c.column === 'deleted') st.deletion = sideOf(c);
    st.cells ??= {};
    st.cells[c.column] = toBound(c.newValue, schema.get(c.table)!.get(c.column)!);
  }

  for (const st of rows.values())
    if (st.cells) write.putRemote(st.table, st.rowId, st.cells, !existsIn(st.table, st.rowId));
  result.conflicts = recordConflicts(ctx, pairs);
  return result;
}

const key = (c: Change) => `${c.table}\u0000${c.rowId}\u0000${c.column}`;

/** Writes the pairs not recorded yet as conflict rows, through the write path (they sync). */
function recordConflicts(ctx: MergeContext, pairs: Pair[]): number {
  const known = ctx.db.prepare('SELECT 1 FROM conflicts WHERE id = ?');
  const done = new Set<string>();
  const detectedAt = new Date(ctx.nowMs).toISOString();
  for (const p of pairs) {
    const id = conflictId(p);
    if (done.has(id) || known.get(id)) continue;
    done.add(id);
    const row: Record<string, string | null> = {
      id,
      kind: p.kind,
      tbl: p.table,
      row_id: p.rowId,
      col: p.column,
      kept_value: p.kept.value,
      kept_hlc: p.kept.hlc,
      kept_site_id: p.kept.siteId,
      kept_author_id: p.kept.authorId,
      lost_value: p.lost.value,
      lost_hlc: p.lost.hlc,
      lost_site_id: p.lost.siteId,
      lost_author_id: p.lost.authorId,
      detected_at: detectedAt,
    };
    // Empty cells stay at their default: nothing to log.
    ctx.write.insert(
      'conflicts',
      Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null)),
    );
  }
  return done.size;
}
