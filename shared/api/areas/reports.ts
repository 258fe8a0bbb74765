// After a visit: the assessment report through its steps, its recommendations with their evidenced
// status history, and the technical assistance that serves them.
import { z } from 'zod';
import type { Deadline } from './deadlines';
import type { FollowupDetail } from './followups';
import {
  PRIORITIES,
  RECOMMENDATION_STATUSES,
  RELEASE_CONSENT,
  REPORT_STEPS,
  TA_STATUSES,
  THEMATIC_AREAS,
  type Priority,
  type RecommendationStatus,
  type ReleaseConsent,
  type ReportStatus,
  type ReportStep,
  type TaStatus,
} from '../../domain/reports';
import { ALL_ROLES, COMMITTEE, PLANNERS } from '../../domain/roles';
import type { VisitKind } from '../../domain/visits';
import { id, iso3, isoDate, method, names, nothing, text, updateOf } from '../schema';

/** Days between a report's steps (null until both have happened). */
export interface ReportIntervals {
  visitToDraft: number | null;
  draftToAdoption: number | null;
  adoptionToTransmission: number | null;
  transmissionToReply: number | null;
}

export interface AssessmentReport {
  id: string;
  visitId: string;
  iso3: string;
  stateName: string;
  visitKind: VisitKind;
  visitEndDate: string | null;
  title: string | null;
  /** The latest recorded step. */
  status: ReportStatus;
  /** The step expected next, or null once the report is transmitted. */
  nextStep: ReportStep | null;
  draftedOn: string | null;
  sentToStateOn: string | null;
  observationsDue: string | null;
  observationsReceivedOn: string | null;
  /** The 30 days passed without factual observations: the step was closed as "none received". */
  observationsNoneReceived: boolean;
  submittedToCtcOn: string | null;
  adoptedOn: string | null;
  transmittedOn: string | null;
  implementationReplyDue: string | null;
  implementationReplyOn: string | null;
  implementationReplySummary: string | null;
  releaseConsent: ReleaseConsent;
  releaseConsentOn: string | null;
  confidentialSections: string[];
  recommendationsCount: number;
  intervals: ReportIntervals;
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
  /** Who could help: UNOCT entities, agencies, donors. */
  partners: string[];
  confidential: boolean;
  status: RecommendationStatus;
  statusAsOf: string | null;
  evidence: string | null;
  source: string | null;
}

/** One entry of a recommendation's status history. */
export interface RecommendationUpdate {
  id: string;
  recommendationId: string;
  asOf: string;
  status: RecommendationStatus;
  evidence: string | null;
  source: string | null;
  authorName: string | null;
}

export interface RecommendationsSummary {
  total: number;
  open: number;
  byStatus: Record<RecommendationStatus, number>;
}

export interface TechnicalAssistance {
  id: string;
  iso3: string;
  stateName: string;
  reportId: string | null;
  /** The OP 16 report that proposed it, if CTED did. */
  followupId: string | null;
  recommendationIds: string[];
  description: string;
  requestedBy: string;
  requestedOn: string;
  partner: string | null;
  status: TaStatus;
  statusOn: string | null;
  notes: string | null;
}

/** A report with everything recorded on it: the report page's data. */
export interface ReportDetail extends AssessmentReport {
  visitConfidential: boolean;
  recommendations: Recommendation[];
  technicalAssistance: TechnicalAssistance[];
  followup: FollowupDetail | null;
  deadlines: Deadline[];
}

const thematicArea = z.enum(THEMATIC_AREAS.map((a) => a.key) as [string, ...string[]], {
  error: 'schema.reports.thematicArea',
});
const recommendationFields = {
  code: text(20).min(1, { message: 'schema.reports.recommendationCode' }),
  text: text(4000).min(5, { message: 'schema.reports.recommendationText' }),
  thematicArea,
  priority: z.enum(PRIORITIES, { error: 'schema.reports.priority' }),
  technicalAssistanceNeeded: z.boolean({ error: 'schema.reports.technicalAssistanceNeeded' }),
  partners: names,
  confidential: z.boolean({ error: 'schema.reports.recommendationConfidential' }),
};

const taFields = {
  recommendationIds: z.array(id).max(100, { message: 'schema.reports.recommendationsTooMany' }),
  description: text(2000).min(5, { message: 'schema.reports.assistanceDescription' }),
  requestedBy: text(200).min(2, { message: 'schema.reports.requestedBy' }),
  requestedOn: isoDate,
  partner: text(200).nullable(),
  status: z.enum(TA_STATUSES, {
    error: 'schema.reports.assistanceStatus',
  }),
  statusOn: isoDate.nullable(),
  notes: text(2000).nullable(),
};

export const reportsMethods = {
  'reports.list': method<AssessmentReport[]>()({
    input: z.strictObject({ iso3: iso3.optional() }),
    mutates: false,
    roles: ALL_ROLES,
  }),
  'reports.get': method<ReportDetail>()({
    input: z.strictObject({ id }),
    mutates: false,
    roles: ALL_ROLES,
  }),
  /** The draft of a conducted assessment visit's report (one per visit). */
  'reports.create': method<AssessmentReport>()({
    input: z.strictObject({
      visitId: id,
      title: text(300).min(3, { message: 'schema.reports.title' }),
      draftedOn: isoDate,
    }),
    mutates: true,
    roles: PLANNERS,
  }),
  /** The next step of a report; the Committee's members record its adoption. */
  'reports.advance': method<AssessmentReport>()({
    input: z.strictObject({
      id,
      step: z.enum(REPORT_STEPS, { error: 'schema.reports.step' }),
      on: isoDate,
      /** Closes the factual observations step after the 30 days without observations. */
      noneReceived: z.boolean().optional(),
    }),
    mutates: true,
    roles: [...PLANNERS, ...COMMITTEE],
  }),
  'reports.update': method<AssessmentReport>()({
    input: updateOf({
      title: text(300).min(3, { message: 'schema.reports.title' }),
      releaseConsent: z.enum(RELEASE_CONSENT, { error: 'schema.reports.releaseConsent' }),
      releaseConsentOn: isoDate.nullable(),
      confidentialSections: names,
    }),
    mutates: true,
    roles: PLANNERS,
  }),
  /** The State's report on implementation, due 6 months after transmission. */
  'reports.recordImplementationReply': method<AssessmentReport>()({
    input: z.strictObject({
      id,
      receivedOn: isoDate,
      summary: text(4000).min(5, { message: 'schema.reports.implementationSummary' }),
    }),
    mutates: true,
    roles: PLANNERS,
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
  /** A recommendation's status history, newest first. */
  'recommendations.history': method<RecommendationUpdate[]>()({
    input: z.strictObject({ id }),
    mutates: false,
    roles: ALL_ROLES,
  }),
  'recommendations.create': method<Recommendation>()({
    input: z.strictObject({
      reportId: id,
      ...recommendationFields,
      technicalAssistanceNeeded: recommendationFields.technicalAssistanceNeeded.optional(),
      partners: names.optional(),
      confidential: recommendationFields.confidential.optional(),
    }),
    mutates: true,
    roles: PLANNERS,
  }),
  'recommendations.update': method<Recommendation>()({
    input: updateOf(recommendationFields),
    mutates: true,
    roles: PLANNERS,
  }),
  /** A new status, with its evidence and source: the history is append-only. */
  'recommendations.addUpdate': method<Recommendation>()({
    input: z.strictObject({
      id,
      asOf: isoDate,
      status: z.enum(RECOMMENDATION_STATUSES, { error: 'schema.reports.recommendationStatus' }),
      evidence: text(4000).optional(),
      source: text(300).optional(),
    }),
    mutates: true,
    roles: PLANNERS,
  }),
  'ta.list': method<TechnicalAssistance[]>()({
    input: z.strictObject({ iso3: iso3.optional(), reportId: id.optional() }),
    mutates: false,
    roles: ALL_ROLES,
  }),
  'ta.create': method<TechnicalAssistance>()({
    input: z.strictObject({
      reportId: id,
      ...taFields,
      recommendationIds: taFields.recommendationIds.optional(),
      partner: taFields.partner.optional(),
      status: taFields.status.optional(),
      statusOn: taFields.statusOn.optional(),
      notes: taFields.notes.optional(),
    }),
    mutates: true,
    roles: PLANNERS,
  }),
  'ta.update': method<TechnicalAssistance>()({
    input: updateOf(taFields),
    mutates: true,
    roles: PLANNERS,
  }),
};
