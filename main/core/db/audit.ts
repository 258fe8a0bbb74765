// The tamper-evident audit trail (issue "Trust"): every change_log row stores a SHA-256 hash of its
// content and of the previous row's hash, so rewriting, removing or inserting a row anywhere breaks
// the chain from there on. Events are user rows written through the one write path, so each of
// their columns is a chained change_log row; a check compares every event with what the chain
// recorded. Triggers refuse UPDATE and DELETE on both tables (an honest mistake stops there); the
// chain catches whoever drops the triggers; an anchor kept elsewhere (the latest hash and count)
// catches whoever recomputes the whole chain.
import * as crypto from 'node:crypto';
import type { AuditAnchor, AuditVerdict } from '../../../shared/api/types';
import type { Db } from './workspace';

/** The columns of a change_log row that its hash covers, in order. */
export interface LoggedChange {
  hlc: string;
  site_id: string;
  author_id: string | null;
  tbl: string;
  row_id: string;
  col: string;
  old_value: string | null;
  new_value: string | null;
}

/** The hash of a change_log row, chained to the previous row's (null for the first row). */
export function chainHash(previous: string | null, c: LoggedChange): string {
  return sha256Hex(
    JSON.stringify([
      previous,
      c.hlc,
      c.site_id,
      c.author_id,
      c.tbl,
      c.row_id,
      c.col,
      c.old_value,
      c.new_value,
    ]),
  );
}

/** SHA-256 in hex: Node's one-shot crypto.hash where it has it (about twice as fast), else a Hash. */
const sha256Hex: (text: string) => string =
  typeof (crypto as { hash?: unknown }).hash === 'function'
    ? (text) => (crypto as unknown as { hash(a: string, d: string): string }).hash('sha256', text)
    : (text) => crypto.createHash('sha256').update(text).digest('hex');

/**
 * Makes `cted_chain_hash(previous, hlc, site_id, author_id, tbl, row_id, col, old, new)` callable
 * from SQL on this connection, so that a migration can chain the rows written before the chain
 * existed with the same function the write path uses.
 */
export function registerAuditFunctions(db: Db): void {
  db.function(
    'cted_chain_hash',
    { deterministic: true },
    (previous, hlc, siteId, authorId, tbl, rowId, col, oldValue, newValue) =>
      chainHash(previous as string | null, {
        hlc: hlc as string,
        site_id: siteId as string,
        author_id: authorId as string | null,
        tbl: tbl as string,
        row_id: rowId as string,
        col: col as string,
        old_value: oldValue as string | null,
        new_value: newValue as string | null,
      }),
  );
}

/** The chain's head: how many rows it holds, the last row's number and hash. */
export function auditAnchor(db: Db, takenAt: string): AuditAnchor {
  const head = db.prepare('SELECT COUNT(*) AS n, MAX(seq) AS seq FROM change_log').get() as {
    n: number;
    seq: number | null;
  };
  const last = db.prepare('SELECT hash FROM change_log ORDER BY seq DESC LIMIT 1').get() as
    | { hash: string | null }
    | undefined;
  return {
    kind: 'cted-audit-anchor',
    count: head.n,
    lastSeq: head.seq ?? 0,
    hash: last?.hash ?? null,
    takenAt,
  };
}

/** The schema version whose migration chained the audit trail and added its guards. */
export const AUDIT_CHAIN_VERSION = 6;

const PROTECTED = ['change_log', 'events'] as const;
const GUARDS = PROTECTED.flatMap((t) => [`${t}_no_update`, `${t}_no_delete`]);

/**
 * Verifies the whole chain in order and names the first broken row; checks that every event
 * matches what the chain recorded, that the triggers are in place and, given an anchor, that the
 * chain still holds the same rows up to it.
 */
export function verifyAudit(db: Db, anchor?: AuditAnchor): AuditVerdict {
  const lines: string[] = [];
  let previous: string | null = null;
  let rows = 0;
  let broken: string | null = null;
  let anchorHash: string | null | undefined;
  let anchorCount = 0;
  for (const row of db
    .prepare(
      'SELECT seq, hlc, site_id, author_id, tbl, row_id, col, old_value, new_value, hash FROM change_log ORDER BY seq',
    )
    .iterate() as Iterable<LoggedChange & { seq: number; hash: string | null }>) {
    rows += 1;
    const expected = chainHash(previous, row);
    if (!broken && row.hash !== expected)
      broken = `The audit trail is broken at change ${row.seq} (${row.tbl}.${row.col} of ${row.row_id}): it was changed, or a change before it was removed or inserted, outside the app.`;
    if (anchor && row.seq <= anchor.lastSeq) {
      anchorCount += 1;
      if (row.seq === anchor.lastSeq) anchorHash = row.hash;
    }
    previous = row.hash;
  }
  lines.push(broken ?? `Audit trail: ${rows} changes, each chained to the one before.`);

  const events = eventMismatch(db);
  if (events) lines.push(events);

  const present = new Set(
    (
      db
        .prepare(
          `SELECT name FROM sqlite_master WHERE type = 'trigger' AND name IN (${GUARDS.map(() => '?').join(', ')})`,
        )
        .all(...GUARDS) as { name: string }[]
    ).map((t) => t.name),
  );
  const missing = GUARDS.filter((g) => !present.has(g));
  if (missing.length)
    lines.push(
      `The guards that stop the audit trail being edited are missing (${missing.join(', ')}): someone removed them outside the app.`,
    );

  let anchored = true;
  if (anchor) {
    anchored = anchorHash === anchor.hash && anchorCount === anchor.count;
    lines.push(
      anchored
        ? `Anchor of ${anchor.takenAt}: the ${anchor.count} changes recorded up to it are unchanged.`
        : `Anchor of ${anchor.takenAt}: the audit trail no longer matches it (${anchorCount} of ${anchor.count} changes up to change ${anchor.lastSeq}, ${anchorHash === anchor.hash ? 'same' : 'a different'} last hash): the history before it was rewritten.`,
    );
  }
  return { ok: !broken && !events && missing.length === 0 && anchored, rows, lines };
}

/** An event whose stored columns differ from the values the chain recorded for it, in words. */
function eventMismatch(db: Db): string | null {
  const recorded = db
    .prepare(
      `SELECT e.id, l.col, l.new_value FROM change_log l JOIN events e ON e.id = l.row_id
       WHERE l.tbl = 'events' AND l.seq = (SELECT MAX(seq) FROM change_log m WHERE m.tbl = 'events' AND m.row_id = l.row_id AND m.col = l.col)`,
    )
    .iterate() as Iterable<{ id: string; col: string; new_value: string | null }>;
  const stored = db.prepare('SELECT * FROM events WHERE id = ?');
  let current = { id: '', row: {} as Record<string, unknown> };
  for (const r of recorded) {
    if (current.id !== r.id)
      current = { id: r.id, row: stored.get(r.id) as Record<string, unknown> };
    const value = current.row[r.col];
    const text = value === null || value === undefined ? null : String(value);
    if (text !== r.new_value)
      return `The event ${r.id} differs from what the audit trail recorded for it (${r.col}): it was changed outside the app.`;
  }
  const unlogged = db
    .prepare(
      "SELECT id FROM events e WHERE NOT EXISTS (SELECT 1 FROM change_log l WHERE l.tbl = 'events' AND l.row_id = e.id) LIMIT 1",
    )
    .get() as { id: string } | undefined;
  return unlogged
    ? `The event ${unlogged.id} is not in the audit trail: it was added outside the app.`
    : null;
}
