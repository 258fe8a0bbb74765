// What a bundle may change: the user data tables of this workspace (DESIGN §3: an id, a tombstone,
// every other column nullable or defaulted), column by column, with values of the column's kind.
// Every change of a bundle is judged here before anything is applied.
import { parseHlc, MAX_DRIFT_MS } from '../../../shared/hlc';
import { userTables } from '../db/write';
import type { Db } from '../db/workspace';
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

/** Whether a value suits a column; returns what is wrong with it, in words, or null. */
export function valueProblem(
  column: string,
  info: ColumnInfo,
  value: string | null,
): string | null {
  if (column === 'deleted')
    return value === '0' || value === '1' ? null : 'a deletion mark must be 0 or 1';
  if (value === null) return null;
  if (info.affinity !== 'TEXT' && info.affinity !== 'BLOB' && !NUMBER_RE.test(value))
    return 'it must be a number';
  return null;
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
    const which = `change ${i + 1} (${table}.${column} of ${rowId})`;
    const invalid = (why: string) =>
      new BundleRefused('invalid_change', `The bundle’s ${which} is not valid: ${why}.`);
    const columns = schema.get(table);
    if (!columns)
      throw new BundleRefused(
        'unknown_table',
        `The bundle changes records of a kind this workspace does not have (“${table}”, ${which}). If the sender uses a newer version of CTED Visit Planner, update this app first.`,
      );
    const info = columns.get(column);
    if (!info)
      throw new BundleRefused(
        'unknown_column',
        `The bundle changes a field this workspace does not have (“${column}” of ${table}, ${which}). If the sender uses a newer version of CTED Visit Planner, update this app first.`,
      );
    if (!SITE_ID_RE.test(siteId)) throw invalid('its installation id is malformed');
    if (!ROW_ID_RE.test(rowId)) throw invalid('its record id is malformed');
    if (!HLC_RE.test(hlc) || Number.isNaN(Date.parse(hlc.slice(0, 24))))
      throw invalid(`its timestamp “${hlc}” is not a clock timestamp`);
    const stamp = parseHlc(hlc);
    if (stamp.siteId !== siteId)
      throw invalid('its timestamp belongs to another installation than the one named');
    if (stamp.millis - nowMs > MAX_DRIFT_MS)
      throw new BundleRefused(
        'clock_ahead',
        `The bundle holds a change dated ${new Date(stamp.millis).toISOString()}, more than ${MAX_DRIFT_MS / 60_000} minutes ahead of this computer’s clock (${new Date(nowMs).toISOString()}). Check the date and time of both computers, then make a new bundle.`,
      );
    if (baseHlc !== null && (!HLC_RE.test(baseHlc) || baseHlc >= hlc))
      throw invalid('what it was based on is malformed');
    const problem = valueProblem(column, info, newValue);
    if (problem) throw invalid(`${problem}, not “${String(newValue).slice(0, 40)}”`);
    if (
      info.references &&
      newValue !== null &&
      !exists(info.references.table, info.references.column, newValue)
    )
      throw invalid(`“${newValue.slice(0, 40)}” is not a known ${info.references.table} entry`);
    return { hlc, siteId, authorId, table, rowId, column, oldValue, newValue, baseHlc };
  });
}
