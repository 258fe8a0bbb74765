// Coverage on real workspaces: the map's data (and the standing the map gives each State in any
// year), the charts' series, the projection's defaults, and the implementation of recommendations
// over time. Small workspaces built through the API check each figure by hand; the demo checks
// that coverage agrees with the other readers of the same data (states.list, states.get,
// stats.timeliness, coverage.summary), and that what coverage keeps between calls (each figure
// until a table it reads changes; the implementation counts brought up to date) equals a recount.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../main/core/dispatcher';
import { openWorkspace, setMeta } from '../../main/core/db/workspace';
import type { Writer } from '../../main/core/db/write';
import { BUNDLE_KDF_KEY } from '../../main/core/sync/exchange';
import type {
  CoverageMapState,
  CoverageTrends,
  ImplementationOverTime,
  StatusCounts,
} from '../../shared/api/types';
import { coverageAt } from '../../shared/domain/coverage';
import { RECOMMENDATION_STATUSES } from '../../shared/domain/reports';
import {
  copyOfDemo,
  createTestWorkspace,
  demoTemplate,
  expectRefused,
  noonOf,
  recordReport,
  seedUsers,
  snapshot,
  TODAY,
  userWithRole,
  type TestWorkspace,
} from './helpers';

let template: string;
let t: TestWorkspace | null = null;

beforeAll(() => {
  template = demoTemplate();
});
afterEach(() => {
  t?.close();
  t = null;
});

const fresh = () => (t = createTestWorkspace());
const demo = (today = TODAY) => (t = copyOfDemo(template, today));
const stateOf = (states: CoverageMapState[], iso3: string) => states.find((s) => s.iso3 === iso3)!;

/** The steps of a report adopted on `adopted`, each a few days after the one before. */
const adoptedOn = (drafted: string, adopted: string, transmitted: string) => ({
  sent_to_state: drafted,
  observations_received: drafted,
  submitted_to_ctc: drafted,
  adopted,
  transmitted,
});

function recordAdvocacy(w: TestWorkspace, planner: string, iso3: string, on: string): void {
  w.value(
    'visits.create',
    { iso3, kind: 'advocacy', mode: 'in_person', status: 'conducted', startDate: on, endDate: on },
    planner,
  );
}

describe('coverage.map', () => {
  it('gives every Member State its coordinates, conducted visits and adopted lists, as of a date', () => {
    const w = fresh();
    const users = seedUsers(w);
    recordReport(w, users, {
      iso3: 'KEN',
      visitOn: '2023-03-06',
      draftedOn: '2023-05-01',
    });
    recordAdvocacy(w, users.planner, 'FJI', '2025-04-10');
    w.value('plan.saveDraft', { year: 2027, capacity: 6, reserveSize: 3 }, users.planner);
    w.value('plan.propose', { year: 2027 }, users.planner);
    w.value('plan.adopt', { year: 2027, decisionRef: 'CTC/2026/9', decidedOn: TODAY }, users.ctc);
    w.value('plan.saveDraft', { year: 2028, capacity: 4 }, users.planner);

    const map = w.value('coverage.map', {});
    expect(map.asOf).toBe(TODAY);
    expect(map.firstYear).toBe(2023);
    expect(map.states).toHaveLength(193);
    expect(new Set(map.states.map((s) => s.m49)).size).toBe(193);
    expect(stateOf(map.states, 'KEN').visits).toEqual([
      { endedOn: '2023-03-10', kind: 'comprehensive' },
    ]);
    expect(stateOf(map.states, 'FJI').visits).toEqual([
      { endedOn: '2025-04-10', kind: 'advocacy' },
    ]);
    // Tuvalu has no shape at 1:50m: the map puts its marker at these coordinates.
    const [lat, lng] = stateOf(map.states, 'TUV').latlng;
    expect(lat).toBeCloseTo(-8, 0);
    expect(lng).toBeCloseTo(178, 0);
    expect(stateOf(map.states, 'TUV').m49).toBe('798');
    expect(stateOf(map.states, 'MNE').admittedOn).toBe('2006-06-28');
    expect(stateOf(map.states, 'SSD').admittedOn).toBe('2011-07-14');
    expect(stateOf(map.states, 'KEN').admittedOn).toBeNull();

    // The adopted 2027 list marks its selected States; the 2028 draft marks none.
    const selected = w
      .value('plan.get', { year: 2027 })!
      .entries.filter((e) => e.selection === 'selected')
      .map((e) => e.iso3)
      .sort();
    expect(selected).toHaveLength(6);
    expect(
      map.states
        .filter((s) => s.listYears.length > 0)
        .map((s) => s.iso3)
        .sort(),
    ).toEqual(selected);
    expect(map.states.every((s) => s.listYears.every((y) => y === 2027))).toBe(true);

    // Before the Committee adopted it, and before the visit ended, neither is known.
    const earlier = w.value('coverage.map', { asOf: '2023-03-08' });
    expect(earlier.states.every((s) => s.listYears.length === 0)).toBe(true);
    expect(stateOf(earlier.states, 'KEN').visits).toEqual([]);
    expect(earlier.firstYear).toBe(2023);
  });

  it('places each State, in any year and for any kind of visit, as the map shows it', () => {
    const w = fresh();
    const users = seedUsers(w);
    recordReport(w, users, { iso3: 'KEN', visitOn: '2023-03-06', draftedOn: '2023-05-01' });
    recordReport(w, users, {
      iso3: 'KEN',
      kind: 'focused',
      visitOn: '2026-02-02',
      draftedOn: '2026-04-01',
    });
    recordAdvocacy(w, users.planner, 'FJI', '2025-04-10');
    const map = w.value('coverage.map', {});
    const at = (iso3: string, year: number, kind?: Parameters<typeof coverageAt>[3]) =>
      coverageAt(stateOf(map.states, iso3), year, map.asOf, kind);

    expect(at('KEN', 2022).status).toBe('never');
    expect(at('KEN', 2023)).toMatchObject({ status: 'this_year', yearsAgo: 0 });
    expect(at('KEN', 2025)).toMatchObject({ status: 'recent', yearsAgo: 2 });
    expect(at('KEN', 2026).lastVisit).toEqual({ endedOn: '2026-02-06', kind: 'focused' });
    expect(at('KEN', 2026, 'comprehensive')).toMatchObject({ status: 'recent', yearsAgo: 3 });
    expect(at('KEN', 2026, 'follow_up').status).toBe('never');
    // Advocacy visits are shown, but do not make a State visited.
    expect(at('FJI', 2026).status).toBe('never');
    expect(at('FJI', 2026, 'advocacy')).toMatchObject({ status: 'recent', yearsAgo: 1 });
    // Montenegro and South Sudan were not yet Member States.
    expect(at('MNE', 2005).status).toBe('not_member');
    expect(at('MNE', 2006).status).toBe('never');
    expect(at('SSD', 2010).status).toBe('not_member');
  });

  it('agrees with the Member States list on who was visited and when, as of any date', () => {
    for (const asOf of ['2016-06-30', TODAY]) {
      const w = demo(asOf);
      const map = w.value('coverage.map', {});
      const year = Number(asOf.slice(0, 4));
      const list = new Map(w.value('states.list', {}).map((s) => [s.iso3, s]));
      for (const s of map.states) {
        const standing = coverageAt(s, year, map.asOf);
        expect(standing.lastVisit?.endedOn ?? null, s.iso3).toBe(list.get(s.iso3)!.lastVisit);
        expect(standing.status === 'never', s.iso3).toBe(list.get(s.iso3)!.neverVisited);
      }
      w.close();
      t = null;
    }
  });
});

describe('coverage.trends', () => {
  it('counts the never-visited States at each year’s end, among the Member States of that year', () => {
    const w = demo();
    const trends = w.value('coverage.trends', {});
    const series = trends.neverVisited;
    expect(series[0]!.year).toBe(2005);
    expect(series.at(-1)!.year).toBe(2026);
    expect(trends.admissions.map((a) => a.iso3)).toEqual(['MNE', 'SSD']);
    const members = (y: number) => series.find((s) => s.year === y)!.memberStates;
    expect([members(2005), members(2006), members(2010), members(2011), members(2026)]).toEqual([
      191, 192, 192, 193, 193,
    ]);
    const admitted = new Map(trends.admissions.map((a) => [a.iso3, a.admittedOn]));
    for (const y of series) {
      expect(y.byRegion.reduce((n, r) => n + r.neverVisited, 0)).toBe(y.neverVisited);
      expect(y.byRegion.reduce((n, r) => n + r.memberStates, 0)).toBe(y.memberStates);
      // The rule written out on its own: Member States by then with no assessment visit ended by then.
      const end = y.year === 2026 ? TODAY : `${y.year}-12-31`;
      const visited = new Set(
        (
          w.ws.db
            .prepare(
              `SELECT DISTINCT iso3 FROM visits WHERE deleted = 0 AND status = 'conducted'
               AND kind <> 'advocacy' AND COALESCE(end_date, start_date) <= ?`,
            )
            .all(end) as { iso3: string }[]
        ).map((r) => r.iso3),
      );
      const members = w
        .value('states.list', {})
        .filter((s) => (admitted.get(s.iso3) ?? '0000') <= end);
      expect(y.memberStates, String(y.year)).toBe(members.length);
      expect(y.neverVisited, String(y.year)).toBe(
        members.filter((s) => !visited.has(s.iso3)).length,
      );
    }
    expect(series.at(-1)!.neverVisited).toBe(w.value('coverage.summary', {}).neverVisited);
  });

  it('gives, for every year, the figures stats.timeliness gives for that year', () => {
    const w = demo();
    expect(w.value('coverage.trends', {}).followups.length).toBeGreaterThan(2);
    for (let year = 2010; year <= 2026; year++) {
      // stats.timeliness judges a period as of its end (today, for this year's).
      const trends = w.value('coverage.trends', { asOf: year === 2026 ? TODAY : `${year}-12-31` });
      const stats = w.value('stats.timeliness', { from: `${year}-01-01`, to: `${year}-12-31` });
      const op16 = trends.followups.find((f) => f.year === year);
      expect(
        {
          due: op16?.due ?? 0,
          onTime: op16?.onTime ?? 0,
          late: op16?.late ?? 0,
          overdue: op16?.overdue ?? 0,
        },
        `OP 16 ${year}`,
      ).toEqual({
        due: stats.op16.due,
        onTime: stats.op16.onTime,
        late: stats.op16.late,
        overdue: stats.op16.overdue,
      });
      const consent = trends.consent.find((c) => c.year === year && c.region === null)!;
      expect(consent, `consent ${year}`).toMatchObject({
        requests: stats.consent.requests,
        answered: stats.consent.answered,
        granted: stats.consent.granted,
        rate: stats.consent.rate,
        medianDaysToReply: stats.consent.medianDaysToReply,
      });
      const timeliness = trends.timeliness.find((s) => s.year === year)!;
      for (const key of ['visitToDraft', 'draftToAdoption', 'adoptionToTransmission'] as const)
        expect(
          { count: timeliness.intervals[key].count, median: timeliness.intervals[key].median },
          `${key} ${year}`,
        ).toEqual({ count: stats.intervals[key].count, median: stats.intervals[key].median });
    }
    // The regions' rows add up to the year's.
    const trends = w.value('coverage.trends', {});
    for (const all of trends.consent.filter((c) => c.region === null)) {
      const regions = trends.consent.filter((c) => c.year === all.year && c.region !== null);
      expect(regions).toHaveLength(trends.regions.length);
      expect(regions.reduce((n, r) => n + r.requests, 0)).toBe(all.requests);
      expect(regions.reduce((n, r) => n + r.granted, 0)).toBe(all.granted);
    }
  });

  it('counts OP 16 reports by the year they fall due: on time, late, overdue, not yet due', () => {
    const w = fresh();
    const users = seedUsers(w);
    // Adopted 2023-07-01: due 2024-07-01, never submitted.
    recordReport(w, users, {
      iso3: 'KEN',
      visitOn: '2023-03-06',
      draftedOn: '2023-05-01',
      steps: adoptedOn('2023-05-10', '2023-07-01', '2023-07-20'),
    });
    // Adopted 2026-03-02: due 2027-03-02.
    recordReport(w, users, {
      iso3: 'PER',
      visitOn: '2025-10-06',
      draftedOn: '2025-12-01',
      steps: adoptedOn('2025-12-10', '2026-03-02', '2026-03-20'),
    });
    // A follow-up visit's report owes no OP 16 report.
    recordReport(w, users, {
      iso3: 'KEN',
      kind: 'follow_up',
      visitOn: '2025-02-03',
      draftedOn: '2025-03-01',
      steps: adoptedOn('2025-03-10', '2025-05-02', '2025-05-20'),
    });
    const { followups } = w.value('coverage.trends', {});
    expect(followups).toEqual([
      { year: 2024, due: 1, onTime: 0, late: 0, overdue: 1, notYetDue: 0 },
      { year: 2025, due: 0, onTime: 0, late: 0, overdue: 0, notYetDue: 0 },
      { year: 2026, due: 0, onTime: 0, late: 0, overdue: 0, notYetDue: 0 },
      { year: 2027, due: 0, onTime: 0, late: 0, overdue: 0, notYetDue: 1 },
    ]);
    // As of a day before the first was due, it was not yet due.
    expect(w.value('coverage.trends', { asOf: '2024-06-30' }).followups).toEqual([
      { year: 2024, due: 0, onTime: 0, late: 0, overdue: 0, notYetDue: 1 },
    ]);
  });

  it('gives the consent rate and the median days to reply by year and region', () => {
    const w = fresh();
    const { planner } = seedUsers(w);
    const ask = (iso3: string, sentOn: string, reply: string, receivedOn: string) => {
      const request = w.value(
        'consent.create',
        {
          iso3,
          year: Number(sentOn.slice(0, 4)) + 1,
          sentOn,
          noteVerbaleRef: `NV/${iso3}/${sentOn}`,
        },
        planner,
      );
      w.value('consent.reply', { id: request.id, reply, receivedOn }, planner);
    };
    ask('KEN', '2019-02-01', 'granted', '2019-02-11'); // 10 days, Africa
    ask('GHA', '2019-03-01', 'granted', '2019-03-31'); // 30 days, Africa
    ask('PER', '2019-04-01', 'declined', '2019-04-21'); // 20 days, Americas
    ask('CHL', '2020-01-10', 'granted', '2020-01-15'); // 5 days, Americas
    const { consent } = w.value('coverage.trends', {});
    expect(consent.filter((c) => c.region === null)).toEqual([
      {
        year: 2019,
        region: null,
        requests: 3,
        answered: 3,
        granted: 2,
        rate: 2 / 3,
        medianDaysToReply: 20,
      },
      {
        year: 2020,
        region: null,
        requests: 1,
        answered: 1,
        granted: 1,
        rate: 1,
        medianDaysToReply: 5,
      },
    ]);
    expect(consent.find((c) => c.year === 2019 && c.region === 'Africa')).toMatchObject({
      requests: 2,
      granted: 2,
      rate: 1,
      medianDaysToReply: 20,
    });
    expect(consent.find((c) => c.year === 2019 && c.region === 'Asia')).toMatchObject({
      requests: 0,
      rate: null,
      medianDaysToReply: null,
    });
  });

  it('gives each report interval’s median and middle half by the year it ended', () => {
    const w = fresh();
    const users = seedUsers(w);
    // Visits end on the 5th day: 2024-01-05, 2024-02-05, 2024-03-05; drafted 10, 20, 60 days later.
    for (const [iso3, visitOn, draftedOn] of [
      ['KEN', '2024-01-01', '2024-01-15'],
      ['GHA', '2024-02-01', '2024-02-25'],
      ['PER', '2024-03-01', '2024-05-04'],
    ] as const)
      recordReport(w, users, { iso3, visitOn, draftedOn });
    const year = w.value('coverage.trends', {}).timeliness.find((y) => y.year === 2024)!;
    expect(year.intervals.visitToDraft).toEqual({ count: 3, median: 20, p25: 10, p75: 60 });
    expect(year.intervals.draftToAdoption).toEqual({
      count: 0,
      median: null,
      p25: null,
      p75: null,
    });
  });
});

describe('the projection to full coverage', () => {
  it('takes its defaults from the latest list and the consent replies of the last ten years', () => {
    const w = fresh();
    const users = seedUsers(w);
    recordReport(w, users, { iso3: 'KEN', visitOn: '2023-03-06', draftedOn: '2023-05-01' });
    w.value('plan.saveDraft', { year: 2027, capacity: 8, reserveSize: 3 }, users.planner);
    w.value('plan.saveDraft', { year: 2029, capacity: 3 }, users.planner);
    const selected = w
      .value('plan.get', { year: 2027 })!
      .entries.filter((e) => e.selection === 'selected')
      .map((e) => e.iso3);
    const never = new Set(
      w
        .value('states.list', {})
        .filter((s) => s.neverVisited)
        .map((s) => s.iso3),
    );
    const { projection } = w.value('coverage.trends', {});
    expect(projection).toMatchObject({
      fromYear: 2027,
      neverVisited: 192,
      capacity: { value: 8, source: 'list', listYear: 2027 },
      reservedShare: {
        value: selected.filter((s) => never.has(s)).length / selected.length,
        source: 'list',
        listYear: 2027,
      },
    });
    // The one reply on record (KEN's consent, granted) is the only rate there is.
    expect(projection.consentRate).toEqual({
      expected: 1,
      optimistic: 1,
      pessimistic: 1,
      fromYear: 2023,
      toYear: 2023,
    });
  });

  it('falls back on the last five years’ visits, and bounds the consent rate by the best and worst years', () => {
    const w = fresh();
    const users = seedUsers(w);
    // 2021: KEN, GHA (both first visits); 2022: KEN again; 2024: PER, GHA again, CHL.
    for (const [iso3, visitOn] of [
      ['KEN', '2021-03-01'],
      ['GHA', '2021-06-01'],
      ['KEN', '2022-03-01'],
      ['PER', '2024-03-01'],
      ['GHA', '2024-06-01'],
      ['CHL', '2024-09-02'],
    ] as const)
      recordReport(w, users, { iso3, visitOn, draftedOn: visitOn.replace(/-\d\d$/, '-25') });
    // Replies: 2019 one granted, two declined (the worst year); 2020 three granted (the best).
    const ask = (iso3: string, sentOn: string, reply: string) => {
      const r = w.value(
        'consent.create',
        { iso3, year: 2021, sentOn, noteVerbaleRef: `NV/${iso3}/${sentOn}` },
        users.planner,
      );
      w.value('consent.reply', { id: r.id, reply, receivedOn: sentOn }, users.planner);
    };
    ask('FRA', '2019-01-10', 'granted');
    ask('DEU', '2019-02-10', 'declined');
    ask('ITA', '2019-03-10', 'declined');
    ask('ESP', '2020-01-10', 'granted');
    ask('PRT', '2020-02-10', 'granted');
    ask('NLD', '2020-03-10', 'granted');
    const { projection } = w.value('coverage.trends', {});
    // Visits a year in 2021–2025: 2, 1, 0, 3, 0; the median is 1. First visits: 4 of 6.
    expect(projection.capacity).toEqual({ value: 1, source: 'history', listYear: null });
    expect(projection.reservedShare).toEqual({ value: 4 / 6, source: 'history', listYear: null });
    // recordReport's own consents count too (granted, sent 60 days before each visit: one in 2020,
    // two in 2021, three in 2024): 2019 is 1 of 3, 2020 4 of 4, 2024 3 of 3; 2021 (2 of 2) has too
    // few replies to be a best or worst year.
    expect(projection.consentRate).toMatchObject({
      expected: 10 / 12,
      optimistic: 1,
      pessimistic: 1 / 3,
      fromYear: 2019,
      toYear: 2024,
    });
  });
});

describe('coverage.implementation', () => {
  /** KEN: a report adopted in 2023 with two recommendations; PER: a draft that was never adopted. */
  function withRecommendations() {
    const w = fresh();
    const users = seedUsers(w);
    const { reportId } = recordReport(w, users, {
      iso3: 'KEN',
      visitOn: '2023-03-06',
      draftedOn: '2023-05-01',
      recommendations: [
        ['R-01', 'cft', 'high'],
        ['R-02', 'legislation', 'low'],
      ],
      steps: adoptedOn('2023-05-10', '2023-07-03', '2023-07-20'),
    });
    recordReport(w, users, {
      iso3: 'PER',
      visitOn: '2024-03-04',
      draftedOn: '2024-05-01',
      recommendations: [['R-01', 'cft', 'high']],
    });
    const [r1, r2] = w
      .value('recommendations.list', { reportId }, users.planner)
      .sort((a, b) => (a.code ?? '').localeCompare(b.code ?? ''));
    const update = (id: string, asOf: string, status: string) =>
      w.value(
        'recommendations.addUpdate',
        { id, asOf, status, evidence: `Seen on ${asOf}.`, source: 'Desk review' },
        users.planner,
      );
    update(r1!.id, '2024-02-01', 'in_progress');
    update(r1!.id, '2025-03-01', 'implemented');
    update(r2!.id, '2024-05-01', 'partially_implemented');
    return { w, users, r1: r1!, r2: r2!, update };
  }

  const counts = (byStatus: Record<string, number>) =>
    Object.fromEntries(Object.entries(byStatus).filter(([, n]) => n > 0));

  it('counts the adopted reports’ recommendations by their status at each year’s end', () => {
    const { w } = withRecommendations();
    const data = w.value('coverage.implementation', {});
    expect(data.overall.map((y) => [y.year, y.total, counts(y.byStatus)])).toEqual([
      [2023, 2, { no_information: 2 }],
      [2024, 2, { in_progress: 1, partially_implemented: 1 }],
      [2025, 2, { implemented: 1, partially_implemented: 1 }],
      [2026, 2, { implemented: 1, partially_implemented: 1 }],
    ]);
    const high = data.byPriority.find((p) => p.priority === 'high')!;
    expect(high.series.map((y) => counts(y.byStatus))).toEqual([
      { no_information: 1 },
      { in_progress: 1 },
      { implemented: 1 },
      { implemented: 1 },
    ]);
    expect(data.byPriority.map((p) => p.priority)).toEqual(['high', 'low']);
    expect(data.byArea.map((a) => a.key)).toEqual(['legislation', 'cft']);
    expect(data.byArea.find((a) => a.key === 'legislation')!).toMatchObject({
      label: 'Legislation and criminalisation',
    });
    expect(counts(data.byArea.find((a) => a.key === 'legislation')!.series[1]!.byStatus)).toEqual({
      partially_implemented: 1,
    });

    // As of the end of 2024, the 2025 update is not known yet.
    const before = w.value('coverage.implementation', { asOf: '2024-12-31' });
    expect(before.overall.map((y) => y.year)).toEqual([2023, 2024]);
    expect(counts(before.overall.at(-1)!.byStatus)).toEqual({
      in_progress: 1,
      partially_implemented: 1,
    });
    // One State's own: KEN has both; PER's report was never adopted.
    expect(w.value('coverage.implementation', { iso3: 'KEN' }).overall).toEqual(data.overall);
    expect(w.value('coverage.implementation', { iso3: 'PER' })).toMatchObject({
      iso3: 'PER',
      overall: [],
      byPriority: [],
      byArea: [],
    });
  });

  it('counts a status recorded before the report’s adoption from the year of the adoption', () => {
    const { w, r2 } = withRecommendations();
    w.seed((writer) =>
      writer.insert('recommendation_updates', {
        recommendation_id: r2.id,
        as_of: '2022-11-30',
        status: 'in_progress',
        evidence: 'Reported by the State before the report was adopted.',
        source: 'Note verbale',
      }),
    );
    const data = w.value('coverage.implementation', {});
    expect(data.overall[0]!.year).toBe(2023);
    expect(counts(data.overall[0]!.byStatus)).toEqual({ no_information: 1, in_progress: 1 });
  });

  it('is computed again as soon as the workspace changes, here or through another connection', () => {
    const { w, r2, update } = withRecommendations();
    const first = w.value('coverage.implementation', {});
    expect(first.overall.at(-1)!.byStatus.implemented).toBe(1);
    update(r2.id, '2026-10-01', 'implemented');
    expect(w.value('coverage.implementation', {}).overall.at(-1)!.byStatus.implemented).toBe(2);

    // A second connection to the same file (the command line, say) records another status.
    const other = openWorkspace(w.path);
    try {
      const planner = userWithRole(w, 'planner');
      const result = createDispatcher(other, { now: () => noonOf(TODAY) }).call(
        'recommendations.addUpdate',
        {
          id: r2.id,
          asOf: '2026-11-02',
          status: 'no_longer_relevant',
          evidence: 'Superseded by a new law.',
          source: 'Desk review',
        },
        { user: planner },
      );
      expect(result.ok, JSON.stringify(result)).toBe(true);
    } finally {
      other.close();
    }
    const after = w.value('coverage.implementation', {}).overall.at(-1)!;
    expect(counts(after.byStatus)).toEqual({ implemented: 1, no_longer_relevant: 1 });
  });

  it('shows at once a status that a sync bundle brings', () => {
    const hq = fresh();
    const users = seedUsers(hq);
    const { reportId } = recordReport(hq, users, {
      iso3: 'KEN',
      visitOn: '2023-03-06',
      draftedOn: '2023-05-01',
      recommendations: [['R-01', 'cft', 'high']],
      steps: adoptedOn('2023-05-10', '2023-07-03', '2023-07-20'),
    });
    const field = createTestWorkspace();
    try {
      for (const site of [hq, field])
        setMeta(site.ws.db, BUNDLE_KDF_KEY, JSON.stringify({ N: 1024, r: 1, p: 1 }));
      let fieldPlanner = '';
      field.seed(
        (writer) =>
          (fieldPlanner = writer.insert('users', { name: 'Field planner', role: 'planner' })),
      );
      const hqId = hq.value('sync.identity', {});
      const fieldId = field.value('sync.identity', {});
      hq.value(
        'sync.trustPeer',
        { siteId: fieldId.siteId, publicKey: fieldId.publicKey, name: 'Field' },
        users.planner,
      );
      field.value(
        'sync.trustPeer',
        { siteId: hqId.siteId, publicKey: hqId.publicKey, name: 'HQ' },
        fieldPlanner,
      );
      const send = (
        from: TestWorkspace,
        fromUser: string,
        to: TestWorkspace,
        toUser: string,
        toSite: string,
      ) => {
        const { bundle } = from.value(
          'sync.exportBundle',
          { to: toSite, passphrase: 'blue tractor at dawn' },
          fromUser,
        );
        to.value('sync.importBundle', { bundle, passphrase: 'blue tractor at dawn' }, toUser);
      };
      send(hq, users.planner, field, fieldPlanner, fieldId.siteId);
      const before = hq.value('coverage.implementation', {});
      expect(counts(before.overall.at(-1)!.byStatus)).toEqual({ no_information: 1 });

      const [recommendation] = field.value('recommendations.list', { reportId }, fieldPlanner);
      field.value(
        'recommendations.addUpdate',
        {
          id: recommendation!.id,
          asOf: '2026-10-01',
          status: 'implemented',
          evidence: 'Seen.',
          source: 'Field visit',
        },
        fieldPlanner,
      );
      send(field, fieldPlanner, hq, users.planner, hqId.siteId);
      expect(counts(hq.value('coverage.implementation', {}).overall.at(-1)!.byStatus)).toEqual({
        implemented: 1,
      });
    } finally {
      field.close();
    }
  });

  it('forgets what it read inside a transaction that was rolled back', () => {
    const { w, r2 } = withRecommendations();
    const implementedNow = () =>
      w.value('coverage.implementation', {}).overall.at(-1)!.byStatus.implemented;
    expect(implementedNow()).toBe(1);
    const record = (writer: Writer, status: string) =>
      writer.insert('recommendation_updates', {
        recommendation_id: r2.id,
        as_of: '2026-11-02',
        status,
        evidence: 'Seen.',
        source: 'Desk review',
      });
    expect(() =>
      w.seed((writer) => {
        record(writer, 'implemented');
        // Read (and kept) inside the transaction, then rolled back.
        expect(implementedNow()).toBe(2);
        throw new Error('rolled back');
      }),
    ).toThrow('rolled back');
    // The next change takes the rolled-back one's place at the end of the log: the same number of
    // rows, other content.
    w.seed((writer) => record(writer, 'no_longer_relevant'));
    expect(counts(w.value('coverage.implementation', {}).overall.at(-1)!.byStatus)).toEqual({
      implemented: 1,
      no_longer_relevant: 1,
    });
  });

  it('agrees with each State’s dossier on the status of its adopted recommendations', () => {
    const w = demo();
    const busiest = (
      w.ws.db
        .prepare(
          `SELECT v.iso3 FROM recommendations x JOIN assessment_reports r ON r.id = x.report_id
           JOIN visits v ON v.id = r.visit_id WHERE r.adopted_on IS NOT NULL
           GROUP BY v.iso3 ORDER BY COUNT(*) DESC, v.iso3 LIMIT 8`,
        )
        .all() as { iso3: string }[]
    ).map((r) => r.iso3);
    let total = 0;
    for (const iso3 of busiest) {
      const dossier = w.value('states.get', { iso3 });
      const adopted = new Set(dossier.reports.filter((r) => r.adoptedOn).map((r) => r.id));
      const expected: Record<string, number> = {};
      for (const r of dossier.recommendations.filter((x) => adopted.has(x.reportId)))
        expected[r.status] = (expected[r.status] ?? 0) + 1;
      const last = w.value('coverage.implementation', { iso3 }).overall.at(-1)!;
      expect(counts(last.byStatus), iso3).toEqual(expected);
      total += last.total;
    }
    expect(total).toBeGreaterThan(100);
    // All States together: the same as the sum over the workspace, by status.
    const all = w.value('coverage.implementation', {}).overall.at(-1)!;
    const bySql = w.ws.db
      .prepare(
        `SELECT COUNT(*) AS n FROM recommendations x JOIN assessment_reports r ON r.id = x.report_id AND r.deleted = 0
         WHERE x.deleted = 0 AND r.adopted_on <= ?`,
      )
      .get(TODAY) as { n: number };
    expect(all.total).toBe(bySql.n);
  });

  it('refuses a State that is not a Member State, and a malformed one', () => {
    const w = fresh();
    seedUsers(w);
    expectRefused(w, 'coverage.implementation', { iso3: 'XXX' }, 'NOT_FOUND', null);
    expectRefused(w, 'coverage.implementation', { iso3: 'kenya' }, 'VALIDATION', null);
    expectRefused(w, 'coverage.trends', { asOf: '2026-02-30' }, 'VALIDATION', null);
    expectRefused(w, 'coverage.map', { year: 2026 }, 'VALIDATION', null);
  });
});

/** Counts by group ('all', 'priority:…', 'area:…'), year and status, leaving out the zeros. */
type Counts = Record<string, Record<number, Record<string, number>>>;

/** What coverage.implementation answers, as counts. */
function countsOf(data: ImplementationOverTime): Counts {
  const out: Counts = {};
  const put = (group: string, series: StatusCounts[]) => {
    for (const y of series)
      for (const [status, n] of Object.entries(y.byStatus))
        if (n > 0) ((out[group] ??= {})[y.year] ??= {})[status] = n;
  };
  put('all', data.overall);
  for (const p of data.byPriority) put(`priority:${p.priority}`, p.series);
  for (const a of data.byArea) put(`area:${a.key}`, a.series);
  return out;
}

/**
 * The same counts recounted plainly from the rows: at each year's end (or `asOf`), every
 * recommendation of a report adopted by then, with its latest known status by then.
 */
function recounted(w: TestWorkspace, asOf: string, iso3: string | null): Counts {
  const recommendations = w.ws.db
    .prepare(
      `SELECT x.id, x.priority, x.thematic_area AS area, r.adopted_on AS adopted
       FROM recommendations x JOIN assessment_reports r ON r.id = x.report_id AND r.deleted = 0
       LEFT JOIN visits v ON v.id = r.visit_id
       WHERE x.deleted = 0 AND r.adopted_on <= @asOf
         AND (@iso3 IS NULL OR (v.iso3 = @iso3 AND v.deleted = 0))`,
    )
    .all({ asOf, iso3 }) as { id: string; priority: string; area: string; adopted: string }[];
  const updates = new Map<string, { on: string; status: string }[]>();
  for (const u of w.ws.db
    .prepare(
      'SELECT recommendation_id AS id, as_of AS "on", status FROM recommendation_updates WHERE deleted = 0 ORDER BY as_of, id',
    )
    .all() as { id: string; on: string; status: string }[])
    updates.set(u.id, [...(updates.get(u.id) ?? []), u]);
  const out: Counts = {};
  if (recommendations.length === 0) return out;
  const first = Math.min(...recommendations.map((r) => Number(r.adopted.slice(0, 4))));
  for (let year = first; year <= Number(asOf.slice(0, 4)); year++) {
    const end = `${year}-12-31` < asOf ? `${year}-12-31` : asOf;
    for (const r of recommendations.filter((x) => x.adopted <= end)) {
      let status = 'no_information';
      for (const u of updates.get(r.id) ?? [])
        if (u.on <= end && (RECOMMENDATION_STATUSES as readonly string[]).includes(u.status))
          status = u.status;
      const groups = [
        'all',
        ...(r.priority ? [`priority:${r.priority}`] : []),
        ...(r.area ? [`area:${r.area}`] : []),
      ];
      for (const g of groups) {
        const of = ((out[g] ??= {})[year] ??= {});
        of[status] = (of[status] ?? 0) + 1;
      }
    }
  }
  return out;
}

describe('what coverage keeps', () => {
  const page = (w: TestWorkspace) => ({
    map: w.value('coverage.map', {}),
    trends: w.value('coverage.trends', {}),
    implementation: w.value('coverage.implementation', {}),
  });
  const requestsIn = (trends: CoverageTrends, year: number) =>
    trends.consent.find((c) => c.year === year && c.region === null)?.requests ?? 0;

  it('keeps each figure until a table it reads changes, and shows such a change at once', () => {
    const w = demo();
    const planner = userWithRole(w, 'planner');
    const first = page(w);

    // A signal: no figure reads signals.
    const signal = w.ws.db
      .prepare('SELECT id, severity FROM signals WHERE deleted = 0 ORDER BY id LIMIT 1')
      .get() as { id: string; severity: number };
    w.value('signals.update', { id: signal.id, severity: signal.severity === 5 ? 4 : 5 }, planner);
    const afterSignal = page(w);
    expect(afterSignal.map).toBe(first.map);
    expect(afterSignal.trends).toBe(first.trends);
    expect(afterSignal.implementation).toBe(first.implementation);

    // A consent request: the charts' series read them; the map and the implementation do not.
    w.value(
      'consent.create',
      { iso3: 'TUV', year: 2027, sentOn: '2026-11-03', noteVerbaleRef: 'NV/2026/TUV' },
      planner,
    );
    const afterConsent = page(w);
    expect(requestsIn(afterConsent.trends, 2026)).toBe(requestsIn(first.trends, 2026) + 1);
    // Within the series, those that read no consent request are kept.
    expect(afterConsent.trends.timeliness).toBe(first.trends.timeliness);
    expect(afterConsent.trends.followups).toBe(first.trends.followups);
    expect(afterConsent.map).toBe(first.map);
    expect(afterConsent.implementation).toBe(first.implementation);

    // A recommendation's status: only the implementation.
    const recommendation = w.ws.db
      .prepare(
        `SELECT x.id FROM recommendations x JOIN assessment_reports r ON r.id = x.report_id
         WHERE x.deleted = 0 AND r.adopted_on IS NOT NULL AND NOT EXISTS (
           SELECT 1 FROM recommendation_updates u WHERE u.recommendation_id = x.id AND u.status = 'implemented')
         ORDER BY x.id LIMIT 1`,
      )
      .pluck()
      .get() as string;
    w.value(
      'recommendations.addUpdate',
      {
        id: recommendation,
        asOf: TODAY,
        status: 'implemented',
        evidence: 'A new law.',
        source: 'Desk review',
      },
      planner,
    );
    const afterStatus = page(w);
    const implemented = (data: ImplementationOverTime) => data.overall.at(-1)!.byStatus.implemented;
    expect(implemented(afterStatus.implementation)).toBe(implemented(first.implementation) + 1);
    expect(afterStatus.map).toBe(first.map);
    expect(afterStatus.trends).toBe(afterConsent.trends);

    // A visit: the map and the charts' series, not the implementation of all States.
    recordAdvocacy(w, planner, 'TUV', '2026-11-02');
    const afterVisit = page(w);
    expect(stateOf(afterVisit.map.states, 'TUV').visits.length).toBe(
      stateOf(first.map.states, 'TUV').visits.length + 1,
    );
    expect(afterVisit.trends).not.toBe(afterStatus.trends);
    expect(afterVisit.trends.consent).toBe(afterStatus.trends.consent);
    expect(afterVisit.implementation).toBe(afterStatus.implementation);
  });

  it('brings the implementation counts up to date after each change as a plain recount gives them', () => {
    const w = demo();
    const planner = userWithRole(w, 'planner');
    const ctc = userWithRole(w, 'ctc_member');
    const db = w.ws.db;
    const one = <T>(sql: string, ...args: unknown[]) => db.prepare(sql).get(...args) as T;
    const { iso3 } = one<{ iso3: string }>(
      `SELECT v.iso3 FROM recommendations x JOIN assessment_reports r ON r.id = x.report_id
       JOIN visits v ON v.id = r.visit_id WHERE r.adopted_on IS NOT NULL
       GROUP BY v.iso3 ORDER BY COUNT(*) DESC, v.iso3 LIMIT 1`,
    );
    const views = [
      [TODAY, null],
      ['2021-06-30', null],
      [TODAY, iso3],
    ] as const;
    const check = (step: string) => {
      for (const [asOf, state] of views)
        expect(
          countsOf(w.value('coverage.implementation', { asOf, ...(state ? { iso3: state } : {}) })),
          `${step}: ${asOf} ${state ?? 'all'}`,
        ).toEqual(recounted(w, asOf, state));
    };
    check('as generated');
    const kept = w.value('coverage.implementation', {});
    const keptCopy = structuredClone(kept);

    const ofState = one<{ id: string; report_id: string; visit_id: string }>(
      `SELECT x.id, x.report_id, r.visit_id FROM recommendations x
       JOIN assessment_reports r ON r.id = x.report_id JOIN visits v ON v.id = r.visit_id
       WHERE v.iso3 = ? AND r.adopted_on < '2020-01-01' AND x.deleted = 0 ORDER BY x.id LIMIT 1`,
      iso3,
    );
    const status = (id: string, asOf: string, s: string) =>
      w.value(
        'recommendations.addUpdate',
        { id, asOf, status: s, evidence: `Seen on ${asOf}.`, source: 'Desk review' },
        planner,
      );
    status(ofState.id, TODAY, 'no_longer_relevant');
    check('a status today');
    // A value handed out before is left as it was.
    expect(kept).toEqual(keptCopy);

    // A status dated in an earlier year (as a sync bundle may bring it).
    w.seed((writer) =>
      writer.insert('recommendation_updates', {
        recommendation_id: ofState.id,
        as_of: '2020-03-02',
        status: 'partially_implemented',
        evidence: 'Reported late.',
        source: 'Note verbale',
      }),
    );
    check('a status in an earlier year');

    const update = one<{ id: string }>(
      'SELECT id FROM recommendation_updates WHERE recommendation_id = ? AND deleted = 0 ORDER BY as_of LIMIT 1',
      ofState.id,
    );
    w.seed((writer) => writer.remove('recommendation_updates', update.id));
    check('a status tombstoned');

    // Changes a sync bundle may bring: another priority and area, a recommendation tombstoned.
    w.seed((writer) =>
      writer.update('recommendations', ofState.id, { priority: 'low', thematic_area: 'cft' }),
    );
    check('another priority and area');
    const other = one<{ id: string }>(
      `SELECT x.id FROM recommendations x JOIN assessment_reports r ON r.id = x.report_id
       WHERE r.adopted_on IS NOT NULL AND x.deleted = 0 AND x.id <> ? ORDER BY x.id LIMIT 1`,
      ofState.id,
    );
    w.seed((writer) => writer.remove('recommendations', other.id));
    check('a recommendation tombstoned');

    // A report the Committee adopts today brings its recommendations in.
    const submitted = one<{ id: string }>(
      `SELECT r.id FROM assessment_reports r WHERE r.deleted = 0 AND r.adopted_on IS NULL
         AND r.submitted_to_ctc_on IS NOT NULL
         AND EXISTS (SELECT 1 FROM recommendations x WHERE x.report_id = r.id AND x.deleted = 0)
       ORDER BY r.id LIMIT 1`,
    );
    w.value('reports.advance', { id: submitted.id, step: 'adopted', on: TODAY }, ctc);
    check('a report adopted');

    // A visit tombstoned takes its report's recommendations out of its State's counts.
    w.seed((writer) => writer.remove('visits', ofState.visit_id));
    check('a visit tombstoned');
  });
});

describe('who may read coverage', () => {
  it('is open to every role, and changes nothing', () => {
    const w = fresh();
    const users = seedUsers(w);
    recordReport(w, users, { iso3: 'KEN', visitOn: '2023-03-06', draftedOn: '2023-05-01' });
    const before = snapshot(w.ws);
    for (const user of [users.planner, users.ctc, users.field])
      for (const method of [
        'coverage.summary',
        'coverage.map',
        'coverage.trends',
        'coverage.implementation',
      ] as const) {
        const result = w.api.call(method, {}, { user });
        expect(result.ok, `${method} as ${user}: ${JSON.stringify(result)}`).toBe(true);
      }
    expect(snapshot(w.ws)).toBe(before);
  });
});
