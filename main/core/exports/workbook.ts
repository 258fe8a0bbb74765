// XLSX workbooks written with exceljs: one sheet per table, each with a title block (title,
// classification, synthetic-data warning), a bold header row that stays frozen and carries a
// filter, real dates and numbers with their formats, and columns as wide as their content.
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { neutralise } from './cells';
import { speakerOf, syntheticLine, type Speaker } from './speak';

export type CellKind = 'text' | 'integer' | 'number' | 'percent' | 'date';

export interface SheetColumn {
  key: string;
  header: string;
  kind: CellKind;
  /** In characters; by default as wide as the column's longest value (within bounds). */
  width?: number;
}

export interface Sheet {
  name: string;
  columns: SheetColumn[];
  /** Dates as YYYY-MM-DD strings; percentages as fractions (0.25 is 25 %). */
  rows: Array<Record<string, string | number | null>>;
  /** Lines shown above the header (after the workbook's title block). */
  notes?: string[];
}

export interface WorkbookOptions {
  title: string;
  /** E.g. "RESTRICTED": shown on every sheet and kept in the file's properties (none when empty). */
  classification: string;
  synthetic: boolean;
  /** The language of the synthetic-data line (the rest is said by the caller); English by default. */
  speaker?: Speaker;
}

const NUMBER_FORMAT: Record<CellKind, string | undefined> = {
  text: undefined,
  integer: '0',
  number: '#,##0.##',
  percent: '0.0%',
  date: 'yyyy-mm-dd',
};

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
/** The files' creation date: fixed, so that the same data makes the same workbook. */
const FIXED_DATE = new Date(Date.UTC(2020, 0, 1));
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A sheet name Excel accepts: at most 31 characters, none of \ / ? * [ ] :, unique in the book. */
function sheetName(wanted: string, taken: Set<string>): string {
  const base =
    wanted
      .replace(/[\\/?*[\]:]/g, ' ')
      .trim()
      .slice(0, 31) || 'Sheet';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++)
    name = `${base.slice(0, 31 - ` (${n})`.length)} (${n})`;
  taken.add(name.toLowerCase());
  return name;
}

/** The cell's value as Excel should hold it; text never becomes a formula. */
function cellValue(value: string | number | null, kind: CellKind): ExcelJS.CellValue {
  if (value === null || value === '') return null;
  if (kind === 'date' && typeof value === 'string') {
    const m = ISO_DATE.exec(value);
    if (m) return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  }
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  return neutralise(String(value));
}

function shownLength(value: string | number | null, kind: CellKind): number {
  if (value === null) return 0;
  if (kind === 'date') return 10;
  if (kind === 'percent' && typeof value === 'number') return 7;
  return String(value).length;
}

function addSheet(book: ExcelJS.Workbook, sheet: Sheet, name: string, options: WorkbookOptions) {
  const titleLines = [
    options.title,
    ...(options.classification ? [options.classification] : []),
    ...(options.synthetic ? [syntheticLine(options.speaker ?? speakerOf('en'))] : []),
    ...(sheet.notes ?? []),
  ];
  const headerRow = titleLines.length + 2;
  const ws = book.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }],
    properties: { defaultRowHeight: 15 },
  });
  titleLines.forEach((line, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = neutralise(line);
    cell.font = { bold: i === 0 || line === options.classification };
  });
  const header = ws.getRow(headerRow);
  sheet.columns.forEach((column, c) => {
    header.getCell(c + 1).value = neutralise(column.header);
  });
  header.font = { bold: true };
  sheet.rows.forEach((row, r) => {
    const line = ws.getRow(headerRow + 1 + r);
    sheet.columns.forEach((column, c) => {
      const cell = line.getCell(c + 1);
      cell.value = cellValue(row[column.key] ?? null, column.kind);
      const format = NUMBER_FORMAT[column.kind];
      if (format && cell.value !== null && typeof cell.value !== 'string') cell.numFmt = format;
    });
  });
  sheet.columns.forEach((column, c) => {
    const longest = Math.max(
      column.header.length,
      ...sheet.rows.map((row) => shownLength(row[column.key] ?? null, column.kind)),
    );
    ws.getColumn(c + 1).width =
      column.width ?? Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
  });
  if (sheet.columns.length > 0)
    ws.autoFilter = {
      from: { row: headerRow, column: 1 },
      to: { row: headerRow, column: sheet.columns.length },
    };
}

/** The workbook's bytes. exceljs writes asynchronously, hence the promise. */
export async function writeWorkbook(
  sheets: Sheet[],
  options: WorkbookOptions,
): Promise<Uint8Array> {
  if (sheets.length === 0) throw new Error('A workbook needs at least one sheet.');
  const book = new ExcelJS.Workbook();
  book.creator = 'CTED Visit Planner';
  book.title = options.title;
  book.subject = options.classification;
  book.keywords = options.classification;
  book.created = FIXED_DATE;
  book.modified = FIXED_DATE;
  const taken = new Set<string>();
  for (const sheet of sheets) addSheet(book, sheet, sheetName(sheet.name, taken), options);
  return fixedTimestamps(new Uint8Array(await book.xlsx.writeBuffer()));
}

/**
 * The same zip with every entry dated FIXED_DATE: exceljs stamps each part with the time it was
 * written, so two workbooks of the same data made a second apart would differ.
 */
function fixedTimestamps(zip: Uint8Array): Uint8Array {
  const parts = unzipSync(zip);
  return zipSync(
    Object.fromEntries(
      Object.entries(parts)
        // Folders are implied by their files' paths.
        .filter(([name]) => !name.endsWith('/'))
        .map(([name, data]) => [name, [data, { mtime: FIXED_DATE }]]),
    ),
    { level: 6 },
  );
}
