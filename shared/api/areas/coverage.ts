// Coverage (OP 11, OP 14): who has been visited, the map's data, the charts' series over time, and
// the implementation of recommendations over time. Read-only, for every role.
import { z } from 'zod';
import type { CoverageHistory } from '../../domain/coverage';
import type { Priority, RecommendationStatus } from '../../domain/reports';
import { ALL_ROLES } from '../../domain/roles';
import { asOf, iso3, isoDate, method } from '../schema';
import type { ReportIntervals } from './reports';

export interface CoverageSummary {
  asOf: string;
  memberStates: number;
  visitedOnce: number;
  neverVisited: number;
  byRegion: { region: string; memberStates: number; neverVisited: number }[];
  byYear: { year: number; visits: number; visitedCumulative: number }[];
}

/** A Member State on the coverage map: where it is, and its history (shared/domain/coverage.ts). */
export interface CoverageMapState extends CoverageHistory {
  iso3: string;
  /** ISO 3166-1 numeric (UN M49) code, as the boundary data names its shapes. */
  m49: string;
  name: string;
  region: string;
  subregion: string;
  /** Latitude and longitude of the State, where a marker stands when its shape is too small. */
  latlng: [number, number];
}

export interface CoverageMap {
  asOf: string;
  /** The first year the map can show: the first conducted visit's, or the as-of year. */
  firstYear: number;
  states: CoverageMapState[];
}

export interface RegionCount {
  region: string;
  memberStates: number;
  neverVisited: number;
}

/** Member States at the end of a year (membership as of then) and those never visited by then. */
export interface NeverVisitedYear {
  year: number;
  memberStates: number;
  neverVisited: number;
  byRegion: RegionCount[];
}

/** Where a default of the projection comes from. */
export type ProjectionSource = 'list' | 'history' | 'none';

export interface ProjectionDefaults {
  asOf: string;
  /** The first year projected: the one after the as-of date's. */
  fromYear: number;
  neverVisited: number;
  /** Visits a year: the capacity of the latest list, else the median of recent years. */
  capacity: { value: number; source: ProjectionSource; listYear: number | null };
  /**
   * The share kept for never-visited States: their share of the latest list's selection, else their
   * share of recent assessment visits.
   */
  reservedShare: { value: number; source: ProjectionSource; listYear: number | null };
  /**
   * Granted of answered consent requests over the years considered (pooled), and the best and worst
   * single year among those with enough replies. Null when no reply is recorded.
   */
  consentRate: {
    expected: number | null;
    optimistic: number | null;
    pessimistic: number | null;
    fromYear: number | null;
    toYear: number | null;
  };
}

/** OP 16 reports by the year they fell due: on time, late, still overdue, and not yet due. */
export interface FollowupComplianceYear {
  year: number;
  due: number;
  onTime: number;
  late: number;
  overdue: number;
  notYetDue: number;
}

/** Consent requests sent in a year (in a region, or everywhere when `region` is null). */
export interface ConsentYear {
  year: number;
  region: string | null;
  requests: number;
  answered: number;
  granted: number;
  /** Granted, of those answered (null when none was answered). */
  rate: number | null;
  medianDaysToReply: number | null;
}

export type IntervalKey = keyof ReportIntervals;

/** Report intervals ending in a year, in days: how many, the median and the quartiles. */
export interface IntervalSpread {
  count: number;
  median: number | null;
  p25: number | null;
  p75: number | null;
}

export interface TimelinessYear {
  year: number;
  intervals: Record<IntervalKey, IntervalSpread>;
}

export interface CoverageTrends {
  asOf: string;
  regions: string[];
  neverVisited: NeverVisitedYear[];
  /** States admitted after the first year shown, counted from their admission. */
  admissions: { iso3: string; name: string; admittedOn: string }[];
  projection: ProjectionDefaults;
  followups: FollowupComplianceYear[];
  consent: ConsentYear[];
  timeliness: TimelinessYear[];
}

/** Recommendations of adopted reports at the end of a year, by status. */
export interface StatusCounts {
  year: number;
  total: number;
  byStatus: Record<RecommendationStatus, number>;
}

export interface ImplementationOverTime {
  asOf: string;
  /** The State, or null for all of them. */
  iso3: string | null;
  overall: StatusCounts[];
  byPriority: { priority: Priority; series: StatusCounts[] }[];
  byArea: { key: string; label: string; series: StatusCounts[] }[];
}

export const coverageMethods = {
  'coverage.summary': method<CoverageSummary>()({ input: asOf, mutates: false, roles: ALL_ROLES }),
  'coverage.map': method<CoverageMap>()({ input: asOf, mutates: false, roles: ALL_ROLES }),
  'coverage.trends': method<CoverageTrends>()({ input: asOf, mutates: false, roles: ALL_ROLES }),
  'coverage.implementation': method<ImplementationOverTime>()({
    input: z.strictObject({ asOf: isoDate.optional(), iso3: iso3.optional() }),
    mutates: false,
    roles: ALL_ROLES,
  }),
};
