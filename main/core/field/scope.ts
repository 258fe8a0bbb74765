// Which rows belong to a field visit's State (issue 9, scoped bundles). A field installation holds
// the rows of one State and the few reference rows they need, never anything about another State;
// its pack and HQ's later bundles for it carry the changes of exactly these rows.
//
// The rule is read from the schema, not from a list of tables, so that tables added later (the
// field records keyed by visit, for instance) are scoped without being named here:
// - a row that names States (a column `iso3` or `…_iso3`) belongs when every State it names is
//   this one;
// - a row without such a column belongs when one of its links (`x_id` → table `xs`, and the
//   irregular `report_id` → assessment_reports) points to a row that belongs, transitively
//   (recommendation update → recommendation → report → visit → State);
// - a row that points at any record (`subject_table`/`subject_id` of events, `tbl`/`row_id` of
//   conflicts) belongs when that record does;
// - reference rows: the methodology in force, the indicator definitions, the workspace settings
//   and the users on the visit's team.
import type { Db } from '../db/workspace';
import { userTables } from '../db/write';

/** Link columns whose table is not simply their name + "s". */
const IRREGULAR_LINKS: Record<string, string> = { report_id: 'assessment_reports' };

/** Column pairs that name a record of any table: (table column, id column). */
const POINTERS: [string, string][] = [
  ['subject_table', 'subject_id'],
  ['tbl', 'row_id'],
];

/** Reference tables whose every row a field installation needs. */
const WHOLE_REFERENCE_TABLES = ['indicator_definitions', 'settings'];

/** A field installation's scope: its State, and the visit whose team signs in there. */
export interface FieldScope {
  iso3: string;
  visitId: string;
}

/** The rows of a scope, by table. */
export class ScopedRows {
  private readonly rows = new Map<string, Set<string>>();

  has(table: string, rowId: string): boolean {
    return this.rows.get(table)?.has(rowId) ?? false;
  }

  ids(table: string): Set<string> {
    let ids = this.rows.get(table);
    if (!ids) this.rows.set(table, (ids = new Set()));
    return ids;
  }

  /** Each table with the ids of its rows in the scope. */
  entries(): IterableIterator<[string, Set<string>]> {
    return this.rows.entries();
  }
}

interface TableShape {
  name: string;
  stateColumns: string[];
  /** Link column → the table it points to. */
  links: [string, string][];
  pointers: [string, string][];
}

function shapes(db: Db): TableShape[] {
  const tables = userTables(db);
  const known = new Set(tables);
  return tables.map((name) => {
    const columns = (db.prepare(`PRAGMA table_info(${name})`).all() as { name: string }[]).map(
      (c) => c.name,
    );
    const has = new Set(columns);
    return {
      name,
      stateColumns: columns.filter((c) => c === 'iso3' || c.endsWith('_iso3')),
      links: columns
        .filter((c) => c.endsWith('_id') && c !== 'id')
        .map((c): [string, string] => [c, IRREGULAR_LINKS[c] ?? `${c.slice(0, -3)}s`])
        .filter(([, target]) => known.has(target) && target !== name),
      pointers: POINTERS.filter(([t, id]) => has.has(t) && has.has(id)),
    };
  });
}

/** Every row of the scope, tombstoned ones included (their changes matter as much). */
export function scopedRows(db: Db, scope: FieldScope): ScopedRows {
  const rows = new ScopedRows();
  const all = shapes(db);

  // Rows that name States: all of them this one.
  for (const t of all.filter((s) => s.stateColumns.length > 0)) {
    const named = t.stateColumns.map((c) => `${c} IS NOT NULL`).join(' OR ');
    const others = t.stateColumns.map((c) => `COALESCE(${c}, @iso3) <> @iso3`).join(' OR ');
    const ids = rows.ids(t.name);
    for (const id of db
      .prepare(`SELECT id FROM ${t.name} WHERE (${named}) AND NOT (${others})`)
      .pluck()
      .iterate({ iso3: scope.iso3 }) as Iterable<string>)
      ids.add(id);
  }

  // Rows linked to rows of the scope, until nothing more is found (the chains are short). The
  // link columns are indexed: each query reads only the children of the rows found so far.
  const linked = all.filter((s) => s.stateColumns.length === 0 && s.links.length > 0);
  for (let grew = true; grew; ) {
    grew = false;
    for (const t of linked) {
      const ids = rows.ids(t.name);
      for (const [column, target] of t.links) {
        const parents = rows.ids(target);
        if (parents.size === 0) continue;
        for (const id of db
          .prepare(`SELECT id FROM ${t.name} WHERE ${column} IN (SELECT value FROM json_each(?))`)
          .pluck()
          .iterate(JSON.stringify([...parents])) as Iterable<string>)
          if (!ids.has(id)) {
            ids.add(id);
            grew = true;
          }
      }
    }
  }

  // Reference rows the field workspace needs to work.
  for (const table of WHOLE_REFERENCE_TABLES)
    if (all.some((s) => s.name === table))
      for (const id of db.prepare(`SELECT id FROM ${table}`).pluck().iterate() as Iterable<string>)
        rows.ids(table).add(id);
  for (const id of db
    .prepare('SELECT id FROM methodologies WHERE deleted = 0 AND is_default = 1')
    .pluck()
    .iterate() as Iterable<string>)
    rows.ids('methodologies').add(id);
  for (const id of teamUserIds(db, scope.visitId)) rows.ids('users').add(id);

  // Records about records of the scope (events, conflicts), last: they point at the rows above.
  for (const t of all.filter((s) => s.pointers.length > 0)) {
    const ids = rows.ids(t.name);
    for (const [tableColumn, idColumn] of t.pointers)
      for (const [id, table, rowId] of db
        .prepare(`SELECT id, ${tableColumn}, ${idColumn} FROM ${t.name}`)
        .raw()
        .iterate() as Iterable<[string, string | null, string | null]>)
        if (table && rowId && rows.has(table, rowId)) ids.add(id);
  }
  return rows;
}

/** The users whose names are on the visit's team (visits.team is a list of names). */
export function teamUserIds(db: Db, visitId: string): string[] {
  const team = db.prepare('SELECT team FROM visits WHERE id = ?').pluck().get(visitId) as
    | string
    | null
    | undefined;
  let names: unknown;
  try {
    names = JSON.parse(team ?? '[]');
  } catch {
    names = [];
  }
  if (!Array.isArray(names) || names.length === 0) return [];
  const find = db.prepare(
    'SELECT id FROM users WHERE deleted = 0 AND name = ? COLLATE NOCASE ORDER BY id',
  );
  return names
    .filter((n): n is string => typeof n === 'string')
    .flatMap((n) => find.pluck().all(n) as string[]);
}
