// OP 16: within 12 months of each initial assessment report's adoption, CTED reports to the
// Committee on the steps taken and advises on further follow-up.
import { z } from 'zod';
import type { DeadlineState } from '../../domain/deadlines';
import {
  FURTHER_FOLLOWUP,
  RECOMMENDATION_STATUSES,
  type FurtherFollowup,
  type RecommendationStatus,
} from '../../domain/reports';
import { ALL_ROLES, PLANNERS } from '../../domain/roles';
import type { VisitKind } from '../../domain/visits';
import { asOf, id, isoDate, method, names, text } from '../schema';

/** An OP 16 report owed (or made) for an adopted initial assessment report. */
export interface Followup {
  reportId: string;
  /** The follow-up report once started; null while it is only owed. */
  followupId: string | null;
  iso3: string;
  stateName: string;
  visitKind: VisitKind;
  reportAdoptedOn: string;
  startedOn: string | null;
  dueOn: string;
  submittedOn: string | null;
  /** Submitted after its due date. */
  late: boolean;
  state: DeadlineState;
  /** Days from as-of to the due date (negative when overdue); null once submitted. */
  daysLeft: number | null;
  recommendedFollowup: FurtherFollowup | null;
  partners: string[];
}

/** CTED's assessment of one recommendation in the follow-up report. */
export interface FollowupAssessment {
  recommendationId: string;
  code: string | null;
  text: string;
  /** The recommendation's status before this assessment (its latest update). */
  currentStatus: RecommendationStatus;
  status: RecommendationStatus | null;
  comment: string | null;
}

export interface FollowupDetail extends Followup {
  summary: string | null;
  assessment: FollowupAssessment[];
  /** Recommendations not yet assessed: submission waits for them. */
  unassessed: number;
}

const assessmentEntry = z.strictObject({
  recommendationId: id,
  status: z.enum(RECOMMENDATION_STATUSES, { error: 'schema.reports.recommendationStatus' }),
  comment: text(4000),
});

export const followupsMethods = {
  'followups.list': method<Followup[]>()({ input: asOf, mutates: false, roles: ALL_ROLES }),
  'followups.get': method<FollowupDetail>()({
    input: z.strictObject({ id }),
    mutates: false,
    roles: ALL_ROLES,
  }),
  /** Starts the OP 16 report of an adopted initial assessment report. */
  'followups.create': method<FollowupDetail>()({
    input: z.strictObject({ reportId: id, startedOn: isoDate.optional() }),
    mutates: true,
    roles: PLANNERS,
  }),
  /** The summary and the assessment of each recommendation (entries replace those of the same recommendation). */
  'followups.update': method<FollowupDetail>()({
    input: z.strictObject({
      id,
      summary: text(8000).optional(),
      assessment: z.array(assessmentEntry).max(500).optional(),
    }),
    mutates: true,
    roles: PLANNERS,
  }),
  /** Submitted to the Committee, with CTED's advice on further follow-up; late is allowed and recorded. */
  'followups.submit': method<FollowupDetail>()({
    input: z.strictObject({
      id,
      submittedOn: isoDate,
      recommendedFollowup: z.enum(FURTHER_FOLLOWUP, {
        error: 'schema.followups.recommendedFollowup',
      }),
      partners: names.optional(),
    }),
    mutates: true,
    roles: PLANNERS,
  }),
};
