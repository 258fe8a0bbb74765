// After a visit: assessment reports, their recommendations and the OP 16 follow-up reports.
import { z } from 'zod';
import type { DeadlineState } from '../../domain/deadlines';
import type {
  FurtherFollowup,
  Priority,
  RecommendationStatus,
  ReleaseConsent,
  ReportStatus,
} from '../../domain/reports';
import { ALL_ROLES } from '../../domain/roles';
import type { VisitKind } from '../../domain/visits';
import { asOf, id, iso3, method, nothing } from '../schema';

export interface AssessmentReport {
  id: string;
  visitId: string;
  iso3: string;
  stateName: string;
  visitKind: VisitKind;
  title: string | null;
  status: ReportStatus;
  draftedOn: string | null;
  sentToStateOn: string | null;
  observationsDue: string | null;
  observationsReceivedOn: string | null;
  submittedToCtcOn: string | null;
  adoptedOn: string | null;
  transmittedOn: string | null;
  implementationReplyDue: string | null;
  implementationReplyOn: string | null;
  releaseConsent: ReleaseConsent;
  confidentialSections: string[];
  recommendationsCount: number;
}

export interface Recommendation {
  id: string;
  reportId: string;
  iso3: string;
  stateName: string;
  code: string | null;
  text: string;
  thematicArea: string;
  priority: Priority;
  technicalAssistanceNeeded: boolean;
  technicalAssistanceBy: string | null;
  confidential: boolean;
  status: RecommendationStatus;
  statusAsOf: string | null;
  evidence: string | null;
  source: string | null;
}

export interface RecommendationsSummary {
  total: number;
  open: number;
  byStatus: Record<RecommendationStatus, number>;
}

export interface Followup {
  reportId: string;
  followupId: string | null;
  iso3: string;
  stateName: string;
  visitKind: VisitKind;
  reportAdoptedOn: string;
  dueOn: string;
  submittedOn: string | null;
  state: DeadlineState;
  /** Days from as-of to the due date (negative when overdue); null once submitted. */
  daysLeft: number | null;
  recommendedFollowup: FurtherFollowup | null;
  technicalAssistancePartners: string | null;
}

export const cycleMethods = {
  'reports.list': method<AssessmentReport[]>()({
    input: z.strictObject({ iso3: iso3.optional() }),
    mutates: false,
    roles: ALL_ROLES,
  }),
  'recommendations.list': method<Recommendation[]>()({
    input: z.strictObject({ iso3: iso3.optional(), reportId: id.optional() }),
    mutates: false,
    roles: ALL_ROLES,
  }),
  'recommendations.summary': method<RecommendationsSummary>()({
    input: nothing,
    mutates: false,
    roles: ALL_ROLES,
  }),
  'followups.list': method<Followup[]>()({ input: asOf, mutates: false, roles: ALL_ROLES }),
};
