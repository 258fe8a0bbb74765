// Field records (issue 9): what a visit's field team writes, offline if need be — its meeting log,
// observations and draft findings per thematic area, proposed status updates of the State's
// recommendations (a planner at HQ accepts or declines them), and the visit's practical details.
// Field team members write only for the visits whose team they are in; planners for every visit.
import { z } from 'zod';
import {
  RECOMMENDATION_STATUSES,
  THEMATIC_AREAS,
  type RecommendationStatus,
} from '../../domain/reports';
import {
  FINDING_STATUSES,
  type FindingStatus,
  type ProposalDecision,
} from '../../domain/fieldRecords';
import { ALL_ROLES, FIELD_TEAM, PLANNERS } from '../../domain/roles';
import { id, isoDate, method, names, text } from '../schema';

export interface FieldMeeting {
  id: string;
  visitId: string;
  heldOn: string;
  institution: string;
  participants: string[];
  /** Thematic area keys discussed. */
  topics: string[];
  summary: string | null;
  authorName: string | null;
}

export interface FieldObservation {
  id: string;
  visitId: string;
  thematicArea: string;
  text: string;
  /** The meeting it was made at, if any. */
  meetingId: string | null;
  authorName: string | null;
  recordedOn: string | null;
}

export interface StatusProposal {
  id: string;
  visitId: string;
  iso3: string;
  stateName: string;
  recommendationId: string;
  recommendationCode: string | null;
  recommendationText: string;
  /** The recommendation's latest recorded status, to compare with the proposed one. */
  currentStatus: RecommendationStatus;
  proposedStatus: RecommendationStatus;
  evidence: string;
  source: string;
  proposedBy: string | null;
  proposedByName: string | null;
  proposedOn: string;
  decision: ProposalDecision;
  decisionReason: string | null;
  decidedByName: string | null;
  decidedOn: string | null;
}

export interface FieldFinding {
  id: string;
  visitId: string;
  thematicArea: string;
  text: string;
  status: FindingStatus;
  authorName: string | null;
  updatedOn: string | null;
}

export interface VisitPart {
  id: string;
  label: string;
  place: string | null;
  startDate: string;
  endDate: string;
}

export interface PracticalDetails {
  visitId: string;
  startDate: string | null;
  endDate: string | null;
  agenciesMet: string[];
  parts: VisitPart[];
}

const thematicArea = z.enum(THEMATIC_AREAS.map((a) => a.key) as [string, ...string[]], {
  error: 'schema.reports.thematicArea',
});
const visitId = id;

const meetingFields = {
  heldOn: isoDate,
  institution: text(300).min(2, { message: 'schema.fieldRecords.institution' }),
  participants: names,
  topics: z
    .array(thematicArea)
    .min(1, { message: 'schema.fieldRecords.topics' })
    .max(THEMATIC_AREAS.length),
  summary: text(4000).nullable(),
};

const observationFields = {
  thematicArea,
  text: text(4000).min(5, { message: 'schema.fieldRecords.observationText' }),
  meetingId: id.nullable(),
};

const part = z
  .strictObject({
    label: text(200).min(2, {
      message: 'schema.fieldRecords.partLabel',
    }),
    place: text(200).nullable().optional(),
    startDate: isoDate,
    endDate: isoDate,
  })
  .refine((p) => p.endDate >= p.startDate, {
    message: 'schema.fieldRecords.partOrder',
    path: ['endDate'],
  });

export const fieldRecordsMethods = {
  'meetings.list': method<FieldMeeting[]>()({
    input: z.strictObject({ visitId }),
    mutates: false,
    roles: ALL_ROLES,
  }),
  /** A meeting held during the visit: dated within the visit's dates, not in the future. */
  'meetings.create': method<FieldMeeting>()({
    input: z.strictObject({
      visitId,
      ...meetingFields,
      participants: names.default([]),
      summary: meetingFields.summary.optional(),
    }),
    mutates: true,
    roles: FIELD_TEAM,
  }),
  'meetings.update': method<FieldMeeting>()({
    input: z.strictObject(meetingFields).partial().extend({ id }),
    mutates: true,
    roles: FIELD_TEAM,
  }),
  'meetings.delete': method<{ id: string }>()({
    input: z.strictObject({ id }),
    mutates: true,
    roles: FIELD_TEAM,
  }),

  'observations.list': method<FieldObservation[]>()({
    input: z.strictObject({ visitId }),
    mutates: false,
    roles: ALL_ROLES,
  }),
  'observations.create': method<FieldObservation>()({
    input: z.strictObject({
      visitId,
      ...observationFields,
      meetingId: observationFields.meetingId.optional(),
    }),
    mutates: true,
    roles: FIELD_TEAM,
  }),
  'observations.update': method<FieldObservation>()({
    input: z.strictObject(observationFields).partial().extend({ id }),
    mutates: true,
    roles: FIELD_TEAM,
  }),
  'observations.delete': method<{ id: string }>()({
    input: z.strictObject({ id }),
    mutates: true,
    roles: FIELD_TEAM,
  }),

  /** A visit's proposals, or every proposal still awaiting a decision (`pending`). */
  'statusProposals.list': method<StatusProposal[]>()({
    input: z.strictObject({ visitId: visitId.optional(), pending: z.boolean().optional() }),
    mutates: false,
    roles: ALL_ROLES,
  }),
  /** A new status for one of the visited State's recommendations, with its evidence and source. */
  'statusProposals.create': method<StatusProposal>()({
    input: z.strictObject({
      visitId,
      recommendationId: id,
      proposedStatus: z.enum(RECOMMENDATION_STATUSES, {
        error: 'schema.fieldRecords.proposedStatus',
      }),
      evidence: text(4000).min(5, { message: 'schema.fieldRecords.evidence' }),
      source: text(300).min(2, {
        message: 'schema.fieldRecords.source',
      }),
    }),
    mutates: true,
    roles: FIELD_TEAM,
  }),
  /** Its proposer (or a planner) takes back a proposal not yet decided. */
  'statusProposals.withdraw': method<StatusProposal>()({
    input: z.strictObject({ id }),
    mutates: true,
    roles: FIELD_TEAM,
  }),
  /** HQ's decision: an accepted proposal becomes the recommendation's status; a decline says why. */
  'statusProposals.decide': method<StatusProposal>()({
    input: z
      .strictObject({
        id,
        decision: z.enum(['accepted', 'declined'], { error: 'schema.fieldRecords.decision' }),
        reason: text(2000).optional(),
      })
      .refine((d) => d.decision !== 'declined' || Boolean(d.reason), {
        message: 'schema.fieldRecords.declineReason',
        path: ['reason'],
      }),
    mutates: true,
    roles: PLANNERS,
  }),

  'findings.list': method<FieldFinding[]>()({
    input: z.strictObject({ visitId }),
    mutates: false,
    roles: ALL_ROLES,
  }),
  /** Writes a new draft finding (no id) or changes one (its id). */
  'findings.save': method<FieldFinding>()({
    input: z.strictObject({
      id: id.optional(),
      visitId,
      thematicArea,
      text: text(8000).min(5, { message: 'schema.fieldRecords.findingText' }),
      status: z
        .enum(FINDING_STATUSES, { error: 'schema.fieldRecords.findingStatus' })
        .default('draft'),
    }),
    mutates: true,
    roles: FIELD_TEAM,
  }),
  'findings.delete': method<{ id: string }>()({
    input: z.strictObject({ id }),
    mutates: true,
    roles: FIELD_TEAM,
  }),

  'practicalDetails.get': method<PracticalDetails>()({
    input: z.strictObject({ visitId }),
    mutates: false,
    roles: ALL_ROLES,
  }),
  /** The agencies met and the parts of the visit (the given parts replace the recorded ones). */
  'practicalDetails.update': method<PracticalDetails>()({
    input: z.strictObject({
      visitId,
      agenciesMet: names.optional(),
      parts: z.array(part).max(20, { message: 'schema.fieldRecords.partsTooMany' }).optional(),
    }),
    mutates: true,
    roles: FIELD_TEAM,
  }),
};
