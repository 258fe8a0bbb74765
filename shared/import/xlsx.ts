// The first worksheet of an XLSX workbook (a zip of XML parts), as a table of text. Shared and
// inline strings (with rich-text runs), numbers, booleans and formula results are read as text;
// numbers formatted as dates become YYYY-MM-DD. Cells are placed by their reference (B7), so
// empty cells that the file leaves out still keep the columns aligned.
import { strFromU8, unzipSync } from 'fflate';
import { text as sentence } from '../messages';
import { fileError, toTable, type Table, type TableRow } from './table';
import { excelSerialToDate } from './values';

const NOT_A_WORKBOOK = sentence('import.notWorkbook');

type Parts = Record<string, Uint8Array>;

export function readXlsx(bytes: Uint8Array): Table {
  let parts: Parts;
  try {
    parts = unzipSync(bytes, { filter: (f) => !f.name.startsWith('xl/worksheets/') });
  } catch {
    return toTable([], [fileError(NOT_A_WORKBOOK)]);
  }
  const workbook = text(parts, 'xl/workbook.xml');
  if (workbook === null) return toTable([], [fileError(NOT_A_WORKBOOK)]);
  const sheetPath = firstSheetPath(workbook, text(parts, 'xl/_rels/workbook.xml.rels') ?? '');
  let sheet: string | null = null;
  try {
    sheet = text(unzipSync(bytes, { filter: (f) => f.name === sheetPath }), sheetPath);
  } catch {
    // Reported below, like a missing sheet.
  }
  if (sheet === null)
    return toTable(
      [],
      [fileError(sentence('import.noSheet', { sheet: sheetPath, notWorkbook: NOT_A_WORKBOOK }))],
    );
  const cells = {
    strings: sharedStrings(text(parts, 'xl/sharedStrings.xml') ?? ''),
    dateStyles: dateStyles(text(parts, 'xl/styles.xml') ?? ''),
    date1904: /<(?:\w+:)?workbookPr\b[^>]*\bdate1904="(?:1|true)"/.test(workbook),
  };
  return toTable(sheetRows(sheet, cells));
}

function text(parts: Parts, path: string): string | null {
  const data = parts[path];
  return data ? strFromU8(data) : null;
}

// ── XML, read with regular expressions: these parts are machine-written and regular ──────────

interface Element {
  attrs: string;
  inner: string;
}

const patterns = new Map<string, RegExp>();
/** Compiled once per name: a worksheet has hundreds of thousands of cells. */
function pattern(key: string, source: () => string, flags = ''): RegExp {
  let re = patterns.get(key);
  if (!re) patterns.set(key, (re = new RegExp(source(), flags)));
  return re;
}

const elementPattern = (name: string) =>
  pattern(
    `<${name}`,
    () => `<(?:\\w+:)?${name}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</(?:\\w+:)?${name}>)`,
    'g',
  );

/** Elements named `name` (with any namespace prefix): their attributes and inner XML. */
function elements(xml: string, name: string): Element[] {
  return Array.from(xml.matchAll(elementPattern(name)), (m) => ({
    attrs: m[1] ?? '',
    inner: m[2] ?? '',
  }));
}

function firstElement(xml: string, name: string): Element | null {
  const re = elementPattern(name);
  re.lastIndex = 0;
  const m = re.exec(xml);
  return m ? { attrs: m[1] ?? '', inner: m[2] ?? '' } : null;
}

function attr(attrs: string, name: string): string | null {
  const m = pattern(`@${name}`, () => `(?:^|\\s)${name}=(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? decodeXml(m[1] ?? m[2] ?? '') : null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(s: string): string {
  if (!s.includes('&') && !s.includes('_x')) return s;
  return s
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, ref: string) => {
      if (ref[0] === '#')
        return String.fromCodePoint(
          ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)),
        );
      return ENTITIES[ref] ?? whole;
    })
    .replace(/_x([0-9a-f]{4})_/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The text of every <t> in a string item or inline string, leaving out phonetic guides (<rPh>). */
function runText(xml: string): string {
  let out = '';
  for (const t of elements(xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, ''), 't'))
    out += decodeXml(t.inner);
  return out;
}

// ── Workbook parts ───────────────────────────────────────────────────────────────────────────

function firstSheetPath(workbook: string, rels: string): string {
  const fallback = 'xl/worksheets/sheet1.xml';
  const first = firstElement(workbook, 'sheet');
  const relId = first && attr(first.attrs, 'r:id');
  if (!relId) return fallback;
  for (const rel of elements(rels, 'Relationship')) {
    if (attr(rel.attrs, 'Id') !== relId) continue;
    const target = attr(rel.attrs, 'Target') ?? '';
    return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
  }
  return fallback;
}

function sharedStrings(xml: string): string[] {
  return Array.from(elements(xml, 'si'), (si) => runText(si.inner));
}

/** Built-in number formats that show a date (ECMA-376 §18.8.30, and the East Asian ones). */
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55,
  56, 57, 58,
]);

/** A custom format shows a date when, outside quoted text and [colour] or [$-locale] tags, it has d or y. */
const isDateFormatCode = (code: string) =>
  /[dy]/i.test(code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ''));

/** For each cell style (the `s` of a cell), whether it shows a date. */
function dateStyles(xml: string): boolean[] {
  const custom = new Map<number, string>();
  for (const f of elements(xml, 'numFmt'))
    custom.set(Number(attr(f.attrs, 'numFmtId')), attr(f.attrs, 'formatCode') ?? '');
  const cellXfs = firstElement(xml, 'cellXfs');
  if (!cellXfs) return [];
  return Array.from(elements(cellXfs.inner, 'xf'), (xf) => {
    const id = Number(attr(xf.attrs, 'numFmtId') ?? 0);
    const code = custom.get(id);
    return code === undefined ? BUILT_IN_DATE_FORMATS.has(id) : isDateFormatCode(code);
  });
}

// ── The worksheet ────────────────────────────────────────────────────────────────────────────

interface CellContext {
  strings: string[];
  dateStyles: boolean[];
  date1904: boolean;
}

/** "C12" → column 2 (0-based). */
function columnIndex(ref: string): number | null {
  const letters = /^[A-Z]+/i.exec(ref)?.[0];
  if (!letters) return null;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function sheetRows(sheet: string, ctx: CellContext): TableRow[] {
  const rows: TableRow[] = [];
  let nextLine = 1;
  for (const row of elements(sheet, 'row')) {
    const line = Number(attr(row.attrs, 'r') ?? nextLine);
    nextLine = line + 1;
    const cells: string[] = [];
    for (const c of elements(row.inner, 'c')) {
      const ref = attr(c.attrs, 'r');
      const col = (ref ? columnIndex(ref) : null) ?? cells.length;
      while (cells.length < col) cells.push('');
      cells[col] = cellText(c.attrs, c.inner, ctx);
    }
    rows.push({ line, cells });
  }
  return rows;
}

function cellText(attrs: string, inner: string, ctx: CellContext): string {
  const type = attr(attrs, 't') ?? 'n';
  if (type === 'inlineStr') return runText(firstElement(inner, 'is')?.inner ?? '');
  const v = firstElement(inner, 'v');
  const raw = v ? decodeXml(v.inner) : '';
  switch (type) {
    case 's':
      return ctx.strings[Number(raw)] ?? '';
    case 'b':
      return raw === '1' ? 'TRUE' : 'FALSE';
    case 'd':
      return raw.slice(0, 10);
    case 'n': {
      const style = Number(attr(attrs, 's') ?? 0);
      return raw !== '' && ctx.dateStyles[style]
        ? excelSerialToDate(Number(raw), ctx.date1904)
        : raw;
    }
    default:
      // str (a formula's text result) and e (an error such as #N/A): the text as written.
      return raw;
  }
}
