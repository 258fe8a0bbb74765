import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MethodName, MethodOutput } from '../../shared/api/contract';
import type { ExportFile } from '../../shared/api/types';
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

describe('list exports', () => {
  it('exports the list with its breakdowns as CSV, labelled synthetic', () => {
    ok('plan.saveDraft', { year: YEAR, capacity: 10 });
    const file = ok('exports.list', { year: YEAR, format: 'csv' });
    expect(file).toMatchObject({
      fileName: `cted-visit-list-${YEAR}-v0-SYNTHETIC.csv`,
      mimeType: 'text/csv',
      synthetic: true,
    });
    const lines = file.content
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^"SYNTHETIC DATA/);
    const header = lines.find((l) => l.startsWith('Rank,'))!;
    const cells = header.match(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)!.filter((c) => c !== '');
    expect(cells).toHaveLength(9 + 8 * 4);
    expect(cells).toContain('"Emerging issues, trends and events: points",');
    const body = lines.slice(lines.indexOf(header) + 1);
    expect(body).toHaveLength(193);
    expect(body.filter((l) => l.includes(',On the list,'))).toHaveLength(10);
  });

  it('exports the same table as an XLSX workbook', () => {
    ok('plan.saveDraft', { year: YEAR, capacity: 10 });
    const file = ok('exports.list', { year: YEAR, format: 'xlsx' });
    expect(file.fileName).toMatch(/\.xlsx$/);
    const sheet = sheetOf(file);
    expect(sheet).toContain('SYNTHETIC DATA');
    expect(sheet).toContain('Implementation gaps: points');
    expect((sheet.match(/<row /g) ?? []).length).toBe(2 + 1 + 1 + 193);
  });

  it('exports amendments and the diff between versions', () => {
    const { out, replacement } = adoptAndSubstitute();
    const amendments = ok('exports.amendments', { year: YEAR, format: 'csv' }).content;
    expect(amendments).toContain('Substitute');
    expect(amendments).toContain('The State asked to postpone.');
    expect(amendments).toContain('CTC/2026/15');
    const diff = ok('exports.diff', { year: YEAR, from: 1, to: 2, format: 'csv' }).content;
    expect(diff).toMatch(new RegExp(`Added,${replacement},`));
    expect(diff).toMatch(new RegExp(`Removed,${out.iso3},`));
    expect(sheetOf(ok('exports.diff', { year: YEAR, from: 1, to: 2, format: 'xlsx' }))).toContain(
      replacement,
    );
    const v1 = ok('exports.list', { year: YEAR, format: 'csv', version: 1 });
    expect(v1.fileName).toContain('-v1-');
  });

  it('answers an export of a list that does not exist with NOT_FOUND', () => {
    const r = t.api.call('exports.list', { year: 2030, format: 'csv' });
    expect(r.ok ? null : r.error.code).toBe('NOT_FOUND');
    const bad = t.api.call('exports.list', { year: YEAR, format: 'pdf' });
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
      fileName: `cted-review-pack-${YEAR}-list-SYNTHETIC.html`,
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

  it('lists only visits with the State’s consent and leaves confidential ones out of the published file', () => {
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

    const html = ok('exports.schedule', { year: 2026, precision: 'month', format: 'html' });
    expect(html.content).toContain('SYNTHETIC DATA');
    const others = scheduled.filter((v) => v.iso3 !== secret.iso3 && !v.confidential);
    for (const v of others) expect(html.content).toContain(v.stateName.replace(/&/g, '&amp;'));
    for (const v of [secret, ...alreadySecret])
      expect(html.content).not.toContain(`>${v.stateName}<`);
    const csv = ok('exports.schedule', { year: 2026, precision: 'dates', format: 'csv' }).content;
    expect(csv).not.toContain(secret.stateName);
    expect(csv.split('\r\n').find((l) => l.startsWith('Dates,'))).toBe(
      'Dates,Member State,Kind of visit,Format',
    );
  });

  it('names no file synthetic outside the demo', () => {
    const empty = createTestWorkspace();
    try {
      const file = empty.value('exports.schedule', {
        year: 2026,
        precision: 'month',
        format: 'html',
      });
      expect(file.synthetic).toBe(false);
      expect(file.fileName).toBe('cted-visit-schedule-2026.html');
      expect(file.content).not.toContain('SYNTHETIC');
      expect(file.content).toContain('No visit has yet been agreed');
    } finally {
      empty.close();
    }
  });
});
