// Concurrent edits kept for review (merge.ts records them): listed with both values, who made each
// and when, and resolved by a person. A resolution is written through the write path, so the
// field's new value and the conflict's resolution reach every other site in the next bundle.
import type { ConflictSide, LanguageCode, SyncConflict } from '../../../shared/api/types';
import { parseHlc } from '../../../shared/hlc';
import type { CallContext, Reader } from '../context';
import { text } from '../../../shared/messages';
import { ApiError } from '../errors';
import { recordEvent } from '../handlers/events';
import { refuse } from '../handlers/rules';
import { getMeta, type Db } from '../db/workspace';
import { RecordDescriber } from './records';
import { syncSchema, toBound, valueProblemText, type SyncSchema } from './schema';

interface ConflictRow {
  id: string;
  kind: string | null;
  tbl: string;
  row_id: string;
  col: string;
  kept_value: string | null;
  kept_hlc: string;
  kept_site_id: string | null;
  kept_author_id: string | null;
  lost_value: string | null;
  lost_hlc: string;
  lost_site_id: string | null;
  lost_author_id: string | null;
  detected_at: string | null;
  resolved_at: string | null;
  resolution: string | null;
  resolved_by: string | null;
}

function instantOf(hlc: string): string | null {
  try {
    return new Date(parseHlc(hlc).millis).toISOString();
  } catch {
    return null;
  }
}

/** Reads conflicts and what their fields hold now, naming sites and people. */
class ConflictReader {
  private readonly schema: SyncSchema;
  private readonly mySite: string;
  private readonly records: RecordDescriber;
  private readonly users = new Map<string, string | null>();
  private readonly sites = new Map<string, string | null>();

  constructor(
    private readonly db: Db,
    language: LanguageCode,
  ) {
    this.schema = syncSchema(db);
    this.mySite = getMeta(db, 'site_id') ?? '';
    this.records = new RecordDescriber(db, this.schema, language);
  }

  /** Whether a conflict names a field of this workspace (conflict rows arrive from other sites too). */
  known(row: Pick<ConflictRow, 'tbl' | 'col'>): boolean {
    return Boolean(this.schema.get(row.tbl)?.get(row.col));
  }

  columnInfo(row: Pick<ConflictRow, 'tbl' | 'col'>) {
    return this.schema.get(row.tbl)?.get(row.col);
  }

  toApi(row: ConflictRow): SyncConflict {
    let current: string | null = null;
    let recordDeleted = false;
    if (this.known(row)) {
      const cell = this.db
        .prepare(`SELECT ${row.col} AS value, deleted FROM ${row.tbl} WHERE id = ?`)
        .get(row.row_id) as { value: string | number | null; deleted: number } | undefined;
      current = cell?.value === null || cell?.value === undefined ? null : String(cell.value);
      recordDeleted = cell ? cell.deleted === 1 : true;
    }
    return {
      id: row.id,
      kind: row.kind === 'deleted' ? 'deleted' : 'edit',
      table: row.tbl,
      rowId: row.row_id,
      record: this.records.describe(row.tbl, row.row_id),
      column: row.col,
      current,
      recordDeleted,
      kept: this.side(row.kept_value, row.kept_hlc, row.kept_site_id, row.kept_author_id),
      lost: this.side(row.lost_value, row.lost_hlc, row.lost_site_id, row.lost_author_id),
      detectedAt: row.detected_at,
      resolvedAt: row.resolved_at,
      resolution:
        row.resolution === 'current' || row.resolution === 'other' || row.resolution === 'value'
          ? row.resolution
          : null,
      resolvedBy: row.resolved_by ? this.userName(row.resolved_by) : null,
    };
  }

  private side(
    value: string | null,
    hlc: string,
    siteId: string | null,
    authorId: string | null,
  ): ConflictSide {
    return {
      value,
      hlc,
      at: instantOf(hlc),
      siteId,
      siteName: siteId ? this.siteName(siteId) : null,
      authorId,
      authorName: authorId ? this.userName(authorId) : null,
    };
  }

  private userName(id: string): string | null {
    if (!this.users.has(id))
      this.users.set(
        id,
        (this.db.prepare('SELECT name FROM users WHERE id = ?').pluck().get(id) as
          | string
          | undefined) ?? null,
      );
    return this.users.get(id)!;
  }

  private siteName(id: string): string | null {
    if (id === this.mySite) return 'this installation';
    if (!this.sites.has(id))
      this.sites.set(
        id,
        (this.db.prepare('SELECT name FROM sync_peers WHERE site_id = ?').pluck().get(id) as
          | string
          | undefined) ?? null,
      );
    return this.sites.get(id)!;
  }
}

export function listConflicts(
  { db, language }: Reader,
  filter: { open?: boolean | undefined; table?: string | undefined; rowId?: string | undefined },
): SyncConflict[] {
  const where = ['deleted = 0'];
  const args: string[] = [];
  if (filter.open !== false) where.push('resolved_at IS NULL');
  if (filter.table) {
    where.push('tbl = ?');
    args.push(filter.table);
  }
  if (filter.rowId) {
    where.push('row_id = ?');
    args.push(filter.rowId);
  }
  const rows = db
    .prepare(
      `SELECT * FROM conflicts WHERE ${where.join(' AND ')} ORDER BY detected_at DESC, tbl, row_id, col, lost_hlc`,
    )
    .all(...args) as ConflictRow[];
  const reader = new ConflictReader(db, language);
  return rows.map((r) => reader.toApi(r));
}

export function resolveConflict(
  ctx: CallContext,
  input: {
    id: string;
    keep: 'current' | 'other' | 'value';
    value?: string | number | null | undefined;
  },
): SyncConflict {
  const { db } = ctx;
  const row = db.prepare('SELECT * FROM conflicts WHERE id = ? AND deleted = 0').get(input.id) as
    | ConflictRow
    | undefined;
  if (!row) throw new ApiError('NOT_FOUND', text('sync.noSuchConflict', { id: input.id }));
  const reader = new ConflictReader(db, ctx.language);
  if (row.resolved_at) {
    const done = reader.toApi(row);
    const date = row.resolved_at.slice(0, 10);
    throw new ApiError(
      'CONFLICT',
      done.resolvedBy
        ? text('sync.conflictResolvedBy', { date, user: done.resolvedBy })
        : text('sync.conflictResolved', { date }),
    );
  }
  const info = reader.columnInfo(row);
  if (!info)
    throw new ApiError(
      'VALIDATION',
      text('sync.conflictUnknownField', { table: row.tbl, column: row.col }),
    );
  if (!db.prepare(`SELECT 1 FROM ${row.tbl} WHERE id = ?`).get(row.row_id))
    throw new ApiError('NOT_FOUND', text('sync.conflictRecordMissing', { rowId: row.row_id }));
  if (input.keep !== 'current') {
    const kept =
      input.keep === 'other'
        ? row.lost_value
        : input.value === null || input.value === undefined
          ? null
          : String(input.value);
    const problem = valueProblemText(row.col, info, kept);
    if (problem) throw refuse('value', text('sync.valueCannotBeKept', { problem }));
    const patch: Record<string, string | number | null> = { [row.col]: toBound(kept, info) };
    // Keeping the edit of a record deleted elsewhere brings the record back.
    if (row.kind === 'deleted' && row.col !== 'deleted') patch.deleted = 0;
    ctx.write.update(row.tbl, row.row_id, patch);
  }
  ctx.write.update('conflicts', row.id, {
    resolved_at: new Date(ctx.nowMs).toISOString(),
    resolution: input.keep,
    resolved_by: ctx.user.id,
  });
  recordEvent(ctx, 'conflict.resolved', 'conflicts', row.id, {
    table: row.tbl,
    rowId: row.row_id,
    column: row.col,
    keep: input.keep,
  });
  return reader.toApi(
    db.prepare('SELECT * FROM conflicts WHERE id = ?').get(row.id) as ConflictRow,
  );
}
