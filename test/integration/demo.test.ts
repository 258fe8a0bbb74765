// The demo workspace: deterministic, calibrated on the CTC's public figures, written through the
// one write path, and regenerated only when the generator changes.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths, daysBetween } from '../../shared/domain/dates';
import { DEFAULT_OP16_START, followupReportDue } from '../../shared/domain/deadlines';
import {
  REPORT_STATUSES,
  REPORT_STEPS,
  reportStatus,
  reportStepRefusal,
  THEMATIC_AREAS,
  type ReportDates,
} from '../../shared/domain/reports';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings';
import { visitFieldProblems } from '../../shared/domain/visits';
import type { MethodName, MethodOutput } from '../../shared/api/contract';
import { createDispatcher, type Dispatcher } from '../../main/core/dispatcher';
import { getMeta, openWorkspace, setMeta, type Workspace } from '../../main/core/db/workspace';
import { userTables } from '../../main/core/db/write';
import { DEMO_SEED, openDemoWorkspace } from '../../main/core/demo/ensure';
import {
  DEMO_GENERATOR_VERSION,
  generateDemo,
  type DemoStats,
} from '../../main/core/demo/generate';
import { ADMISSIONS, admittedOn } from '../../main/core/reference/admissions';
import { noonOf, tempDir, TODAY } from './helpers';

const LAST_YEAR = Number(TODAY.slice(0, 4)) - 1;
const GENERATION_TIMEOUT = 120_000;
/** A second seed: its demo visits South Sudan a year after its admission, and Montenegro. */
const OTHER_SEED = 5;

interface Demo {
  ws: Workspace;
  stats: DemoStats;
  api: Dispatcher;
  value<M extends MethodName>(method: M, input?: unknown): MethodOutput<M>;
  rows<T = Record<string, unknown>>(sql: string, ...args: unknown[]): T[];
}

const dirs: string[] = [];
const opened: Workspace[] = [];

function makeDemo(seed: number, scale = 1, today = TODAY): Demo {
  const dir = tempDir('cted-demo-');
  dirs.push(dir);
  const ws = openWorkspace(join(dir, 'demo.sqlite'), { create: true });
  opened.push(ws);
  const stats = generateDemo(ws, { seed, scale, today });
  const api = createDispatcher(ws, { now: () => noonOf(today) });
  return {
    ws,
    stats,
    api,
    value(method, input = {}) {
      const result = api.call(method, input);
      if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
      return result.value;
    },
    rows: (sql, ...args) => ws.db.prepare(sql).all(...args) as never[],
  };
}

/** Every user table's rows, ordered by id. */
function dump(ws: Workspace): string {
  return JSON.stringify(
    userTables(ws.db).map((t) => [t, ws.db.prepare(`SELECT * FROM ${t} ORDER BY id`).all()]),
  );
}

/** A report's dates with none of its steps recorded yet. */
const nullSteps = Object.fromEntries(REPORT_STEPS.map((s) => [s, null])) as Record<
  (typeof REPORT_STEPS)[number],
  null
>;

let demo: Demo;

beforeAll(() => {
  demo = makeDemo(DEMO_SEED);
}, GENERATION_TIMEOUT);

afterAll(() => {
  for (const ws of opened) if (ws.db.open) ws.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('determinism', () => {
  it(
    'gives identical rows for the same seed, scale and today, and other rows for another seed',
    () => {
      expect(dump(makeDemo(DEMO_SEED).ws)).toEqual(dump(demo.ws));
      expect(dump(makeDemo(DEMO_SEED + 1).ws)).not.toEqual(dump(demo.ws));
    },
    GENERATION_TIMEOUT,
  );

  it('uses neither Math.random nor the real clock', () => {
    const folder = 'main/core/demo';
    for (const file of readdirSync(folder)) {
      expect(readFileSync(join(folder, file), 'utf8'), file).not.toMatch(
        /Math\.random|Date\.now|new Date\(\)|performance\.now/,
      );
    }
  });
});

describe('calibration on the public figures', () => {
  it('has about 205 visits to about 119 States, so about 74 never visited', () => {
    const coverage = demo.value('coverage.summary');
    const conducted = coverage.byYear.reduce((s, y) => s + y.visits, 0);
    expect(conducted).toBeGreaterThanOrEqual(180);
    expect(conducted).toBeLessThanOrEqual(230);
    expect(coverage.visitedOnce).toBeGreaterThanOrEqual(110);
    expect(coverage.visitedOnce).toBeLessThanOrEqual(128);
    expect(coverage.neverVisited).toBe(193 - coverage.visitedOnce);
    expect(demo.stats).toMatchObject({
      conductedVisits: conducted,
      statesVisited: coverage.visitedOnce,
    });
    const states = demo.value('states.list');
    expect(states.filter((s) => s.neverVisited)).toHaveLength(coverage.neverVisited);
  });

  it('has 8 to 13 conducted visits in every year from 2005 to last year, and a few so far this year', () => {
    const conducted = demo
      .value('visits.list', {})
      .filter((v) => v.status === 'conducted' && v.kind !== 'advocacy');
    const byYear = new Map<number, number>();
    for (const v of conducted) {
      const year = Number(v.endDate!.slice(0, 4));
      byYear.set(year, (byYear.get(year) ?? 0) + 1);
    }
    for (let year = 2005; year <= LAST_YEAR; year++) {
      const all = demo.value('visits.list', { year }).filter((v) => v.status === 'conducted');
      expect(all.length, String(year)).toBeGreaterThanOrEqual(8);
      expect(all.length, String(year)).toBeLessThanOrEqual(13);
    }
    expect(byYear.get(LAST_YEAR + 1)).toBeGreaterThanOrEqual(3);
  });

  it('visits Africa and Asia more, and Oceania less, than their share of Member States', () => {
    const regions = demo.value('coverage.summary').byRegion;
    const visitedShare = (name: string) => {
      const r = regions.find((x) => x.region === name)!;
      return (r.memberStates - r.neverVisited) / r.memberStates;
    };
    const overall = demo.stats.statesVisited / 193;
    expect(visitedShare('Africa')).toBeGreaterThan(overall);
    expect(visitedShare('Asia')).toBeGreaterThan(visitedShare('Oceania'));
    expect(visitedShare('Oceania')).toBeLessThan(overall);
  });

  it(
    'gives about twice as many visits at scale 2, to about as many States',
    () => {
      const double = makeDemo(DEMO_SEED, 2);
      const ratio = double.stats.conductedVisits / demo.stats.conductedVisits;
      expect(ratio).toBeGreaterThanOrEqual(1.8);
      expect(ratio).toBeLessThanOrEqual(2.2);
      expect(double.stats.statesVisited).toBeGreaterThanOrEqual(110);
      expect(double.stats.statesVisited).toBeLessThanOrEqual(128);
      expect(double.stats.reports).toBeGreaterThan(demo.stats.reports * 1.4);
    },
    GENERATION_TIMEOUT,
  );
});

describe('visits', () => {
  const visits = () => demo.value('visits.list', {});

  it('keeps every cross-field rule of a visit', () => {
    for (const v of visits()) expect(visitFieldProblems(v), `${v.iso3} ${v.startDate}`).toEqual([]);
  });

  it('has every kind, and hybrid visits only from 2021, with the physical part after the virtual part', () => {
    const conducted = visits().filter((v) => v.status === 'conducted');
    expect(new Set(conducted.map((v) => v.kind))).toEqual(
      new Set(['comprehensive', 'focused', 'regional', 'follow_up', 'advocacy']),
    );
    const hybrid = conducted.filter((v) => v.mode === 'hybrid');
    expect(hybrid.length).toBeGreaterThan(0);
    for (const v of hybrid) {
      expect(v.startDate! >= '2021-01-01').toBe(true);
      expect(v.physicalStart! > v.virtualEnd!).toBe(true);
    }
    for (const v of conducted.filter((x) => x.mode !== 'in_person'))
      expect(v.startDate! >= '2020-03-15', `${v.mode} ${v.startDate}`).toBe(true);
    const virtualShare = (year: string) => {
      const ofYear = conducted.filter((v) => v.startDate!.startsWith(year));
      return ofYear.filter((v) => v.mode === 'virtual').length / ofYear.length;
    };
    expect(virtualShare('2020')).toBeGreaterThan(0.5);
    expect(virtualShare('2023')).toBeLessThan(0.5);
  });

  it('lasts 3 to 5 days in person, and ends in its own year', () => {
    for (const v of visits().filter((x) => x.status === 'conducted')) {
      expect(v.endDate!.slice(0, 4)).toBe(v.startDate!.slice(0, 4));
      if (v.mode !== 'hybrid')
        expect(daysBetween(v.startDate!, v.endDate!) + 1).toBeGreaterThanOrEqual(3);
      if (v.mode !== 'hybrid')
        expect(daysBetween(v.startDate!, v.endDate!) + 1).toBeLessThanOrEqual(5);
    }
  });

  it('makes follow-up visits only to States visited before', () => {
    const conducted = visits()
      .filter((v) => v.status === 'conducted')
      .sort((a, b) => a.startDate!.localeCompare(b.startDate!));
    const seen = new Set<string>();
    for (const v of conducted) {
      if (v.kind === 'follow_up') expect(seen.has(v.iso3), `${v.iso3} ${v.startDate}`).toBe(true);
      seen.add(v.iso3);
    }
  });

  it('has conducted visits up to today, a few cancelled or postponed, and scheduled ones ahead', () => {
    const all = visits();
    for (const v of all.filter((x) => x.status === 'conducted'))
      expect(v.endDate! <= TODAY).toBe(true);
    expect(all.some((v) => v.status === 'cancelled')).toBe(true);
    expect(all.some((v) => v.status === 'postponed')).toBe(true);
    const scheduled = all.filter((v) => v.status === 'scheduled');
    expect(scheduled.length).toBeGreaterThan(0);
    for (const v of scheduled) expect(v.startDate! > TODAY).toBe(true);
    for (const v of all.filter((x) => x.status === 'conducted')) {
      expect(v.team.length).toBeGreaterThan(0);
      expect(v.agenciesMet.length).toBeGreaterThan(0);
    }
  });
});

describe('consent', () => {
  it('asked for every conducted visit 2 to 9 months ahead and granted before it', () => {
    const consent = new Map(demo.value('consent.list', {}).map((c) => [c.id, c]));
    for (const v of demo.value('visits.list', {}).filter((x) => x.status === 'conducted')) {
      const c = consent.get(v.consentRequestId!)!;
      expect(c, `${v.iso3} ${v.startDate}`).toBeDefined();
      expect(c.iso3).toBe(v.iso3);
      expect(c.reply).toBe('granted');
      const monthsAhead = daysBetween(c.sentOn!, v.startDate!) / 30.44;
      expect(monthsAhead).toBeGreaterThanOrEqual(1.9);
      expect(monthsAhead).toBeLessThanOrEqual(9.1);
      expect(c.repliedOn! > c.sentOn! && c.repliedOn! < v.startDate!).toBe(true);
    }
  });

  it('has replies of every kind, and this year’s requests pending, some for more than 60 days', () => {
    const requests = demo.value('consent.list', {});
    expect(new Set(requests.map((c) => c.reply))).toEqual(
      new Set(['granted', 'declined', 'deferred', 'no_reply', 'pending', 'withdrawn']),
    );
    const pending = requests.filter((c) => c.reply === 'pending');
    expect(pending.some((c) => c.overdueReply && c.listYear === LAST_YEAR + 1)).toBe(true);
    expect(pending.some((c) => !c.overdueReply)).toBe(true);
    for (const c of requests.filter((x) => x.repliedOn)) {
      const weeks = daysBetween(c.sentOn!, c.repliedOn!) / 7;
      expect(weeks).toBeGreaterThan(0);
      expect(weeks).toBeLessThanOrEqual(20);
    }
    for (const c of requests) expect(c.reminders).toBeLessThanOrEqual(3);
  });

  it('numbers notes verbales per year, once each', () => {
    const refs = demo.value('consent.list', {}).map((c) => c.noteVerbaleRef!);
    for (const ref of refs) expect(ref).toMatch(/^CTED\/NV\/\d{4}\/\d{3}$/);
    expect(new Set(refs).size).toBe(refs.length);
  });
});

describe('this year, lived through the app', () => {
  const THIS_YEAR = LAST_YEAR + 1;

  it('has this year’s adopted list, amended once to replace a State that declined, and next year’s list awaiting the Committee', () => {
    const list = demo.value('plan.get', { year: THIS_YEAR })!;
    expect(list).toMatchObject({ status: 'adopted', currentVersion: 2 });
    expect(list.decidedOn! < `${THIS_YEAR}-01-01`).toBe(true);
    const [amendment] = list.amendments;
    expect(list.amendments).toHaveLength(1);
    expect(amendment).toMatchObject({ action: 'substitute', status: 'approved', resultVersion: 2 });
    const declined = demo.value('consent.list', { iso3: amendment!.iso3, year: THIS_YEAR })[0]!;
    expect(declined.reply).toBe('declined');
    expect(amendment!.consentRequestId).toBe(declined.id);
    expect(amendment!.proposedOn >= declined.repliedOn!).toBe(true);
    expect(amendment!.decidedOn! >= amendment!.proposedOn).toBe(true);
    expect(demo.value('plan.get', { year: THIS_YEAR + 1 })!.status).toBe('proposed');
  });

  it('has the year’s consent requests in every state, reminded while they wait', () => {
    const overview = demo.value('consent.overview', { year: THIS_YEAR });
    for (const standing of ['pending', 'granted', 'declined', 'deferred', 'no_reply', 'withdrawn'])
      expect(overview.counts[standing as keyof typeof overview.counts], standing).toBeGreaterThan(
        0,
      );
    expect(overview.counts.not_requested).toBe(0);
    const listed = overview.rows.filter((r) => r.onList);
    expect(listed).toHaveLength(10);
    expect(listed.some((r) => r.request!.reminders >= 2)).toBe(true);
    // The State that replaced the one that declined was asked in turn.
    const amendment = demo.value('plan.get', { year: THIS_YEAR })!.amendments[0]!;
    expect(listed.find((r) => r.iso3 === amendment.replacementIso3)!.request).not.toBeNull();
    // The State that withdrew its consent is waiting for the planners to act on the reserve.
    expect(overview.rows.find((r) => r.standing === 'withdrawn')!.substitution).not.toBeNull();
  });

  it('has visits conducted this year, one postponed with its reason, one confidential, one still ahead', async () => {
    const visits = demo.value('visits.list', { year: THIS_YEAR });
    expect(visits.filter((v) => v.status === 'conducted').length).toBeGreaterThanOrEqual(3);
    const postponed = visits.filter((v) => v.status === 'postponed');
    expect(postponed).toHaveLength(1);
    expect(postponed[0]!.statusReason).toMatch(/postpone/i);
    const confidential = visits.filter((v) => v.confidential);
    expect(confidential).toHaveLength(1);
    expect(confidential[0]!.confidentialByConsent).toBe(true);
    expect(visits.some((v) => v.status === 'scheduled' && v.startDate! > TODAY)).toBe(true);
    const published = await demo.api.callAsync('exports.schedule', {
      year: THIS_YEAR,
      precision: 'dates',
      format: 'csv',
    });
    expect(published.ok && published.value.content).not.toContain(confidential[0]!.stateName);
  });
});

describe('no impossible histories', () => {
  const all = () => demo.value('visits.list', {});
  const consents = () => new Map(demo.value('consent.list', {}).map((c) => [c.id, c]));

  it('schedules or conducts every assessment visit against its State’s granted consent, within the dates agreed', () => {
    const byId = consents();
    for (const v of all().filter((x) => ['scheduled', 'conducted'].includes(x.status))) {
      if (v.kind === 'advocacy') continue;
      const c = byId.get(v.consentRequestId ?? '');
      expect(c, `${v.iso3} ${v.startDate}`).toBeDefined();
      expect(c!.iso3).toBe(v.iso3);
      expect(c!.reply).toBe('granted');
      if (c!.proposedFrom) expect(v.startDate! >= c!.proposedFrom).toBe(true);
      if (c!.proposedTo) expect(v.endDate! <= c!.proposedTo).toBe(true);
    }
  });

  it('keeps every date in order: requests before replies and reminders, visits within their own dates', () => {
    for (const c of demo.value('consent.list', {})) {
      const steps = c.steps.map((s) => s.on);
      expect(steps, c.noteVerbaleRef!).toEqual([...steps].sort());
      expect(steps.every((d) => d <= TODAY)).toBe(true);
      if (c.repliedOn) expect(c.repliedOn >= c.sentOn!).toBe(true);
    }
    for (const v of all()) {
      expect(visitFieldProblems(v), `${v.iso3} ${v.startDate}`).toEqual([]);
      const steps = v.steps.map((s) => s.on);
      expect(steps).toEqual([...steps].sort());
    }
  });

  it('makes a follow-up visit only after an earlier assessment whose report was adopted, and after the OP 16 report that recommended it', () => {
    const followUps = demo.rows<{ iso3: string; start_date: string }>(
      "SELECT iso3, start_date FROM visits WHERE kind = 'follow_up' AND status = 'conducted'",
    );
    expect(followUps.length).toBeGreaterThan(0);
    for (const v of followUps) {
      const earlier = demo.rows<{
        adopted_on: string | null;
        recommended: number | null;
      }>(
        `SELECT r.adopted_on, (SELECT 1 FROM followups f WHERE f.report_id = r.id AND f.submitted_on < ?
                               AND f.recommended_followup = 'follow_up_visit') AS recommended
         FROM visits e JOIN assessment_reports r ON r.visit_id = e.id
         WHERE e.iso3 = ? AND e.status = 'conducted' AND e.kind <> 'advocacy' AND e.start_date < ?
         ORDER BY e.start_date DESC LIMIT 1`,
        v.start_date,
        v.iso3,
        v.start_date,
      )[0];
      expect(earlier, `${v.iso3} ${v.start_date}`).toBeDefined();
      expect(earlier!.adopted_on! < v.start_date).toBe(true);
      if (earlier!.adopted_on! >= DEFAULT_OP16_START)
        expect(earlier!.recommended, `${v.iso3} ${v.start_date}`).toBe(1);
    }
  });

  it('asks consent for a year only when that year has a list, from an entry of its adopted version', () => {
    const years = new Set(
      demo.rows<{ year: number }>('SELECT year FROM annual_lists').map((r) => r.year),
    );
    for (const c of demo.value('consent.list', {})) {
      if (c.listYear !== null) expect(years.has(c.listYear), c.noteVerbaleRef!).toBe(true);
      if (!c.listEntryId) continue;
      const entry = demo.rows<{ iso3: string; year: number; status: string }>(
        `SELECT e.iso3, l.year, l.status FROM list_entries e JOIN list_versions v ON v.id = e.version_id
         JOIN annual_lists l ON l.id = v.list_id WHERE e.id = ?`,
        c.listEntryId,
      )[0];
      expect(entry).toMatchObject({ iso3: c.iso3, year: c.listYear, status: 'adopted' });
    }
  });
});

/** The earliest date of each State in each table that dates what concerns a State. */
function earliestOfStates(d: Demo) {
  return d.rows<{ tbl: string; iso3: string; day: string }>(
    `SELECT 'visits' AS tbl, iso3, MIN(start_date) AS day FROM visits GROUP BY iso3
     UNION ALL SELECT 'consent_requests', iso3, MIN(sent_on) FROM consent_requests GROUP BY iso3
     UNION ALL SELECT 'list_entries', e.iso3, MIN(l.year || '-01-01') FROM list_entries e
       JOIN list_versions v ON v.id = e.version_id JOIN annual_lists l ON l.id = v.list_id GROUP BY e.iso3
     UNION ALL SELECT 'state_requests', iso3, MIN(received_on) FROM state_requests GROUP BY iso3
     UNION ALL SELECT 'signals', iso3, MIN(occurred_on) FROM signals GROUP BY iso3
     UNION ALL SELECT 'risk_indicators', iso3, MIN(as_of) FROM risk_indicators GROUP BY iso3
     UNION ALL SELECT 'invitations', iso3, MIN(invited_on) FROM invitations GROUP BY iso3
     UNION ALL SELECT 'technical_assistance', iso3, MIN(requested_on) FROM technical_assistance GROUP BY iso3`,
  );
}

describe('membership', () => {
  it(
    'dates nothing of a State before it joined the United Nations, and visits States admitted since 2005 afterwards',
    () => {
      const admittedSince2005 = Object.keys(ADMISSIONS).filter(
        (iso3) => ADMISSIONS[iso3]! > '2005',
      );
      const visitedLater = new Set<string>();
      for (const d of [demo, makeDemo(OTHER_SEED)]) {
        const rows = earliestOfStates(d);
        const early = rows.filter((r) => r.day !== null && r.day < (admittedOn(r.iso3) ?? ''));
        expect(early).toEqual([]);
        for (const r of rows)
          if (r.tbl === 'visits' && admittedSince2005.includes(r.iso3)) visitedLater.add(r.iso3);
      }
      // The rule has something to check: such States are visited in these demos.
      expect([...visitedLater].sort()).toEqual(admittedSince2005.sort());
    },
    GENERATION_TIMEOUT,
  );
});

describe('assessment reports and recommendations', () => {
  it('has one report for every conducted assessment visit once drafted, 2 to 5 months after it, and none for advocacy visits', () => {
    const reports = demo.value('reports.list', {});
    const conducted = demo.value('visits.list', {}).filter((v) => v.status === 'conducted');
    const byVisit = new Map(reports.map((r) => [r.visitId, r]));
    expect(reports).toHaveLength(byVisit.size);
    for (const v of conducted) {
      const report = byVisit.get(v.id);
      if (v.kind === 'advocacy') expect(report, `${v.iso3} ${v.startDate}`).toBeUndefined();
      else if (report) {
        const months = daysBetween(v.endDate!, report.draftedOn!);
        expect(months, `${v.iso3} ${v.endDate}`).toBeGreaterThanOrEqual(60);
        expect(months, `${v.iso3} ${v.endDate}`).toBeLessThanOrEqual(150);
      } else expect(daysBetween(v.endDate!, TODAY), `${v.iso3} ${v.endDate}`).toBeLessThan(150);
    }
  });

  it('gives each report the status of its furthest step, each step recorded in order as the rules allow', () => {
    const stageDates = [
      'sentToStateOn',
      'observationsReceivedOn',
      'submittedToCtcOn',
      'adoptedOn',
      'transmittedOn',
    ] as const;
    const reports = demo.value('reports.list', {});
    for (const r of reports) {
      const label = r.title ?? r.id;
      const dates: ReportDates = {
        drafted: r.draftedOn,
        sent_to_state: r.sentToStateOn,
        observations_received: r.observationsReceivedOn,
        submitted_to_ctc: r.submittedToCtcOn,
        adopted: r.adoptedOn,
        transmitted: r.transmittedOn,
      };
      expect(r.status, label).toBe(reportStatus(dates));
      const furthest = stageDates.reduce((s, key, i) => (r[key] ? i + 1 : s), 0);
      expect(r.status, label).toBe(REPORT_STATUSES[furthest]);
      // Replayed step by step, every step is one the rules accept on its date.
      expect(r.draftedOn, label).not.toBeNull();
      const replayed: ReportDates = { ...dates, ...nullSteps };
      for (const step of REPORT_STEPS) {
        const on = dates[step];
        if (!on) break;
        const none = step === 'observations_received' && r.observationsNoneReceived;
        expect(reportStepRefusal(replayed, step, on, none), `${label}: ${step}`).toBeNull();
        replayed[step] = on;
      }
      expect(replayed).toEqual(dates);
      if (r.observationsNoneReceived)
        expect(r.observationsReceivedOn! > r.observationsDue!).toBe(true);
      const all = [r.draftedOn, ...stageDates.map((k) => r[k]), r.implementationReplyOn];
      for (const d of all) if (d) expect(d <= TODAY).toBe(true);
      if (r.implementationReplyOn) {
        expect(r.implementationReplyOn >= r.transmittedOn!).toBe(true);
        expect(r.implementationReplySummary).toBeTruthy();
      }
      if (r.releaseConsent !== 'none') expect(r.releaseConsentOn! >= r.transmittedOn!).toBe(true);
    }
    expect(
      reports.some(
        (r) =>
          r.observationsReceivedOn &&
          !r.observationsNoneReceived &&
          daysBetween(r.sentToStateOn!, r.observationsReceivedOn) > 30,
      ),
    ).toBe(true);
    expect(new Set(reports.map((r) => r.releaseConsent))).toEqual(
      new Set(['none', 'partial', 'full']),
    );
  });

  it('has reports in every status, some observations closed as none received, one of them this year', () => {
    const reports = demo.value('reports.list', {});
    expect(new Set(reports.map((r) => r.status))).toEqual(new Set(REPORT_STATUSES));
    const none = reports.filter((r) => r.observationsNoneReceived);
    expect(none.length).toBeGreaterThan(0);
    expect(none.some((r) => r.observationsReceivedOn! >= `${LAST_YEAR + 1}-01-01`)).toBe(true);
    // The ones closed this year were closed through the app, by a planner.
    const closed = demo.rows<{ role: string; payload: string }>(
      `SELECT u.role, e.payload FROM events e JOIN users u ON u.id = e.actor_id
       WHERE e.kind = 'report.observations_received'`,
    );
    expect(closed.some((e) => e.role === 'planner' && e.payload.includes('noneReceived'))).toBe(
      true,
    );
  });

  it('has 10 to 40 recommendations per report, in the thematic areas, with evidence for every status change', () => {
    for (const r of demo.value('reports.list', {})) {
      expect(r.recommendationsCount).toBeGreaterThanOrEqual(10);
      expect(r.recommendationsCount).toBeLessThanOrEqual(40);
    }
    const areas = new Set<string>(THEMATIC_AREAS.map((a) => a.key));
    const recommendations = demo.value('recommendations.list', {});
    for (const x of recommendations) {
      expect(areas.has(x.thematicArea)).toBe(true);
      expect(x.code).toMatch(/^R-\d+$/);
      if (x.technicalAssistanceNeeded) expect(x.partners.length).toBeGreaterThan(0);
    }
    expect(recommendations.some((x) => x.confidential)).toBe(true);
    for (const row of demo.rows<{ ta_providers: string | null }>(
      'SELECT ta_providers FROM recommendations WHERE ta_providers IS NOT NULL',
    ))
      expect(Array.isArray(JSON.parse(row.ta_providers!))).toBe(true);
    expect(new Set(recommendations.map((x) => x.priority))).toEqual(
      new Set(['high', 'medium', 'low']),
    );
    const updates = demo.rows<{
      status: string;
      evidence: string | null;
      source: string | null;
      as_of: string;
      adopted_on: string | null;
    }>(
      `SELECT u.status, u.evidence, u.source, u.as_of, r.adopted_on FROM recommendation_updates u
       JOIN recommendations x ON x.id = u.recommendation_id JOIN assessment_reports r ON r.id = x.report_id`,
    );
    expect(updates.some((u) => u.status === 'implemented')).toBe(true);
    for (const u of updates) {
      expect(u.evidence && u.source).toBeTruthy();
      expect(u.adopted_on !== null && u.as_of > u.adopted_on && u.as_of <= TODAY).toBe(true);
    }
  });
});

describe('OP 16 follow-up', () => {
  it('owes a report within 12 months for reports adopted from 30 December 2021: some late, some overdue, some not yet due', () => {
    const followups = demo.value('followups.list', {});
    for (const f of followups) {
      expect(f.reportAdoptedOn >= DEFAULT_OP16_START).toBe(true);
      expect(f.dueOn).toBe(addMonths(f.reportAdoptedOn, 12));
    }
    const states = new Set(followups.map((f) => f.state));
    expect(states.has('done')).toBe(true);
    expect(states.has('done_late')).toBe(true);
    expect(states.has('overdue')).toBe(true);
    expect(['upcoming', 'due_far', 'due_near'].some((s) => states.has(s as never))).toBe(true);
    const onTime = followups.filter((f) => f.state === 'done').length;
    expect(onTime).toBeGreaterThan(followups.filter((f) => f.state === 'done_late').length);
    expect(demo.stats.followupsOverdue).toBe(followups.filter((f) => f.state === 'overdue').length);
  });

  it('writes follow-up reports only for initial assessments adopted from 30 December 2021: started after adoption, submitted with a recommended next step', () => {
    const rows = demo.rows<{
      adopted_on: string;
      kind: string;
      started_on: string | null;
      due_on: string | null;
      recommended_followup: string | null;
      assessment: string;
      submitted_on: string | null;
      ta_partners: string | null;
    }>(
      `SELECT r.adopted_on, v.kind, f.started_on, f.due_on, f.recommended_followup, f.assessment, f.submitted_on, f.ta_partners
       FROM followups f JOIN assessment_reports r ON r.id = f.report_id JOIN visits v ON v.id = r.visit_id`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const f of rows) {
      expect(f.adopted_on >= DEFAULT_OP16_START).toBe(true);
      expect(['advocacy', 'follow_up']).not.toContain(f.kind);
      expect(f.due_on).toBe(followupReportDue(f.adopted_on));
      expect(f.started_on! > f.adopted_on && f.started_on! <= TODAY).toBe(true);
      expect(Array.isArray(JSON.parse(f.ta_partners ?? '[]'))).toBe(true);
      if (!f.submitted_on) {
        expect(f.recommended_followup).toBeNull();
        continue;
      }
      expect(f.started_on! <= f.submitted_on).toBe(true);
      expect([
        'none',
        'follow_up_visit',
        'focused_visit',
        'technical_assistance',
        'desk_review',
      ]).toContain(f.recommended_followup);
      expect(f.submitted_on <= TODAY).toBe(true);
      expect((JSON.parse(f.assessment) as unknown[]).length).toBeGreaterThanOrEqual(10);
    }
    // Some are under way, not yet submitted.
    expect(rows.some((f) => !f.submitted_on)).toBe(true);
  });

  it('starts, assesses and submits this year’s OP 16 reports through the app: one late, one advising a follow-up visit, one technical assistance with its partners', () => {
    const thisYear = `${LAST_YEAR + 1}-01-01`;
    const followups = demo.value('followups.list', {});
    const submitted = followups.filter((f) => f.submittedOn && f.submittedOn >= thisYear);
    expect(submitted.some((f) => f.late)).toBe(true);
    expect(submitted.some((f) => f.recommendedFollowup === 'follow_up_visit')).toBe(true);
    const assistance = submitted.find((f) => f.recommendedFollowup === 'technical_assistance');
    expect(assistance?.partners.length).toBeGreaterThan(0);
    // CTED's advice of assistance became proposed records, one per partner.
    const proposed = demo
      .value('ta.list', { reportId: assistance!.reportId })
      .filter((t) => t.followupId === assistance!.followupId);
    expect(proposed.map((t) => t.partner).sort()).toEqual([...assistance!.partners].sort());
    expect(followups.some((f) => f.startedOn && !f.submittedOn && f.state !== 'overdue')).toBe(
      true,
    );
    const events = demo.rows<{ kind: string; role: string }>(
      `SELECT DISTINCT e.kind, u.role FROM events e JOIN users u ON u.id = e.actor_id WHERE e.kind LIKE 'followup.%'`,
    );
    expect(events).toEqual(
      expect.arrayContaining([
        { kind: 'followup.started', role: 'planner' },
        { kind: 'followup.assessed', role: 'planner' },
        { kind: 'followup.submitted', role: 'planner' },
      ]),
    );
  });
});

describe('deadlines and timeliness', () => {
  const REPORT_KINDS = [
    'observations',
    'committee_decision',
    'transmission',
    'implementation_reply',
    'op16_report',
  ] as const;

  it('has deadlines met on time and late of every kind of the report cycle, some overdue and some coming due', () => {
    const deadlines = demo.value('deadlines.list', {});
    const states = (kind: string) =>
      new Set(deadlines.filter((d) => d.kind === kind).map((d) => d.state));
    for (const kind of REPORT_KINDS) {
      expect(states(kind).has('done'), kind).toBe(true);
      expect(states(kind).has('done_late'), kind).toBe(true);
    }
    // Overdue as of today: observations, a decision awaited beyond the setting, a reply, an OP 16 report.
    for (const kind of [
      'observations',
      'committee_decision',
      'implementation_reply',
      'op16_report',
    ])
      expect(states(kind).has('overdue'), kind).toBe(true);
    const waiting = deadlines.find(
      (d) => d.kind === 'committee_decision' && d.state === 'overdue',
    )!;
    expect(daysBetween(waiting.triggerOn, TODAY)).toBeGreaterThan(
      DEFAULT_SETTINGS.committeeWaitDays,
    );
    const coming = deadlines.filter(
      (d) =>
        (REPORT_KINDS as readonly string[]).includes(d.kind) &&
        (d.state === 'due_near' || d.state === 'due_far'),
    );
    expect(coming.length).toBeGreaterThan(0);
    for (const d of deadlines) {
      if (d.doneOn) expect(d.doneOn <= TODAY).toBe(true);
      expect(d.triggerOn <= TODAY).toBe(true);
    }
  });

  it('gives the timeliness of the last three years: a median for every interval', () => {
    const stats = demo.value('stats.timeliness', { from: `${LAST_YEAR - 2}-01-01`, to: TODAY });
    for (const [key, interval] of Object.entries(stats.intervals)) {
      expect(interval.median, key).not.toBeNull();
      expect(interval.count, key).toBeGreaterThan(2);
    }
    expect(stats.intervals.visitToDraft.median!).toBeGreaterThanOrEqual(60);
    expect(stats.intervals.visitToDraft.median!).toBeLessThanOrEqual(150);
    expect(stats.op16.due).toBeGreaterThan(0);
  });
});

describe('the rest of the picture', () => {
  it('has indicator values for every State, signals for about 40 States and requests from about 15', () => {
    const perState = demo.rows<{ n: number }>(
      'SELECT COUNT(DISTINCT as_of) AS n FROM risk_indicators GROUP BY iso3, indicator_key',
    );
    expect(perState).toHaveLength(193 * demo.rows('SELECT 1 FROM indicator_definitions').length);
    for (const s of perState) expect(s.n).toBeGreaterThanOrEqual(2);
    const signalStates = demo.rows('SELECT DISTINCT iso3 FROM signals').length;
    expect(signalStates).toBeGreaterThanOrEqual(30);
    expect(signalStates).toBeLessThanOrEqual(50);
    for (const s of demo.rows<{ severity: number; half_life_days: number; occurred_on: string }>(
      'SELECT * FROM signals',
    )) {
      expect(s.severity >= 1 && s.severity <= 5).toBe(true);
      expect(s.half_life_days >= 90 && s.half_life_days <= 720).toBe(true);
      expect(s.occurred_on <= TODAY).toBe(true);
    }
    const requestStatuses = new Set(
      demo.rows<{ status: string }>('SELECT status FROM state_requests').map((r) => r.status),
    );
    expect(requestStatuses.has('open') && requestStatuses.has('fulfilled')).toBe(true);
    const requestStates = demo.rows('SELECT DISTINCT iso3 FROM state_requests').length;
    expect(requestStates).toBeGreaterThanOrEqual(8);
    expect(requestStates).toBeLessThanOrEqual(20);
  });

  it('lives this year’s report cycle through the app: adoptions by CTC members, steps, replies, assistance and invitations by planners', () => {
    const thisYear = `${LAST_YEAR + 1}-01-01`;
    const actors = demo.rows<{ kind: string; role: string; on: string | null }>(
      `SELECT e.kind, u.role, COALESCE(json_extract(e.payload, '$.on'), json_extract(e.payload, '$.receivedOn')) AS "on"
       FROM events e JOIN users u ON u.id = e.actor_id WHERE e.kind LIKE 'report.%'`,
    );
    const rolesOf = (kind: string) =>
      new Set(actors.filter((a) => a.kind === kind).map((a) => a.role));
    expect(rolesOf('report.adopted')).toEqual(new Set(['ctc_member']));
    for (const kind of [
      'report.drafted',
      'report.sent_to_state',
      'report.observations_received',
      'report.submitted_to_ctc',
      'report.transmitted',
      'report.implementation_reply',
    ])
      expect(rolesOf(kind), kind).toEqual(new Set(['planner']));
    for (const a of actors) if (a.on) expect(a.on >= thisYear && a.on <= TODAY).toBe(true);
    // Recommendations created on the draft, then updated with their evidence and source.
    const recommendationEvents = demo.rows<{ kind: string }>(
      "SELECT DISTINCT kind FROM events WHERE kind LIKE 'recommendation.%'",
    );
    expect(recommendationEvents.map((e) => e.kind).sort()).toEqual([
      'recommendation.created',
      'recommendation.status',
    ]);
    const assistance = demo
      .value('ta.list', {})
      .filter((t) => t.requestedOn >= thisYear && t.requestedBy.startsWith('The State'));
    expect(assistance.length).toBeGreaterThan(0);
    for (const t of assistance) expect(t.recommendationIds.length).toBeGreaterThan(0);
    const invited = demo.rows<{ attended: number | null; held_on: string; note: string | null }>(
      `SELECT i.attended, m.held_on, i.note FROM invitations i JOIN ctc_meetings m ON m.id = i.meeting_id
       WHERE i.invited_on >= ?`,
      thisYear,
    );
    expect(invited.some((i) => i.attended !== null && i.note)).toBe(true);
    const inviters = demo.rows<{ role: string }>(
      `SELECT DISTINCT u.role FROM events e JOIN users u ON u.id = e.actor_id
       WHERE e.kind IN ('invitation.sent', 'invitation.attendance', 'ta.created')`,
    );
    expect(inviters).toEqual([{ role: 'planner' }]);
  });

  it('invites assessed States’ officials to CTC meetings, attended or not', () => {
    const invitations = demo.rows<{ attended: number | null; held_on: string }>(
      'SELECT i.attended, m.held_on FROM invitations i JOIN ctc_meetings m ON m.id = i.meeting_id',
    );
    expect(invitations.some((i) => i.attended === 1)).toBe(true);
    expect(invitations.some((i) => i.attended === 0)).toBe(true);
    for (const i of invitations.filter((x) => x.held_on > TODAY)) expect(i.attended).toBeNull();
  });

  it('has users of every role, the Demo Administrator acting by default', () => {
    const users = demo.value('users.list');
    const count = (role: string) => users.filter((u) => u.role === role).length;
    expect(count('admin')).toBe(1);
    expect(count('planner')).toBeGreaterThanOrEqual(2);
    expect(count('ctc_member')).toBeGreaterThanOrEqual(2);
    expect(count('field')).toBeGreaterThanOrEqual(2);
    expect(users[0]!.name).toBe('Demo Administrator');
  });

  it('keeps the field records of this year’s latest visits, written by a field team member on the team', () => {
    const field = demo.value('users.list').filter((u) => u.role === 'field');
    const written = demo.rows<{ visit_id: string; author_id: string }>(
      'SELECT DISTINCT visit_id, author_id FROM field_meetings WHERE deleted = 0',
    );
    expect(written).toHaveLength(2);
    for (const { visit_id, author_id } of written) {
      const author = field.find((u) => u.id === author_id);
      expect(author, 'written by a field user').toBeDefined();
      const visit = demo.value('visits.get', { id: visit_id });
      expect(visit.status).toBe('conducted');
      expect(visit.team).toContain(author!.name);
      const meetings = demo.value('meetings.list', { visitId: visit_id });
      expect(meetings.length).toBeGreaterThanOrEqual(2);
      for (const m of meetings) {
        expect(m.heldOn >= visit.startDate! && m.heldOn <= visit.endDate!).toBe(true);
        expect(visit.agenciesMet).toContain(m.institution);
      }
      expect(demo.value('observations.list', { visitId: visit_id })).toHaveLength(meetings.length);
      expect(demo.value('findings.list', { visitId: visit_id })).toHaveLength(1);
      expect(
        demo.value('practicalDetails.get', { visitId: visit_id }).parts.length,
      ).toBeGreaterThan(0);
    }
  });

  it('is flagged as a synthetic demo', () => {
    expect(getMeta(demo.ws.db, 'demo')).toBe('1');
    expect(getMeta(demo.ws.db, 'demo_seed')).toBe(String(DEMO_SEED));
    expect(getMeta(demo.ws.db, 'demo_scale')).toBe('1');
    expect(getMeta(demo.ws.db, 'demo_as_of')).toBe(TODAY);
    expect(getMeta(demo.ws.db, 'demo_generator')).toBe(DEMO_GENERATOR_VERSION);
    const info = demo.value('workspace.info');
    expect(info.demo).toBe(true);
    expect(info.syntheticNotice).toBeTruthy();
  });

  it('wrote every row through the one write path: the past as the Demo Administrator, this year as its planners, CTC members and field team', () => {
    const users = new Map(demo.value('users.list').map((u) => [u.id, u.role]));
    for (const table of userTables(demo.ws.db)) {
      const unlogged = demo.rows(
        `SELECT id FROM ${table} WHERE id NOT IN (SELECT row_id FROM change_log WHERE tbl = ?)`,
        table,
      );
      expect(unlogged, table).toEqual([]);
    }
    const authors = demo
      .rows<{ author_id: string }>('SELECT DISTINCT author_id FROM change_log')
      .map((a) => users.get(a.author_id));
    expect(new Set(authors)).toEqual(new Set(['admin', 'planner', 'ctc_member', 'field']));
    const deciders = demo.rows<{ role: string }>(
      `SELECT DISTINCT u.role FROM events e JOIN users u ON u.id = e.actor_id
       WHERE e.kind IN ('list.adopted', 'amendment.decided', 'report.adopted')`,
    );
    expect(deciders).toEqual([{ role: 'ctc_member' }]);
    expect(demo.stats.changes).toBe(demo.rows('SELECT 1 FROM change_log').length);
  });

  it('refuses bad options and a workspace that already has visits', () => {
    const ws = demo.ws;
    expect(() => generateDemo(ws, { seed: 1, scale: 1, today: TODAY })).toThrow(/without visits/);
    const empty = openWorkspace(join(tempDir('cted-demo-'), 'empty.sqlite'), { create: true });
    opened.push(empty);
    dirs.push(join(empty.path, '..'));
    expect(() => generateDemo(empty, { seed: 1, scale: 0, today: TODAY })).toThrow(/scale/);
    expect(() => generateDemo(empty, { seed: 1, scale: 1, today: '2026-02-30' })).toThrow(/today/);
    expect(() => generateDemo(empty, { seed: 1.5, scale: 1, today: TODAY })).toThrow(/seed/);
  });
});

describe('openDemoWorkspace', () => {
  it(
    'generates the demo once, reuses it, and makes it again when the generator version changes',
    () => {
      const dir = tempDir('cted-demo-open-');
      dirs.push(dir);
      const path = join(dir, 'nested', 'demo-workspace.sqlite');

      let ws = openDemoWorkspace(path, { today: TODAY });
      opened.push(ws);
      expect(getMeta(ws.db, 'demo_generator')).toBe(DEMO_GENERATOR_VERSION);
      expect(getMeta(ws.db, 'demo_seed')).toBe(String(DEMO_SEED));
      const generated = dump(ws);
      setMeta(ws.db, 'test_marker', 'kept');
      ws.close();

      ws = openDemoWorkspace(path, { today: TODAY });
      opened.push(ws);
      expect(getMeta(ws.db, 'test_marker')).toBe('kept');
      setMeta(ws.db, 'demo_generator', 'an older generator');
      ws.close();

      ws = openDemoWorkspace(path, { today: TODAY });
      opened.push(ws);
      expect(getMeta(ws.db, 'demo_generator')).toBe(DEMO_GENERATOR_VERSION);
      expect(getMeta(ws.db, 'test_marker')).toBeNull();
      expect(dump(ws)).toEqual(generated);
      ws.close();
      expect(
        readdirSync(join(dir, 'nested')).filter((f) => !f.endsWith('-wal') && !f.endsWith('-shm')),
      ).toEqual(['demo-workspace.sqlite']);
      expect(existsSync(`${path}.generating`)).toBe(false);
    },
    GENERATION_TIMEOUT,
  );

  it(
    'makes a damaged demo again',
    () => {
      const dir = tempDir('cted-demo-open-');
      dirs.push(dir);
      const path = join(dir, 'demo-workspace.sqlite');
      writeFileSync(path, 'this is not a database');
      const ws = openDemoWorkspace(path, { today: TODAY });
      opened.push(ws);
      expect(getMeta(ws.db, 'demo')).toBe('1');
      expect(
        ws.db.prepare("SELECT COUNT(*) AS n FROM visits WHERE status = 'conducted'").get(),
      ).toEqual({ n: demo.stats.conductedVisits });
    },
    GENERATION_TIMEOUT,
  );
});
