// Finds the columns of an indicator file by their header names, and turns its rows into import
// rows (cells as text; they are checked by checkIndicatorRows).
import type { ParsedInput } from '../api/contract';
import type { ImportFinding } from '../api/types';
import { nameKey } from './states';
import { fileError, type Table } from './table';

export type ImportRow = ParsedInput<'indicators.import'>['rows'][number];
export type ImportColumn = 'state' | 'indicator' | 'asOf' | 'value' | 'source';

/** Header names accepted for each column, compared like State names (case, accents, punctuation ignored). */
export const COLUMN_NAMES: Record<ImportColumn, string[]> = {
  state: [
    'state',
    'member state',
    'country',
    'iso3',
    'iso',
    'iso code',
    'iso3 code',
    'country code',
    'country name',
    'state name',
  ],
  indicator: ['indicator', 'key', 'indicator key', 'indicator code', 'indicator name'],
  asOf: ['as_of', 'as of', 'date', 'year', 'as of date', 'reference date', 'period'],
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

const REQUIRED: ImportColumn[] = ['state', 'indicator', 'asOf', 'value'];
/** The longest text the API takes per cell; longer cells are cut (they cannot be valid anyway). */
const MAX_LENGTH: Record<ImportColumn, number> = {
  state: 200,
  indicator: 100,
  asOf: 40,
  value: 100,
  source: 500,
};
const columnOfName = new Map(
  Object.entries(COLUMN_NAMES).flatMap(([column, names]) =>
    names.map((n) => [nameKey(n), column as ImportColumn]),
  ),
);

export interface ImportRows {
  rows: ImportRow[];
  /** Problems with the file as a whole; an error among them means nothing can be imported. */
  findings: ImportFinding[];
}

export function readImportRows(table: Table): ImportRows {
  if (table.findings.some((f) => f.severity === 'error'))
    return { rows: [], findings: table.findings };
  if (table.header.length === 0)
    return { rows: [], findings: [fileError('The file is empty: there is nothing to import.')] };
  const { positions, findings } = locateColumns(table);
  if (findings.some((f) => f.severity === 'error')) return { rows: [], findings };
  if (table.rows.length === 0) {
    return {
      rows: [],
      findings: [
        ...findings,
        fileError(
          'The file has a header line but no data rows: there is nothing to import.',
          table.headerLine,
        ),
      ],
    };
  }
  const at = (cells: string[], column: ImportColumn) => {
    const p = positions.get(column);
    return p === undefined ? '' : (cells[p] ?? '').trim().slice(0, MAX_LENGTH[column]);
  };
  const rows = table.rows.map(({ line, cells }) => {
    const row: ImportRow = {
      line,
      state: at(cells, 'state'),
      indicator: at(cells, 'indicator'),
      asOf: at(cells, 'asOf'),
      value: at(cells, 'value'),
    };
    const source = at(cells, 'source');
    if (source) row.source = source;
    return row;
  });
  return { rows, findings };
}

function locateColumns(table: Table): {
  positions: Map<ImportColumn, number>;
  findings: ImportFinding[];
} {
  const positions = new Map<ImportColumn, number>();
  const findings: ImportFinding[] = [];
  const warn = (message: string) =>
    findings.push({ line: table.headerLine, severity: 'warning', column: null, message });
  table.header.forEach((name, i) => {
    const column = columnOfName.get(nameKey(name));
    if (!column) {
      if (name)
        warn(
          `The column '${name}' is not used: only state, indicator, as_of, value and source are read.`,
        );
      return;
    }
    const first = positions.get(column);
    if (first === undefined) positions.set(column, i);
    else
      warn(
        `The columns '${table.header[first]}' and '${name}' both give the ${COLUMN_LABEL[column]}; the first one, '${table.header[first]}', is used.`,
      );
  });
  const missing = REQUIRED.filter((c) => !positions.has(c));
  if (missing.length) {
    const found =
      table.header
        .filter(Boolean)
        .map((h) => `'${h}'`)
        .join(', ') || 'none';
    findings.push(
      fileError(
        `The file has no ${missing.map((c) => COLUMN_LABEL[c]).join(', ')} column${missing.length > 1 ? 's' : ''}. Its first line must name the columns state, indicator, as_of and value (source is optional); it names ${found}.`,
        table.headerLine,
      ),
    );
  }
  return { positions, findings };
}
