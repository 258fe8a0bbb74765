// Tables written as CSV or XLSX files, labelled when the data is synthetic.
import type { ExportFile } from '../../../shared/api/types';
import { isIsoDate } from '../../../shared/domain/dates';
import { cellText } from './cells';
import {
  classificationLabel,
  classificationLine,
  classifiedFileName,
  type Classification,
} from './classification';
import { speakerOf, syntheticLine, type Speaker } from './speak';
import { writeWorkbook, type CellKind, type Sheet } from './workbook';

export type Cell = string | number | null;

export interface Table {
  title: string;
  /** A note shown above the table (e.g. the synthetic-data warning). */
  notes: string[];
  columns: string[];
  rows: Cell[][];
}

function csvCell(value: Cell): string {
  if (value === null) return '';
  const { text, number } = cellText(value);
  if (number) return text;
  // Quoted when it holds a separator (comma, semicolon, tab), a double quote or a line break, when
  // it starts or ends with a space, and when it starts with a single quote, as every neutralised
  // cell does (OWASP: prefix the quote, wrap the cell in double quotes, double the inner ones).
  return /[",;\t\r\n]/.test(text) || /^\s|\s$/.test(text) || text.startsWith("'")
    ? `"${text.replace(/"/g, '""')}"`
    : text;
}

/** CSV with a BOM (so spreadsheet programs read UTF-8), notes first, then a blank line and the table. */
export function toCsv(table: Table): string {
  const lines = [...table.notes.map((n) => csvCell(n)), ...(table.notes.length ? [''] : [])];
  lines.push(table.columns.map(csvCell).join(','));
  for (const row of table.rows) lines.push(row.map(csvCell).join(','));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/**
 * A column's kind, read from its values: numbers (whole or not), dates written YYYY-MM-DD, or text
 * as soon as one value is anything else; so a spreadsheet gets real numbers and dates.
 */
function columnKind(values: Cell[]): CellKind {
  const present = values.filter((v): v is string | number => v !== null && v !== '');
  if (present.length === 0) return 'text';
  if (present.every((v) => typeof v === 'number' && Number.isFinite(v)))
    return present.every((v) => Number.isInteger(v)) ? 'integer' : 'number';
  if (present.every((v) => typeof v === 'string' && isIsoDate(v))) return 'date';
  return 'text';
}

/** The table as one sheet; the synthetic-data line is the workbook's own, not repeated as a note. */
export function tableSheet(table: Table, s: Speaker = speakerOf('en')): Sheet {
  const keys = table.columns.map((_, c) => `c${c}`);
  return {
    name: table.title,
    notes: table.notes.filter((note) => note !== syntheticLine(s)),
    columns: table.columns.map((header, c) => ({
      key: keys[c]!,
      header,
      kind: columnKind(table.rows.map((row) => row[c] ?? null)),
    })),
    rows: table.rows.map((row) => Object.fromEntries(keys.map((key, c) => [key, row[c] ?? null]))),
  };
}

export function tableFile(
  table: Table,
  baseName: string,
  format: 'csv',
  synthetic: boolean,
  classification: Classification,
  s?: Speaker,
): ExportFile;
export function tableFile(
  table: Table,
  baseName: string,
  format: 'csv' | 'xlsx',
  synthetic: boolean,
  classification: Classification,
  s?: Speaker,
): ExportFile | Promise<ExportFile>;
/**
 * CSV at once; XLSX when exceljs has written it. Both carry their classification in the file name
 * and first in their content: the CSV's first line (with who may read it), the workbook's title
 * block and properties.
 */
export function tableFile(
  table: Table,
  baseName: string,
  format: 'csv' | 'xlsx',
  synthetic: boolean,
  classification: Classification,
  s: Speaker = speakerOf('en'),
): ExportFile | Promise<ExportFile> {
  if (format === 'csv')
    return {
      fileName: classifiedFileName(baseName, classification, synthetic, 'csv'),
      mimeType: 'text/csv',
      encoding: 'utf8',
      content: toCsv({ ...table, notes: [classificationLine(classification, s), ...table.notes] }),
      synthetic,
    };
  return writeWorkbook([tableSheet(table, s)], {
    title: table.title,
    classification: classificationLabel(classification, s),
    synthetic,
    speaker: s,
  }).then((bytes) => ({
    fileName: classifiedFileName(baseName, classification, synthetic, 'xlsx'),
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    encoding: 'base64' as const,
    content: Buffer.from(bytes).toString('base64'),
    synthetic,
  }));
}
