// Coverage (OP 11, OP 14): where each Member State stands on the coverage map in any year, and the
// projection of the year in which every Member State will have had an assessment visit. Pure, so
// that the map can replay the years in the browser and the server can write the same figures.
import { yearOf } from './dates';
import { ASSESSMENT_KINDS, type VisitKind } from './visits';

/**
 * A State's standing on the map in a year: visited that year, last assessed 1–3, 4–7 or 8 or more
 * years before, never visited, or not yet a Member State. Eight years is the methodology's default
 * horizon, after which "time since the last visit" counts in full.
 */
export const COVERAGE_STATUSES = [
  'this_year',
  'recent',
  'earlier',
  'long_ago',
  'never',
  'not_member',
] as const;
export type CoverageStatus = (typeof COVERAGE_STATUSES)[number];

/** The visits the map counts: every assessment kind (the meaning of "visited"), or one kind. */
export const COVERAGE_KIND_FILTERS = [
  'assessment',
  'comprehensive',
  'focused',
  'regional',
  'follow_up',
  'advocacy',
] as const;
export type CoverageKindFilter = (typeof COVERAGE_KIND_FILTERS)[number];

export interface CoverageVisit {
  /** The end of the visit (its start when no end is recorded). */
  endedOn: string;
  kind: VisitKind;
}

/** What the map needs of a State to place it in any year. */
export interface CoverageHistory {
  /** Conducted visits of every kind, oldest first. */
  visits: CoverageVisit[];
  /** The years whose adopted list selected the State for a visit. */
  listYears: number[];
  /** When the State joined the United Nations, if after 2000 (null: a Member State throughout). */
  admittedOn: string | null;
}

export interface CoverageStanding {
  status: CoverageStatus;
  /** The last counted visit by the end of the year (or the as-of date, in its year). */
  lastVisit: CoverageVisit | null;
  /** Whole years between that visit's year and the year shown. */
  yearsAgo: number | null;
  /** On the year's adopted list of States to visit. */
  onList: boolean;
}

const counts = (kind: VisitKind, filter: CoverageKindFilter): boolean =>
  filter === 'assessment'
    ? (ASSESSMENT_KINDS as readonly VisitKind[]).includes(kind)
    : kind === filter;

/** The last day of `year` that is known on `asOf`: 31 December, or `asOf` itself in its own year. */
export function yearEnd(year: number, asOf: string): string {
  return year < yearOf(asOf) ? `${year}-12-31` : asOf;
}

export function statusFromYears(yearsAgo: number | null): CoverageStatus {
  if (yearsAgo === null) return 'never';
  if (yearsAgo <= 0) return 'this_year';
  if (yearsAgo <= 3) return 'recent';
  if (yearsAgo <= 7) return 'earlier';
  return 'long_ago';
}

/** Where a State stood at the end of `year` (as known on `asOf`), counting the visits of `filter`. */
export function coverageAt(
  history: CoverageHistory,
  year: number,
  asOf: string,
  filter: CoverageKindFilter = 'assessment',
): CoverageStanding {
  const end = yearEnd(year, asOf);
  const onList = history.listYears.includes(year);
  if (history.admittedOn !== null && history.admittedOn > end)
    return { status: 'not_member', lastVisit: null, yearsAgo: null, onList };
  let lastVisit: CoverageVisit | null = null;
  for (const v of history.visits)
    if (
      v.endedOn <= end &&
      counts(v.kind, filter) &&
      (!lastVisit || v.endedOn >= lastVisit.endedOn)
    )
      lastVisit = v;
  const yearsAgo = lastVisit ? year - yearOf(lastVisit.endedOn) : null;
  return { status: statusFromYears(yearsAgo), lastVisit, yearsAgo, onList };
}

/** Beyond this many years a projection says "not within a century" rather than a year. */
export const PROJECTION_HORIZON_YEARS = 100;

export interface ProjectionInput {
  /** Member States never visited on the as-of date. */
  neverVisited: number;
  /** The first year projected (the one after the as-of date's). */
  fromYear: number;
  /** Visits a year. */
  capacity: number;
  /** The share of them (0–1) kept for States never visited. */
  reservedShare: number;
  /** The share of consent requests granted (0–1); null when no reply is on record. */
  consentRate: number | null;
}

export interface Projection {
  /** States expected to have their first assessment visit each year. */
  perYear: number;
  /**
   * The year by whose end every Member State will have had an assessment visit: the as-of year when
   * none is left, null when it cannot happen (nothing reserved, no consent) or lies beyond the horizon.
   */
  fullCoverageYear: number | null;
  /** States still never visited at the end of each year, from the as-of year. */
  remaining: { year: number; remaining: number }[];
}

/**
 * Every year, `capacity × reservedShare` never-visited States are asked and the consent rate's share
 * of them is visited; the rest of the list goes to States visited before. Expected values, not
 * whole States: the chart and the table round them.
 */
export function projectCoverage(input: ProjectionInput): Projection {
  const perYear = Math.max(0, input.capacity * input.reservedShare * (input.consentRate ?? 0));
  const start = input.fromYear - 1;
  const remaining = [{ year: start, remaining: input.neverVisited }];
  if (input.neverVisited <= 0) return { perYear, fullCoverageYear: start, remaining };
  const years = perYear > 0 ? Math.ceil(input.neverVisited / perYear - 1e-9) : Infinity;
  const shown = Math.min(years, PROJECTION_HORIZON_YEARS);
  for (let i = 1; i <= shown; i++)
    remaining.push({ year: start + i, remaining: Math.max(0, input.neverVisited - perYear * i) });
  return {
    perYear,
    fullCoverageYear: years <= PROJECTION_HORIZON_YEARS ? start + years : null,
    remaining,
  };
}
