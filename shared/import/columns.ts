// Finds the columns of an indicator file by their header names, and turns its rows into import
// rows (cells as text; they are checked by checkIndicatorRows). Two layouts are read:
//  - long: one value per line, with state, indicator, as_of and value columns;
//  - wide: one line per State and indicator, one column per year, as World Bank and UN data
//    downloads have them ("Country Name","Country Code","Indicator Name","Indicator Code","1960",…).
//    Each filled cell is one value as of 1 January of its year; an empty cell (or "..") is a missing
//    value, never a zero, and is not imported.
// Lines before the header (a download's "Data Source" and "Last Updated Date") are skipped.
import type { ParsedInput } from '../api/contract';
import { text, type Text } from '../messages';
import { nameKey } from './states';
import { fileError, quotedList, type Finding, type Table, type TableRow } from './table';

export type ImportRow = ParsedInput<'indicators.import'>['rows'][number];
export type ImportColumn = 'state' | 'indicator' | 'asOf' | 'value' | 'source';
/** Where a header points: a column of the import, and whether it holds a code or a name. */
type Located = ImportColumn | 'stateCode' | 'indicatorName';

/** Header names accepted for each column, compared like State names (case, accents, punctuation ignored). */
export const COLUMN_NAMES: Record<Located, string[]> = {
  state: [
    'state',
    'member state',
    'country',
    'country name',
    'state name',
    'area',
    'economy',
    'country or area',
    'reference area',
    'geo area name',
  ],
  stateCode: [
    'iso3',
    'iso',
    'iso code',
    'iso3 code',
    'country code',
    'country iso3',
    'economy code',
  ],
  indicator: ['indicator', 'key', 'indicator key', 'indicator code', 'series code', 'series id'],
  indicatorName: ['indicator name', 'series name', 'series', 'series description'],
  asOf: ['as_of', 'as of', 'date', 'year', 'as of date', 'reference date', 'period', 'time period'],
  value: ['value', 'score', 'indicator value'],
  source: ['source', 'sources', 'data source'],
};

/** How the columns are named in messages. */
export const COLUMN_LABEL: Record<ImportColumn, string> = {
  state: 'state',
  indicator: 'indicator',
  asOf: 'as_of',
  value: 'value',
  source: 'source',
};

/** The longest text the API takes per cell; longer cells are cut (they cannot be valid anyway). */
const MAX_LENGTH: Record<Located, number> = {
  state: 200,
  stateCode: 20,
  indicator: 100,
  indicatorName: 300,
  asOf: 40,
  value: 100,
  source: 500,
};
const columnOfName = new Map(
  Object.entries(COLUMN_NAMES).flatMap(([column, names]) =>
    names.map((n) => [nameKey(n), column as Located]),
  ),
);

/** "2019", or "2019 [YR2019]" as the World Bank's DataBank writes it. */
const YEAR_HEADER = /^((?:19|20)\d{2}|2100)(?:\s*\[YR\d{4}\])?$/i;
/** What a download writes for a value it does not have. */
const MISSING = new Set(['', '..', '…']);
/** How far down the file its header may be (after a download's preamble). */
const HEADER_SEARCH = 25;

export interface ImportRows {
  rows: ImportRow[];
  /** Problems with the file as a whole; an error among them means nothing can be imported. */
  findings: Finding[];
  /** Wide: the years of its columns; null for a file with one value per line. */
  years: { from: number; to: number } | null;
  /** Empty cells of a wide file: missing values, not imported. */
  missing: number;
  /** Data lines of the file (after its header), whether or not they hold a value. */
  lines: number;
}

interface Layout {
  positions: Map<Located, number>;
  years: { column: number; year: string }[];
  findings: Finding[];
}

export function readImportRows(table: Table): ImportRows {
  const none = (findings: Finding[]): ImportRows => ({
    rows: [],
    findings,
    years: null,
    missing: 0,
    lines: 0,
  });
  if (table.findings.some((f) => f.severity === 'error')) return none(table.findings);
  if (table.header.length === 0) return none([fileError(text('import.empty'))]);
  const records: TableRow[] = [{ line: table.headerLine, cells: table.header }, ...table.rows];
  const { index, layout } = findHeader(records);
  const header = records[index]!;
  const data = records.slice(index + 1);
  const findings = [...layout.findings];
  if (index > 0) {
    const skipped = records.slice(0, index).map((r) => r.cells.find((c) => c.trim())?.trim());
    findings.unshift({
      line: header.line,
      severity: 'warning',
      column: null,
      message: text('import.headerSkipped', {
        line: header.line,
        count: index,
        skipped: quotedList(skipped.map((s) => s ?? 'undefined')),
      }),
    });
  }
  if (findings.some((f) => f.severity === 'error')) return none(findings);
  if (data.length === 0)
    return none([...findings, fileError(text('import.headerOnly'), header.line)]);
  const { positions, years } = layout;
  const at = (cells: string[], column: Located) => {
    const p = positions.get(column);
    return p === undefined ? '' : (cells[p] ?? '').trim().slice(0, MAX_LENGTH[column]);
  };
  const base = (line: number, cells: string[]): Omit<ImportRow, 'asOf' | 'value'> => {
    const name = at(cells, 'state');
    const code = at(cells, 'stateCode');
    const indicator = at(cells, 'indicator');
    const indicatorName = at(cells, 'indicatorName');
    const row: Omit<ImportRow, 'asOf' | 'value'> = {
      line,
      state: name || code,
      indicator: indicator || indicatorName.slice(0, MAX_LENGTH.indicator),
    };
    if (name && code) row.stateCode = code;
    if (indicator && indicatorName) row.indicatorName = indicatorName;
    const source = at(cells, 'source');
    if (source) row.source = source;
    return row;
  };
  if (years.length === 0) {
    const rows = data.map(({ line, cells }) => ({
      ...base(line, cells),
      asOf: at(cells, 'asOf'),
      value: at(cells, 'value'),
    }));
    return { rows, findings, years: null, missing: 0, lines: data.length };
  }
  const rows: ImportRow[] = [];
  let missing = 0;
  for (const { line, cells } of data) {
    const common = base(line, cells);
    for (const { column, year } of years) {
      const value = (cells[column] ?? '').trim();
      if (MISSING.has(value)) missing++;
      else rows.push({ ...common, asOf: year, value: value.slice(0, MAX_LENGTH.value) });
    }
  }
  const numbers = years.map((y) => Number(y.year));
  return {
    rows,
    findings,
    years: { from: Math.min(...numbers), to: Math.max(...numbers) },
    missing,
    lines: data.length,
  };
}

/** The first line that names the columns needed (a download may have a preamble); else the first line. */
function findHeader(records: TableRow[]): { index: number; layout: Layout } {
  const limit = Math.min(records.length, HEADER_SEARCH);
  for (let i = 0; i < limit; i++) {
    const layout = locateColumns(records[i]!);
    if (!layout.findings.some((f) => f.severity === 'error')) return { index: i, layout };
  }
  return { index: 0, layout: locateColumns(records[0]!) };
}

function locateColumns({ line, cells }: TableRow): Layout {
  const header = cells.map((c) => c.trim());
  const positions = new Map<Located, number>();
  const years: { column: number; year: string }[] = [];
  const seenYears = new Map<string, number>();
  const findings: Finding[] = [];
  const warn = (message: Text) =>
    findings.push({ line, severity: 'warning', column: null, message });
  const unused: string[] = [];
  header.forEach((name, i) => {
    const year = YEAR_HEADER.exec(name)?.[1];
    if (year) {
      const first = seenYears.get(year);
      if (first === undefined) {
        seenYears.set(year, i);
        years.push({ column: i, year });
      } else warn(text('import.sameYear', { first: header[first]!, second: name, year }));
      return;
    }
    const column = columnOfName.get(nameKey(name));
    if (!column) {
      if (name) unused.push(name);
      return;
    }
    const first = positions.get(column);
    if (first === undefined) positions.set(column, i);
    else
      warn(
        text('import.sameColumn', {
          first: header[first]!,
          second: name,
          column: describe(column),
        }),
      );
  });
  const long = positions.has('asOf') || positions.has('value');
  if (long && years.length) {
    unused.push(...years.map((y) => header[y.column]!));
    years.length = 0;
  }
  if (unused.length)
    warn(
      text(long ? 'import.unusedColumns' : 'import.unusedColumnsOrYears', {
        count: unused.length,
        names: quotedList(unused),
      }),
    );
  const has = (c: Located) => positions.has(c);
  const missing: string[] = [];
  if (!has('state') && !has('stateCode')) missing.push('state');
  if (!has('indicator') && !has('indicatorName')) missing.push('indicator');
  if (years.length === 0) {
    if (!has('asOf')) missing.push('as_of');
    if (!has('value')) missing.push('value');
  }
  if (missing.length) {
    const named = header.filter(Boolean);
    const found = named.length ? quotedList(named) : text('import.noColumnNamed');
    findings.push(
      fileError(
        text('import.missingColumns', {
          count: missing.length,
          missing: missing.join(', '),
          found,
        }),
        line,
      ),
    );
  }
  return { positions, years, findings };
}

function describe(column: Located): string | Text {
  if (column === 'stateCode') return text('import.column.stateCode');
  if (column === 'indicatorName') return text('import.column.indicatorName');
  return COLUMN_LABEL[column];
}
