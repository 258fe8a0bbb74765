// The figures of the annual review (OP 17) and of the Chair's report (OP 18), as plain data, read
// through the functions that compute them elsewhere: the year's list and its versions, consent,
// visits, reports, OP 16 reports, assistance, coverage and its projection, consent over time. Every
// figure is "as of" the year's last day (or today, for the year under way), so that a year's
// review does not change with the day it is made.
import type {
  Amendment,
  ConsentRequest,
  ConsentStanding,
  ConsentYear,
  CoverageSummary,
  FollowupComplianceYear,
  Followup,
  ListEntry,
  ListStatus,
  NeverVisitedYear,
  ProjectionDefaults,
  StatusCounts,
  TechnicalAssistance,
  Visit,
  AssessmentReport,
} from '../../../shared/api/types';
import { CONSENT_STATES } from '../../../shared/domain/consent';
import { coverageAt, projectCoverage, type Projection } from '../../../shared/domain/coverage';
import { yearOf } from '../../../shared/domain/dates';
import type { CallContext } from '../context';
import { speakerOf, type Speaker } from '../exports/speak';
import { compareNames, nameColumn } from '../language';
import { implementationOverTime } from '../coverage/implementation';
import { coverageMap } from '../coverage/map';
import { coverageSummary } from '../coverage/summary';
import { coverageTrends } from '../coverage/trends';
import { readFollowups } from '../handlers/followups';
import { planHandlers, readListVersion } from '../handlers/plan';
import { readConsent, readVisits } from '../handlers/queries';
import { readReports, readTechnicalAssistance } from '../handlers/reports';
import { readYearList } from '../plan/yearList';

/** Why a State of the adopted list had no visit conducted in the year. */
export const NOT_VISITED_REASONS = [
  'declined',
  'withdrawn',
  'deferred',
  'no_reply',
  'pending',
  'not_requested',
  'postponed',
  'cancelled',
  'not_yet_conducted',
  'removed',
  'no_visit_recorded',
] as const;
export type NotVisitedReason = (typeof NOT_VISITED_REASONS)[number];
export type ListedOutcome = 'visited' | NotVisitedReason;

/** A State selected by the year's adopted list, in its first version or by an amendment. */
export interface ListedState {
  iso3: string;
  name: string;
  region: string;
  /** Added by an approved amendment rather than selected in the adopted version. */
  byAmendment: boolean;
  /** Still selected in the list's latest version (false: an amendment took it off). */
  onFinalList: boolean;
  /** Its consent request for the year, as it stood on the as-of date. */
  consent: ConsentStanding;
  outcome: ListedOutcome;
  /** The end of the conducted visit, or the date of the step that stopped it. */
  on: string | null;
  /** The postponement's reason, or the amendment that took the State off the list. */
  detail: string | null;
}

export interface YearListFigures {
  year: number;
  status: ListStatus;
  capacity: number;
  version: number;
  proposedOn: string | null;
  decidedOn: string | null;
  decisionRef: string | null;
  selected: ListEntry[];
  amendments: Amendment[];
}

export interface Scenario {
  name: 'expected' | 'optimistic' | 'pessimistic';
  consentRate: number | null;
  projection: Projection;
}

export interface AnnualReviewFigures {
  year: number;
  asOf: string;
  list: YearListFigures | null;
  listed: ListedState[];
  /** Visits whose first day falls in the year, with whether the year's list selected the State. */
  visits: (Visit & { onList: boolean; conducted: boolean })[];
  reportsAdopted: AssessmentReport[];
  /** OP 16 reports submitted in the year, and those that fell due in it. */
  op16Submitted: Followup[];
  op16Due: Followup[];
  /** Consent requests sent in the year: answered, granted, the share granted (coverage trends). */
  consentYear: ConsentYear | null;
  /** The consent requests sent in the year, by where they stood on the as-of date. */
  consentSent: Record<ConsentStanding, number>;
  /** Recommendations of adopted reports by status at the end of the year before, and of the year. */
  implementationStart: StatusCounts | null;
  implementationEnd: StatusCounts | null;
  implementationByArea: { key: string; label: string; counts: StatusCounts }[];
  assistanceDelivered: TechnicalAssistance[];
  neverVisitedStart: NeverVisitedYear;
  neverVisitedEnd: NeverVisitedYear;
  firstVisited: { iso3: string; name: string; region: string; on: string }[];
  forecast: {
    list: YearListFigures | null;
    op16Due: Followup[];
    defaults: ProjectionDefaults;
    scenarios: Scenario[];
  };
  series: {
    visits: CoverageSummary['byYear'];
    neverVisited: NeverVisitedYear[];
    consent: ConsentYear[];
    op16: FollowupComplianceYear[];
    implementation: StatusCounts[];
  };
}

const inYear = (year: number, day: string | null | undefined) => !!day && yearOf(day) === year;

function listFigures(ctx: CallContext, year: number): YearListFigures | null {
  if (!readYearList(ctx, year)) return null;
  const { list, version, entries } = readListVersion(ctx, year);
  return {
    year,
    status: list.status,
    capacity: list.capacity,
    version,
    proposedOn: list.proposedOn,
    decidedOn: list.decidedOn,
    decisionRef: list.decisionRef,
    selected: entries.filter((e) => e.selection === 'selected'),
    amendments: list.amendments,
  };
}

/** Where a consent request stood on `asOf`: its last reply or withdrawal recorded by then. */
function standingOn(request: ConsentRequest | undefined, asOf: string): ConsentStanding {
  if (!request?.sentOn || request.sentOn > asOf) return 'not_requested';
  let standing: ConsentStanding = 'pending';
  for (const step of request.steps) {
    if (step.on > asOf) break;
    if (step.kind === 'reply' && step.reply) standing = step.reply;
    if (step.kind === 'withdrawal') standing = 'withdrawn';
  }
  return standing;
}

function amendmentWords(a: Amendment, s: Speaker): string {
  const which = a.decisionRef
    ? s('doc.review.amendmentRef', { ref: a.decisionRef })
    : s('doc.review.anAmendment');
  const decision = a.decidedOn
    ? s('doc.review.decisionOf', { decision: which, date: s.date(a.decidedOn) })
    : which;
  return a.replacementName
    ? s('doc.review.replacedBy', { name: a.replacementName, decision })
    : s('doc.review.takenOff', { decision });
}

/** Every State the adopted list selected in any version, and what became of its visit. */
function listedStates(
  ctx: CallContext,
  list: YearListFigures,
  asOf: string,
  visits: (Visit & { conducted: boolean })[],
): ListedState[] {
  if (list.status !== 'adopted') return [];
  const versions = planHandlers['plan.versions']({ year: list.year }, ctx);
  const first = new Set(versions[0]?.states ?? []);
  const last = new Set(versions.at(-1)?.states ?? []);
  const everListed = [...new Set(versions.flatMap((v) => v.states))];
  const requests = new Map<string, ConsentRequest>();
  // Newest first: the first request read for a State is its latest for the year.
  for (const r of readConsent(ctx, asOf, undefined, { year: list.year }))
    if (!requests.has(r.iso3) && r.sentOn && r.sentOn <= asOf) requests.set(r.iso3, r);
  const states = new Map(
    (
      ctx.db
        .prepare(`SELECT iso3, ${nameColumn(ctx.language)} AS name, region FROM member_states`)
        .all() as {
        iso3: string;
        name: string;
        region: string;
      }[]
    ).map((s) => [s.iso3, s]),
  );
  return everListed
    .map((iso3): ListedState => {
      const state = states.get(iso3)!;
      const consent = standingOn(requests.get(iso3), asOf);
      const own = visits.filter((v) => v.iso3 === iso3);
      const conducted = own.find((v) => v.conducted);
      const stopped = own.find((v) => v.status === 'postponed' || v.status === 'cancelled');
      const ahead = own.find(
        (v) => !v.conducted && v.status !== 'postponed' && v.status !== 'cancelled',
      );
      const removal = list.amendments.find(
        (a) => a.status === 'approved' && a.iso3 === iso3 && a.action !== 'change_kind',
      );
      const base = {
        iso3,
        name: state.name,
        region: state.region,
        byAmendment: !first.has(iso3),
        onFinalList: last.has(iso3),
        consent,
        detail:
          removal && !last.has(iso3) ? amendmentWords(removal, speakerOf(ctx.language)) : null,
      };
      if (conducted)
        return { ...base, outcome: 'visited', on: conducted.endDate ?? conducted.startDate };
      if (consent === 'declined' || consent === 'withdrawn')
        return {
          ...base,
          outcome: consent,
          on:
            consent === 'withdrawn'
              ? requests.get(iso3)!.withdrawnOn
              : requests.get(iso3)!.repliedOn,
        };
      if (stopped)
        return {
          ...base,
          outcome: stopped.status as 'postponed' | 'cancelled',
          on: stopped.statusOn,
          detail: stopped.statusReason ?? base.detail,
        };
      if (ahead) return { ...base, outcome: 'not_yet_conducted', on: ahead.startDate };
      if (!base.onFinalList) return { ...base, outcome: 'removed', on: removal?.decidedOn ?? null };
      if (consent === 'granted') return { ...base, outcome: 'no_visit_recorded', on: null };
      return { ...base, outcome: consent, on: requests.get(iso3)?.repliedOn ?? null };
    })
    .sort((a, b) => compareNames(ctx.language)(a.name, b.name));
}

function consentSentIn(ctx: CallContext, year: number, asOf: string) {
  const counts = Object.fromEntries(
    ['not_requested', ...CONSENT_STATES].map((s) => [s, 0]),
  ) as Record<ConsentStanding, number>;
  for (const r of readConsent(ctx, asOf))
    if (inYear(year, r.sentOn) && r.sentOn! <= asOf) counts[standingOn(r, asOf)] += 1;
  return counts;
}

export function collectAnnualReview(ctx: CallContext, year: number): AnnualReviewFigures {
  const asOf = `${year}-12-31` < ctx.today ? `${year}-12-31` : ctx.today;
  const list = listFigures(ctx, year);
  // Every visit of the year, those still ahead in the year under way included.
  const yearVisits = readVisits(ctx, { year })
    .map((v) => ({
      ...v,
      conducted: v.status === 'conducted' && (v.endDate ?? v.startDate)! <= asOf,
    }))
    .sort(
      (a, b) => a.startDate!.localeCompare(b.startDate!) || a.stateName.localeCompare(b.stateName),
    );
  const listed = list ? listedStates(ctx, list, asOf, yearVisits) : [];
  const listedIso3 = new Set(listed.map((s) => s.iso3));
  const visits = yearVisits.map((v) => ({ ...v, onList: listedIso3.has(v.iso3) }));

  const followups = readFollowups(ctx, asOf);
  const trends = coverageTrends(ctx, asOf);
  const implementation = implementationOverTime(ctx, asOf, null);
  const countsIn = (series: StatusCounts[], y: number) => series.find((s) => s.year === y) ?? null;
  const map = coverageMap(ctx, asOf);
  const defaults = trends.projection;

  return {
    year,
    asOf,
    list,
    listed,
    visits,
    reportsAdopted: readReports(ctx)
      .filter((r) => inYear(year, r.adoptedOn) && r.adoptedOn! <= asOf)
      .reverse(),
    op16Submitted: followups.filter((f) => inYear(year, f.submittedOn)),
    op16Due: followups.filter((f) => inYear(year, f.dueOn)),
    consentYear: trends.consent.find((c) => c.year === year && c.region === null) ?? null,
    consentSent: consentSentIn(ctx, year, asOf),
    implementationStart: countsIn(implementation.overall, year - 1),
    implementationEnd: countsIn(implementation.overall, year),
    implementationByArea: implementation.byArea.flatMap((a) => {
      const counts = countsIn(a.series, year);
      return counts && counts.total > 0 ? [{ key: a.key, label: a.label, counts }] : [];
    }),
    assistanceDelivered: readTechnicalAssistance(ctx)
      .filter((t) => t.status === 'delivered' && inYear(year, t.statusOn) && t.statusOn! <= asOf)
      .reverse(),
    // The series starts with the first year anyone was visited: before it, ask for that year's end.
    neverVisitedStart:
      trends.neverVisited.find((n) => n.year === year - 1) ??
      coverageTrends(ctx, `${year - 1}-12-31`).neverVisited.at(-1)!,
    neverVisitedEnd: trends.neverVisited.at(-1)!,
    firstVisited: map.states
      .filter(
        (s) =>
          coverageAt(s, year - 1, asOf).status === 'never' &&
          coverageAt(s, year, asOf).status === 'this_year',
      )
      .map((s) => ({
        iso3: s.iso3,
        name: s.name,
        region: s.region,
        on: coverageAt(s, year, asOf).lastVisit!.endedOn,
      }))
      .sort((a, b) => a.on.localeCompare(b.on) || compareNames(ctx.language)(a.name, b.name)),
    forecast: {
      list: listFigures(ctx, year + 1),
      op16Due: followups.filter((f) => inYear(year + 1, f.dueOn)),
      defaults,
      scenarios: (['expected', 'optimistic', 'pessimistic'] as const).map((name) => ({
        name,
        consentRate: defaults.consentRate[name],
        projection: projectCoverage({
          neverVisited: defaults.neverVisited,
          fromYear: defaults.fromYear,
          capacity: defaults.capacity.value,
          reservedShare: defaults.reservedShare.value,
          consentRate: defaults.consentRate[name],
        }),
      })),
    },
    series: {
      visits: coverageSummary(ctx, asOf).byYear,
      neverVisited: trends.neverVisited,
      consent: trends.consent.filter((c) => c.region === null),
      op16: trends.followups.filter((f) => f.year <= year),
      implementation: implementation.overall,
    },
  };
}
