// Member States: the reference list, each State's dossier, and coverage (who has been visited).
import { z } from 'zod';
import { ALL_ROLES } from '../../domain/roles';
import { asOf, iso3, method, nothing, type Names } from '../schema';
import type { ConsentRequest } from './consent';
import type { Invitation } from './committee';
import type { Deadline } from './deadlines';
import type { Followup } from './followups';
import type { AssessmentReport, Recommendation, TechnicalAssistance } from './reports';
import type { IndicatorValue, Signal, StateRequest } from './inputs';
import type { Visit } from './visits';

export interface StateSummary {
  iso3: string;
  name: string;
  names: Names;
  region: string;
  subregion: string;
  lastVisit: string | null;
  visitsCount: number;
  neverVisited: boolean;
}

export type TimelineKind =
  | 'list'
  | 'visit'
  | 'consent'
  | 'report'
  | 'recommendation'
  | 'followup'
  | 'signal'
  | 'request'
  | 'invitation'
  | 'assistance';

export interface TimelineItem {
  date: string;
  kind: TimelineKind;
  title: string;
  refId: string;
}

export interface StateDossier extends StateSummary {
  iso2: string;
  m49: string;
  visits: Visit[];
  consentRequests: ConsentRequest[];
  reports: AssessmentReport[];
  recommendations: Recommendation[];
  followups: Followup[];
  signals: Signal[];
  indicators: IndicatorValue[];
  requests: StateRequest[];
  invitations: Invitation[];
  technicalAssistance: TechnicalAssistance[];
  /** Every deadline of the State's cycle as of today, open ones first. */
  deadlines: Deadline[];
  timeline: TimelineItem[];
}

/** What the import matcher needs to recognise a State however a file writes it. */
export interface StateReference {
  iso3: string;
  iso2: string;
  names: Names;
  altNames: string[];
}

export interface CoverageSummary {
  asOf: string;
  memberStates: number;
  visitedOnce: number;
  neverVisited: number;
  byRegion: { region: string; memberStates: number; neverVisited: number }[];
  byYear: { year: number; visits: number; visitedCumulative: number }[];
}

export const statesMethods = {
  'states.list': method<StateSummary[]>()({ input: nothing, mutates: false, roles: ALL_ROLES }),
  'states.get': method<StateDossier>()({
    input: z.strictObject({ iso3 }),
    mutates: false,
    roles: ALL_ROLES,
  }),
  'states.reference': method<StateReference[]>()({
    input: nothing,
    mutates: false,
    roles: ALL_ROLES,
  }),
  'coverage.summary': method<CoverageSummary>()({ input: asOf, mutates: false, roles: ALL_ROLES }),
};
