// The one deadline engine on a real SQLite workspace: every deadline of a State's cycle as of a
// date, what needs each role's action, the dossier's view of them, and the statistics of
// timeliness built on them.
import { beforeEach, afterEach, describe, expect, it } from 'vitest';
import type { Deadline } from '../../shared/api/types';
import {
  createTestWorkspace,
  expectRefused,
  grantConsent,
  recordReport,
  seedUsers,
  type TestWorkspace,
} from './helpers';

let t: TestWorkspace;
let users: ReturnType<typeof seedUsers>;
let reports: Record<'KEN' | 'JOR' | 'FIN', string>;
let undraftedVisit: string;

/**
 * As of 2026-11-29: Peru has not answered a consent request of September; Kenya's draft went to
 * the State on 10 November; Jordan's report has waited at the Committee since June; Finland's
 * report was adopted in 2024 and nothing has followed; Nepal's visit of October has no report yet.
 */
beforeEach(() => {
  t = createTestWorkspace();
  users = seedUsers(t);
  t.value(
    'consent.create',
    { iso3: 'PER', year: 2027, sentOn: '2026-09-01', noteVerbaleRef: 'CTED/NV/2026/031' },
    users.planner,
  );
  const declined = t.value(
    'consent.create',
    { iso3: 'MLI', year: 2026, sentOn: '2026-01-01', noteVerbaleRef: 'CTED/NV/2026/001' },
    users.planner,
  );
  t.value(
    'consent.reply',
    { id: declined.id, reply: 'declined', receivedOn: '2026-03-02' },
    users.planner,
  );
  reports = {
    KEN: recordReport(t, users, {
      iso3: 'KEN',
      visitOn: '2026-08-03',
      draftedOn: '2026-10-01',
      steps: { sent_to_state: '2026-11-10' },
    }).reportId,
    JOR: recordReport(t, users, {
      iso3: 'JOR',
      visitOn: '2025-11-03',
      draftedOn: '2026-01-10',
      steps: {
        sent_to_state: '2026-02-01',
        observations_received: '2026-02-20',
        submitted_to_ctc: '2026-06-01',
      },
    }).reportId,
    FIN: recordReport(t, users, {
      iso3: 'FIN',
      visitOn: '2024-03-04',
      draftedOn: '2024-05-01',
      recommendations: [
        ['R-01', 'cft', 'high'],
        ['R-02', 'cft', 'low'],
      ],
      steps: {
        sent_to_state: '2024-05-15',
        observations_received: '2024-06-20',
        submitted_to_ctc: '2024-07-01',
        adopted: '2024-09-02',
        transmitted: '2024-10-31',
      },
    }).reportId,
  };
  const consentRequestId = grantConsent(t, 'NPL', users.planner, { sentOn: '2026-06-01' });
  undraftedVisit = t.value(
    'visits.create',
    {
      iso3: 'NPL',
      kind: 'focused',
      mode: 'in_person',
      status: 'conducted',
      startDate: '2026-10-05',
      endDate: '2026-10-08',
      consentRequestId,
    },
    users.planner,
  ).id;
});
afterEach(() => t.close());

const find = (deadlines: Deadline[], iso3: string, kind: Deadline['kind']) =>
  deadlines.find((d) => d.iso3 === iso3 && d.kind === kind);

describe('the deadline engine', () => {
  it('gives every deadline of every State’s cycle with its trigger, due date, when it was met and its state', () => {
    const all = t.value('deadlines.list', {});
    expect(find(all, 'PER', 'consent_reply')).toMatchObject({
      triggerOn: '2026-09-01',
      dueOn: '2026-10-31',
      state: 'overdue',
      daysLeft: -29,
      actor: 'planner',
      label: "The State's reply to the consent request CTED/NV/2026/031",
    });
    expect(find(all, 'PER', 'consent_reminder')).toMatchObject({
      dueOn: '2026-10-01',
      state: 'overdue',
    });
    expect(find(all, 'MLI', 'consent_reply')).toMatchObject({
      doneOn: '2026-03-02',
      state: 'done',
    });
    expect(find(all, 'MLI', 'consent_reminder')).toBeUndefined();
    expect(find(all, 'KEN', 'observations')).toMatchObject({
      dueOn: '2026-12-10',
      state: 'due_near',
      daysLeft: 11,
      subject: 'report',
      subjectId: reports.KEN,
    });
    expect(find(all, 'JOR', 'observations')).toMatchObject({ state: 'done' });
    expect(find(all, 'JOR', 'committee_decision')).toMatchObject({
      dueOn: '2026-08-30',
      state: 'overdue',
      actor: 'ctc_member',
    });
    expect(find(all, 'FIN', 'observations')).toMatchObject({
      dueOn: '2024-06-14',
      doneOn: '2024-06-20',
      state: 'done_late',
    });
    expect(find(all, 'FIN', 'committee_decision')).toMatchObject({ state: 'done' });
    expect(find(all, 'FIN', 'transmission')).toMatchObject({
      dueOn: '2024-10-02',
      state: 'done_late',
    });
    expect(find(all, 'FIN', 'implementation_reply')).toMatchObject({
      dueOn: '2025-04-30',
      state: 'overdue',
    });
    expect(find(all, 'FIN', 'op16_report')).toMatchObject({
      dueOn: '2025-09-02',
      state: 'overdue',
    });
    // Open deadlines first, soonest due first.
    const open = t.value('deadlines.list', { open: true });
    expect(open.every((d) => d.doneOn === null)).toBe(true);
    expect(open.map((d) => d.dueOn)).toEqual([...open.map((d) => d.dueOn)].sort());
    expect(all.slice(0, open.length)).toEqual(open);
    expect(t.value('deadlines.list', { iso3: 'KEN' }).every((d) => d.iso3 === 'KEN')).toBe(true);
  });

  it('knows only what had happened as of an earlier date, and follows the settings', () => {
    const then = t.value('deadlines.list', { asOf: '2024-06-01' });
    expect(then.filter((d) => d.subject === 'report')).toEqual([
      expect.objectContaining({
        iso3: 'FIN',
        kind: 'observations',
        state: 'due_near',
        doneOn: null,
      }),
    ]);
    t.value('settings.update', { committeeWaitDays: 200, alertNearDays: 10, alertFarDays: 40 });
    expect(find(t.value('deadlines.list', {}), 'JOR', 'committee_decision')).toMatchObject({
      dueOn: '2026-12-18',
      state: 'due_far',
    });
    expect(find(t.value('deadlines.list', {}), 'KEN', 'observations')!.state).toBe('due_far');
    expectRefused(t, 'deadlines.list', { asOf: '2026-13-01' }, 'VALIDATION', users.planner);
  });

  it('shows a State’s deadlines in its dossier, and the open ones on its timeline', () => {
    const dossier = t.value('states.get', { iso3: 'FIN' });
    expect(dossier.deadlines.map((d) => d.kind).sort()).toEqual(
      [
        'consent_reply',
        'committee_decision',
        'implementation_reply',
        'observations',
        'op16_report',
        'transmission',
      ].sort(),
    );
    expect(dossier.timeline.map((i) => i.title)).toEqual(
      expect.arrayContaining([
        'Due: The State’s report on implementation (6 months after transmission) — overdue',
        'Due: The OP 16 follow-up report to the Committee (12 months after adoption) — overdue',
        'Factual observations received from the State',
      ]),
    );
    expect(t.value('reports.get', { id: reports.FIN }).deadlines.map((d) => d.kind)).toEqual([
      'implementation_reply',
      'op16_report',
      'transmission',
      'committee_decision',
      'observations',
    ]);
  });
});

describe('the deadlines export', () => {
  it('writes the engine’s deadlines as CSV and XLSX, all of them or the open ones', async () => {
    const csv = await t.valueLater('exports.deadlines', { format: 'csv', open: true });
    expect(csv.fileName).toBe('cted-deadlines-2026-11-29-open-RESTRICTED.csv');
    const lines = csv.content.split(/\r?\n/);
    expect(lines.find((l) => l.startsWith('ISO3,'))).toBe(
      'ISO3,State,Deadline,Triggered on,Due on,Met on,Where it stands,Days left,Who acts',
    );
    expect(lines.filter((l) => /^[A-Z]{3},/.test(l))).toHaveLength(
      t.value('deadlines.list', { open: true }).length,
    );
    expect(csv.content).toContain(
      'JOR,Jordan,The Committee’s decision on the submitted report,2026-06-01,2026-08-30,,Overdue,-91,The Committee',
    );
    const all = (await t.valueLater('exports.deadlines', { format: 'csv', asOf: '2026-11-29' }))
      .content;
    expect(all).toContain('Met late');
    const xlsx = await t.valueLater('exports.deadlines', { format: 'xlsx' });
    expect(xlsx).toMatchObject({
      encoding: 'base64',
      fileName: 'cted-deadlines-2026-11-29-RESTRICTED.xlsx',
    });
    expectRefused(t, 'exports.deadlines', { format: 'pdf' }, 'VALIDATION', users.planner);
  });
});

describe('what needs each role’s action', () => {
  it('asks a planner to record, a CTC member to decide, and a field user nothing', () => {
    const planner = t.value('deadlines.actions', {}, users.planner);
    expect(planner.map((a) => a.key).sort()).toEqual(
      [
        `consent_reminder:${find(t.value('deadlines.list', {}), 'PER', 'consent_reminder')!.subjectId}`,
        `consent_reply:${find(t.value('deadlines.list', {}), 'PER', 'consent_reply')!.subjectId}`,
        `observations:${reports.KEN}`,
        `draft:${undraftedVisit}`,
      ].sort(),
    );
    // Finland's overdue steps were missed more than a year ago; a year earlier they were on it.
    const then = (asOf: string) => t.value('deadlines.actions', { asOf }, users.planner);
    expect(then('2025-10-01').map((a) => a.key)).toEqual(
      expect.arrayContaining([`implementation_reply:${reports.FIN}`, `op16_report:${reports.FIN}`]),
    );
    expect(then('2025-10-01').find((a) => a.key === `op16_report:${reports.FIN}`)!.href).toBe(
      '#/followup',
    );
    expect(planner.find((a) => a.key === `draft:${undraftedVisit}`)).toMatchObject({
      stateName: 'Nepal',
      href: `#/visits/${undraftedVisit}`,
    });
    const followup = t.value('followups.create', { reportId: reports.FIN }, users.planner);
    expect(then('2025-10-01').find((a) => a.key === `op16_report:${reports.FIN}`)!.href).toBe(
      `#/followup/${followup.followupId}`,
    );

    const committee = t.value('deadlines.actions', {}, users.ctc);
    expect(committee).toEqual([
      expect.objectContaining({
        key: `committee_decision:${reports.JOR}`,
        stateName: 'Jordan',
        href: `#/reports/${reports.JOR}`,
        state: 'overdue',
      }),
    ]);
    expect(t.value('deadlines.actions', {}, users.field)).toEqual([]);
    expect(t.value('deadlines.actions', {}).length).toBe(planner.length + committee.length);
  });

  it('leaves out what a later cycle has closed, and what was missed more than a year ago', () => {
    const keys = (asOf?: string) =>
      t.value('deadlines.actions', asOf ? { asOf } : {}, users.planner).map((a) => a.key);
    // A later assessment visit to Finland opens a new cycle: the old report's overdue steps leave
    // the dashboard, though they stay in the State's deadlines.
    expect(keys('2025-10-01')).toContain(`implementation_reply:${reports.FIN}`);
    recordReport(t, users, { iso3: 'FIN', visitOn: '2025-09-08', draftedOn: '2025-09-30' });
    expect(keys('2025-10-01')).not.toContain(`implementation_reply:${reports.FIN}`);
    expect(keys('2025-10-01')).not.toContain(`op16_report:${reports.FIN}`);
    expect(find(t.value('deadlines.list', { iso3: 'FIN' }), 'FIN', 'op16_report')!.state).toBe(
      'overdue',
    );
    // A new request to Peru replaces the one left unanswered.
    const peru = find(t.value('deadlines.list', {}), 'PER', 'consent_reply')!.subjectId;
    t.value(
      'consent.create',
      { iso3: 'PER', year: 2028, sentOn: '2026-11-20', noteVerbaleRef: 'CTED/NV/2026/040' },
      users.planner,
    );
    expect(keys().filter((k) => k.endsWith(peru))).toEqual([]);
    // A year on, Kenya's missed observations are no longer on the dashboard; Jordan's report
    // still waits for the Committee, however late.
    expect(keys('2027-12-11')).not.toContain(`observations:${reports.KEN}`);
    expect(keys('2027-12-09')).toContain(`observations:${reports.KEN}`);
    expect(
      t.value('deadlines.actions', { asOf: '2028-12-01' }, users.ctc).map((a) => a.key),
    ).toContain(`committee_decision:${reports.JOR}`);
  });
});

describe('statistics of timeliness', () => {
  it('gives medians and 90th percentiles of report intervals, shares on time, consent and implementation', () => {
    t.value(
      'recommendations.addUpdate',
      {
        id: t.value('recommendations.list', { reportId: reports.FIN })[0]!.id,
        asOf: '2025-06-01',
        status: 'implemented',
        evidence: 'The FIU is operational.',
        source: 'Implementation reply',
      },
      users.planner,
    );
    const stats = t.value('stats.timeliness', { from: '2024-01-01', to: '2026-11-29' });
    expect(stats.intervals.visitToDraft).toEqual({ count: 3, median: 55, p90: 64 });
    expect(stats.intervals.draftToAdoption).toEqual({ count: 1, median: 124, p90: 124 });
    expect(stats.intervals.adoptionToTransmission).toEqual({ count: 1, median: 59, p90: 59 });
    expect(stats.intervals.transmissionToReply).toEqual({ count: 0, median: null, p90: null });
    expect(stats.deadlines.find((d) => d.kind === 'observations')).toEqual({
      kind: 'observations',
      due: 2,
      onTime: 1,
      late: 1,
      overdue: 0,
      shareOnTime: 0.5,
    });
    expect(stats.op16).toMatchObject({ due: 1, overdue: 1, shareOnTime: 0 });
    expect(stats.consent).toEqual({
      requests: 6,
      answered: 5,
      granted: 4,
      rate: 0.8,
      medianDaysToReply: 0,
    });
    expect(stats.implementation.byThematicArea).toEqual([
      {
        key: 'cft',
        label: 'Countering the financing of terrorism',
        total: 2,
        implemented: 1,
        share: 0.5,
      },
    ]);
    expect(stats.implementation.byPriority.map((p) => [p.key, p.total, p.share])).toEqual([
      ['high', 1, 1],
      ['medium', 0, null],
      ['low', 1, 0],
    ]);
    // A later period counts only what fell due in it (Finland's reply was due before it began).
    const later = t.value('stats.timeliness', { from: '2025-06-01', to: '2026-11-29' });
    expect(later.op16).toMatchObject({ due: 1, overdue: 1 });
    expect(later.deadlines.find((d) => d.kind === 'observations')).toMatchObject({
      due: 1,
      onTime: 1,
    });
    expect(later.deadlines.find((d) => d.kind === 'implementation_reply')!.due).toBe(0);
    expect(later.intervals.visitToDraft).toMatchObject({ count: 2, median: 59.5 });
    // A period before anything happened has nothing to count.
    const empty = t.value('stats.timeliness', { from: '2020-01-01', to: '2020-12-31' });
    expect(empty.intervals.visitToDraft.count).toBe(0);
    expect(empty.consent.rate).toBeNull();
    expectRefused(
      t,
      'stats.timeliness',
      { from: '2026-01-01', to: '2025-01-01' },
      'VALIDATION',
      users.planner,
    );
  });
});
