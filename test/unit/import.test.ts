import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { memberStates } from '../../main/core/reference/memberStates';
import type {
  ImportRowPreview,
  IndicatorDefinitionRecord,
  StateReference,
} from '../../shared/api/types';
import {
  AGGREGATES,
  createStateMatcher,
  decodeText,
  editDistance,
  NON_MEMBERS,
  excelSerialToDate,
  type CheckContext,
  type CheckedImport,
  type Finding,
  type ImportRow,
  type Table,
} from '../../shared/import';
import * as shared from '../../shared/import';
import { isText, sayText, text, type Text } from '../../shared/messages';

/** A result of the import's code with its messages (Texts) said in English. */
type Said<T> = T extends Text
  ? string
  : T extends readonly (infer U)[]
    ? Said<U>[]
    : T extends object
      ? { [K in keyof T]: Said<T[K]> }
      : T;
const inEnglish = <T>(value: T): Said<T> =>
  (isText(value)
    ? sayText('en', value)
    : Array.isArray(value)
      ? value.map(inEnglish)
      : typeof value === 'object' && value !== null && !(value instanceof Set)
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inEnglish(v)]))
        : value) as Said<T>;
// The shared import's functions, their findings said in English as the API says them to an
// English reader (what was said in English is passed back as it is).
const parseCsv = (csv: string) => inEnglish(shared.parseCsv(csv));
const readXlsx = (bytes: Uint8Array) => inEnglish(shared.readXlsx(bytes));
const readTableFile = (name: string, bytes: Uint8Array) =>
  inEnglish(shared.readTableFile(name, bytes));
const readImportRows = (table: Table | Said<Table>) =>
  inEnglish(shared.readImportRows(table as Table));
const parseNumber = (cell: string) => inEnglish(shared.parseNumber(cell));
const parseAsOf = (cell: string) => inEnglish(shared.parseAsOf(cell));
const checkIndicatorRows = (
  rows: readonly ImportRow[],
  ctx: CheckContext,
  fileFindings?: (Finding | Said<Finding>)[],
) => inEnglish(shared.checkIndicatorRows(rows, ctx, fileFindings as Finding[] | undefined));
const blockingErrors = (checked: Said<CheckedImport>) =>
  inEnglish(shared.blockingErrors(checked as unknown as CheckedImport));
const describeFinding = (f: Said<Finding>) => inEnglish(shared.describeFinding(f));

const references: StateReference[] = memberStates().map((s) => ({
  iso3: s.iso3,
  iso2: s.iso2,
  names: s.names,
  altNames: s.altNames,
}));
const matcher = createStateMatcher(references);
const nameOf = (iso3: string) => references.find((s) => s.iso3 === iso3)!.names.en;
const cellsOf = (t: Pick<Table, 'header' | 'rows'>) => [t.header, ...t.rows.map((r) => r.cells)];
const linesOf = (t: Pick<Table, 'rows'>) => t.rows.map((r) => r.line);

describe('the CSV parser', () => {
  it('reads a plain file with CRLF line ends and a UTF-8 byte order mark', () => {
    const t = parseCsv(
      '\uFEFFstate,indicator,as_of,value\r\nKEN,gti,2025,4.5\r\nPER,gti,2025,1\r\n',
    );
    expect(cellsOf(t)).toEqual([
      ['state', 'indicator', 'as_of', 'value'],
      ['KEN', 'gti', '2025', '4.5'],
      ['PER', 'gti', '2025', '1'],
    ]);
    expect(linesOf(t)).toEqual([2, 3]);
    expect(t.findings).toEqual([]);
  });

  it('reads quoted values with separators, quotes and line breaks inside, counting lines as an editor shows them', () => {
    const t = parseCsv(
      'state,source\n"Korea, Republic of","a ""quoted"" report"\n"Peru","line one\nline two"\nKEN,"x,y"',
    );
    expect(t.rows.map((r) => r.cells)).toEqual([
      ['Korea, Republic of', 'a "quoted" report'],
      ['Peru', 'line one\nline two'],
      ['KEN', 'x,y'],
    ]);
    expect(linesOf(t)).toEqual([2, 3, 5]);
  });

  it('detects a semicolon or tab separator from the header line, ignoring separators inside quotes', () => {
    expect(cellsOf(parseCsv('state;"as, of";value\nKEN;2025;4,5\n'))).toEqual([
      ['state', 'as, of', 'value'],
      ['KEN', '2025', '4,5'],
    ]);
    expect(cellsOf(parseCsv('state\tvalue\nKEN\t1,5\n'))).toEqual([
      ['state', 'value'],
      ['KEN', '1,5'],
    ]);
  });

  it("follows Excel's sep= line", () => {
    const t = parseCsv('sep=;\nstate;value\nKEN;1,5\n');
    expect(cellsOf(t)).toEqual([
      ['state', 'value'],
      ['KEN', '1,5'],
    ]);
    expect(linesOf(t)).toEqual([3]);
  });

  it('skips blank lines, keeps empty cells and reads a last line without a line break', () => {
    const t = parseCsv('\nstate,value,source\n\nKEN,,\n,,\r\nPER,2,"x"');
    expect(t.rows.map((r) => r.cells)).toEqual([
      ['KEN', '', ''],
      ['PER', '2', 'x'],
    ]);
    expect(linesOf(t)).toEqual([4, 6]);
  });

  it('reports a quote that is never closed, with its line, instead of swallowing the rest of the file', () => {
    const t = parseCsv('state,value\nKEN,1\n"PER,2\nCHL,3\n');
    expect(t.findings).toHaveLength(1);
    expect(t.findings[0]).toMatchObject({ line: 3, severity: 'error' });
    expect(t.findings[0]!.message).toMatch(/never closed/);
  });

  it('decodes UTF-8, UTF-16 with a byte order mark and, failing those, Windows-1252', () => {
    expect(decodeText(strToU8('Côte d’Ivoire'))).toBe('Côte d’Ivoire');
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...Array.from('Türkiye', (c) => [c.charCodeAt(0), 0]).flat(),
    ]);
    expect(decodeText(utf16)).toBe('Türkiye');
    expect(decodeText(new Uint8Array([0x43, 0xf4, 0x74, 0x65]))).toBe('Côte');
  });
});

/** A minimal workbook, written the way spreadsheet programs write it. */
function workbook(
  sheets: Record<string, string>,
  parts: Record<string, string> = {},
  firstSheetTarget = 'worksheets/sheet1.xml',
): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Values" sheetId="2" r:id="rId7"/><sheet name="Notes" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/notes.xml"/><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${firstSheetTarget}"/></Relationships>`,
    ),
  };
  for (const [path, xml] of Object.entries({ ...sheets, ...parts })) files[path] = strToU8(xml);
  return zipSync(files);
}

const sheet = (rows: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;

const STYLES = `<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>
  <cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="2"/></cellXfs></styleSheet>`;

const SHARED = `<sst count="5" uniqueCount="5">
  <si><t>state</t></si>
  <si><t>indicator</t></si>
  <si><r><rPr><b/></rPr><t>Côte d'</t></r><r><t xml:space="preserve">Ivoire</t></r></si>
  <si><t>gti</t><rPh sb="0" eb="1"><t>ジー</t></rPh></si>
  <si><t>R&amp;D &lt;spend&gt;</t></si>
</sst>`;

describe('the XLSX reader', () => {
  it('reads the first worksheet: shared strings with rich text, inline strings, numbers, formulas, booleans and dates', () => {
    const rows = `
      <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>as_of</t></is></c><c r="D1" t="inlineStr"><is><r><t>val</t></r><r><t>ue</t></r></is></c><c r="E1" t="str"><f>"note"</f><v>note</v></c></row>
      <row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c><c r="C2" s="1"><v>45657</v></c><c r="D2" s="3"><v>4.25</v></c><c r="E2" t="b"><v>1</v></c></row>
      <row r="4"><c r="A4" t="s"><v>4</v></c><c r="C4" s="2"><v>45292.75</v></c><c r="D4"><v>1.5E-3</v></c></row>`;
    const t = readXlsx(
      workbook(
        {
          'xl/worksheets/sheet1.xml': sheet(rows),
          'xl/worksheets/notes.xml': sheet(
            '<row r="1"><c r="A1" t="inlineStr"><is><t>wrong sheet</t></is></c></row>',
          ),
        },
        { 'xl/sharedStrings.xml': SHARED, 'xl/styles.xml': STYLES },
      ),
    );
    expect(t.findings).toEqual([]);
    expect(t.header).toEqual(['state', 'indicator', 'as_of', 'value', 'note']);
    expect(t.rows).toEqual([
      { line: 2, cells: ["Côte d'Ivoire", 'gti', '2024-12-31', '4.25', 'TRUE'] },
      { line: 4, cells: ['R&D <spend>', '', '2024-01-01', '1.5E-3'] },
    ]);
  });

  it('places cells by their reference, filling the columns a row leaves out', () => {
    const rows =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="D1" t="inlineStr"><is><t>d</t></is></c></row><row r="2"><c r="AB2"><v>7</v></c></row>';
    const t = readXlsx(workbook({ 'xl/worksheets/sheet1.xml': sheet(rows) }));
    expect(t.header).toEqual(['a', '', '', 'd']);
    expect(t.rows[0]!.cells).toHaveLength(28);
    expect(t.rows[0]!.cells[27]).toBe('7');
  });

  it('finds the first sheet through the workbook relationships, wherever it is stored', () => {
    const t = readXlsx(
      workbook(
        {
          'xl/worksheets/data.xml': sheet(
            '<row r="1"><c r="A1" t="inlineStr"><is><t>here</t></is></c></row>',
          ),
        },
        {},
        'worksheets/data.xml',
      ),
    );
    expect(t.header).toEqual(['here']);
  });

  it('reads dates of workbooks that count from 1904', () => {
    const styles =
      '<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>';
    const files = workbook(
      { 'xl/worksheets/sheet1.xml': sheet('<row r="1"><c r="A1" s="1"><v>0</v></c></row>') },
      { 'xl/styles.xml': styles },
    );
    expect(readXlsx(files).header).toEqual(['1899-12-30']);
    const wb1904 =
      '<workbook xmlns:r="r"><workbookPr date1904="1"/><sheets><sheet name="S" sheetId="1" r:id="rId7"/></sheets></workbook>';
    const t = readXlsx(
      workbook(
        { 'xl/worksheets/sheet1.xml': sheet('<row r="1"><c r="A1" s="1"><v>0</v></c></row>') },
        { 'xl/styles.xml': styles, 'xl/workbook.xml': wb1904 },
      ),
    );
    expect(t.header).toEqual(['1904-01-01']);
  });

  it('refuses what is not a workbook with a plain explanation', () => {
    const t = readXlsx(strToU8('state,value\nKEN,1\n'));
    expect(t.rows).toEqual([]);
    expect(t.findings[0]!.message).toMatch(/could not be read as an Excel workbook/);
    expect(
      readTableFile('old.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0])).findings[0]!.message,
    ).toMatch(/old Excel workbook/);
  });

  it('is chosen by content, not by the file name', () => {
    const xlsx = workbook({
      'xl/worksheets/sheet1.xml': sheet(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>state</t></is></c></row>',
      ),
    });
    expect(readTableFile('values.csv', xlsx).header).toEqual(['state']);
    expect(readTableFile('values.xlsx', strToU8('state;value\n')).header).toEqual([
      'state',
      'value',
    ]);
  });
});

describe('the Member State matcher', () => {
  it.each([
    ['KEN', 'KEN'],
    ['ken', 'KEN'],
    ['KE', 'KEN'],
    ['AND', 'AND'],
    ['and', 'AND'],
    ['ET', 'ETH'],
    ['ST', 'STP'],
    ['Sao Tome & Principe', 'STP'],
    ['Kenya', 'KEN'],
    ["Côte d'Ivoire", 'CIV'],
    ['Cote d Ivoire', 'CIV'],
    ['COTE D’IVOIRE', 'CIV'],
    ['Ivory Coast', 'CIV'],
    ['Türkiye', 'TUR'],
    ['Turkey', 'TUR'],
    ['Turquie', 'TUR'],
    ['United States', 'USA'],
    ['USA', 'USA'],
    ['U.S.A.', 'USA'],
    ['United States of America', 'USA'],
    ['États-Unis', 'USA'],
    ['Russia', 'RUS'],
    ['Russian Federation', 'RUS'],
    ['Viet Nam', 'VNM'],
    ['Vietnam', 'VNM'],
    ['DR Congo', 'COD'],
    ['Democratic Republic of the Congo', 'COD'],
    ['Congo, Dem. Rep.', 'COD'],
    ['Congo', 'COG'],
    ['Syria', 'SYR'],
    ['Syrian Arab Republic', 'SYR'],
    ['Iran', 'IRN'],
    ['Iran (Islamic Republic of)', 'IRN'],
    ['Lao PDR', 'LAO'],
    ["Lao People's Democratic Republic", 'LAO'],
    ['Bolivia', 'BOL'],
    ['Bolivia (Plurinational State of)', 'BOL'],
    ['Tanzania', 'TZA'],
    ['United Republic of Tanzania', 'TZA'],
    ['Czechia', 'CZE'],
    ['Czech Republic', 'CZE'],
    ['St. Kitts & Nevis', 'KNA'],
    ['Saint Vincent and the Grenadines', 'VCT'],
    ['Gambia, The', 'GMB'],
    ['Korea, Rep.', 'KOR'],
    ['Allemagne', 'DEU'],
    ['Sainte-Lucie', 'LCA'],
    ['  kenya  ', 'KEN'],
  ])('recognises %s as %s', (text, iso3) => {
    expect(matcher.match(text)).toMatchObject({ kind: 'match', iso3 });
  });

  it('recognises every Member State by its ISO codes and its English and French names', () => {
    for (const s of references) {
      for (const text of [s.iso3, s.iso2, s.names.en, s.names.fr])
        expect(matcher.match(text), text).toMatchObject({ kind: 'match', iso3: s.iso3 });
    }
  });

  it.each(['Narnia', 'XX', 'Atlantis', ''])('does not take %j for a Member State', (text) => {
    expect(matcher.match(text)).toEqual({ kind: 'unknown', suggestion: null });
  });

  it('says which States an ambiguous name could mean', () => {
    expect(matcher.match('Korea')).toEqual({
      kind: 'ambiguous',
      candidates: [
        { iso3: 'KOR', name: nameOf('KOR') },
        { iso3: 'PRK', name: nameOf('PRK') },
      ],
    });
  });
});

describe('numbers and dates in cells', () => {
  it.each([
    ['12', 12],
    ['12.5', 12.5],
    ['12,5', 12.5],
    ['-0.25', -0.25],
    [',5', 0.5],
    ['0,125', 0.125],
    ['1.5E-3', 0.0015],
    [' 7 ', 7],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumber(text)).toEqual({ ok: true, value });
  });

  it.each(['1 234,5', '1,234.5', '12%', 'n/a', '4.5 pts', '1.2.3', '--1', '0x10', 'Infinity'])(
    'refuses %j',
    (text) => {
      const r = parseNumber(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason).toMatch(/not a number/);
    },
  );

  it('refuses a comma that could separate thousands or decimals, explaining both readings', () => {
    expect(parseNumber('1,234')).toEqual({
      ok: false,
      reason: expect.stringMatching(/could be 1234 or 1\.234/),
    });
  });

  it.each([
    ['2025-03-31', '2025-03-31'],
    ['2025-03-31T00:00:00Z', '2025-03-31'],
    ['2025-03-31 10:00', '2025-03-31'],
    ['2025', '2025-01-01'],
    ['45657', '2024-12-31'],
  ])('reads the date %j as %s', (text, value) => {
    expect(parseAsOf(text)).toEqual({ ok: true, value });
  });

  it.each(['31/03/2025', '2025-02-30', 'March 2025', '25', '12345', '99999'])(
    'refuses the date %j',
    (text) => {
      expect(parseAsOf(text).ok).toBe(false);
    },
  );

  it('converts Excel serials, including the 1904 system', () => {
    expect(excelSerialToDate(45292)).toBe('2024-01-01');
    expect(excelSerialToDate(45292.99)).toBe('2024-01-01');
    expect(excelSerialToDate(43830, true)).toBe('2024-01-01');
  });
});

describe('reading the columns of an indicator file', () => {
  it('finds the columns by their usual names, in any order, and reads the optional source', () => {
    const { rows, findings } = readImportRows(
      parseCsv('Value;Member State;Year;Key;Source;Comment\n4,5;Kenya;2024;gti;GTI 2025;checked\n'),
    );
    expect(rows).toEqual([
      { line: 2, state: 'Kenya', indicator: 'gti', asOf: '2024', value: '4,5', source: 'GTI 2025' },
    ]);
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringMatching(/'Comment' is not used/),
      }),
    ]);
  });

  it('uses the first of two columns that give the same thing, and says so', () => {
    const { rows, findings } = readImportRows(
      parseCsv('country,member state,indicator,date,value\nKenya,Chile,gti,2024,1\n'),
    );
    expect(rows[0]!.state).toBe('Kenya');
    expect(findings[0]!.message).toMatch(
      /'country' and 'member state' both give the state; the first one, 'country', is used/,
    );
  });

  it('reads a State name and its code side by side, and an indicator code beside its name', () => {
    const { rows, findings } = readImportRows(
      parseCsv(
        'country,iso3,indicator code,indicator name,date,value\nKenya,KEN,VC.IHR,Homicides,2024,1\n',
      ),
    );
    expect(findings).toEqual([]);
    expect(rows[0]).toEqual({
      line: 2,
      state: 'Kenya',
      stateCode: 'KEN',
      indicator: 'VC.IHR',
      indicatorName: 'Homicides',
      asOf: '2024',
      value: '1',
    });
  });

  it('refuses a file without the required columns, naming the missing ones and those found', () => {
    const { rows, findings } = readImportRows(parseCsv('country,val\nKenya,1\n'));
    expect(rows).toEqual([]);
    const error = findings.find((f) => f.severity === 'error')!;
    expect(error.message).toMatch(/no indicator, as_of, value columns/);
    expect(error.message).toMatch(/'country', 'val'/);
  });

  it('refuses an empty file and a file with only a header', () => {
    expect(readImportRows(parseCsv('')).findings[0]!.message).toMatch(/empty/);
    expect(readImportRows(parseCsv('\n\n')).findings[0]!.message).toMatch(/empty/);
    expect(readImportRows(parseCsv('state,indicator,as_of,value\n')).findings[0]!.message).toMatch(
      /header line but no data rows/,
    );
  });

  it('passes on the problems of a file that could not be read', () => {
    const { rows, findings } = readImportRows(
      parseCsv('state,indicator,as_of,value\n"KEN,gti,2024,1\n'),
    );
    expect(rows).toEqual([]);
    expect(findings[0]!.message).toMatch(/never closed/);
  });
});

const definition = (
  key: string,
  extra: Partial<IndicatorDefinitionRecord> = {},
): IndicatorDefinitionRecord => ({
  id: key,
  key,
  label: key.toUpperCase(),
  unit: null,
  direction: 'higher_is_riskier',
  normalisation: 'minmax',
  thresholds: null,
  min: null,
  max: null,
  source: null,
  externalCode: null,
  ...extra,
});

const context = (extra: Partial<CheckContext> = {}): CheckContext => ({
  states: matcher,
  definitions: [
    definition('gti', { label: 'Global Terrorism Index', min: 0, max: 10 }),
    definition('incidents'),
  ],
  today: '2026-11-29',
  ...extra,
});

let nextLine = 2;
const row = (
  state: string,
  indicator: string,
  asOf: string,
  value: string,
  line = nextLine++,
): ImportRow => ({ line, state, indicator, asOf, value });
const messages = (r: ImportRowPreview) =>
  r.findings.map((f) => `${f.severity} ${f.column}: ${f.message}`);

describe('checkIndicatorRows', () => {
  it('matches every cell of good rows and counts the values per indicator', () => {
    const checked = checkIndicatorRows(
      [
        row('Kenya', 'gti', '2024', '4,5'),
        row('PER', 'Global Terrorism Index', '2025-06-30', '1'),
        row('Chile', 'INCIDENTS', '45657', '12'),
      ],
      context(),
    );
    expect(checked.errors).toBe(0);
    expect(
      checked.rows.map(({ iso3, stateName, indicator, asOf, value }) => [
        iso3,
        stateName,
        indicator,
        asOf,
        value,
      ]),
    ).toEqual([
      ['KEN', 'Kenya', 'gti', '2024-01-01', 4.5],
      ['PER', 'Peru', 'gti', '2025-06-30', 1],
      ['CHL', 'Chile', 'incidents', '2024-12-31', 12],
    ]);
    expect(checked.byIndicator).toEqual([
      { key: 'gti', values: 2 },
      { key: 'incidents', values: 1 },
    ]);
  });

  it('explains each problem of a row in plain words, by column', () => {
    const checked = checkIndicatorRows(
      [
        row('Narnia', 'gti', '2024', '1', 12),
        row('Korea', 'gti', '2024', '1', 13),
        row('KEN', 'gdp', '2024', '1', 14),
        row('KEN', 'gti', '31/12/2024', 'n/a', 15),
        row('KEN', 'gti', '2027-01-01', '11', 16),
        row('', '', '', '', 17),
      ],
      context(),
    );
    expect(describeFinding(checked.rows[0]!.findings[0]!)).toBe(
      "Line 12: 'Narnia' is not a UN Member State.",
    );
    expect(messages(checked.rows[1]!)).toEqual([
      `error state: 'Korea' could be ${nameOf('KOR')} or ${nameOf('PRK')}: write its ISO code (KOR or PRK) instead.`,
    ]);
    expect(messages(checked.rows[2]!)).toEqual([
      expect.stringMatching(
        /^error indicator: 'gdp' is not a defined indicator.*The defined indicators are: gti, incidents\.$/,
      ),
    ]);
    expect(messages(checked.rows[3]!)).toEqual([
      expect.stringMatching(/^error as_of: '31\/12\/2024' is not a date/),
      expect.stringMatching(/^error value: 'n\/a' is not a number/),
    ]);
    expect(messages(checked.rows[4]!)).toEqual([
      'error as_of: The date 2027-01-01 is in the future (today is 2026-11-29): only values already known can be imported.',
      'error value: The value 11 is outside the range of Global Terrorism Index (0 to 10).',
    ]);
    expect(messages(checked.rows[5]!).map((m) => m.split(':')[0])).toEqual([
      'error state',
      'error indicator',
      'error as_of',
      'error value',
    ]);
    expect(checked.errors).toBe(11);
    expect(blockingErrors(checked)).toHaveLength(11);
  });

  it('refuses a value below a minimum or above a maximum set alone', () => {
    const defs = [definition('low', { min: 0 }), definition('high', { max: 100 })];
    const checked = checkIndicatorRows(
      [
        row('KEN', 'low', '2024', '-1'),
        row('KEN', 'high', '2024', '101'),
        row('KEN', 'high', '2024-02-01', '-1000'),
      ],
      context({ definitions: defs }),
    );
    expect(checked.rows.map((r) => r.findings.map((f) => f.message))).toEqual([
      ['The value -1 is below the minimum of LOW (0).'],
      ['The value 101 is above the maximum of HIGH (100).'],
      [],
    ]);
  });

  it('flags a repeated State, indicator and date on the later lines only, however the State is written', () => {
    const checked = checkIndicatorRows(
      [
        row('KEN', 'gti', '2024', '1', 2),
        row('Kenya', 'gti', '2024-01-01', '2', 3),
        row('KE', 'gti', '2024', '1', 4),
        row('KEN', 'gti', '2023', '1', 5),
      ],
      context(),
    );
    expect(checked.rows.map((r) => r.findings.length)).toEqual([0, 1, 1, 0]);
    expect(checked.rows[1]!.findings[0]!.message).toBe(
      'Kenya, gti, 2024-01-01 is already on line 2: a State has one value per indicator and date.',
    );
  });

  it('leaves excluded lines out of the import, the error count and the duplicate check', () => {
    const rows = [
      row('KEN', 'gti', '2024', '1', 2),
      row('KEN', 'gti', '2024', '2', 3),
      row('Narnia', 'gti', '2024', '1', 4),
    ];
    const all = checkIndicatorRows(rows, context());
    expect(all.errors).toBe(2);
    const excluded = checkIndicatorRows(rows, context({ exclude: new Set([2, 4]) }));
    expect(excluded.errors).toBe(0);
    expect(excluded.excluded).toBe(2);
    expect(excluded.rows.map((r) => [r.excluded, r.findings.length])).toEqual([
      [true, 0],
      [false, 0],
      [true, 1],
    ]);
    expect(excluded.byIndicator).toEqual([{ key: 'gti', values: 1 }]);
    expect(excluded.findings).toHaveLength(1);
    expect(blockingErrors(excluded)).toEqual([]);
  });

  it('does not count a row with its own errors as the first of a duplicate', () => {
    const checked = checkIndicatorRows(
      [row('KEN', 'gti', '2024', 'x', 2), row('KEN', 'gti', '2024', '2', 3)],
      context(),
    );
    expect(checked.rows.map((r) => r.findings.length)).toEqual([1, 0]);
  });

  it('warns when a value will replace a different one already in the workspace', () => {
    const existing = new Map([['KEN|gti|2024-01-01', 3]]);
    const checked = checkIndicatorRows(
      [row('KEN', 'gti', '2024', '4', 2), row('PER', 'gti', '2024', '1', 3)],
      context({ existingValue: (iso3, key, asOf) => existing.get(`${iso3}|${key}|${asOf}`) }),
    );
    expect(checked.errors).toBe(0);
    expect(checked.warnings).toBe(1);
    expect(checked.findings).toEqual([
      {
        line: 2,
        severity: 'warning',
        column: 'value',
        message: 'Kenya already has 3 for gti as of 2024-01-01; it will be replaced by 4.',
      },
    ]);
    const same = checkIndicatorRows(
      [row('KEN', 'gti', '2024', '3', 2)],
      context({ existingValue: () => 3 }),
    );
    expect(same.warnings).toBe(0);
  });

  it('refuses a check without rows as a file-level error', () => {
    const checked = checkIndicatorRows([], context());
    expect(checked.errors).toBe(1);
    expect(checked.fileFindings[0]).toMatchObject({
      line: null,
      severity: 'error',
      message: expect.stringMatching(/no data rows/),
    });
  });

  it('keeps file-level findings first and counts them', () => {
    const warning = {
      line: 1,
      severity: 'warning' as const,
      column: null,
      message: text('import.unusedColumns', {
        count: 1,
        names: text('import.quoted', { name: 'x' }),
      }),
    };
    const checked = shared.checkIndicatorRows([row('Narnia', 'gti', '2024', '1', 2)], context(), [
      warning,
    ]);
    expect(checked.findings[0]).toBe(warning);
    expect([checked.errors, checked.warnings]).toEqual([1, 1]);
  });
});

// ── Issue 11, "Data in": wide tables, aggregates and non-members, suggestions ────────────────

/** A World Bank download as it comes: a preamble, names and codes, one column per year, blanks. */
const WORLD_BANK_CSV = [
  '\uFEFF"Data Source","World Development Indicators",',
  '',
  '"Last Updated Date","2025-07-01",',
  '',
  '"Country Name","Country Code","Indicator Name","Indicator Code","2020","2021","2022","2023",',
  '"Kenya","KEN","Intentional homicides (per 100,000 people)","VC.IHR.PSRC.P5","4.9","","5.1","..",',
  '"Arab World","ARB","Intentional homicides (per 100,000 people)","VC.IHR.PSRC.P5","2.1","2.2","","",',
  '"Hong Kong SAR, China","HKG","Intentional homicides (per 100,000 people)","VC.IHR.PSRC.P5","0.3","","","",',
  '"Marocco","","Intentional homicides (per 100,000 people)","VC.IHR.PSRC.P5","1.2","","","",',
  '"Korea, Rep.","KOR","Intentional homicides (per 100,000 people)","VC.IHR.PSRC.P5","","","","",',
].join('\r\n');

/** A workbook of one sheet holding these rows: numbers as numbers, text inline, blanks left out. */
function workbookOf(rows: { line: number; cells: string[] }[]): Uint8Array {
  const column = (i: number) => String.fromCharCode(65 + i);
  const xml = rows
    .map(({ line, cells }) => {
      const filled = cells
        .map((c, i) => {
          if (c === '') return '';
          const ref = `${column(i)}${line}`;
          return /^-?\d+(\.\d+)?$/.test(c) && i > 3
            ? `<c r="${ref}"><v>${c}</v></c>`
            : `<c r="${ref}" t="inlineStr"><is><t>${c.replace(/&/g, '&amp;')}</t></is></c>`;
        })
        .join('');
      return filled ? `<row r="${line}">${filled}</row>` : '';
    })
    .join('');
  return workbook({ 'xl/worksheets/sheet1.xml': sheet(xml) });
}

const homicides = definition('homicides', {
  label: 'Intentional homicides',
  externalCode: 'VC.IHR.PSRC.P5',
});

describe('wide tables (one column per year)', () => {
  it('skips the preamble, reads one value per State, indicator and year, and leaves blanks out as missing', () => {
    const read = readImportRows(parseCsv(WORLD_BANK_CSV));
    expect(read.years).toEqual({ from: 2020, to: 2023 });
    expect(read.findings).toEqual([
      expect.objectContaining({
        line: 5,
        severity: 'warning',
        message: expect.stringMatching(
          /header is on line 5: the 2 lines before it \('Data Source', 'Last Updated Date'\) are not data/,
        ),
      }),
    ]);
    expect(read.rows.filter((r) => r.line === 6)).toEqual([
      {
        line: 6,
        state: 'Kenya',
        stateCode: 'KEN',
        indicator: 'VC.IHR.PSRC.P5',
        indicatorName: 'Intentional homicides (per 100,000 people)',
        asOf: '2020',
        value: '4.9',
      },
      expect.objectContaining({ line: 6, asOf: '2022', value: '5.1' }),
    ]);
    // Blank and ".." cells are missing values: no row, never a zero.
    expect(read.rows.map((r) => r.value)).not.toContain('');
    expect(read.rows.map((r) => r.value)).not.toContain('0');
    expect(read.rows).toHaveLength(6);
    expect(read.missing).toBe(5 * 4 - 6);
  });

  it('reads DataBank year headers such as "2019 [YR2019]" and names the layout in its messages', () => {
    const read = readImportRows(
      parseCsv(
        'Country Name,Country Code,Series Code,2019 [YR2019],2020 [YR2020]\nChile,CHL,gti,1,..\n',
      ),
    );
    expect(read.rows).toEqual([
      { line: 2, state: 'Chile', stateCode: 'CHL', indicator: 'gti', asOf: '2019', value: '1' },
    ]);
    expect(read.missing).toBe(1);
    const refused = readImportRows(parseCsv('Country Name,Note\nChile,x\n'));
    expect(refused.findings.find((f) => f.severity === 'error')!.message).toMatch(
      /no indicator, as_of, value columns.*or state, indicator and one column per year/,
    );
  });

  it('reads the same table from an XLSX workbook', () => {
    const csv = parseCsv(WORLD_BANK_CSV);
    const records = [{ line: csv.headerLine, cells: csv.header }, ...csv.rows];
    const xlsx = readTableFile('wb.xlsx', workbookOf(records));
    const read = readImportRows(xlsx);
    expect(read.rows).toHaveLength(6);
    expect(read.rows[0]).toMatchObject({ line: 6, state: 'Kenya', asOf: '2020', value: '4.9' });
  });

  it('checks a wide file: Member States matched by code or name, aggregates and non-members reported as such', () => {
    const { rows } = readImportRows(parseCsv(WORLD_BANK_CSV));
    const checked = checkIndicatorRows(rows, context({ definitions: [homicides] }));
    const byLine = (line: number) => checked.rows.filter((r) => r.line === line);
    expect(byLine(6).map((r) => [r.iso3, r.indicator, r.asOf, r.value])).toEqual([
      ['KEN', 'homicides', '2020-01-01', 4.9],
      ['KEN', 'homicides', '2022-01-01', 5.1],
    ]);
    expect(byLine(7)[0]!.findings).toEqual([
      expect.objectContaining({
        kind: 'aggregate',
        message: expect.stringMatching(/'Arab World' is a regional or income aggregate/),
      }),
    ]);
    expect(byLine(8)[0]!.findings).toEqual([
      expect.objectContaining({
        kind: 'nonMember',
        message: expect.stringMatching(/'Hong Kong SAR, China' is not a UN Member State/),
      }),
    ]);
    expect(checked).toMatchObject({ lines: 4, aggregates: 1, nonMembers: 1 });
    expect(checked.notMemberLines).toEqual([7, 8]);
    expect(checked.suggestions).toEqual([
      { written: 'Marocco', iso3: 'MAR', name: nameOf('MAR'), lines: [9], confirmed: false },
    ]);
    // One step leaves the aggregates and non-members out; the unconfirmed suggestion stays an error.
    const without = checkIndicatorRows(
      rows,
      context({ definitions: [homicides], exclude: new Set(checked.notMemberLines) }),
    );
    expect(without).toMatchObject({ aggregates: 0, nonMembers: 0, errors: 1 });
    const confirmed = checkIndicatorRows(
      rows,
      context({
        definitions: [homicides],
        exclude: new Set(checked.notMemberLines),
        confirmed: new Map([['Marocco', 'MAR']]),
      }),
    );
    expect(confirmed.errors).toBe(0);
    expect(confirmed.rows.find((r) => r.line === 9)).toMatchObject({ iso3: 'MAR', findings: [] });
    expect(confirmed.suggestions[0]).toMatchObject({ written: 'Marocco', confirmed: true });
    expect(confirmed.byIndicator).toEqual([{ key: 'homicides', values: 3 }]);
  });

  it('matches the indicator by key, label or external code, whatever the case, and by the name beside a code', () => {
    const check = (indicator: string, indicatorName?: string) =>
      checkIndicatorRows(
        [
          {
            line: 2,
            state: 'KEN',
            indicator,
            asOf: '2024',
            value: '1',
            ...(indicatorName && { indicatorName }),
          },
        ],
        context({ definitions: [homicides] }),
      ).rows[0]!;
    for (const text of ['homicides', 'Intentional homicides', 'VC.IHR.PSRC.P5', 'vc.ihr.psrc.p5'])
      expect(check(text), text).toMatchObject({ indicator: 'homicides', findings: [] });
    expect(check('XX.UNKNOWN', 'Intentional homicides')).toMatchObject({ indicator: 'homicides' });
    expect(check('XX.UNKNOWN').findings[0]!.message).toMatch(/key, label or external code/);
  });
});

describe('aggregates, non-members and suggestions', () => {
  it.each([
    ['Arab World', 'aggregate'],
    ['World', 'aggregate'],
    ['Sub-Saharan Africa', 'aggregate'],
    ['High income', 'aggregate'],
    ['OECD members', 'aggregate'],
    ['Euro area', 'aggregate'],
    ['Europe & Central Asia', 'aggregate'],
    ['WLD', 'aggregate'],
    ['SSF', 'aggregate'],
    ['Western Asia', 'aggregate'],
    ['Hong Kong SAR, China', 'nonMember'],
    ['Kosovo', 'nonMember'],
    ['XKX', 'nonMember'],
    ['West Bank and Gaza', 'nonMember'],
    ['PSE', 'nonMember'],
    ['Holy See', 'nonMember'],
    ['Puerto Rico', 'nonMember'],
    ['Greenland', 'nonMember'],
    ['Taiwan', 'nonMember'],
  ])('reports %s as %s', (text, kind) => {
    expect(matcher.match(text)).toEqual({ kind });
  });

  it('never takes a Member State for an aggregate or a non-member', () => {
    for (const s of references)
      for (const text of [s.iso3, s.names.en, ...s.altNames])
        expect(matcher.match(text).kind, text).not.toMatch(/aggregate|nonMember/);
    const members = new Set(references.map((s) => s.iso3));
    expect(Object.keys(AGGREGATES).filter((c) => members.has(c))).toEqual([]);
    expect(Object.keys(NON_MEMBERS).filter((c) => members.has(c))).toEqual([]);
    // "Micronesia" is a Member State's name before it is an M49 sub-region.
    expect(matcher.match('Micronesia')).toMatchObject({ kind: 'match', iso3: 'FSM' });
  });

  it.each([
    ['Marocco', 'MAR'],
    ['Dominican Rep.', 'DOM'],
    ['Phillipines', 'PHL'],
    ['Kenyan', 'KEN'],
    ['Argentinia', 'ARG'],
    ['Cent. African Rep.', 'CAF'],
  ])('suggests for %j: %s', (text, iso3) => {
    const m = matcher.match(text);
    expect(m.kind).toBe('unknown');
    expect(m.kind === 'unknown' && m.suggestion?.iso3).toBe(iso3 ?? undefined);
  });

  it('suggests nothing when two States are as close, or the name is short or far from any', () => {
    for (const text of ['Nigera', 'Narnia', 'Atlantis', 'XYZ', 'Kenyaaaaa'])
      expect(matcher.match(text), text).toEqual({ kind: 'unknown', suggestion: null });
    // Close to a territory rather than a State: no suggestion of a State.
    expect(matcher.match('Guadaloupe')).toEqual({ kind: 'unknown', suggestion: null });
  });

  it('names the State it matches or suggests by its UN name in the reader’s language', () => {
    const inFrench = createStateMatcher(references, 'fr');
    expect(inFrench.match('Morocco')).toEqual({ kind: 'match', iso3: 'MAR', name: 'Maroc' });
    expect(inFrench.match('Marocco')).toEqual({
      kind: 'unknown',
      suggestion: { iso3: 'MAR', name: 'Maroc' },
    });
    expect(createStateMatcher(references, 'zh').match('CIV')).toEqual({
      kind: 'match',
      iso3: 'CIV',
      name: '科特迪瓦',
    });
  });

  it('measures edits with transpositions, and stops past a limit', () => {
    expect(editDistance('morocco', 'marocco')).toBe(1);
    expect(editDistance('kenya', 'knEya'.toLowerCase())).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });

  it('never applies a confirmation that is not the suggestion made for that name', () => {
    const checked = checkIndicatorRows(
      [row('Marocco', 'gti', '2024', '1', 2), row('Arab World', 'gti', '2024', '1', 3)],
      context({
        confirmed: new Map([
          ['Marocco', 'KEN'],
          ['Arab World', 'EGY'],
        ]),
      }),
    );
    expect(checked.rows.map((r) => r.iso3)).toEqual([null, null]);
    expect(checked.errors).toBe(2);
  });
});

describe('UN downloads', () => {
  it('reads the column names of UNdata and the SDG database', () => {
    const undata = readImportRows(
      parseCsv('"Country or Area","Year","Value","Indicator"\n"Kenya","2022","5.1","gti"\n'),
    );
    expect(undata.findings).toEqual([]);
    expect(undata.rows[0]).toMatchObject({ state: 'Kenya', asOf: '2022', value: '5.1' });
    const sdg = readImportRows(
      parseCsv(
        'GeoAreaName,SeriesCode,SeriesDescription,TimePeriod,Value\nChile,VC_IHR_PSRC,Homicides,2021,4\n',
      ),
    );
    expect(sdg.findings).toEqual([]);
    expect(sdg.rows[0]).toMatchObject({
      state: 'Chile',
      indicator: 'VC_IHR_PSRC',
      indicatorName: 'Homicides',
      asOf: '2021',
    });
  });
});
