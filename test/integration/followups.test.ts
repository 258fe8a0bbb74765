// OP 16 follow-up reports and the Committee's meetings on a real SQLite workspace: started,
// assessed and submitted (late or not), with their effect on the next list, the technical
// assistance they propose and the officials invited; every refusal leaves the workspace unchanged.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../shared/domain/dates';
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

/** An adopted report of a conducted visit, with two recommendations; adoption on `adoptedOn`. */
function adoptedReport(
  iso3: string,
  adoptedOn: string,
  kind: 'comprehensive' | 'follow_up' = 'comprehensive',
) {
  // The visit 300 days before adoption, asked 60 days before it; each step a few weeks apart.
  const startDate = addDays(adoptedOn, -300);
  const consentRequestId = grantConsent(t, iso3, users.planner, {
    sentOn: addDays(startDate, -60),
  });
  const visit = t.value(
    'visits.create',
    {
      iso3,
      kind,
      mode: 'in_person',
      status: 'conducted',
      startDate,
      endDate: addDays(startDate, 4),
      consentRequestId,
    },
    users.planner,
  );
  const report = t.value(
    'reports.create',
    { visitId: visit.id, title: `Report on ${iso3}`, draftedOn: addDays(startDate, 60) },
    users.planner,
  );
  const recommendations = ['R-01', 'R-02'].map(
    (code) =>
      t.value(
        'recommendations.create',
        {
          reportId: report.id,
          code,
          text: `Recommendation ${code} to ${iso3}.`,
          thematicArea: code === 'R-01' ? 'cft' : 'border_control',
          priority: 'high',
          technicalAssistanceNeeded: code === 'R-02',
        },
        users.planner,
      ).id,
  );
  for (const [step, on] of [
    ['sent_to_state', addDays(startDate, 75)],
    ['observations_received', addDays(startDate, 95)],
    ['submitted_to_ctc', addDays(startDate, 110)],
  ] as const)
    t.value('reports.advance', { id: report.id, step, on }, users.planner);
  t.value('reports.advance', { id: report.id, step: 'adopted', on: adoptedOn }, users.ctc);
  return { reportId: report.id, recommendations, visitId: visit.id };
}

const assessed = (recommendations: string[]) => [
  {
    recommendationId: recommendations[0]!,
    status: 'implemented',
    comment: 'The FIU became operational in 2025.',
  },
  {
    recommendationId: recommendations[1]!,
    status: 'in_progress',
    comment: 'API system procured, not yet live.',
  },
];

describe('OP 16 follow-up reports', () => {
  it('starts the follow-up of an adopted initial report, due 12 months after adoption with month-end clamping', () => {
    const { reportId } = adoptedReport('KEN', '2024-02-29');
    expect(t.value('followups.list', {}).find((f) => f.reportId === reportId)).toMatchObject({
      followupId: null,
      dueOn: '2025-02-28',
      state: 'overdue',
    });
    const f = t.value('followups.create', { reportId, startedOn: '2024-12-01' }, users.planner);
    expect(f).toMatchObject({
      reportId,
      startedOn: '2024-12-01',
      dueOn: '2025-02-28',
      unassessed: 2,
      submittedOn: null,
    });
    expect(f.assessment.map((a) => [a.code, a.currentStatus, a.status])).toEqual([
      ['R-01', 'no_information', null],
      ['R-02', 'no_information', null],
    ]);
    expectRefused('followups.create', { reportId }, 'CONFLICT');
  });

  it('refuses a follow-up for a report not adopted, a follow-up visit’s report, one adopted before OP 16, and bad dates', () => {
    const consentRequestId = grantConsent(t, 'PER', users.planner, { sentOn: '2023-10-01' });
    const visit = t.value(
      'visits.create',
      {
        iso3: 'PER',
        kind: 'focused',
        mode: 'virtual',
        status: 'conducted',
        startDate: '2024-02-05',
        endDate: '2024-02-06',
        consentRequestId,
      },
      users.planner,
    );
    const draft = t.value(
      'reports.create',
      { visitId: visit.id, title: 'Report on Peru', draftedOn: '2024-03-01' },
      users.planner,
    );
    expectRefused('followups.create', { reportId: draft.id }, 'INVALID_TRANSITION');
    const followUpVisit = adoptedReport('JOR', '2024-09-01', 'follow_up');
    expectRefused('followups.create', { reportId: followUpVisit.reportId }, 'INVALID_TRANSITION');
    const { reportId } = adoptedReport('KEN', '2024-09-01');
    expectRefused('followups.create', { reportId, startedOn: '2024-08-01' }, 'VALIDATION');
    expectRefused('followups.create', { reportId, startedOn: '2099-08-01' }, 'VALIDATION');
    expectRefused('followups.create', { reportId: 'nope' }, 'NOT_FOUND');
    expectRefused('followups.create', { reportId }, 'FORBIDDEN', users.ctc);
    t.value('settings.update', { op16Start: '2025-01-01' });
    expectRefused('followups.create', { reportId }, 'INVALID_TRANSITION');
  });

  it('assesses every recommendation with evidence, refuses an incomplete submission, and records a late one as late', () => {
    const { reportId, recommendations } = adoptedReport('KEN', '2024-09-01');
    const f = t.value('followups.create', { reportId, startedOn: '2025-06-01' }, users.planner);
    const entry = assessed(recommendations)[0]!;
    expectRefused(
      'followups.update',
      { id: f.followupId, assessment: [{ ...entry, comment: '' }] },
      'VALIDATION',
    );
    expectRefused(
      'followups.update',
      { id: f.followupId, assessment: [{ ...entry, recommendationId: 'other' }] },
      'VALIDATION',
    );
    expectRefused(
      'followups.update',
      { id: f.followupId, assessment: [entry, entry] },
      'VALIDATION',
    );
    expectRefused(
      'followups.update',
      { id: f.followupId, assessment: [{ ...entry, status: 'done' }] },
      'VALIDATION',
    );
    const partly = t.value(
      'followups.update',
      { id: f.followupId, assessment: [entry] },
      users.planner,
    );
    expect(partly.unassessed).toBe(1);
    const submit = {
      id: f.followupId,
      submittedOn: '2025-09-20',
      recommendedFollowup: 'follow_up_visit',
    };
    const unassessed = expectRefused('followups.submit', submit, 'VALIDATION');
    expect(unassessed?.message).toMatch(/1 of 2 is not assessed/);
    t.value(
      'followups.update',
      { id: f.followupId, assessment: [assessed(recommendations)[1]!] },
      users.planner,
    );
    expectRefused('followups.submit', submit, 'VALIDATION'); // no summary yet
    t.value(
      'followups.update',
      { id: f.followupId, summary: 'Kenya has implemented one recommendation in two.' },
      users.planner,
    );
    expectRefused('followups.submit', { ...submit, recommendedFollowup: 'visit' }, 'VALIDATION');
    expectRefused('followups.submit', { ...submit, submittedOn: '2099-01-01' }, 'VALIDATION');
    expectRefused('followups.submit', { ...submit, submittedOn: '2025-05-01' }, 'VALIDATION');
    const done = t.value('followups.submit', submit, users.planner);
    expect(done).toMatchObject({
      submittedOn: '2025-09-20',
      dueOn: '2025-09-01',
      late: true,
      state: 'done_late',
      recommendedFollowup: 'follow_up_visit',
      unassessed: 0,
    });
    // The assessment became each recommendation's evidenced status as of the submission.
    const recs = t.value('recommendations.list', { reportId });
    expect(recs.map((r) => [r.code, r.status, r.statusAsOf])).toEqual([
      ['R-01', 'implemented', '2025-09-20'],
      ['R-02', 'in_progress', '2025-09-20'],
    ]);
    expect(recs[0]!.evidence).toBe('The FIU became operational in 2025.');
    expect(recs[0]!.source).toMatch(/OP 16 follow-up report submitted/);
    expectRefused('followups.submit', submit, 'INVALID_TRANSITION');
    expectRefused(
      'followups.update',
      { id: f.followupId, summary: 'Changed.' },
      'INVALID_TRANSITION',
    );
    const event = t.ws.db
      .prepare("SELECT payload FROM events WHERE kind = 'followup.submitted'")
      .get() as { payload: string };
    expect(JSON.parse(event.payload)).toMatchObject({ late: true, dueOn: '2025-09-01' });
    const titles = t.value('states.get', { iso3: 'KEN' }).timeline.map((i) => i.title);
    expect(titles).toContain(
      'OP 16 follow-up report submitted to the CTC (late: due 2025-09-01), advising a follow-up visit',
    );
  });

  it('turns advice of technical assistance into proposed records, one per partner, for the recommendations that need it', () => {
    const { reportId, recommendations } = adoptedReport('KEN', '2025-03-01');
    const f = t.value('followups.create', { reportId, startedOn: '2025-12-01' }, users.planner);
    t.value(
      'followups.update',
      { id: f.followupId, summary: 'Progress is slow.', assessment: assessed(recommendations) },
      users.planner,
    );
    const done = t.value(
      'followups.submit',
      {
        id: f.followupId,
        submittedOn: '2026-02-20',
        recommendedFollowup: 'technical_assistance',
        partners: ['UNOCT', 'UNODC'],
      },
      users.planner,
    );
    expect(done).toMatchObject({ late: false, state: 'done', partners: ['UNOCT', 'UNODC'] });
    const ta = t
      .value('ta.list', { reportId })
      .sort((a, b) => (a.partner ?? '').localeCompare(b.partner ?? ''));
    expect(ta.map((x) => [x.partner, x.status, x.followupId, x.recommendationIds])).toEqual([
      ['UNOCT', 'proposed', f.followupId, [recommendations[1]]],
      ['UNODC', 'proposed', f.followupId, [recommendations[1]]],
    ]);
  });

  it('raises the State’s follow-up pending factor in the next list until the recommended visit is conducted', () => {
    const { reportId, recommendations } = adoptedReport('KEN', '2026-01-15');
    const pending = () =>
      t.value('plan.inputs', { year: 2027 }).states.find((s) => s.iso3 === 'KEN')!.followupPending;
    const score = () =>
      t.value('plan.build', { year: 2027, capacity: 10 }).entries.find((e) => e.iso3 === 'KEN')!
        .score;
    const before = pending();
    const scoreBefore = score();
    const f = t.value('followups.create', { reportId, startedOn: '2026-05-01' }, users.planner);
    t.value(
      'followups.update',
      {
        id: f.followupId,
        summary: 'A visit is needed.',
        assessment: assessed(recommendations).map((x) => ({ ...x, status: 'in_progress' })),
      },
      users.planner,
    );
    t.value(
      'followups.submit',
      { id: f.followupId, submittedOn: '2026-06-20', recommendedFollowup: 'focused_visit' },
      users.planner,
    );
    expect(before).toBe(false);
    expect(pending()).toBe(true);
    expect(score()).toBeGreaterThan(scoreBefore);
    // An advocacy visit does not answer the advice; an assessment visit does.
    t.value(
      'visits.create',
      {
        iso3: 'KEN',
        kind: 'advocacy',
        mode: 'virtual',
        status: 'conducted',
        startDate: '2026-05-04',
        endDate: '2026-05-04',
      },
      users.planner,
    );
    expect(pending()).toBe(true);
    const consentRequestId = grantConsent(t, 'KEN', users.planner, {
      sentOn: '2026-03-01',
      noteVerbaleRef: 'NV/KEN/2',
    });
    t.value(
      'visits.create',
      {
        iso3: 'KEN',
        kind: 'focused',
        mode: 'in_person',
        status: 'conducted',
        startDate: '2026-08-03',
        endDate: '2026-08-05',
        consentRequestId,
      },
      users.planner,
    );
    expect(pending()).toBe(false);
  });
});

describe('Committee meetings and invitations', () => {
  it('records meetings, invites the officials of a State with an adopted report, and their attendance once held', () => {
    const { reportId } = adoptedReport('KEN', '2025-03-01');
    const meeting = t.value(
      'ctcMeetings.create',
      {
        heldOn: '2025-06-12',
        title: 'Formal meeting (June 2025)',
        agendaNotes: 'Briefings by assessed States.',
      },
      users.planner,
    );
    const later = t.value(
      'ctcMeetings.create',
      { heldOn: '2027-01-20', title: 'Formal meeting (January 2027)' },
      users.ctc,
    );
    expect(t.value('ctcMeetings.list', { year: 2025 }).map((m) => m.id)).toEqual([meeting.id]);
    const invite = {
      meetingId: meeting.id,
      iso3: 'KEN',
      reportId,
      officialTitle: 'Principal Secretary, Ministry of Interior',
      invitedOn: '2025-05-20',
    };
    expectRefused('invitations.create', { ...invite, iso3: 'PER' }, 'VALIDATION');
    expectRefused('invitations.create', { ...invite, invitedOn: '2025-06-13' }, 'VALIDATION');
    expectRefused('invitations.create', { ...invite, invitedOn: '2025-02-01' }, 'VALIDATION');
    expectRefused('invitations.create', { ...invite, iso3: 'XXX' }, 'VALIDATION');
    expectRefused('invitations.create', { ...invite, meetingId: 'nope' }, 'NOT_FOUND');
    expectRefused('invitations.create', invite, 'FORBIDDEN', users.field);
    const invitation = t.value('invitations.create', invite, users.planner);
    expect(invitation).toMatchObject({
      stateName: 'Kenya',
      attended: null,
      meetingOn: '2025-06-12',
    });
    expectRefused('invitations.create', { ...invite, officialTitle: 'Minister' }, 'CONFLICT');
    const future = t.value(
      'invitations.create',
      { ...invite, meetingId: later.id, invitedOn: '2026-11-20' },
      users.planner,
    );
    expectRefused(
      'invitations.recordAttendance',
      { id: future.id, attended: true },
      'INVALID_TRANSITION',
    );
    expectRefused(
      'invitations.recordAttendance',
      { id: invitation.id, attended: 'yes' },
      'VALIDATION',
    );
    const attended = t.value(
      'invitations.recordAttendance',
      { id: invitation.id, attended: true, note: 'Briefed on the new FIU.' },
      users.ctc,
    );
    expect(attended).toMatchObject({ attended: true, note: 'Briefed on the new FIU.' });
    expectRefused('ctcMeetings.update', { id: meeting.id, heldOn: '2025-05-01' }, 'VALIDATION');
    expectRefused('ctcMeetings.update', { id: meeting.id, heldOn: '2027-05-01' }, 'VALIDATION');
    expectRefused('ctcMeetings.update', { id: meeting.id, title: '' }, 'VALIDATION');
    t.value('ctcMeetings.update', { id: meeting.id, agendaNotes: 'Briefing by Kenya.' }, users.ctc);
    const listed = t.value('ctcMeetings.list', {});
    expect(listed.map((m) => [m.heldOn, m.invitations.map((i) => i.iso3)])).toEqual([
      ['2027-01-20', ['KEN']],
      ['2025-06-12', ['KEN']],
    ]);
    const dossier = t.value('states.get', { iso3: 'KEN' });
    expect(dossier.invitations).toHaveLength(2);
    expect(dossier.timeline.map((i) => i.title)).toContain(
      'Officials briefed the CTC: Briefed on the new FIU.',
    );
  });
});
