import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MethodName, MethodOutput } from '../../shared/api/contract';
import type { ExportFile } from '../../shared/api/types';
import { parseCsv } from '../../shared/import/csv';
import { readXlsx } from '../../shared/import/xlsx';
import { tableSheet, toCsv, type Table } from '../../main/core/exports/tables';
import { writeWorkbook } from '../../main/core/exports/workbook';
import {
  copyOfDemo,
  createTestWorkspace,
  demoTemplate,
  userWithRole,
  type TestWorkspace,
} from './helpers';

const YEAR = 2028;
let template: string;
let t: TestWorkspace;
let ctc: string;

beforeAll(() => {
  template = demoTemplate();
});

beforeEach(() => {
  t = copyOfDemo(template);
  ctc = userWithRole(t, 'ctc_member');
});
afterEach(() => t.close());

const ok = <M extends MethodName>(method: M, input: unknown, user?: string): MethodOutput<M> =>
  t.value(method, input, user);
const later = <M extends MethodName>(method: M, input: unknown, user?: string) =>
  t.valueLater(method, input, user);

function adoptAndSubstitute() {
  ok('plan.saveDraft', { year: YEAR, capacity: 10, reserveSize: 5 });
  ok('plan.propose', { year: YEAR });
  const adopted = ok(
    'plan.adopt',
    { year: YEAR, decisionRef: 'CTC/2026/12', decidedOn: '2026-11-29' },
    ctc,
  );
  const out = adopted.entries.find((e) => e.selection === 'selected')!;
  const a = ok('plan.proposeAmendment', {
    year: YEAR,
    action: 'substitute',
    iso3: out.iso3,
    rationale: 'The State asked to postpone.',
  });
  ok('plan.comment', { year: YEAR, amendmentId: a.id, text: 'Fine with the substitute.' }, ctc);
  ok(
    'plan.decideAmendment',
    {
      amendmentId: a.id,
      decision: 'approved',
      decisionRef: 'CTC/2026/15',
      decidedOn: '2026-11-29',
    },
    ctc,
  );
  return { out, replacement: a.replacementIso3! };
}

/** The first worksheet of an exported XLSX, as XML text. */
function sheetOf(file: ExportFile): string {
  expect(file.encoding).toBe('base64');
  const parts = unzipSync(new Uint8Array(Buffer.from(file.content, 'base64')));
  expect(Object.keys(parts)).toEqual(
    expect.arrayContaining([
      '[Content_Types].xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
      'xl/styles.xml',
    ]),
  );
  return strFromU8(parts['xl/worksheets/sheet1.xml']!);
}

/** The first worksheet of an exported XLSX, read by exceljs. */
async function worksheetOf(file: ExportFile): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(file.content, 'base64') as unknown as ArrayBuffer);
  return book.worksheets[0]!;
}

describe('list exports', () => {
  it('exports the list with its breakdowns as CSV, labelled synthetic', async () => {
    ok('plan.saveDraft', { year: YEAR, capacity: 10 });
    const file = await later('exports.list', { year: YEAR, format: 'csv' });
    expect(file).toMatchObject({
      fileName: `cted-visit-list-${YEAR}-v0-RESTRICTED-SYNTHETIC.csv`,
      mimeType: 'text/csv',
      synthetic: true,
    });
    const lines = file.content
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      '"RESTRICTED — For CTED and the members of the Counter-Terrorism Committee only; do not circulate further."',
    );
    expect(lines[1]).toMatch(/^"SYNTHETIC DATA/);
    const header = lines.find((l) => l.startsWith('Rank,'))!;
    const cells = header.match(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)!.filter((c) => c !== '');
    expect(cells).toHaveLength(9 + 8 * 4);
    expect(cells).toContain('"Emerging issues, trends and events: points",');
    const body = lines.slice(lines.indexOf(header) + 1);
    expect(body).toHaveLength(193);
    expect(body.filter((l) => l.includes(',On the list,'))).toHaveLength(10);
  });

  it('exports the same table as an XLSX workbook', async () => {
    ok('plan.saveDraft', { year: YEAR, capacity: 10 });
    const file = await later('exports.list', { year: YEAR, format: 'xlsx' });
    expect(file.fileName).toMatch(/\.xlsx$/);
    const sheet = await worksheetOf(file);
    // A title block (title, classification, synthetic-data line), a blank row, then the header,
    // frozen and with a filter, and the 193 States.
    expect(sheet.getCell('A1').value).toBe(`List ${YEAR} v0`);
    const firstColumn = sheet.getColumn(1).values.map(String);
    const headerRow = firstColumn.indexOf('Rank');
    expect(headerRow).toBeGreaterThan(3);
    expect(firstColumn.slice(2, headerRow).some((line) => line.startsWith('SYNTHETIC DATA'))).toBe(
      true,
    );
    expect(sheet.getCell(headerRow - 1, 1).value).toBeNull();
    expect(sheet.getRow(headerRow).values).toContain('Implementation gaps: points');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRow });
    expect(sheet.autoFilter).toBe(`A${headerRow}:AO${headerRow}`);
    expect(sheet.rowCount).toBe(headerRow + 193);
    // Ranks and scores are numbers; columns are as wide as their content.
    expect(typeof sheet.getCell(headerRow + 1, 1).value).toBe('number');
    expect(typeof sheet.getCell(headerRow + 1, 5).value).toBe('number');
    expect(sheet.getColumn(3).width).toBeGreaterThan(8);
  });

  it('exports amendments and the diff between versions', async () => {
    const { out, replacement } = adoptAndSubstitute();
    const amendments = (await later('exports.amendments', { year: YEAR, format: 'csv' })).content;
    expect(amendments).toContain('Substitute');
    expect(amendments).toContain('The State asked to postpone.');
    expect(amendments).toContain('CTC/2026/15');
    const diff = (await later('exports.diff', { year: YEAR, from: 1, to: 2, format: 'csv' }))
      .content;
    expect(diff).toMatch(new RegExp(`Added,${replacement},`));
    expect(diff).toMatch(new RegExp(`Removed,${out.iso3},`));
    const diffSheet = await worksheetOf(
      await later('exports.diff', { year: YEAR, from: 1, to: 2, format: 'xlsx' }),
    );
    expect(diffSheet.getColumn(2).values).toContain(replacement);
    const v1 = await later('exports.list', { year: YEAR, format: 'csv', version: 1 });
    expect(v1.fileName).toContain('-v1-');
  });

  it('answers an export of a list that does not exist with NOT_FOUND', async () => {
    const r = await t.api.callAsync('exports.list', { year: 2030, format: 'csv' });
    expect(r.ok ? null : r.error.code).toBe('NOT_FOUND');
    const bad = await t.api.callAsync('exports.list', { year: YEAR, format: 'pdf' });
    expect(bad.ok ? null : bad.error.code).toBe('VALIDATION');
  });
});

describe('the review pack', () => {
  it('is one self-contained HTML file with the list, scores, breakdowns and the synthetic label', () => {
    const draft = ok('plan.saveDraft', { year: YEAR, capacity: 10 });
    const pack = ok('exports.reviewPack', { year: YEAR, subject: 'list' });
    expect(pack).toMatchObject({
      mimeType: 'text/html',
      synthetic: true,
      fileName: `cted-review-pack-${YEAR}-list-RESTRICTED-SYNTHETIC.html`,
    });
    const html = pack.content;
    expect(html).toContain('SYNTHETIC DATA');
    expect(html).toContain(`CTED country visits ${YEAR}`);
    for (const e of draft.entries.filter((x) => x.selection === 'selected'))
      expect(html).toContain(e.name.replace(/&/g, '&amp;'));
    expect((html.match(/<h3>/g) ?? []).length).toBe(10);
    expect(html).not.toMatch(/<script|src=|href="http/);
  });

  it('covers amendments with rationale, scores, decisions and comments once the list is adopted', () => {
    ok('plan.saveDraft', { year: YEAR, capacity: 10 });
    const early = t.api.call('exports.reviewPack', { year: YEAR, subject: 'amendments' });
    expect(early.ok ? null : early.error.code).toBe('INVALID_TRANSITION');
    ok('plan.propose', { year: YEAR });
    const r = t.api.call(
      'plan.adopt',
      { year: YEAR, decisionRef: 'CTC/2026/12', decidedOn: '2026-11-29' },
      { user: ctc },
    );
    expect(r.ok).toBe(true);
    const adopted = ok('plan.get', { year: YEAR })!;
    const out = adopted.entries.find((e) => e.selection === 'selected')!;
    const a = ok('plan.proposeAmendment', {
      year: YEAR,
      action: 'substitute',
      iso3: out.iso3,
      rationale: 'The State asked to postpone.',
    });
    ok('plan.comment', { year: YEAR, amendmentId: a.id, text: 'Fine with the substitute.' }, ctc);
    const html = ok('exports.reviewPack', { year: YEAR, subject: 'amendments' }).content;
    expect(html).toContain('The State asked to postpone.');
    expect(html).toContain('Fine with the substitute.');
    expect(html).toContain(`score ${a.scoreBefore!.toFixed(2)}`);
    expect(html).toContain(`score ${a.replacementScore!.toFixed(2)}`);
  });
});

describe('the published schedule', () => {
  function visitsOf2026() {
    return ok('schedule.get', { year: 2026 });
  }

  it('lists only visits with the State’s consent and leaves confidential ones out of the published file', async () => {
    const scheduled = visitsOf2026();
    expect(scheduled.length).toBeGreaterThan(0);
    const consented = new Set(
      (
        t.ws.db
          .prepare(
            "SELECT v.id FROM visits v JOIN consent_requests c ON c.id = v.consent_request_id WHERE c.reply = 'granted'",
          )
          .all() as { id: string }[]
      ).map((r) => r.id),
    );
    for (const v of scheduled) expect(consented.has(v.visitId)).toBe(true);
    // The demo already has one visit the State asked to keep confidential; make another one so.
    const alreadySecret = scheduled.filter((v) => v.confidential);
    expect(alreadySecret).toHaveLength(1);
    const secret = scheduled.find((v) => !v.confidential)!;
    expect(ok('visits.update', { id: secret.visitId, confidential: true }).confidential).toBe(true);
    expect(visitsOf2026().find((v) => v.visitId === secret.visitId)!.confidential).toBe(true);

    const html = await later('exports.schedule', {
      year: 2026,
      precision: 'month',
      format: 'html',
    });
    expect(html.content).toContain('SYNTHETIC DATA');
    const others = scheduled.filter((v) => v.iso3 !== secret.iso3 && !v.confidential);
    for (const v of others) expect(html.content).toContain(v.stateName.replace(/&/g, '&amp;'));
    for (const v of [secret, ...alreadySecret])
      expect(html.content).not.toContain(`>${v.stateName}<`);
    const csv = (await later('exports.schedule', { year: 2026, precision: 'dates', format: 'csv' }))
      .content;
    expect(csv).not.toContain(secret.stateName);
    expect(csv.split('\r\n').find((l) => l.startsWith('Dates,'))).toBe(
      'Dates,Member State,Kind of visit,Format',
    );
  });

  it('names no file synthetic outside the demo', async () => {
    const empty = createTestWorkspace();
    try {
      const file = await empty.valueLater('exports.schedule', {
        year: 2026,
        precision: 'month',
        format: 'html',
      });
      expect(file.synthetic).toBe(false);
      expect(file.fileName).toBe('cted-visit-schedule-2026-PUBLIC.html');
      expect(file.content).not.toContain('SYNTHETIC');
      expect(file.content).toContain('No visit has yet been agreed');
    } finally {
      empty.close();
    }
  });
});

// ── Formula injection (OWASP "CSV Injection") ────────────────────────────────────────────────

/** Text that a spreadsheet would run as a formula if a cell started with it. */
const FORMULAS = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'];
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

/** Every cell of an exported table, read back with the app's own CSV and XLSX readers. */
function cellsOf(file: ExportFile): string[] {
  const table =
    file.encoding === 'utf8'
      ? parseCsv(file.content)
      : readXlsx(new Uint8Array(Buffer.from(file.content, 'base64')));
  expect(table.findings).toEqual([]);
  return [...table.header, ...table.rows.flatMap((r) => r.cells)];
}

/**
 * The file holds no cell a spreadsheet would read as a formula: every cell that starts with
 * = + - @ tab or CR is a plain number; each of `texts` is there, behind a single quote. An XLSX
 * has no formula at all, only shared strings and numbers.
 */
function expectInert(file: ExportFile, texts: string[]): string[] {
  const cells = cellsOf(file);
  for (const cell of cells)
    if (FORMULA_START.test(cell))
      expect(cell, `${file.fileName}: ${JSON.stringify(cell)}`).toMatch(NUMBER);
  for (const text of texts) expect(cells, file.fileName).toContain(`'${text}`);
  if (file.encoding === 'base64') {
    // Only shared strings (t="s") and numbers: no formula (<f>), no formula result (str, e, b).
    const sheet = sheetOf(file);
    expect(sheet).not.toMatch(/<f[ >]|t="(str|e|b|inlineStr)"/);
    for (const [, , inner] of sheet.matchAll(/<c ([^>]*)>([\s\S]*?)<\/c>/g))
      expect(inner).toMatch(/^<v>-?\d+(\.\d+)?(e[+-]?\d+)?<\/v>$/i);
  }
  return cells;
}

describe('the table writer against formula injection', () => {
  const table: Table = {
    title: 'Injection',
    notes: ['=1+1 in a note'],
    columns: ['@Column', 'Value'],
    rows: [
      ...FORMULAS.map((f) => [f, 1]),
      ['=1+2";=1+2', -2.5], // OWASP's own example, and a negative number
      ['-2.5', 0], // text that looks like a negative number
      ['a\t=1', Number.NEGATIVE_INFINITY], // a tab inside, and a number that is not finite
      ['Kenya', null],
    ],
  };

  it('writes CSV cells that start a formula behind a quote, inside double quotes', () => {
    const lines = toCsv(table).replace(/^\ufeff/, '');
    expect(lines.split('\r\n').slice(0, 3)).toEqual([
      '"\'=1+1 in a note"',
      '',
      '"\'@Column",Value',
    ]);
    expect(lines).toContain('\r\n"\'=HYPERLINK(""http://x"",""y"")",1\r\n');
    expect(lines).toContain('\r\n"\'+1+1",1\r\n');
    expect(lines).toContain('\r\n"\'-2+3",1\r\n');
    expect(lines).toContain('\r\n"\'@SUM(A1)",1\r\n');
    expect(lines).toContain('\r\n"\'\t=1",1\r\n');
    expect(lines).toContain('\r\n"\'\r=1",1\r\n');
    expect(lines).toContain('\r\n"\'=1+2"";=1+2",-2.5\r\n');
    // Numbers stay numbers, negative ones included; text that looks like one is still text.
    expect(lines).toContain('\r\n"\'-2.5",0\r\n');
    // A tab is a separator to some readers, so a cell holding one is quoted.
    expect(lines).toContain('\r\n"a\t=1","\'-Infinity"\r\n');
    expect(lines).toContain('\r\nKenya,\r\n');
    const read = parseCsv(lines);
    expect(read.rows.map((r) => r.cells[0])).toEqual([
      "'@Column",
      ...FORMULAS.map((f) => `'${f}`),
      '\'=1+2";=1+2',
      "'-2.5",
      'a\t=1',
      'Kenya',
    ]);
  });

  it('writes XLSX text behind the same quote, never as formulas; numbers as numbers', async () => {
    const bytes = await writeWorkbook([tableSheet(table)], {
      title: 'Injection',
      classification: '',
      synthetic: false,
    });
    const file: ExportFile = {
      fileName: 'injection.xlsx',
      mimeType: '',
      encoding: 'base64',
      content: Buffer.from(bytes).toString('base64'),
      synthetic: false,
    };
    const sheet = await worksheetOf(file);
    expect(sheet.getCell('A5').value).toBe('\'=HYPERLINK("http://x","y")');
    expect(sheet.getCell('B5').value).toBe(1);
    expect(sheet.getCell('B11').value).toBe(-2.5);
    // A carriage return is behind the quote too (XML reads it back as a line feed).
    expect(sheet.getCell('A10').value).toBe("'\n=1");
    const read = readXlsx(new Uint8Array(bytes));
    expect(read.header).toEqual(['Injection']);
    expect(read.rows.map((r) => r.cells)).toEqual([
      ["'=1+1 in a note"],
      ["'@Column", 'Value'],
      ...FORMULAS.map((f) => [`'${f}`, '1']),
      ['\'=1+2";=1+2', '-2.5'],
      ["'-2.5", '0'],
      ['a\t=1', "'-Infinity"],
      ['Kenya'],
    ]);
    expectInert(file, FORMULAS);
  });
});

describe('every table export against formula injection', () => {
  /**
   * Text that people type (rationales, comments, decision references, people's names) starting
   * with a formula, entered through the API; and State names so too. Those are reference data,
   * but a workspace can come from elsewhere, so the writer trusts no cell.
   */
  function seedFormulas() {
    const names = t.ws.db.prepare('UPDATE member_states SET name_en = ? WHERE iso3 = ?');
    const states = t.ws.db.prepare('SELECT iso3 FROM member_states ORDER BY iso3').all() as {
      iso3: string;
    }[];
    states.forEach(({ iso3 }, i) => names.run(`${FORMULAS[i % FORMULAS.length]} ${iso3}`, iso3));
    let planner = '';
    let member = '';
    // People's names: an administrator writes them (there is no API for it yet).
    t.seed((w) => {
      planner = w.insert('users', { name: '\t=1', role: 'planner' });
      member = w.insert('users', { name: '\r=1', role: 'ctc_member' });
    });
    ok('plan.saveDraft', { year: YEAR, capacity: 10, reserveSize: 5 }, planner);
    ok('plan.propose', { year: YEAR }, planner);
    const adopted = ok(
      'plan.adopt',
      { year: YEAR, decisionRef: '@SUM(A1)', decidedOn: '2026-11-29' },
      member,
    );
    const out = adopted.entries.find((e) => e.selection === 'selected')!;
    const substitute = ok(
      'plan.proposeAmendment',
      { year: YEAR, action: 'substitute', iso3: out.iso3, rationale: '=HYPERLINK("http://x","y")' },
      planner,
    );
    ok('plan.comment', { year: YEAR, amendmentId: substitute.id, text: '+1+1' }, member);
    ok(
      'plan.decideAmendment',
      {
        amendmentId: substitute.id,
        decision: 'approved',
        decisionRef: '-2+3',
        decidedOn: '2026-11-29',
        comment: '+1+1',
      },
      member,
    );
    const reserve = adopted.entries.find(
      (e) => e.selection === 'reserve' && e.iso3 !== substitute.replacementIso3,
    )!;
    const pending = ok(
      'plan.proposeAmendment',
      {
        year: YEAR,
        action: 'add',
        iso3: reserve.iso3,
        rationale: '@SUM(A1) <img src=x onerror=alert(1)>',
      },
      planner,
    );
    ok(
      'plan.comment',
      { year: YEAR, amendmentId: pending.id, text: '<script>alert(1)</script>' },
      member,
    );
    return { out, replacement: substitute.replacementIso3! };
  }
  const nameOf = (iso3: string) =>
    (
      t.ws.db.prepare('SELECT name_en FROM member_states WHERE iso3 = ?').get(iso3) as {
        name_en: string;
      }
    ).name_en;

  it('neutralises the list, its amendments and the diff, in CSV and XLSX', async () => {
    const { out, replacement } = seedFormulas();
    for (const format of ['csv', 'xlsx'] as const) {
      for (const version of [1, 2]) {
        const cells = expectInert(await later('exports.list', { year: YEAR, format, version }), []);
        // Every State's name is in the list, so every formula is there, neutralised.
        for (const f of FORMULAS) expect(cells.some((c) => c.startsWith(`'${f} `))).toBe(true);
      }
      const amendments = await later('exports.amendments', { year: YEAR, format });
      // Rationale, comment, decision reference, and the names of who proposed and decided.
      expectInert(amendments, [
        '=HYPERLINK("http://x","y")',
        '@SUM(A1) <img src=x onerror=alert(1)>',
        '+1+1',
        '-2+3',
        '\t=1',
        '\r=1',
      ]);
      expectInert(await later('exports.diff', { year: YEAR, from: 1, to: 2, format }), [
        nameOf(out.iso3),
        nameOf(replacement),
      ]);
    }
  });

  it('neutralises the published schedule and the deadlines, and keeps negative numbers as numbers', async () => {
    seedFormulas();
    const published = ok('schedule.get', { year: 2026 }).filter((v) => !v.confidential);
    expect(published.length).toBeGreaterThan(1);
    const deadlines = ok('deadlines.list', {});
    const overdue = deadlines.filter((d) => d.daysLeft !== null && d.daysLeft < 0);
    expect(overdue.length).toBeGreaterThan(0);
    for (const format of ['csv', 'xlsx'] as const) {
      for (const precision of ['month', 'dates'] as const)
        expectInert(
          await later('exports.schedule', { year: 2026, precision, format }),
          published.map((v) => v.stateName),
        );
      const file = await later('exports.deadlines', { format });
      const cells = expectInert(file, [...new Set(deadlines.map((d) => d.stateName))]);
      // "Days left" of an overdue deadline is a number: its minus sign is no formula.
      for (const d of overdue) expect(cells).toContain(String(d.daysLeft));
      if (format === 'xlsx') {
        const sheet = await worksheetOf(file);
        expect(sheet.getColumn(8).values.filter((v) => typeof v === 'number')).toContain(
          overdue[0]!.daysLeft,
        );
        // Dates are real dates, shown as YYYY-MM-DD.
        const due = sheet.getColumn(5).values.filter((v) => v instanceof Date);
        expect(due.length).toBeGreaterThan(overdue.length - 1);
        expect(sheet.getColumn(5).values).not.toContain(overdue[0]!.dueOn);
      } else expect(file.content).toContain(`,${overdue[0]!.daysLeft},`);
    }
  });

  it('escapes the same text in the HTML review packs and the published schedule', async () => {
    const { replacement } = seedFormulas();
    const published = ok('schedule.get', { year: 2026 }).find((v) => !v.confidential)!;
    const sneaky = t.ws.db.prepare('UPDATE member_states SET name_en = ? WHERE iso3 = ?');
    sneaky.run('<script>alert(1)</script>', replacement);
    sneaky.run('<img src=x onerror=alert(1)>', published.iso3);
    const files = [
      ok('exports.reviewPack', { year: YEAR, subject: 'list' }),
      ok('exports.reviewPack', { year: YEAR, subject: 'amendments' }),
      await later('exports.schedule', { year: 2026, precision: 'dates', format: 'html' }),
    ];
    for (const file of files)
      expect(file.content).not.toMatch(/<script|<img|<[a-z]+\s[^>]*\son\w+=/i);
    expect(files[0]!.content).toContain('&lt;script&gt;alert(1)&lt;/script&gt; (');
    expect(files[2]!.content).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const amendments = files[1]!.content;
    expect(amendments).toContain('@SUM(A1) &lt;img src=x onerror=alert(1)&gt;');
    expect(amendments).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(amendments).toContain('=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)');
  });
});
