// The annual review and forecast (OP 17) with the Chair's figures (OP 18): on a small workspace
// built through the API, whose every figure is known, and on the demo; the XLSX annex read back.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportFile } from '../../shared/api/types';
import {
  copyOfDemo,
  createTestWorkspace,
  demoTemplate,
  expectRefused,
  grantConsent,
  recordReport,
  seedUsers,
  snapshot,
  type TestWorkspace,
} from './helpers';

const YEAR = 2025;
// The adopted 2025 list: Kenya visited, Peru declined (and was replaced), Jordan deferred, Nepal's
// visit postponed; Fiji visited on its own invitation. Morocco, Chile and Viet Nam were visited in 2024.
const [KENYA, PERU, JORDAN, NEPAL, FIJI] = ['KEN', 'PER', 'JOR', 'NPL', 'FJI'];

let t: TestWorkspace;
let replacement: { iso3: string; name: string };

function buildWorkspace(): void {
  t = createTestWorkspace();
  const users = seedUsers(t);
  const { planner, ctc } = users;
  const morocco = recordReport(t, users, {
    iso3: 'MAR',
    visitOn: '2024-03-01',
    draftedOn: '2024-03-20',
    recommendations: [['R-01', 'legislation', 'high']],
    steps: {
      sent_to_state: '2024-04-01',
      observations_received: '2024-04-20',
      submitted_to_ctc: '2024-05-01',
      adopted: '2024-06-10',
      transmitted: '2024-06-20',
    },
  });
  const chile = recordReport(t, users, {
    iso3: 'CHL',
    visitOn: '2024-05-01',
    draftedOn: '2024-05-20',
    steps: {
      sent_to_state: '2024-06-01',
      observations_received: '2024-06-20',
      submitted_to_ctc: '2024-07-01',
      adopted: '2024-09-01',
    },
  });
  recordReport(t, users, {
    iso3: 'VNM',
    visitOn: '2024-10-01',
    draftedOn: '2024-10-20',
    steps: {
      sent_to_state: '2024-11-01',
      observations_received: '2024-11-20',
      submitted_to_ctc: '2024-12-01',
      adopted: '2025-03-01',
    },
  });

  // The 2025 list, adopted in December 2024.
  const must = [KENYA, PERU, JORDAN, NEPAL];
  t.on('2024-11-20').value(
    'plan.saveDraft',
    { year: YEAR, capacity: 4, reserveSize: 2, constraints: { mustInclude: must } },
    planner,
  );
  t.on('2024-11-25').value('plan.propose', { year: YEAR }, planner);
  t.on('2024-12-10').value(
    'plan.adopt',
    { year: YEAR, decisionRef: 'CTC/2024/40', decidedOn: '2024-12-10' },
    ctc,
  );
  const asked = t
    .on('2025-01-15')
    .value('consent.requestFromList', { year: YEAR, sentOn: '2025-01-15' }, planner);
  const request = (iso3: string) => asked.created.find((r) => r.iso3 === iso3)!.id;
  const reply = (iso3: string, reply: string, receivedOn: string, window?: [string, string]) =>
    t.value(
      'consent.reply',
      {
        id: request(iso3),
        reply,
        receivedOn,
        ...(window ? { proposedFrom: window[0], proposedTo: window[1] } : {}),
      },
      planner,
    );
  reply(KENYA, 'granted', '2025-02-10', ['2025-04-01', '2025-06-30']);
  t.value(
    'visits.create',
    {
      iso3: KENYA,
      kind: 'comprehensive',
      mode: 'in_person',
      status: 'conducted',
      startDate: '2025-05-05',
      endDate: '2025-05-09',
      consentRequestId: request(KENYA),
    },
    planner,
  );
  reply(PERU, 'declined', '2025-02-20');
  const amendment = t.on('2025-02-25').value(
    'plan.proposeAmendment',
    {
      year: YEAR,
      action: 'substitute',
      iso3: PERU,
      consentRequestId: request(PERU),
      rationale: 'Peru declined consent; the first State of the reserve takes its place.',
    },
    planner,
  );
  t.on('2025-03-05').value(
    'plan.decideAmendment',
    {
      amendmentId: amendment.id,
      decision: 'approved',
      decisionRef: 'CTC/2025/07',
      decidedOn: '2025-03-05',
    },
    ctc,
  );
  replacement = { iso3: amendment.replacementIso3!, name: amendment.replacementName! };
  t.on('2025-03-10').value(
    'consent.requestFromList',
    { year: YEAR, sentOn: '2025-03-10' },
    planner,
  );
  reply(JORDAN, 'deferred', '2025-03-01');
  reply(NEPAL, 'granted', '2025-02-15', ['2025-06-01', '2025-09-30']);
  const nepalVisit = t.on('2025-03-01').value(
    'visits.create',
    {
      iso3: NEPAL,
      kind: 'comprehensive',
      mode: 'in_person',
      status: 'scheduled',
      startDate: '2025-07-01',
      endDate: '2025-07-05',
      consentRequestId: request(NEPAL),
    },
    planner,
  );
  t.value(
    'visits.transition',
    { id: nepalVisit.id, to: 'postponed', on: '2025-06-20', reason: 'National elections' },
    planner,
  );
  // Fiji's own invitation, outside the list.
  const fiji = grantConsent(t, FIJI, planner, {
    year: YEAR,
    sentOn: '2025-03-01',
    grantedOn: '2025-03-20',
    proposedFrom: '2025-08-01',
    proposedTo: '2025-09-30',
  });
  t.value(
    'visits.create',
    {
      iso3: FIJI,
      kind: 'comprehensive',
      mode: 'hybrid',
      status: 'conducted',
      startDate: '2025-08-10',
      endDate: '2025-08-14',
      virtualStart: '2025-08-10',
      virtualEnd: '2025-08-11',
      physicalStart: '2025-08-12',
      physicalEnd: '2025-08-14',
      consentRequestId: fiji,
    },
    planner,
  );

  // OP 16: Morocco's report late (due 2025-06-10), Chile's on time (due 2025-09-01).
  const moroccoFollowup = t.value(
    'followups.create',
    { reportId: morocco.reportId, startedOn: '2025-05-01' },
    planner,
  );
  t.value(
    'followups.update',
    {
      id: moroccoFollowup.followupId,
      summary: 'Morocco adopted its counter-terrorism law.',
      assessment: moroccoFollowup.assessment.map((a) => ({
        recommendationId: a.recommendationId,
        status: 'implemented',
        comment: 'The counter-terrorism law was adopted in April 2025.',
      })),
    },
    planner,
  );
  t.value(
    'followups.submit',
    { id: moroccoFollowup.followupId, submittedOn: '2025-07-01', recommendedFollowup: 'none' },
    planner,
  );
  const chileFollowup = t.value(
    'followups.create',
    { reportId: chile.reportId, startedOn: '2025-07-01' },
    planner,
  );
  t.value(
    'followups.update',
    { id: chileFollowup.followupId, summary: 'Chile reported on its national strategy.' },
    planner,
  );
  t.value(
    'followups.submit',
    {
      id: chileFollowup.followupId,
      submittedOn: '2025-08-15',
      recommendedFollowup: 'desk_review',
    },
    planner,
  );
  t.value(
    'ta.create',
    {
      reportId: morocco.reportId,
      description: 'Drafting support for the counter-terrorism law',
      requestedBy: 'Morocco',
      requestedOn: '2025-01-20',
      partner: 'UNODC',
      status: 'delivered',
      statusOn: '2025-10-01',
    },
    planner,
  );
}

const nameOf = (iso3: string) =>
  (
    t.ws.db.prepare('SELECT name_en AS name FROM member_states WHERE iso3 = ?').get(iso3) as {
      name: string;
    }
  ).name;

async function review(year: number, format: 'html' | 'print' | 'xlsx', user?: string) {
  const result = await t.api.callAsync('reports.annualReview', { year, format }, { user });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

async function workbookOf(file: ExportFile): Promise<ExcelJS.Workbook> {
  expect(file.encoding).toBe('base64');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(file.content, 'base64') as unknown as ArrayBuffer);
  return book;
}

/** A sheet's rows under its frozen header, as objects keyed by the header's words. */
function rowsOf(book: ExcelJS.Workbook, name: string): Record<string, ExcelJS.CellValue>[] {
  const sheet = book.getWorksheet(name);
  expect(sheet, name).toBeDefined();
  const headerRow =
    sheet!.views[0]!.state === 'frozen' ? (sheet!.views[0] as { ySplit: number }).ySplit : 0;
  expect(headerRow, `${name} has a frozen header`).toBeGreaterThan(0);
  const header = (sheet!.getRow(headerRow).values as ExcelJS.CellValue[]).slice(1).map(String);
  const rows: Record<string, ExcelJS.CellValue>[] = [];
  for (let r = headerRow + 1; r <= sheet!.rowCount; r++) {
    const values = sheet!.getRow(r).values as ExcelJS.CellValue[];
    rows.push(Object.fromEntries(header.map((h, i) => [h, values[i + 1] ?? null])));
  }
  return rows;
}

describe('annual review of a workspace whose every figure is known', () => {
  beforeAll(buildWorkspace);
  afterAll(() => t.close());

  it('compares the visits with the adopted list and its amendment, and says why each State was not visited', async () => {
    const book = await workbookOf(await review(YEAR, 'xlsx'));
    const listed = rowsOf(book, 'Listed States').map((r) => [
      r['State'],
      r['On the list by'],
      r['On the final version'],
      r['Consent (end of year)'],
      r['Outcome'],
      r['Detail'],
    ]);
    expect(listed).toEqual(
      [
        ['Jordan', 'Adopted list', 'Yes', 'Deferred by the State', 'Consent deferred', null],
        ['Kenya', 'Adopted list', 'Yes', 'Granted', 'Visited', null],
        ['Nepal', 'Adopted list', 'Yes', 'Granted', 'Visit postponed', 'National elections'],
        [
          'Peru',
          'Adopted list',
          'No',
          'Declined',
          'Consent declined',
          `Replaced by ${replacement.name} (amendment CTC/2025/07 of 2025-03-05)`,
        ],
        [
          replacement.name,
          'Amendment',
          'Yes',
          'Awaiting reply',
          'Awaiting the State’s reply',
          null,
        ],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]), 'en')),
    );
    expect(
      rowsOf(book, 'Listed States by outcome').map((r) => [r['Outcome'], r['States']]),
    ).toEqual([
      ['Visited', 1],
      ['Consent declined', 1],
      ['Consent deferred', 1],
      ['Awaiting the State’s reply', 1],
      ['Visit postponed', 1],
    ]);
    expect(
      rowsOf(book, 'Amendments').map((r) => [
        r['Change'],
        r['State'],
        r['Replacement'],
        r['Decision'],
        r['Reference'],
        r['Decided on'],
      ]),
    ).toEqual([
      [
        'Substitute',
        'Peru',
        replacement.name,
        'Approved',
        'CTC/2025/07',
        new Date(Date.UTC(2025, 2, 5)),
      ],
    ]);
    const visits = rowsOf(book, `Visits ${YEAR}`).map((r) => [
      r['State'],
      r['Status'],
      r['On the list'],
    ]);
    expect(visits).toEqual([
      ['Kenya', 'Conducted', 'Yes'],
      ['Nepal', 'Postponed', 'Yes'],
      ['Fiji', 'Conducted', 'No'],
    ]);
    const key = Object.fromEntries(
      rowsOf(book, 'Key figures').map((r) => [r['Figure'], r['Value']]),
    );
    expect(key).toMatchObject({
      'States on the adopted 2025 list (all versions)': 5,
      'Listed States visited in 2025': 1,
      'Visits conducted in 2025': 2,
      'Visits conducted outside the list': 1,
      'Assessment reports adopted': 1,
      'OP 16 reports submitted': 2,
      'OP 16 reports submitted on time': 1,
      'Recommendations implemented (end of 2025)': 1,
      'Technical assistance delivered': 1,
      'States never visited on 1 January 2025': 190,
      'States never visited at the end of 2025': 188,
      'Consent requests sent in 2025': 6,
      'Answered consent requests granted (%)': 60,
    });
  });

  it('gives the OP 16 reports with their timeliness, the States first visited and the forecast', async () => {
    const book = await workbookOf(await review(YEAR, 'xlsx'));
    const submitted = rowsOf(book, 'OP 16 reports submitted');
    expect(
      submitted.map((r) => [r['State'], r['Timeliness'], r['Days late'], r['CTED’s advice']]),
    ).toEqual([
      ['Morocco', 'Late', 21, 'No further follow-up'],
      ['Chile', 'On time', 0, 'Desk review'],
    ]);
    // A real date cell and a number cell.
    expect(submitted[0]!['Submitted on']).toEqual(new Date(Date.UTC(2025, 6, 1)));
    expect(typeof submitted[0]!['Days late']).toBe('number');
    expect(rowsOf(book, `First visits ${YEAR}`).map((r) => r['State'])).toEqual(['Kenya', 'Fiji']);
    const regions = rowsOf(book, 'Never visited by region');
    expect(regions.at(-1)).toMatchObject({
      Region: 'All regions',
      'Never visited on 1 January 2025': 190,
      'Never visited at the end of 2025': 188,
      'Member States': 193,
    });
    const vietNam = nameOf('VNM');
    expect(rowsOf(book, 'OP 16 reports due 2026').map((r) => [r['State'], r['Due on']])).toEqual([
      [vietNam, new Date(Date.UTC(2026, 2, 1))],
    ]);
    expect(
      rowsOf(book, 'Reports adopted').map((r) => [r['State'], r['Days from draft to adoption']]),
    ).toEqual([[vietNam, 132]]);
    expect(
      rowsOf(book, `Consent requests ${YEAR}`).map((r) => [r['Standing'], r['Requests']]),
    ).toEqual([
      ['Awaiting reply', 1],
      ['Granted', 3],
      ['Declined', 1],
      ['Deferred by the State', 1],
      ['No reply', 0],
      ['Withdrawn', 0],
    ]);
  });

  it('writes one sheet per table with frozen headers, filters, widths and the classification', async () => {
    const file = await review(YEAR, 'xlsx');
    expect(file.fileName).toBe('cted-annual-review-2025-annex-RESTRICTED.xlsx');
    expect(file.synthetic).toBe(false);
    const book = await workbookOf(file);
    expect(book.worksheets.length).toBe(20);
    for (const sheet of book.worksheets) {
      expect(sheet.getCell(2, 1).value, sheet.name).toBe('RESTRICTED');
      expect(sheet.autoFilter, sheet.name).toBeTruthy();
    }
    // Columns as wide as their content: the key figures' long labels, the dates.
    expect(book.getWorksheet('Key figures')!.getColumn(1).width).toBeGreaterThan(40);
    expect(book.getWorksheet('OP 16 reports submitted')!.getColumn(4).width).toBeGreaterThanOrEqual(
      12,
    );
  });

  it('writes a self-contained document with its charts as inline SVG, each beside its table', async () => {
    const file = await review(YEAR, 'html');
    expect(file.fileName).toBe('cted-annual-review-2025-RESTRICTED.html');
    const html = file.content;
    expect(html).toContain(
      'RESTRICTED — For CTED and the members of the Counter-Terrorism Committee',
    );
    expect(html).not.toMatch(/SYNTHETIC/);
    expect(html).not.toMatch(/<script|src="http|href="http/);
    const figures = html.match(/<figure class="figure">[\s\S]*?<\/figure>/g) ?? [];
    expect(figures.length).toBe(7);
    for (const figure of figures) {
      expect(figure).toMatch(/<svg [^>]*role="img"[^>]*aria-labelledby="[\w-]+-title [\w-]+-desc"/);
      expect(figure).toMatch(
        /<title id="[\w-]+-title">[^<]+<\/title>\s*<desc id="[\w-]+-desc">[^<]+<\/desc>/,
      );
      expect(figure).toContain('<table>');
    }
    expect(html).toContain(
      '1 of the 5 States the list selected (1 approved amendment included) were visited; 2 visits were conducted in all.',
    );
    expect(html).toContain(
      '190 Member States had never been visited on 1 January 2025; 188 at the end of the year.',
    );
    expect(html).toContain(
      '2 OP 16 reports were submitted in 2025, 1 of them on time; 2 fell due in the year.',
    );
    expect(html).toContain('No risk-based list was drawn up for 2026 in this workspace.');
    const print = await review(YEAR, 'print');
    expect(print.fileName).toBe('cted-annual-review-2025-print-RESTRICTED.html');
    expect(print.content).toContain('@top-center { content: "RESTRICTED"');
  });

  it('is reproducible: the same workspace and year give the same bytes, whoever asks', async () => {
    const ctcMember = t.ws.db.prepare("SELECT id FROM users WHERE role = 'ctc_member'").get() as {
      id: string;
    };
    for (const format of ['html', 'print', 'xlsx'] as const) {
      const first = await review(YEAR, format);
      const again = await review(YEAR, format, ctcMember.id);
      expect(again.content, format).toBe(first.content);
    }
  });

  it('writes a clear document for a year without a list', async () => {
    const html = (await review(2024, 'html')).content;
    expect(html).toContain('No risk-based list was drawn up for 2024 in this workspace.');
    expect(html).toContain(
      '193 Member States had never been visited on 1 January 2024; 190 at the end of the year.',
    );
    expect(html).toContain(
      'Without an adopted list, the 3 visits conducted in 2024 are shown on their own.',
    );
    // Its forecast is the adopted 2025 list.
    expect(html).toContain('The 2025 list is adopted by the Committee on 2024-12-10 (CTC/2024/40)');
  });

  it('refuses a year outside the records or not yet begun, and a format it cannot write, changing nothing', async () => {
    for (const input of [
      { year: 2004, format: 'html' },
      { year: 2025.5, format: 'html' },
      { year: '2025', format: 'html' },
      { year: 2025, format: 'pdf' },
      { year: 2025 },
    ])
      expectRefused(t, 'reports.annualReview', input, 'VALIDATION', null);
    const before = snapshot(t.ws);
    const future = await t.api.callAsync('reports.annualReview', { year: 2027, format: 'html' });
    expect(future).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(!future.ok && future.error.message).toBe(
      '2027 has not begun yet, so it has nothing to review: choose 2026 or an earlier year.',
    );
    expect(snapshot(t.ws)).toBe(before);
  });
});

describe('annual review of the demo workspace', () => {
  let demo: TestWorkspace;
  beforeAll(() => {
    demo = copyOfDemo(demoTemplate());
  });
  afterAll(() => demo.close());

  it('is labelled synthetic in its name and content, and every role may read it', async () => {
    const users = demo.ws.db
      .prepare('SELECT id, role FROM users WHERE deleted = 0 ORDER BY role')
      .all() as { id: string; role: string }[];
    for (const role of ['planner', 'ctc_member', 'field', 'admin']) {
      const user = users.find((u) => u.role === role)!;
      const result = await demo.api.callAsync(
        'reports.annualReview',
        { year: 2026, format: 'html' },
        { user: user.id },
      );
      expect(result.ok, role).toBe(true);
      if (!result.ok) continue;
      expect(result.value.fileName).toBe('cted-annual-review-2026-RESTRICTED-SYNTHETIC.html');
      expect(result.value.synthetic).toBe(true);
      expect(result.value.content).toContain('SYNTHETIC DATA — Synthetic demonstration data');
    }
  });

  it('reviews the demo year against its adopted list, with the substitution and next year’s proposed list', async () => {
    const result = await demo.api.callAsync('reports.annualReview', { year: 2026, format: 'xlsx' });
    if (!result.ok) throw new Error(result.error.message);
    const book = await workbookOf(result.value);
    const listed = rowsOf(book, 'Listed States');
    // The demo's list: ten States, one replaced after declining consent.
    expect(listed.length).toBe(11);
    expect(listed.filter((r) => r['On the list by'] === 'Amendment').length).toBe(1);
    expect(listed.filter((r) => r['Outcome'] === 'Consent declined').length).toBe(1);
    const outcomes = rowsOf(book, 'Listed States by outcome');
    expect(outcomes.reduce((n, r) => n + Number(r['States']), 0)).toBe(11);
    expect(rowsOf(book, 'List 2027').length).toBeGreaterThan(0);
    // A listed State whose visit is still ahead this year is said to be so.
    const ahead = rowsOf(book, 'Visits 2026').filter(
      (v) => v['On the list'] === 'Yes' && ['Planned', 'Scheduled'].includes(String(v['Status'])),
    );
    expect(ahead.length).toBeGreaterThan(0);
    for (const visit of ahead)
      expect(listed.find((r) => r['State'] === visit['State'])!['Outcome']).toMatch(
        /^(Visited|Visit not yet conducted)$/,
      );
    const overview = demo.value('consent.overview', { year: 2026 });
    const declined = overview.rows.filter((r) => r.standing === 'declined').map((r) => r.stateName);
    expect(
      listed.filter((r) => r['Consent (end of year)'] === 'Declined').map((r) => r['State']),
    ).toEqual(declined);
  });
});
