// Member States: the reference list and each State's dossier (coverage is in ./coverage.ts).
import { z } from 'zod';
import { ALL_ROLES } from '../../domain/roles';
import { iso3, method, nothing, type Names } from '../schema';
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
};
