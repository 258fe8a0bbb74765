// Assessment reports, their recommendations and technical assistance on a real SQLite workspace:
// every step recorded through the API, every wrong step and bad input refused with the workspace
// left exactly as it was.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createTestWorkspace,
  expectRefused as refusedCall,
  grantConsent,
  seedUsers,
  type TestWorkspace,
} from './helpers';

let t: TestWorkspace;
let users: ReturnType<typeof seedUsers>;
beforeEach(() => {
  t = createTestWorkspace();
  users = seedUsers(t);
});
afterEach(() => t.close());

const expectRefused = (method: string, input: unknown, code: string, user?: string | null) =>
  refusedCall(t, method, input, code, user === undefined ? users.planner : user);

/** A conducted visit to a State with its granted consent; returns the visit's id. */
function conductedVisit(
  iso3 = 'KEN',
  kind: 'comprehensive' | 'focused' | 'follow_up' | 'advocacy' = 'comprehensive',
  dates = { startDate: '2025-02-03', endDate: '2025-02-07' },
): string {
  const consentRequestId =
    kind === 'advocacy'
      ? undefined
      : grantConsent(t, iso3, users.planner, { sentOn: '2024-10-01' });
  return t.value(
    'visits.create',
    { iso3, kind, mode: 'in_person', status: 'conducted', ...dates, consentRequestId },
    users.planner,
  ).id;
}

function draftedReport(iso3 = 'KEN', draftedOn = '2025-04-10') {
  const visitId = conductedVisit(iso3);
  return t.value(
    'reports.create',
    { visitId, title: `Report on the visit to ${iso3}`, draftedOn },
    users.planner,
  );
}

const advance = (id: string, step: string, on: string, noneReceived?: boolean) =>
  t.value(
    'reports.advance',
    { id, step, on, ...(noneReceived ? { noneReceived } : {}) },
    step === 'adopted' ? users.ctc : users.planner,
  );

/** A report taken to adoption on the given dates (observations received on time). */
function adoptedReport(iso3 = 'KEN', adoptedOn = '2025-09-15') {
  const report = draftedReport(iso3);
  advance(report.id, 'sent_to_state', '2025-05-01');
  advance(report.id, 'observations_received', '2025-05-20');
  advance(report.id, 'submitted_to_ctc', '2025-06-10');
  return advance(report.id, 'adopted', adoptedOn);
}

describe('reports through their steps', () => {
  it('drafts the report of a conducted assessment visit, and moves it step by step with dated steps and intervals', () => {
    const visitId = conductedVisit();
    const report = t.value(
      'reports.create',
      { visitId, title: 'Report on the comprehensive visit to Kenya', draftedOn: '2025-04-10' },
      users.planner,
    );
    expect(report).toMatchObject({
      iso3: 'KEN',
      status: 'drafting',
      nextStep: 'sent_to_state',
      draftedOn: '2025-04-10',
      intervals: { visitToDraft: 62, draftToAdoption: null },
    });
    expect(t.value('visits.get', { id: visitId }).reportId).toBe(report.id);
    expect(advance(report.id, 'sent_to_state', '2025-05-01')).toMatchObject({
      status: 'sent_to_state',
      observationsDue: '2025-05-31',
      nextStep: 'observations_received',
    });
    advance(report.id, 'observations_received', '2025-05-25');
    advance(report.id, 'submitted_to_ctc', '2025-06-10');
    expect(advance(report.id, 'adopted', '2025-09-15')).toMatchObject({
      status: 'adopted',
      nextStep: 'transmitted',
    });
    const done = advance(report.id, 'transmitted', '2025-10-01');
    expect(done).toMatchObject({
      status: 'transmitted',
      nextStep: null,
      implementationReplyDue: '2026-04-01',
      intervals: { visitToDraft: 62, draftToAdoption: 158, adoptionToTransmission: 16 },
    });
    const events = t.ws.db
      .prepare(
        "SELECT kind FROM events WHERE subject_id = ? AND kind LIKE 'report.%' ORDER BY at, rowid",
      )
      .all(report.id)
      .map((e) => (e as { kind: string }).kind);
    expect(events).toEqual([
      'report.drafted',
      'report.sent_to_state',
      'report.observations_received',
      'report.submitted_to_ctc',
      'report.adopted',
      'report.transmitted',
    ]);
  });

  it('refuses a report for a visit not conducted, an advocacy visit, a second report, and bad dates', () => {
    const planned = t.value(
      'visits.create',
      { iso3: 'PER', kind: 'focused', mode: 'in_person' },
      users.planner,
    ).id;
    expectRefused(
      'reports.create',
      { visitId: planned, title: 'Report', draftedOn: '2025-01-10' },
      'INVALID_TRANSITION',
    );
    const advocacy = conductedVisit('MLI', 'advocacy');
    expectRefused(
      'reports.create',
      { visitId: advocacy, title: 'Report', draftedOn: '2025-04-10' },
      'INVALID_TRANSITION',
    );
    const visitId = conductedVisit('KEN');
    expectRefused(
      'reports.create',
      { visitId, title: 'Report', draftedOn: '2099-01-01' },
      'VALIDATION',
    );
    expectRefused(
      'reports.create',
      { visitId, title: 'Report', draftedOn: '2025-01-01' },
      'VALIDATION',
    );
    expectRefused('reports.create', { visitId, title: 'R', draftedOn: '2025-04-10' }, 'VALIDATION');
    expectRefused(
      'reports.create',
      { visitId, title: 'Report', draftedOn: '2025-02-30' },
      'VALIDATION',
    );
    expectRefused(
      'reports.create',
      { visitId: 'nope', title: 'Report', draftedOn: '2025-04-10' },
      'NOT_FOUND',
    );
    expectRefused(
      'reports.create',
      { visitId, title: 'Report', draftedOn: '2025-04-10' },
      'FORBIDDEN',
      users.field,
    );
    t.value('reports.create', { visitId, title: 'Report', draftedOn: '2025-04-10' }, users.planner);
    expectRefused(
      'reports.create',
      { visitId, title: 'Again', draftedOn: '2025-04-11' },
      'CONFLICT',
    );
  });

  it('refuses skipped or repeated steps naming the step expected next, dates out of order, and steps by the wrong role', () => {
    const report = draftedReport();
    const skipped = expectRefused(
      'reports.advance',
      { id: report.id, step: 'adopted', on: '2025-06-01' },
      'FORBIDDEN',
    );
    expect(skipped?.message).toMatch(/CTC member/);
    const wrong = expectRefused(
      'reports.advance',
      { id: report.id, step: 'submitted_to_ctc', on: '2025-06-01' },
      'INVALID_TRANSITION',
    );
    expect(wrong?.message).toMatch(/next step of this report is "sent to the State"/);
    expect(wrong?.details).toMatchObject({ expected: 'sent_to_state' });
    expectRefused(
      'reports.advance',
      { id: report.id, step: 'sent_to_state', on: '2025-04-01' },
      'INVALID_TRANSITION',
    );
    expectRefused(
      'reports.advance',
      { id: report.id, step: 'sent_to_state', on: '2099-04-01' },
      'VALIDATION',
    );
    expectRefused(
      'reports.advance',
      { id: report.id, step: 'published', on: '2025-05-01' },
      'VALIDATION',
    );
    expectRefused(
      'reports.advance',
      { id: report.id, step: 'sent_to_state', on: '2025-05-01' },
      'FORBIDDEN',
      users.ctc,
    );
    advance(report.id, 'sent_to_state', '2025-05-01');
    const again = expectRefused(
      'reports.advance',
      { id: report.id, step: 'sent_to_state', on: '2025-05-02' },
      'INVALID_TRANSITION',
    );
    expect(again?.message).toMatch(/already sent to the State on 2025-05-01/);
    advance(report.id, 'observations_received', '2025-05-20');
    advance(report.id, 'submitted_to_ctc', '2025-06-10');
    expectRefused(
      'reports.advance',
      { id: report.id, step: 'adopted', on: '2025-06-01' },
      'INVALID_TRANSITION',
      users.ctc,
    );
    advance(report.id, 'adopted', '2025-07-01');
    advance(report.id, 'transmitted', '2025-07-15');
    const over = expectRefused(
      'reports.advance',
      { id: report.id, step: 'transmitted', on: '2025-08-01' },
      'INVALID_TRANSITION',
    );
    expect(over?.message).toMatch(/no further step/);
  });

  it('closes the factual observations as none received only once the 30 days have passed', () => {
    const report = draftedReport();
    advance(report.id, 'sent_to_state', '2025-05-01');
    const early = expectRefused(
      'reports.advance',
      { id: report.id, step: 'observations_received', on: '2025-05-31', noneReceived: true },
      'INVALID_TRANSITION',
    );
    expect(early?.message).toMatch(/until 2025-05-31/);
    expectRefused(
      'reports.advance',
      { id: report.id, step: 'sent_to_state', on: '2025-06-05', noneReceived: true },
      'INVALID_TRANSITION',
    );
    const closed = advance(report.id, 'observations_received', '2025-06-01', true);
    expect(closed).toMatchObject({
      status: 'observations_received',
      observationsNoneReceived: true,
    });
    const dossier = t.value('states.get', { iso3: 'KEN' });
    expect(dossier.timeline.map((i) => i.title)).toContain(
      'No factual observations received from the State within 30 days',
    );
  });

  it('records release consent with its date, confidential sections and the State’s implementation reply', () => {
    const report = adoptedReport();
    expectRefused('reports.update', { id: report.id, releaseConsent: 'full' }, 'VALIDATION');
    expectRefused(
      'reports.update',
      { id: report.id, releaseConsentOn: '2025-10-01' },
      'VALIDATION',
    );
    expectRefused(
      'reports.update',
      { id: report.id, releaseConsent: 'partial', releaseConsentOn: '2099-01-01' },
      'VALIDATION',
    );
    expectRefused('reports.update', { id: report.id, releaseConsent: 'some' }, 'VALIDATION');
    expectRefused('reports.update', { id: report.id, iso3: 'PER' }, 'VALIDATION');
    const updated = t.value(
      'reports.update',
      {
        id: report.id,
        title: 'Report on the comprehensive visit to Kenya (February 2025)',
        releaseConsent: 'partial',
        releaseConsentOn: '2025-10-20',
        confidentialSections: ['Annex II: border posts'],
      },
      users.planner,
    );
    expect(updated).toMatchObject({
      releaseConsent: 'partial',
      releaseConsentOn: '2025-10-20',
      confidentialSections: ['Annex II: border posts'],
    });
    expect(
      t.value('reports.update', { id: report.id, releaseConsent: 'none' }, users.planner)
        .releaseConsentOn,
    ).toBeNull();

    const reply = {
      id: report.id,
      receivedOn: '2026-03-01',
      summary: 'The State adopted its national strategy.',
    };
    expectRefused('reports.recordImplementationReply', reply, 'INVALID_TRANSITION');
    advance(report.id, 'transmitted', '2025-10-01');
    expectRefused(
      'reports.recordImplementationReply',
      { ...reply, receivedOn: '2025-09-01' },
      'VALIDATION',
    );
    expectRefused('reports.recordImplementationReply', { ...reply, summary: '' }, 'VALIDATION');
    const replied = t.value('reports.recordImplementationReply', reply, users.planner);
    expect(replied).toMatchObject({
      implementationReplyOn: '2026-03-01',
      implementationReplySummary: reply.summary,
      intervals: { transmissionToReply: 151 },
    });
    expectRefused(
      'reports.recordImplementationReply',
      { ...reply, receivedOn: '2026-04-01' },
      'INVALID_TRANSITION',
    );
  });
});

describe('recommendations', () => {
  const recommendation = (reportId: string, code = 'R-01') => ({
    reportId,
    code,
    text: 'Establish a national counter-terrorism strategy.',
    thematicArea: 'national_strategy',
    priority: 'high',
    technicalAssistanceNeeded: true,
    partners: ['UNOCT', 'UNODC'],
  });

  it('adds recommendations to a draft, fixes their wording once adopted, and names them as the read shape does', () => {
    const report = draftedReport();
    const created = t.value('recommendations.create', recommendation(report.id), users.planner);
    expect(created).toMatchObject({
      code: 'R-01',
      thematicArea: 'national_strategy',
      priority: 'high',
      technicalAssistanceNeeded: true,
      partners: ['UNOCT', 'UNODC'],
      confidential: false,
      status: 'no_information',
    });
    expectRefused('recommendations.create', recommendation(report.id), 'CONFLICT');
    expectRefused(
      'recommendations.create',
      { ...recommendation(report.id, 'R-02'), thematicArea: 'space' },
      'VALIDATION',
    );
    expectRefused(
      'recommendations.create',
      { ...recommendation(report.id, 'R-02'), priority: 'urgent' },
      'VALIDATION',
    );
    expectRefused(
      'recommendations.create',
      { ...recommendation(report.id, 'R-02'), text: '' },
      'VALIDATION',
    );
    expectRefused('recommendations.create', { ...recommendation('nope', 'R-02') }, 'NOT_FOUND');
    expectRefused(
      'recommendations.create',
      recommendation(report.id, 'R-02'),
      'FORBIDDEN',
      users.ctc,
    );
    const second = t.value(
      'recommendations.create',
      { ...recommendation(report.id, 'R-02'), confidential: true },
      users.planner,
    );
    expectRefused('recommendations.update', { id: second.id, code: 'R-01' }, 'CONFLICT');
    // What a list returns, an update accepts.
    const {
      id,
      code,
      text,
      thematicArea,
      priority,
      technicalAssistanceNeeded,
      partners,
      confidential,
    } = t.value('recommendations.list', { reportId: report.id })[1]!;
    t.value(
      'recommendations.update',
      {
        id,
        code,
        text: `${text} With a timeline.`,
        thematicArea,
        priority,
        technicalAssistanceNeeded,
        partners,
        confidential,
      },
      users.planner,
    );
    advance(report.id, 'sent_to_state', '2025-05-01');
    advance(report.id, 'observations_received', '2025-05-20');
    advance(report.id, 'submitted_to_ctc', '2025-06-10');
    advance(report.id, 'adopted', '2025-09-15');
    expectRefused(
      'recommendations.create',
      recommendation(report.id, 'R-03'),
      'INVALID_TRANSITION',
    );
    expectRefused(
      'recommendations.update',
      { id: created.id, text: 'Another wording entirely.' },
      'INVALID_TRANSITION',
    );
    const flagged = t.value(
      'recommendations.update',
      { id: created.id, partners: ['UNOCT'], confidential: true },
      users.planner,
    );
    expect(flagged).toMatchObject({ partners: ['UNOCT'], confidential: true });
  });

  it('keeps an append-only, evidenced status history whose latest entry is the current status', () => {
    const draft = draftedReport('PER');
    const r = t.value('recommendations.create', recommendation(draft.id), users.planner);
    expectRefused(
      'recommendations.addUpdate',
      { id: r.id, asOf: '2025-09-01', status: 'implemented' },
      'VALIDATION',
    );
    expectRefused(
      'recommendations.addUpdate',
      { id: r.id, asOf: '2025-09-01', status: 'implemented', evidence: 'Strategy adopted.' },
      'VALIDATION',
    );
    expectRefused(
      'recommendations.addUpdate',
      { id: r.id, asOf: '2025-01-01', status: 'not_started' },
      'VALIDATION',
    );
    expectRefused(
      'recommendations.addUpdate',
      { id: r.id, asOf: '2099-01-01', status: 'not_started' },
      'VALIDATION',
    );
    expectRefused(
      'recommendations.addUpdate',
      { id: r.id, asOf: '2025-09-01', status: 'done', evidence: 'x', source: 'y' },
      'VALIDATION',
    );
    expectRefused(
      'recommendations.addUpdate',
      { id: r.id, asOf: '2025-09-01', status: 'not_started' },
      'FORBIDDEN',
      users.field,
    );
    t.value(
      'recommendations.addUpdate',
      { id: r.id, asOf: '2025-09-01', status: 'not_started' },
      users.planner,
    );
    const now = t.value(
      'recommendations.addUpdate',
      {
        id: r.id,
        asOf: '2026-03-01',
        status: 'in_progress',
        evidence: 'A draft strategy is before parliament.',
        source: 'Implementation reply',
      },
      users.planner,
    );
    expect(now).toMatchObject({
      status: 'in_progress',
      statusAsOf: '2026-03-01',
      source: 'Implementation reply',
    });
    const back = expectRefused(
      'recommendations.addUpdate',
      {
        id: r.id,
        asOf: '2026-02-01',
        status: 'implemented',
        evidence: 'Adopted.',
        source: 'Gazette',
      },
      'INVALID_TRANSITION',
    );
    expect(back?.message).toMatch(/only added to/);
    const history = t.value('recommendations.history', { id: r.id });
    expect(history.map((h) => [h.asOf, h.status, h.authorName])).toEqual([
      ['2026-03-01', 'in_progress', 'Paula Planner'],
      ['2025-09-01', 'not_started', 'Paula Planner'],
    ]);
    const titles = t.value('states.get', { iso3: 'PER' }).timeline.map((i) => i.title);
    expect(titles).toContain(
      'Recommendation R-01 in progress: A draft strategy is before parliament.',
    );
  });
});

describe('technical assistance', () => {
  it('records assistance linked to the report’s recommendations and follows its status', () => {
    const report = draftedReport();
    const rec = t.value(
      'recommendations.create',
      {
        reportId: report.id,
        code: 'R-01',
        text: 'Train border officers on API/PNR.',
        thematicArea: 'border_control',
        priority: 'high',
      },
      users.planner,
    );
    const other = draftedReport('PER');
    const foreign = t.value(
      'recommendations.create',
      {
        reportId: other.id,
        code: 'R-01',
        text: 'Criminalise the financing of travel.',
        thematicArea: 'cft',
        priority: 'medium',
      },
      users.planner,
    );
    const request = {
      reportId: report.id,
      recommendationIds: [rec.id],
      description: 'Training of border officers on advance passenger information.',
      requestedBy: 'The State',
      requestedOn: '2025-06-01',
      partner: 'UNOCT Countering Terrorist Travel Programme',
    };
    expectRefused('ta.create', { ...request, recommendationIds: [foreign.id] }, 'VALIDATION');
    expectRefused('ta.create', { ...request, requestedOn: '2099-06-01' }, 'VALIDATION');
    expectRefused('ta.create', { ...request, statusOn: '2025-05-01' }, 'VALIDATION');
    expectRefused('ta.create', { ...request, status: 'maybe' }, 'VALIDATION');
    expectRefused('ta.create', request, 'FORBIDDEN', users.ctc);
    const ta = t.value('ta.create', request, users.planner);
    expect(ta).toMatchObject({
      iso3: 'KEN',
      status: 'requested',
      statusOn: '2025-06-01',
      recommendationIds: [rec.id],
    });
    const planned = t.value(
      'ta.update',
      { id: ta.id, status: 'planned', statusOn: '2025-08-01' },
      users.planner,
    );
    expect(planned).toMatchObject({ status: 'planned', statusOn: '2025-08-01' });
    expectRefused('ta.update', { id: ta.id, statusOn: '2025-01-01' }, 'VALIDATION');
    expectRefused('ta.update', { id: ta.id, iso3: 'PER' }, 'VALIDATION');
    const dossier = t.value('states.get', { iso3: 'KEN' });
    expect(dossier.technicalAssistance.map((x) => x.id)).toEqual([ta.id]);
    expect(
      dossier.timeline.some((i) => i.kind === 'assistance' && i.title.includes('planned')),
    ).toBe(true);
    expect(t.value('reports.get', { id: report.id }).technicalAssistance).toHaveLength(1);
  });
});
