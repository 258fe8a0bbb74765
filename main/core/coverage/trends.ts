// The coverage charts' series, year by year: never-visited States (overall and by region, with
// membership as of each year), the projection's defaults, OP 16 follow-up compliance, consent, and
// the timeliness of reports. The definitions are those of stats.timeliness (main/core/stats.ts):
// asked as of a year's last day, a year's figures here equal that method's for the year. Asked as
// of today, they tell how each year's consent requests and OP 16 reports have turned out since.
import type {
  ConsentYear,
  CoverageTrends,
  FollowupComplianceYear,
  IntervalKey,
  IntervalSpread,
  NeverVisitedYear,
  ProjectionDefaults,
  TimelinessYear,
} from '../../../shared/api/types';
import { yearEnd } from '../../../shared/domain/coverage';
import { daysBetween, yearOf } from '../../../shared/domain/dates';
import { median, percentile, share } from '../../../shared/domain/statistics';
import type { CallContext } from '../context';
import { compareNames, nameColumn } from '../language';
import { readDeadlines } from '../deadlines';
import { intervalsOf } from '../handlers/reports';
import type { Raw } from '../handlers/queries';
import { admittedOn } from '../reference/admissions';
import { INTERVAL_END } from '../stats';
import { CONDUCTED_VISITS_SQL } from '../visited';
import { memoised } from './memo';
import { extent, yearsSpanning } from './years';

const range = (from: number, to: number) =>
  Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

interface Member {
  iso3: string;
  name: string;
  region: string;
  admittedOn: string | null;
  /** The end of its first conducted assessment visit, or null. */
  firstVisit: string | null;
}

function readMembers(ctx: CallContext, asOf: string): Member[] {
  const compare = compareNames(ctx.language);
  return (
    (
      ctx.db
        .prepare(
          `SELECT s.iso3, s.${nameColumn(ctx.language)} AS name, s.region, f.first_visit
         FROM member_states s
         LEFT JOIN (SELECT iso3, MIN(ended_on) AS first_visit FROM (${CONDUCTED_VISITS_SQL}) WHERE assessment GROUP BY iso3) f
           ON f.iso3 = s.iso3
         ORDER BY s.region`,
        )
        .all(asOf) as { iso3: string; name: string; region: string; first_visit: string | null }[]
    )
      // By region, then by name as the caller's language orders names.
      .sort((a, b) =>
        a.region === b.region ? compare(a.name, b.name) : a.region < b.region ? -1 : 1,
      )
      .map((m) => ({
        iso3: m.iso3,
        name: m.name,
        region: m.region,
        admittedOn: admittedOn(m.iso3),
        firstVisit: m.first_visit,
      }))
  );
}

/** At each year's end (the as-of date in its year): the Member States then, and those never visited. */
function neverVisitedSeries(
  members: Member[],
  regions: string[],
  years: number[],
  asOf: string,
): NeverVisitedYear[] {
  return years.map((year) => {
    const end = yearEnd(year, asOf);
    const byRegion = new Map(
      regions.map((region) => [region, { region, memberStates: 0, neverVisited: 0 }]),
    );
    for (const m of members) {
      if (m.admittedOn !== null && m.admittedOn > end) continue;
      const r = byRegion.get(m.region)!;
      r.memberStates += 1;
      if (m.firstVisit === null || m.firstVisit > end) r.neverVisited += 1;
    }
    const counts = [...byRegion.values()];
    return {
      year,
      memberStates: counts.reduce((n, r) => n + r.memberStates, 0),
      neverVisited: counts.reduce((n, r) => n + r.neverVisited, 0),
      byRegion: counts,
    };
  });
}

/** Consent requests answered (a reply that settles them, known by `asOf`), as stats.timeliness counts them. */
interface ConsentRow {
  year: number;
  region: string;
  answered: boolean;
  granted: boolean;
  days: number | null;
}

function readConsent(ctx: CallContext, asOf: string): ConsentRow[] {
  return (
    ctx.db
      .prepare(
        `SELECT c.sent_on, c.reply, c.replied_on, s.region FROM consent_requests c JOIN member_states s ON s.iso3 = c.iso3
         WHERE c.deleted = 0 AND c.sent_on IS NOT NULL AND c.sent_on <= ?`,
      )
      .all(asOf) as { sent_on: string; reply: string; replied_on: string | null; region: string }[]
  ).map((c) => {
    const answered =
      c.reply !== 'pending' &&
      c.reply !== 'no_reply' &&
      c.replied_on !== null &&
      c.replied_on <= asOf;
    return {
      year: yearOf(c.sent_on),
      region: c.region,
      answered,
      granted: answered && c.reply === 'granted',
      days: answered ? daysBetween(c.sent_on, c.replied_on!) : null,
    };
  });
}

function consentFigures(year: number, region: string | null, rows: ConsentRow[]): ConsentYear {
  const answered = rows.filter((r) => r.answered);
  const granted = answered.filter((r) => r.granted).length;
  return {
    year,
    region,
    requests: rows.length,
    answered: answered.length,
    granted,
    rate: share(granted, answered.length),
    medianDaysToReply: median(answered.map((r) => r.days!)),
  };
}

function consentSeries(rows: ConsentRow[], regions: string[]): ConsentYear[] {
  if (rows.length === 0) return [];
  const years = yearsSpanning(rows.map((r) => r.year));
  return years.flatMap((year) => {
    const ofYear = rows.filter((r) => r.year === year);
    return [
      consentFigures(year, null, ofYear),
      ...regions.map((region) =>
        consentFigures(
          year,
          region,
          ofYear.filter((r) => r.region === region),
        ),
      ),
    ];
  });
}

/** Years of consent history the projection's consent rates are taken from. */
const CONSENT_YEARS = 10;
/** A year counts towards the best and worst rate only with at least this many replies. */
const MIN_REPLIES_FOR_A_YEAR = 3;
/** Recent complete years the fallback capacity and share are taken from. */
const RECENT_YEARS = 5;

function projectionDefaults(
  ctx: CallContext,
  asOf: string,
  members: Member[],
  consent: ConsentRow[],
): ProjectionDefaults {
  const thisYear = yearOf(asOf);
  const never = new Set(members.filter((m) => m.firstVisit === null).map((m) => m.iso3));

  // The latest list (next year's, when it exists) says how many visits a year are planned and how
  // many of them go to never-visited States.
  const list = ctx.db
    .prepare(
      `SELECT id, year, capacity FROM annual_lists
       WHERE deleted = 0 AND capacity > 0 AND year <= ? ORDER BY year DESC, id LIMIT 1`,
    )
    .get(thisYear + 1) as { id: string; year: number; capacity: number } | undefined;
  const selected = list
    ? (
        ctx.db
          .prepare(
            `SELECT e.iso3 FROM list_versions v JOIN list_entries e ON e.version_id = v.id AND e.deleted = 0
             WHERE v.list_id = ? AND v.deleted = 0 AND e.selection = 'selected'
               AND v.version = (SELECT MAX(w.version) FROM list_versions w WHERE w.list_id = v.list_id AND w.deleted = 0)`,
          )
          .all(list.id) as { iso3: string }[]
      ).map((e) => e.iso3)
    : [];

  // Otherwise, recent history: assessment visits a year, and the share that were first visits.
  const recent = range(thisYear - RECENT_YEARS, thisYear - 1);
  const visits = ctx.db
    .prepare(
      `SELECT iso3, ended_on FROM (${CONDUCTED_VISITS_SQL}) WHERE assessment AND ended_on >= ? AND ended_on < ?`,
    )
    .all(asOf, `${recent[0]}-01-01`, `${thisYear}-01-01`) as { iso3: string; ended_on: string }[];
  const firstVisits = new Set(members.map((m) => `${m.iso3}|${m.firstVisit}`));
  const perYear = recent.map((year) => visits.filter((v) => yearOf(v.ended_on) === year).length);
  const firsts = visits.filter((v) => firstVisits.has(`${v.iso3}|${v.ended_on}`)).length;

  const capacity = list
    ? { value: list.capacity, source: 'list' as const, listYear: list.year }
    : visits.length > 0
      ? { value: Math.round(median(perYear)!), source: 'history' as const, listYear: null }
      : { value: 0, source: 'none' as const, listYear: null };
  const reservedShare =
    selected.length > 0
      ? {
          value: selected.filter((iso3) => never.has(iso3)).length / selected.length,
          source: 'list' as const,
          listYear: list!.year,
        }
      : visits.length > 0
        ? { value: firsts / visits.length, source: 'history' as const, listYear: null }
        : { value: 0, source: 'none' as const, listYear: null };

  // The consent rate: pooled over the last complete years, with the best and worst single year.
  const fromYear = thisYear - CONSENT_YEARS;
  const considered = consent.filter((c) => c.answered && c.year >= fromYear && c.year < thisYear);
  const pool = considered.length > 0 ? considered : consent.filter((c) => c.answered);
  const expected = share(pool.filter((c) => c.granted).length, pool.length);
  const yearly = range(fromYear, thisYear - 1)
    .map((year) => considered.filter((c) => c.year === year))
    .filter((of) => of.length >= MIN_REPLIES_FOR_A_YEAR)
    .map((of) => of.filter((c) => c.granted).length / of.length);
  return {
    asOf,
    fromYear: thisYear + 1,
    neverVisited: never.size,
    capacity,
    reservedShare,
    consentRate: {
      expected,
      optimistic: yearly.length > 0 ? Math.max(...yearly) : expected,
      pessimistic: yearly.length > 0 ? Math.min(...yearly) : expected,
      fromYear: extent(pool.map((c) => c.year))?.[0] ?? null,
      toYear: extent(pool.map((c) => c.year))?.[1] ?? null,
    },
  };
}

/**
 * OP 16 reports by the year they fall due, from the one deadline engine. As stats.timeliness
 * counts them, a report is due once its day has come: one submitted before a day still ahead is
 * not yet due.
 */
function followupSeries(ctx: CallContext, asOf: string): FollowupComplianceYear[] {
  const op16 = readDeadlines(ctx, asOf, { dueSince: ctx.settings.op16Start }).filter(
    (d) => d.kind === 'op16_report',
  );
  if (op16.length === 0) return [];
  const years = yearsSpanning(op16.map((d) => yearOf(d.dueOn)));
  return years.map((year) => {
    const of = op16.filter((d) => yearOf(d.dueOn) === year && d.dueOn <= asOf);
    const onTime = of.filter((d) => d.state === 'done').length;
    const late = of.filter((d) => d.state === 'done_late').length;
    const overdue = of.filter((d) => d.state === 'overdue').length;
    return {
      year,
      due: onTime + late + overdue,
      onTime,
      late,
      overdue,
      notYetDue: op16.filter((d) => yearOf(d.dueOn) === year).length - onTime - late - overdue,
    };
  });
}

const INTERVAL_KEYS = Object.keys(INTERVAL_END) as IntervalKey[];

function spread(values: number[]): IntervalSpread {
  return {
    count: values.length,
    median: median(values),
    p25: percentile(values, 0.25),
    p75: percentile(values, 0.75),
  };
}

/** Report intervals by the year in which they end (as stats.timeliness counts them). */
function timelinessSeries(ctx: CallContext, asOf: string): TimelinessYear[] {
  const byYear = new Map<number, Record<IntervalKey, number[]>>();
  for (const r of ctx.db
    .prepare(
      `SELECT r.drafted_on, r.adopted_on, r.transmitted_on, r.implementation_reply_on, v.end_date AS visit_end
       FROM assessment_reports r JOIN visits v ON v.id = r.visit_id AND v.deleted = 0
       WHERE r.deleted = 0 AND r.drafted_on IS NOT NULL AND r.drafted_on <= ?`,
    )
    .all(asOf) as Raw[]) {
    const intervals = intervalsOf(r);
    for (const key of INTERVAL_KEYS) {
      const endedOn = r[INTERVAL_END[key]];
      const days = intervals[key];
      if (days === null || typeof endedOn !== 'string' || endedOn > asOf) continue;
      const year = yearOf(endedOn);
      const values =
        byYear.get(year) ??
        (Object.fromEntries(INTERVAL_KEYS.map((k) => [k, []])) as unknown as Record<
          IntervalKey,
          number[]
        >);
      values[key].push(days);
      byYear.set(year, values);
    }
  }
  if (byYear.size === 0) return [];
  return yearsSpanning(byYear.keys()).map((year) => ({
    year,
    intervals: Object.fromEntries(
      INTERVAL_KEYS.map((key) => [key, spread(byYear.get(year)?.[key] ?? [])]),
    ) as TimelinessYear['intervals'],
  }));
}

/**
 * The tables the series read, the deadline engine's and the settings (its rules) included: they
 * are kept until one of them changes (./memo.ts).
 */
const TRENDS_TABLES = [
  'member_states',
  'visits',
  'consent_requests',
  'annual_lists',
  'list_versions',
  'list_entries',
  'assessment_reports',
  'followups',
  'settings',
];

/** The charts' series. */
export function coverageTrends(ctx: CallContext, asOf: string): CoverageTrends {
  return memoised(ctx.db, `trends ${asOf} ${ctx.language}`, TRENDS_TABLES, () =>
    computeTrends(ctx, asOf),
  );
}

/**
 * Each part of the series is kept too, until a table it reads changes: a change to a report, say,
 * computes again the OP 16 and timeliness series, not the consent series.
 */
function computeTrends(ctx: CallContext, asOf: string): CoverageTrends {
  const part = <T>(name: string, tables: string[], compute: () => T): T =>
    memoised(ctx.db, `trends:${name} ${asOf}`, tables, compute);
  const members = part(`members ${ctx.language}`, ['member_states', 'visits'], () =>
    readMembers(ctx, asOf),
  );
  const regions = [...new Set(members.map((m) => m.region))].sort();
  const firstVisits = members.flatMap((m) => (m.firstVisit ? [yearOf(m.firstVisit)] : []));
  const firstYear = Math.min(yearOf(asOf), ...firstVisits);
  const consent = part('consent', ['consent_requests', 'member_states'], () =>
    readConsent(ctx, asOf),
  );
  return {
    asOf,
    regions,
    neverVisited: neverVisitedSeries(members, regions, range(firstYear, yearOf(asOf)), asOf),
    admissions: members
      .filter(
        (m) => m.admittedOn !== null && yearOf(m.admittedOn) > firstYear && m.admittedOn <= asOf,
      )
      .map((m) => ({ iso3: m.iso3, name: m.name, admittedOn: m.admittedOn! }))
      .sort((a, b) => a.admittedOn.localeCompare(b.admittedOn)),
    projection: part(
      'projection',
      [
        'annual_lists',
        'list_versions',
        'list_entries',
        'visits',
        'member_states',
        'consent_requests',
      ],
      () => projectionDefaults(ctx, asOf, members, consent),
    ),
    // The OP 16 deadlines follow from the reports alone (the engine reads consent requests too).
    followups: part(
      'followups',
      ['assessment_reports', 'visits', 'followups', 'member_states', 'settings'],
      () => followupSeries(ctx, asOf),
    ),
    consent: part('consent series', ['consent_requests', 'member_states'], () =>
      consentSeries(consent, regions),
    ),
    timeliness: part('timeliness', ['assessment_reports', 'visits'], () =>
      timelinessSeries(ctx, asOf),
    ),
  };
}
