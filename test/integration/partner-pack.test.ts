import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ExportFile, PartnerPackFile, PartnerPackWithheld } from '../../shared/api/types';
import { addDays } from '../../shared/domain/dates';
import { THEMATIC_AREAS } from '../../shared/domain/reports';
import { PARTNER_AUDIENCES, type PartnerAudience } from '../../shared/domain/sharing';
import { sectionAreas } from '../../main/core/exports/partnerPack';
import {
  createTestWorkspace,
  grantConsent,
  recordReport,
  expectRefusedLater,
  seedUsers,
  type TestWorkspace,
} from './helpers';

const FORMATS = ['html', 'csv', 'xlsx'] as const;
const ADOPTED = {
  sent_to_state: '2025-03-01',
  observations_received: '2025-03-20',
  submitted_to_ctc: '2025-04-10',
  adopted: '2025-05-15',
};

/** Every piece of text a file holds: HTML and CSV as they are, XLSX cell by cell (read by exceljs). */
async function textOf(file: ExportFile): Promise<string> {
  if (file.encoding === 'utf8') return file.content;
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(file.content, 'base64') as unknown as ArrayBuffer);
  const cells: string[] = [book.title, book.subject, book.keywords];
  book.eachSheet((sheet) => {
    cells.push(sheet.name);
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.text)));
  });
  return cells.join('\n');
}

function pack(
  t: TestWorkspace,
  input: { iso3: string; audience: PartnerAudience; format: (typeof FORMATS)[number] },
  user?: string,
): Promise<PartnerPackFile> {
  return t.valueLater('exports.partnerPack', input, user);
}

describe('a confidential section', () => {
  it('is placed by the thematic area it names, in words or by its key, or not at all', () => {
    expect(
      [
        'Annex I: law enforcement capacities',
        'Section on border control',
        'Section on critical infrastructure protection',
        'Countering the financing of terrorism',
        'CFT',
        'Section on ICT',
        'Children’s rights',
        'Annex II: list of agencies met',
        'Section on intelligence sharing',
        'Frictional costs',
      ].map(sectionAreas),
    ).toEqual([
      ['law_enforcement'],
      ['border_control'],
      ['critical_infrastructure'],
      ['cft'],
      ['cft'],
      ['ict'],
      ['children'],
      [],
      [],
      [],
    ]);
  });
});

const NOTHING_WITHHELD: PartnerPackWithheld = {
  reportsOfConfidentialVisits: 0,
  reportsWithoutReleaseConsent: 0,
  reportsReleasedOnlyInPart: 0,
  reportsWithUnplacedSections: 0,
  confidentialSections: 0,
  recommendations: 0,
  technicalAssistance: 0,
};

describe('a partner pack of a small workspace', () => {
  let t: TestWorkspace;
  let users: { planner: string; ctc: string; field: string };
  let planner: string;
  /** Recommendation and assistance ids by a short name. */
  const ids: Record<string, string> = {};

  beforeEach(() => {
    t = createTestWorkspace();
    users = seedUsers(t);
    planner = users.planner;
    const report = (iso3: string, visitOn: string, recommendations: [string, string][] = []) =>
      recordReport(t, users, {
        iso3,
        visitOn,
        draftedOn: addDays(visitOn, 20),
        recommendations: recommendations.map(([code, area]) => [code, area, 'high']),
        steps: ADOPTED,
      });
    const recommendationId = (reportId: string, code: string) =>
      t.value('recommendations.list', { reportId }).find((r) => r.code === code)!.id;
    const release = (id: string, releaseConsent: 'partial' | 'full', extra: object = {}) =>
      t.value(
        'reports.update',
        { id, releaseConsent, releaseConsentOn: '2025-06-01', ...extra },
        planner,
      );

    // Kenya, released in full: one recommendation shared, one confidential, one in a confidential
    // section; assistance serving the shared one, the confidential one, and none.
    const ken = report('KEN', '2024-10-01', [
      ['R-01', 'border_control'],
      ['R-02', 'cft'],
      ['R-03', 'law_enforcement'],
    ]).reportId;
    ids.kenShared = recommendationId(ken, 'R-01');
    ids.kenConfidential = recommendationId(ken, 'R-02');
    ids.kenInSection = recommendationId(ken, 'R-03');
    t.value('recommendations.update', { id: ids.kenConfidential, confidential: true }, planner);
    release(ken, 'full', { confidentialSections: ['Section on law enforcement'] });
    const assistance = (description: string, recommendationIds: string[], status = 'requested') =>
      t.value(
        'ta.create',
        {
          reportId: ken,
          description,
          requestedBy: 'The State',
          requestedOn: '2025-07-01',
          recommendationIds,
          partner: 'UNODC',
          status,
        },
        planner,
      ).id;
    ids.taShared = assistance('Training of border officials', [ids.kenShared]);
    ids.taOfConfidential = assistance('Help drafting the financing law', [ids.kenConfidential]);
    ids.taUnplaced = assistance('A study visit', []);
    ids.taDelivered = assistance('Equipment already delivered', [ids.kenShared], 'delivered');

    // Peru, released in part: only the UN system receives it.
    const per = report('PER', '2024-09-01', [['R-01', 'gender']]).reportId;
    ids.perShared = recommendationId(per, 'R-01');
    release(per, 'partial');
    // Nigeria: no release consent.
    ids.nga = recommendationId(report('NGA', '2024-08-01', [['R-01', 'cft']]).reportId, 'R-01');
    // Indonesia: the visit was made confidential.
    const idn = report('IDN', '2024-07-01', [['R-01', 'ict']]);
    ids.idn = recommendationId(idn.reportId, 'R-01');
    release(idn.reportId, 'full');
    t.value('visits.update', { id: idn.visitId, confidential: true }, planner);
    // Morocco: a confidential section that names no thematic area.
    const mar = report('MAR', '2024-06-01', [['R-01', 'children']]).reportId;
    ids.mar = recommendationId(mar, 'R-01');
    release(mar, 'full', { confidentialSections: ['Annex II: list of agencies met'] });
    // Jordan: the State asked for confidentiality in its consent.
    const consentRequestId = grantConsent(t, 'JOR', planner, {
      sentOn: '2024-03-01',
      confidential: true,
    });
    const visitId = t.value(
      'visits.create',
      {
        iso3: 'JOR',
        kind: 'focused',
        mode: 'in_person',
        status: 'conducted',
        startDate: '2024-05-01',
        endDate: '2024-05-03',
        consentRequestId,
      },
      planner,
    ).id;
    const jor = t.value(
      'reports.create',
      { visitId, title: 'Report on JOR', draftedOn: '2024-05-20' },
      planner,
    ).id;
    t.value(
      'recommendations.create',
      {
        reportId: jor,
        code: 'R-01',
        text: 'Recommendation R-01 to JOR.',
        thematicArea: 'gender',
        priority: 'low',
      },
      planner,
    );
    for (const [step, on] of Object.entries(ADOPTED))
      t.value('reports.advance', { id: jor, step, on }, step === 'adopted' ? users.ctc : planner);
    release(jor, 'full');
    // Egypt: drafted, not adopted: no assessment yet, so neither shared nor counted.
    recordReport(t, users, {
      iso3: 'EGY',
      visitOn: '2025-09-01',
      draftedOn: '2025-09-20',
      recommendations: [['R-01', 'cft', 'low']],
    });
  });
  afterEach(() => t.close());

  it('gives the UN system every released report, without what is confidential, and counts what it withheld', async () => {
    const file = await pack(t, { iso3: 'all', audience: 'un_system', format: 'html' }, planner);
    expect(file.withheld).toEqual({
      reportsOfConfidentialVisits: 2,
      reportsWithoutReleaseConsent: 1,
      reportsReleasedOnlyInPart: 0,
      reportsWithUnplacedSections: 1,
      confidentialSections: 1,
      recommendations: 2,
      technicalAssistance: 2,
    });
    expect(file.shared).toEqual({ reports: 2, recommendations: 2, technicalAssistance: 1 });
    const html = file.content;
    expect(html).toContain('Recommendation R-01 to KEN.');
    expect(html).toContain('Recommendation R-01 to PER.');
    expect(html).toContain('Training of border officials');
    for (const hidden of ['KEN.', 'NGA.', 'IDN.', 'MAR.', 'JOR.', 'EGY.'].flatMap((s) => [
      `R-02 to ${s}`,
      `R-03 to ${s}`,
    ]))
      expect(html).not.toContain(hidden);
    for (const state of ['NGA', 'IDN', 'MAR', 'JOR', 'EGY'])
      expect(html).not.toContain(`Recommendation R-01 to ${state}.`);
    for (const id of [
      ids.kenConfidential,
      ids.kenInSection,
      ids.nga,
      ids.idn,
      ids.mar,
      ids.taOfConfidential,
      ids.taUnplaced,
      ids.taDelivered,
    ])
      expect(html).not.toContain(id);
    expect(html).not.toContain('Section on law enforcement');
    expect(html).not.toContain('Annex II');
    expect(html).not.toContain('Help drafting the financing law');
    expect(html).toContain('<li>2 report(s) of visits the State asked to keep confidential</li>');
    expect(html).toContain(
      '<li>2 recommendation(s) marked confidential or in a confidential section</li>',
    );
    // Gaps come from the shared recommendations only: Kenya's border control, Peru's gender.
    expect(html).toMatch(
      /<td>Kenya<\/td><td>Border control[^<]*<\/td><td class="num">1<\/td><td class="num">1<\/td><td class="num">1<\/td>/,
    );
    expect(html).not.toMatch(/<td>Kenya<\/td><td>Countering the financing/);
  });

  it('gives Member States only full releases and the public no technical assistance', async () => {
    const states = await pack(
      t,
      { iso3: 'all', audience: 'member_states', format: 'csv' },
      planner,
    );
    expect(states.withheld).toEqual({
      ...NOTHING_WITHHELD,
      reportsOfConfidentialVisits: 2,
      reportsWithoutReleaseConsent: 1,
      reportsReleasedOnlyInPart: 1,
      reportsWithUnplacedSections: 1,
      confidentialSections: 1,
      recommendations: 2,
      technicalAssistance: 2,
    });
    expect(states.content).not.toContain('PER');
    expect(states.content).toContain('Training of border officials');
    const pub = await pack(t, { iso3: 'all', audience: 'public', format: 'csv' }, planner);
    expect(pub.withheld).toEqual({ ...states.withheld, technicalAssistance: 3 });
    expect(pub.shared).toEqual({ reports: 1, recommendations: 1, technicalAssistance: 0 });
    expect(pub.content).toContain('Recommendation R-01 to KEN.');
    expect(pub.content).not.toContain('Training of border officials');
    expect(pub.content).toContain('Withheld (counts only): 2 report(s) of visits');
  });

  it('makes a pack of one State', async () => {
    const file = await pack(t, { iso3: 'PER', audience: 'un_system', format: 'csv' });
    expect(file.fileName).toBe('cted-partner-pack-per-2026-11-29-UN-SYSTEM.csv');
    expect(file.withheld).toEqual(NOTHING_WITHHELD);
    expect(file.content).toContain('Recommendation R-01 to PER.');
    expect(file.content).not.toContain('KEN');
    const none = await pack(t, { iso3: 'NGA', audience: 'public', format: 'html' });
    expect(none.withheld).toEqual({ ...NOTHING_WITHHELD, reportsWithoutReleaseConsent: 1 });
    expect(none.content).toContain('No report can be shared with this audience.');
  });

  it('refuses bad input and other roles, changing nothing', async () => {
    const good = { iso3: 'KEN', audience: 'un_system', format: 'html' };
    const refusals: [object, string, string | null][] = [
      [{ ...good, iso3: 'XKX' }, 'VALIDATION', planner],
      [{ ...good, iso3: 'kenya' }, 'VALIDATION', planner],
      [{ ...good, audience: 'press' }, 'VALIDATION', planner],
      [{ ...good, format: 'pdf' }, 'VALIDATION', planner],
      [{ iso3: 'KEN', format: 'html' }, 'VALIDATION', planner],
      [{ ...good, confidential: true }, 'VALIDATION', planner],
      [good, 'FORBIDDEN', users.ctc],
      [good, 'FORBIDDEN', users.field],
    ];
    for (const [input, code, user] of refusals)
      await expectRefusedLater(t, 'exports.partnerPack', input, code, user);
    const unknown = { ...good, iso3: 'XKX' };
    expect(
      (await expectRefusedLater(t, 'exports.partnerPack', unknown, 'VALIDATION', planner))!.message,
    ).toBe('XKX is not a UN Member State.');
    const audience = { ...good, audience: 'press' };
    expect(
      (await expectRefusedLater(t, 'exports.partnerPack', audience, 'VALIDATION', planner))!
        .message,
    ).toBe('Audience: Choose who the pack is for: the UN system, Member States or the public.');
  });
});

// ── No confidential item reaches any partner export (fast-check) ────────────────────────────

describe('whatever is marked confidential', () => {
  const STATES = ['KEN', 'PER', 'NGA', 'IDN', 'FJI'];
  const AREAS = ['border_control', 'cft', 'gender'] as const;
  const labelOf = (area: string) =>
    THEMATIC_AREAS.find((a) => a.key === area)!
      .label.split('(')[0]!
      .trim();
  interface Item {
    id: string;
    /** A word found nowhere else, so that a search for it cannot match anything else. */
    token: string;
  }
  interface Assessed {
    reportId: string;
    visitId: string;
    recommendations: (Item & { area: string })[];
    /** One record of assistance per recommendation, serving it. */
    assistance: Item[];
  }
  let t: TestWorkspace;
  let planner: string;
  let assessed: Assessed[];

  beforeAll(() => {
    t = createTestWorkspace();
    const users = seedUsers(t);
    planner = users.planner;
    assessed = STATES.map((iso3, s) => {
      const { reportId, visitId } = recordReport(t, users, {
        iso3,
        visitOn: addDays('2024-01-10', s * 40),
        draftedOn: addDays('2024-02-10', s * 40),
      });
      const recommendations = AREAS.map((area, a) => {
        const token = `rectoken${s}x${a}`;
        const id = t.value(
          'recommendations.create',
          {
            reportId,
            code: `R-0${a + 1}`,
            text: `Strengthen ${token} now.`,
            thematicArea: area,
            priority: 'high',
          },
          planner,
        ).id;
        return { id, token, area };
      });
      const assistance = recommendations.map((r, a) => {
        const token = `tatoken${s}x${a}`;
        const id = t.value(
          'ta.create',
          {
            reportId,
            description: `Support for ${token}.`,
            requestedBy: 'The State',
            requestedOn: '2025-07-01',
            recommendationIds: [r.id],
          },
          planner,
        ).id;
        return { id, token };
      });
      for (const [step, on] of Object.entries(ADOPTED))
        t.value(
          'reports.advance',
          { id: reportId, step, on },
          step === 'adopted' ? users.ctc : planner,
        );
      return { reportId, visitId, recommendations, assistance };
    });
  });
  afterAll(() => t.close());

  const reportMarks = fc.record({
    release: fc.constantFrom('none', 'partial', 'full'),
    visitConfidential: fc.boolean(),
    /** Which of the report's thematic areas a confidential section covers. */
    sections: fc.subarray([...AREAS]),
    unplacedSection: fc.boolean(),
    confidentialRecommendations: fc.subarray([0, 1, 2]),
  });
  let run = 0;

  it('never reaches a partner pack, in any format, for any audience', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(reportMarks, { minLength: STATES.length, maxLength: STATES.length }),
        async (marks) => {
          run++;
          const sectionToken = (s: number, name: string) => `sectoken${run}x${s}x${name}`;
          marks.forEach((m, s) => {
            const { reportId, visitId, recommendations } = assessed[s]!;
            t.value(
              'reports.update',
              {
                id: reportId,
                releaseConsent: m.release,
                releaseConsentOn: m.release === 'none' ? null : '2025-06-01',
                confidentialSections: [
                  ...m.sections.map(
                    (area) => `Section on ${labelOf(area)} ${sectionToken(s, area)}`,
                  ),
                  ...(m.unplacedSection ? [`Annex ${sectionToken(s, 'annex')}`] : []),
                ],
              },
              planner,
            );
            t.value('visits.update', { id: visitId, confidential: m.visitConfidential }, planner);
            recommendations.forEach((r, a) =>
              t.value(
                'recommendations.update',
                { id: r.id, confidential: m.confidentialRecommendations.includes(a) },
                planner,
              ),
            );
          });
          for (const audience of PARTNER_AUDIENCES)
            for (const format of FORMATS) {
              const text = await textOf(await pack(t, { iso3: 'all', audience, format }, planner));
              marks.forEach((m, s) => {
                const released =
                  m.release === 'full' || (m.release === 'partial' && audience === 'un_system');
                const reportShared = released && !m.visitConfidential && !m.unplacedSection;
                for (const name of [...m.sections, 'annex'])
                  expect(text).not.toContain(sectionToken(s, name));
                assessed[s]!.recommendations.forEach((r, a) => {
                  const shared =
                    reportShared &&
                    !m.confidentialRecommendations.includes(a) &&
                    !m.sections.includes(r.area as never);
                  const where = `${audience} ${format}: ${r.token}`;
                  // Each withheld recommendation is absent (its text and its id); each other one is there.
                  expect(text.includes(r.token), where).toBe(shared);
                  expect(text.includes(r.id), where).toBe(shared);
                  const ta = assessed[s]!.assistance[a]!;
                  const taShared = shared && audience !== 'public';
                  expect(text.includes(ta.token), `${where} assistance`).toBe(taShared);
                  expect(text.includes(ta.id), `${where} assistance`).toBe(taShared);
                });
              });
            }
        },
      ),
      { numRuns: 25 },
    );
  }, 240_000);
});
