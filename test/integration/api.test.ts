import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadMigrations } from '../../main/core/db/migrations';
import { API } from '../../shared/api/contract';
import {
  createTestWorkspace,
  expectRefused as refusedCall,
  grantConsent,
  seedUsers,
  TODAY,
  type TestWorkspace,
} from './helpers';

let t: TestWorkspace;
let users: ReturnType<typeof seedUsers>;
beforeEach(() => {
  t = createTestWorkspace();
  users = seedUsers(t);
});
afterEach(() => t.close());

const conducted = {
  iso3: 'KEN',
  kind: 'comprehensive',
  mode: 'in_person',
  status: 'conducted',
  startDate: '2024-02-05',
  endDate: '2024-02-09',
  team: ['A. Rahman'],
} as const;

/** Records a conducted visit with the State's consent, as a planner. */
function recordConducted(changes: { iso3?: string; startDate?: string; endDate?: string } = {}) {
  const visit = { ...conducted, ...changes };
  const consentRequestId = grantConsent(t, visit.iso3, users.planner, {
    year: Number(visit.startDate.slice(0, 4)),
    sentOn: '2023-06-01',
    noteVerbaleRef: `NV/${visit.iso3}/${visit.startDate}`,
  });
  return t.value('visits.create', { ...visit, consentRequestId }, users.planner);
}

/** A refused call (as a planner unless another user is named) that changed nothing. */
const expectRefused = (method: string, input: unknown, code: string, user?: string) =>
  refusedCall(t, method, input, code, user ?? users.planner);

describe('the dispatcher', () => {
  it('answers an unknown method with NOT_FOUND', () => {
    expectRefused('visits.explode', {}, 'NOT_FOUND');
  });

  it('answers an unknown caller with FORBIDDEN', () => {
    expectRefused('states.list', {}, 'FORBIDDEN', 'nobody-at-all');
  });

  it('refuses unexpected input fields', () => {
    expectRefused('states.list', { everything: true }, 'VALIDATION');
  });

  it('declares which roles may call each method, and lets admins call all', () => {
    const adminsOnly = [
      'settings.update',
      'audit.verify',
      'audit.anchor',
      'users.create',
      'users.update',
      'users.disable',
      'users.resetPassphrase',
      'apiKeys.create',
      'apiKeys.list',
      'apiKeys.revoke',
    ];
    // Every signed-in user, field teams included, changes their own passphrase.
    const everyone = ['users.changeOwnPassphrase', 'users.setLanguage'];
    // A visit's field team writes its field records (only of its own visits); planners too.
    const fieldTeam = [
      'meetings.create',
      'meetings.update',
      'meetings.delete',
      'observations.create',
      'observations.update',
      'observations.delete',
      'statusProposals.create',
      'statusProposals.withdraw',
      'findings.save',
      'findings.delete',
      'practicalDetails.update',
      // In a field workspace only; at HQ the handlers refuse field users (field-pack.test.ts).
      'sync.exportBundle',
      'sync.importBundle',
    ];
    // Reads that only planners make: a partner pack decides what leaves CTED (OP 19).
    const plannersOnlyReads = ['exports.partnerPack'];
    for (const [name, spec] of Object.entries(API)) {
      if (plannersOnlyReads.includes(name)) {
        expect(spec.roles, name).toEqual(['planner']);
        continue;
      }
      if (adminsOnly.includes(name)) {
        expect(spec.roles, name).toEqual([]);
        continue;
      }
      if (everyone.includes(name)) {
        expect(spec.roles, name).toEqual(['planner', 'ctc_member', 'field', 'admin']);
        continue;
      }
      if (fieldTeam.includes(name)) {
        expect(spec.roles, name).toEqual(['planner', 'field']);
        continue;
      }
      expect(spec.roles.length, name).toBeGreaterThan(0);
      if (!spec.mutates)
        expect(spec.roles, `${name} is readable by every role`).toEqual([
          'planner',
          'ctc_member',
          'field',
          'admin',
        ]);
      else expect(spec.roles, `${name} is not open to field users`).not.toContain('field');
    }
    expect(t.api.call('visits.create', { ...conducted, kind: 'advocacy' }).ok).toBe(true);
  });
});

describe('states', () => {
  it('lists the 193 Member States with their visit history', () => {
    recordConducted();
    const states = t.value('states.list', {});
    expect(states).toHaveLength(193);
    const kenya = states.find((s) => s.iso3 === 'KEN')!;
    expect(kenya).toMatchObject({
      name: 'Kenya',
      region: 'Africa',
      subregion: 'Eastern Africa',
      lastVisit: '2024-02-09',
      visitsCount: 1,
      neverVisited: false,
    });
    // The UN's own names: Spanish UN documents write "Kenya" too.
    expect(kenya.names).toMatchObject({ en: 'Kenya', fr: 'Kenya', es: 'Kenya' });
    expect(states.find((s) => s.iso3 === 'PER')).toMatchObject({
      lastVisit: null,
      visitsCount: 0,
      neverVisited: true,
    });
  });

  it('gives a dossier with everything about one State and a dated timeline, newest first', () => {
    const visit = recordConducted();
    t.seed((w) => {
      const report = w.insert('assessment_reports', {
        visit_id: visit.id,
        status: 'adopted',
        sent_to_state_on: '2024-04-01',
        adopted_on: '2024-06-20',
      });
      w.insert('recommendations', {
        report_id: report,
        code: 'R-1',
        text: 'Adopt a strategy',
        thematic_area: 'national_strategy',
        priority: 'high',
      });
      w.insert('signals', {
        iso3: 'KEN',
        kind: 'event',
        occurred_on: '2025-01-10',
        severity: 4,
        half_life_days: 180,
        text: 'Synthetic event',
      });
      w.insert('state_requests', {
        iso3: 'KEN',
        kind: 'invitation',
        received_on: '2025-03-01',
        status: 'open',
      });
      w.insert('risk_indicators', {
        iso3: 'KEN',
        indicator_key: 'incidents',
        as_of: '2025-01-01',
        value: 3,
      });
      w.insert('consent_requests', {
        iso3: 'KEN',
        sent_on: '2023-10-01',
        reply: 'granted',
        replied_on: '2023-11-15',
      });
    });
    const d = t.value('states.get', { iso3: 'KEN' });
    expect(d.visits).toHaveLength(1);
    expect(d.reports[0]).toMatchObject({ observationsDue: '2024-05-01', recommendationsCount: 1 });
    expect(d.recommendations[0]).toMatchObject({ code: 'R-1', status: 'no_information' });
    expect(d.followups[0]).toMatchObject({ dueOn: '2025-06-20', state: 'overdue' });
    expect(d.signals).toHaveLength(1);
    expect(d.requests).toHaveLength(1);
    expect(d.indicators[0]).toMatchObject({ key: 'incidents', value: 3 });
    expect(d.consentRequests[0]).toMatchObject({ reply: 'granted' });
    const dates = d.timeline.map((i) => i.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(d.timeline.map((i) => i.kind)).toEqual(
      expect.arrayContaining(['visit', 'report', 'followup', 'signal', 'request', 'consent']),
    );
  });

  it('answers an unknown State with NOT_FOUND and a malformed code with VALIDATION', () => {
    expectRefused('states.get', { iso3: 'XYZ' }, 'NOT_FOUND');
    expectRefused('states.get', { iso3: 'kenya' }, 'VALIDATION');
  });
});

describe('the assessment cycle', () => {
  function seedReport(iso3: string, kind: string, adoptedOn: string | null, followupOn?: string) {
    let ids = { visit: '', report: '' };
    t.seed((w) => {
      const visit = w.insert('visits', {
        iso3,
        kind,
        mode: 'in_person',
        status: 'conducted',
        start_date: '2021-05-01',
        end_date: '2021-05-04',
      });
      const report = w.insert('assessment_reports', {
        visit_id: visit,
        status: adoptedOn ? 'adopted' : 'drafting',
        adopted_on: adoptedOn,
        sent_to_state_on: '2021-08-01',
        transmitted_on: adoptedOn,
      });
      if (followupOn)
        w.insert('followups', {
          report_id: report,
          submitted_on: followupOn,
          recommended_followup: 'technical_assistance',
          ta_partners: 'UNODC',
        });
      ids = { visit, report };
    });
    return ids;
  }

  it('computes OP 16 due dates and states as of any day', () => {
    seedReport('KEN', 'comprehensive', '2024-02-29');
    seedReport('PER', 'focused', '2023-01-10', '2024-01-05');
    seedReport('JOR', 'comprehensive', '2022-05-01', '2023-06-01');
    seedReport('FIN', 'comprehensive', '2021-06-01');
    seedReport('MLI', 'advocacy', '2023-01-01');
    seedReport('NPL', 'follow_up', '2023-01-01');
    seedReport('CHL', 'comprehensive', null);

    const asOf = (day: string) =>
      Object.fromEntries(t.value('followups.list', { asOf: day }).map((f) => [f.iso3, f]));
    const early = asOf('2024-12-15');
    expect(Object.keys(early).sort()).toEqual(['JOR', 'KEN', 'PER']);
    expect(early.KEN).toMatchObject({
      dueOn: '2025-02-28',
      state: 'due_far',
      daysLeft: 75,
      submittedOn: null,
    });
    expect(early.PER).toMatchObject({
      dueOn: '2024-01-10',
      state: 'done',
      recommendedFollowup: 'technical_assistance',
      partners: ['UNODC'],
    });
    expect(early.JOR).toMatchObject({ dueOn: '2023-05-01', state: 'done_late' });
    expect(asOf('2025-02-10').KEN!.state).toBe('due_near');
    expect(asOf('2025-03-01').KEN).toMatchObject({ state: 'overdue', daysLeft: -1 });
    expect(asOf('2023-12-20').PER).toMatchObject({
      state: 'due_near',
      submittedOn: null,
      recommendedFollowup: null,
    });
    expect(t.value('followups.list', {}).find((f) => f.iso3 === 'KEN')!.state).toBe('overdue');
  });

  it('lists reports with their deadlines and recommendations with their latest evidenced status', () => {
    const { report } = seedReport('KEN', 'comprehensive', '2024-02-29');
    t.seed((w) => {
      const rec = w.insert('recommendations', {
        report_id: report,
        code: 'R-2',
        text: 'Set up an FIU',
        thematic_area: 'cft',
        priority: 'high',
        ta_needed: 1,
        ta_providers: 'UNODC',
      });
      w.insert('recommendation_updates', {
        recommendation_id: rec,
        as_of: '2024-09-01',
        status: 'in_progress',
        evidence: 'Draft law',
        source: 'State reply',
      });
      w.insert('recommendation_updates', {
        recommendation_id: rec,
        as_of: '2025-09-01',
        status: 'implemented',
        evidence: 'Law adopted',
        source: 'Official gazette',
      });
    });
    const [r] = t.value('reports.list', { iso3: 'KEN' });
    expect(r).toMatchObject({
      observationsDue: '2021-08-31',
      implementationReplyDue: '2024-08-29',
      recommendationsCount: 1,
      visitKind: 'comprehensive',
    });
    const [rec] = t.value('recommendations.list', { reportId: report });
    expect(rec).toMatchObject({
      status: 'implemented',
      statusAsOf: '2025-09-01',
      evidence: 'Law adopted',
      source: 'Official gazette',
      technicalAssistanceNeeded: true,
    });
    t.seed((w) => {
      w.insert('recommendations', {
        report_id: report,
        code: 'R-3',
        text: 'Train judges',
        thematic_area: 'human_rights',
        priority: 'low',
      });
    });
    const summary = t.value('recommendations.summary', {});
    expect(summary).toMatchObject({ total: 2, open: 1 });
    expect(summary.byStatus).toMatchObject({ implemented: 1, no_information: 1, in_progress: 0 });
  });

  it('flags consent requests waiting past the alert threshold', () => {
    t.seed((w) => {
      w.insert('consent_requests', { iso3: 'KEN', sent_on: '2026-08-01', reply: 'pending' });
      w.insert('consent_requests', { iso3: 'PER', sent_on: '2026-11-01', reply: 'pending' });
      w.insert('consent_requests', {
        iso3: 'JOR',
        sent_on: '2026-01-01',
        reply: 'granted',
        replied_on: '2026-02-01',
      });
    });
    const byState = Object.fromEntries(t.value('consent.list', {}).map((c) => [c.iso3, c]));
    expect(byState.KEN).toMatchObject({ daysWaiting: 120, overdueReply: true });
    expect(byState.PER).toMatchObject({ daysWaiting: 28, overdueReply: false });
    expect(byState.JOR).toMatchObject({ daysWaiting: null, overdueReply: false });
  });
});

describe('coverage', () => {
  it('counts States visited at least once, by region and by year, as of a date', () => {
    recordConducted();
    recordConducted({ startDate: '2025-06-01', endDate: '2025-06-03' });
    recordConducted({ iso3: 'FRA', startDate: '2025-06-10', endDate: '2025-06-12' });
    t.value('visits.create', { iso3: 'PER', kind: 'focused', mode: 'in_person' }, users.planner);
    const now = t.value('coverage.summary', {});
    expect(now).toMatchObject({
      asOf: TODAY,
      memberStates: 193,
      visitedOnce: 2,
      neverVisited: 191,
    });
    expect(now.byRegion.find((r) => r.region === 'Africa')).toEqual({
      region: 'Africa',
      memberStates: 54,
      neverVisited: 53,
    });
    expect(now.byYear).toEqual([
      { year: 2024, visits: 1, visitedCumulative: 1 },
      { year: 2025, visits: 2, visitedCumulative: 2 },
      { year: 2026, visits: 0, visitedCumulative: 2 },
    ]);
    expect(t.value('coverage.summary', { asOf: '2025-01-01' })).toMatchObject({
      visitedOnce: 1,
      neverVisited: 192,
    });
    expectRefused('coverage.summary', { asOf: 'yesterday' }, 'VALIDATION');
  });
});

describe('workspace, users and audit', () => {
  it('describes the workspace', () => {
    recordConducted();
    const info = t.value('workspace.info', {});
    expect(info).toMatchObject({
      schemaVersion: loadMigrations().at(-1)!.version,
      demo: false,
      syntheticNotice: null,
      siteId: t.ws.siteId,
    });
    expect(info.counts).toMatchObject({ member_states: 193, visits: 1, users: 4 });
  });

  it('lists users with admins first', () => {
    const list = t.value('users.list', {});
    expect(list.map((u) => u.role)).toEqual(['admin', 'planner', 'ctc_member', 'field']);
  });

  it('refuses the history of something that is not a record', () => {
    expectRefused('audit.history', { table: 'member_states', id: 'KEN' }, 'VALIDATION');
    expectRefused('audit.history', { table: 'visits; DROP TABLE visits', id: 'x' }, 'VALIDATION');
  });
});
