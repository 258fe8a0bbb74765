// What a conflict's record is, for a person reviewing it: the Member State it belongs to, its
// dates and a line of what it says. Read from the record's own columns, else through the visit it
// belongs to (directly, or through its report or recommendation), deleted records included, so
// that every table — field records added later too — is described without a list to keep.
import type { ConflictRecord, LanguageCode } from '../../../shared/api/types';
import type { Db } from '../db/workspace';
import { stateName as nameOfState } from '../language';
import type { SyncSchema } from './schema';

/** The column that says what a record is about, by preference. */
const SUMMARY_COLUMNS = [
  'text',
  'title',
  'summary',
  'institution',
  'label',
  'note_verbale_ref',
  'name',
  'rationale',
  'evidence',
] as const;
const FROM_COLUMNS = ['start_date', 'occurred_on', 'held_on', 'sent_on', 'as_of', 'drafted_on'];

/** How a record reaches its visit, one parent at a time. */
const PARENTS: { column: string; table: string }[] = [
  { column: 'recommendation_id', table: 'recommendations' },
  { column: 'report_id', table: 'assessment_reports' },
  { column: 'visit_id', table: 'visits' },
];

type Row = Record<string, unknown>;

const text = (value: unknown): string | null =>
  value === null || value === undefined || value === '' ? null : String(value);

export class RecordDescriber {
  private readonly cache = new Map<string, ConflictRecord>();

  constructor(
    private readonly db: Db,
    private readonly schema: SyncSchema,
    /** The language States are named in. */
    private readonly language: LanguageCode = 'en',
  ) {}

  describe(table: string, rowId: string): ConflictRecord {
    const key = `${table}/${rowId}`;
    let record = this.cache.get(key);
    if (!record) {
      record = this.read(table, rowId);
      this.cache.set(key, record);
    }
    return record;
  }

  private row(table: string, id: unknown): Row | undefined {
    if (!this.schema.has(table) || typeof id !== 'string') return undefined;
    return this.db.prepare(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Row | undefined;
  }

  /** The visit a record belongs to, through its report or recommendation when it has one. */
  private visitOf(row: Row): Row | undefined {
    let at: Row | undefined = row;
    for (let step = 0; at && step < PARENTS.length; step++) {
      const child: Row = at;
      const parent = PARENTS.find((p) => text(child[p.column]) !== null);
      if (!parent) return undefined;
      at = this.row(parent.table, child[parent.column]);
      if (parent.table === 'visits') return at;
    }
    return undefined;
  }

  private read(table: string, rowId: string): ConflictRecord {
    const row = this.row(table, rowId);
    if (!row) return { stateName: null, summary: null, from: null, to: null };
    const summaryColumn = SUMMARY_COLUMNS.find((c) => text(row[c]) !== null);
    const fromColumn = FROM_COLUMNS.find((c) => text(row[c]) !== null);
    const visit = table === 'visits' ? row : this.visitOf(row);
    const iso3 = text(row.iso3) ?? text(visit?.iso3);
    const stateName = iso3 ? nameOfState(this.db, iso3, this.language) : null;
    return {
      stateName,
      summary: summaryColumn ? text(row[summaryColumn]) : null,
      from: fromColumn ? text(row[fromColumn]) : text(visit?.start_date),
      to: fromColumn ? text(row.end_date) : text(visit?.end_date),
    };
  }
}
