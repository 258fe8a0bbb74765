// What a bundle may change: the user data tables of this workspace (DESIGN §3: an id, a tombstone,
// every other column nullable or defaulted), column by column, with values of the column's kind.
// Every change of a bundle is judged here before anything is applied.
import { parseHlc, MAX_DRIFT_MS } from '../../../shared/hlc';
import { userTables } from '../db/write';
import type { Db } from '../db/workspace';
import { sayText, text, type Text } from '../../../shared/messages';
import { BundleRefused, HLC_RE, SITE_ID_RE, type WireChange } from './bundle';

export type Affinity = 'INTEGER' | 'REAL' | 'NUMERIC' | 'TEXT' | 'BLOB';

export interface ColumnInfo {
  affinity: Affinity;
  /** The table and column a foreign key points to. */
  references: { table: string; column: string } | null;
}

/** Syncable tables → their columns (the id excepted). */
export type SyncSchema = Map<string, Map<string, ColumnInfo>>;

/** A change as the merge reads it. */
export interface Change {
  hlc: string;
  siteId: string;
  authorId: string | null;
  table: string;
  rowId: string;
  column: string;
  oldValue: string | null;
  newValue: string | null;
  /** The newest timestamp of the cell its site had seen when it was made (null: none). */
  baseHlc: string | null;
}

/** SQLite's rules for a declared column type's affinity. */
function affinityOf(declared: string): Affinity {
  const t = declared.toUpperCase();
  if (t.includes('INT')) return 'INTEGER';
  if (/CHAR|CLOB|TEXT/.test(t)) return 'TEXT';
  if (t === '' || t.includes('BLOB')) return 'BLOB';
  if (/REAL|FLOA|DOUB/.test(t)) return 'REAL';
  return 'NUMERIC';
}

export function syncSchema(db: Db): SyncSchema {
  const schema: SyncSchema = new Map();
  for (const table of userTables(db)) {
    const references = new Map(
      (
        db.prepare(`PRAGMA foreign_key_list(${table})`).all() as {
          table: string;
          from: string;
          to: string;
        }[]
      ).map((f) => [f.from, { table: f.table, column: f.to }]),
    );
    const columns = new Map<string, ColumnInfo>();
    for (const c of db.prepare(`PRAGMA table_info(${table})`).all() as {
      name: string;
      type: string;
    }[])
      if (c.name !== 'id')
        columns.set(c.name, {
          affinity: affinityOf(c.type),
          references: references.get(c.name) ?? null,
        });
    schema.set(table, columns);
  }
  return schema;
}

const NUMBER_RE = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/**
 * The value to bind for a change's text in a column: a number for numeric columns when the text
 * is the number's own spelling (so the cell holds exactly what the sending site's cell holds),
 * else the text, which SQLite converts by the column's affinity as it did there.
 */
export function toBound(text: string | null, column: ColumnInfo): string | number | null {
  if (text === null || column.affinity === 'TEXT' || column.affinity === 'BLOB') return text;
  if (!NUMBER_RE.test(text)) return text;
  const n = Number(text);
  return Number.isFinite(n) && String(n) === text ? n : text;
}

/** Whether a value suits a column; returns what is wrong with it (a Text to say), or null. */
export function valueProblemText(
  column: string,
  info: ColumnInfo,
  value: string | null,
): Text | null {
  if (column === 'deleted')
    return value === '0' || value === '1' ? null : text('sync.deletionMark');
  if (value === null) return null;
  if (info.affinity !== 'TEXT' && info.affinity !== 'BLOB' && !NUMBER_RE.test(value))
    return text('sync.mustBeNumber');
  return null;
}

/** The same, in English words. */
export function valueProblem(
  column: string,
  info: ColumnInfo,
  value: string | null,
): string | null {
  const problem = valueProblemText(column, info, value);
  return problem && sayText('en', problem);
}

const ROW_ID_RE = /^[\w.:-]{1,64}$/;

/**
 * Judges every change of a bundle against this workspace's schema and clock; refuses the whole
 * bundle at the first change that is not acceptable, naming it.
 */
export function validateChanges(
  db: Db,
  schema: SyncSchema,
  wire: WireChange[],
  nowMs: number,
): Change[] {
  const referenced = new Map<string, boolean>();
  const exists = (table: string, column: string, value: string): boolean => {
    const key = `${table}\u0000${column}\u0000${value}`;
    let found = referenced.get(key);
    if (found === undefined) {
      found = Boolean(db.prepare(`SELECT 1 FROM ${table} WHERE ${column} = ?`).get(value));
      referenced.set(key, found);
    }
    return found;
  };
  return wire.map((w, i) => {
    const [hlc, siteId, authorId, table, rowId, column, oldValue, newValue, baseHlc] = w;
    const which = text('sync.whichChange', { number: i + 1, table, column, rowId });
    const invalid = (why: Text) =>
      new BundleRefused('invalid_change', text('sync.invalidChange', { which, why }));
    const columns = schema.get(table);
    if (!columns)
      throw new BundleRefused('unknown_table', text('sync.unknownTable', { table, which }));
    const info = columns.get(column);
    if (!info)
      throw new BundleRefused(
        'unknown_column',
        text('sync.unknownColumn', { column, table, which }),
      );
    if (!SITE_ID_RE.test(siteId)) throw invalid(text('sync.siteIdMalformed'));
    if (!ROW_ID_RE.test(rowId)) throw invalid(text('sync.rowIdMalformed'));
    if (!HLC_RE.test(hlc) || Number.isNaN(Date.parse(hlc.slice(0, 24))))
      throw invalid(text('sync.notATimestamp', { hlc }));
    const stamp = parseHlc(hlc);
    if (stamp.siteId !== siteId) throw invalid(text('sync.timestampOfOtherSite'));
    if (stamp.millis - nowMs > MAX_DRIFT_MS)
      throw new BundleRefused(
        'clock_ahead',
        text('sync.changeClockAhead', {
          dated: new Date(stamp.millis).toISOString(),
          minutes: MAX_DRIFT_MS / 60_000,
          now: new Date(nowMs).toISOString(),
        }),
      );
    if (baseHlc !== null && (!HLC_RE.test(baseHlc) || baseHlc >= hlc))
      throw invalid(text('sync.baseMalformed'));
    const problem = valueProblemText(column, info, newValue);
    if (problem)
      throw invalid(text('sync.badValue', { problem, value: String(newValue).slice(0, 40) }));
    if (
      info.references &&
      newValue !== null &&
      !exists(info.references.table, info.references.column, newValue)
    )
      throw invalid(
        text('sync.unknownReference', {
          value: newValue.slice(0, 40),
          table: info.references.table,
        }),
      );
    return { hlc, siteId, authorId, table, rowId, column, oldValue, newValue, baseHlc };
  });
}
