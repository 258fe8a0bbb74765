// Tables written as CSV or XLSX files, labelled when the data is synthetic.
import { strToU8, zipSync } from 'fflate';
import type { ExportFile } from '../../../shared/api/types';

export type Cell = string | number | null;

export interface Table {
  title: string;
  /** A note shown above the table (e.g. the synthetic-data warning). */
  notes: string[];
  columns: string[];
  rows: Cell[][];
}

/**
 * Formula injection (OWASP, "CSV Injection"): a spreadsheet reads a cell that starts with `=`, `+`,
 * `-`, `@`, a tab or a carriage return as a formula, which can run commands (DDE) or send data away
 * (HYPERLINK, WEBSERVICE). Every text cell that starts so is written with a leading single quote,
 * in CSV and XLSX alike, so both formats carry the same text and a sheet saved again as CSV stays
 * inert. Numbers written as numbers (a negative score, "days left" of an overdue deadline) are
 * values, not text: they keep their sign and get no quote. Text that merely looks like a negative
 * number ("-5") is quoted like any other text: the rule does not guess what is harmless.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The text a cell shows: finite numbers as they are, anything else as text, neutralised. */
function cellText(value: Exclude<Cell, null>): { text: string; number: boolean } {
  if (typeof value === 'number' && Number.isFinite(value))
    return { text: String(value), number: true };
  const text = String(value);
  return { text: FORMULA_START.test(text) ? `'${text}` : text, number: false };
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

const xml = (text: string) =>
  text
    .split('')
    // XML 1.0 forbids most control characters; drop them rather than write a broken sheet.
    .filter((c) => c >= ' ' || c === '\t' || c === '\n' || c === '\r')
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // A raw carriage return would be read back as a line feed (XML end-of-line handling).
    .replace(/\r/g, '&#13;');

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function sheetXml(table: Table): string {
  const rows: string[] = [];
  const add = (cells: Cell[], style = 0) => {
    const r = rows.length + 1;
    const body = cells
      .map((value, c) => {
        const ref = `${columnName(c)}${r}`;
        const s = style ? ` s="${style}"` : '';
        if (value === null) return '';
        // Numbers are numeric cells; text is always an inline string (t="inlineStr"), which no
        // spreadsheet evaluates, and neutralised like a CSV cell. No cell is ever a formula (<f>).
        const { text, number } = cellText(value);
        if (number) return `<c r="${ref}"${s}><v>${text}</v></c>`;
        return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${xml(text)}</t></is></c>`;
      })
      .join('');
    rows.push(`<row r="${r}">${body}</row>`);
  };
  for (const note of table.notes) add([note], 1);
  if (table.notes.length) add([]);
  add(table.columns, 1);
  for (const row of table.rows) add(row);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`;
}

/** A one-sheet XLSX workbook (Office Open XML), zipped in memory. */
export function toXlsx(table: Table): Uint8Array {
  const sheetName = xml(table.title.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Sheet1');
  const files: Record<string, string> = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf fontId="0"/><xf fontId="1" applyFont="1"/></cellXfs></styleSheet>`,
    'xl/worksheets/sheet1.xml': sheetXml(table),
  };
  return zipSync(
    Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])),
    { level: 6, mtime: new Date('2020-01-01T00:00:00Z') },
  );
}

export function tableFile(
  table: Table,
  baseName: string,
  format: 'csv' | 'xlsx',
  synthetic: boolean,
): ExportFile {
  const name = `${baseName}${synthetic ? '-SYNTHETIC' : ''}`;
  if (format === 'csv')
    return {
      fileName: `${name}.csv`,
      mimeType: 'text/csv',
      encoding: 'utf8',
      content: toCsv(table),
      synthetic,
    };
  return {
    fileName: `${name}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    encoding: 'base64',
    content: Buffer.from(toXlsx(table)).toString('base64'),
    synthetic,
  };
}
