// Visits to Member States: recorded, then moved through their life.
import { z } from 'zod';
import { ALL_ROLES, PLANNERS } from '../../domain/roles';
import {
  VISIT_KINDS,
  VISIT_MODES,
  VISIT_STATUSES,
  visitFieldProblems,
  type VisitKind,
  type VisitMode,
  type VisitStatus,
} from '../../domain/visits';
import { id, iso3, isoDate, method, names, text, updateOf } from '../schema';

export interface Visit {
  id: string;
  iso3: string;
  stateName: string;
  kind: VisitKind;
  mode: VisitMode;
  status: VisitStatus;
  startDate: string | null;
  endDate: string | null;
  virtualStart: string | null;
  virtualEnd: string | null;
  physicalStart: string | null;
  physicalEnd: string | null;
  team: string[];
  agenciesMet: string[];
  notes: string | null;
  consentRequestId: string | null;
  /** Kept out of published documents (OP 19): asked on the visit, or by the State on its consent. */
  confidential: boolean;
  /** The State's request for confidentiality, recorded on its consent: the visit cannot be made public. */
  confidentialByConsent: boolean;
  /** When the status last changed, and why (a postponement or cancellation says why). */
  statusOn: string | null;
  statusReason: string | null;
  /** Every change of status, oldest first. */
  steps: VisitStep[];
  /** The visit's assessment report, once there is one: the visit's kind can no longer change. */
  reportId: string | null;
}

export interface VisitStep {
  from: VisitStatus | null;
  to: VisitStatus;
  on: string;
  reason: string | null;
}

const visitFields = {
  kind: z.enum(VISIT_KINDS, { error: 'schema.visits.kind' }),
  mode: z.enum(VISIT_MODES, { error: 'schema.visits.mode' }),
  status: z.enum(VISIT_STATUSES, { error: 'schema.visits.status' }),
  startDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
  virtualStart: isoDate.nullable(),
  virtualEnd: isoDate.nullable(),
  physicalStart: isoDate.nullable(),
  physicalEnd: isoDate.nullable(),
  team: names,
  agenciesMet: names,
  notes: text(4000).nullable(),
  consentRequestId: id.nullable(),
  /** The State asked to keep this visit out of published documents (OP 19). */
  confidential: z.boolean({ error: 'schema.visits.confidential' }),
};

/** Another visit to the same State on overlapping dates is recorded only once the planner confirms it. */
const confirmOverlap = z.boolean({ error: 'schema.visits.confirmOverlap' }).default(false);

const { status: _status, ...editableFields } = visitFields;

const visitCreate = z
  .strictObject({
    iso3,
    ...visitFields,
    status: visitFields.status.default('planned'),
    startDate: visitFields.startDate.optional(),
    endDate: visitFields.endDate.optional(),
    virtualStart: visitFields.virtualStart.optional(),
    virtualEnd: visitFields.virtualEnd.optional(),
    physicalStart: visitFields.physicalStart.optional(),
    physicalEnd: visitFields.physicalEnd.optional(),
    team: names.default([]),
    agenciesMet: names.default([]),
    notes: visitFields.notes.optional(),
    consentRequestId: visitFields.consentRequestId.optional(),
    confidential: visitFields.confidential.default(false),
    confirmOverlap,
  })
  .superRefine((v, ctx) => {
    for (const p of visitFieldProblems(v))
      ctx.addIssue({
        code: 'custom',
        path: [p.field],
        message: p.message.key,
        params: p.message.params,
      });
  });

export const visitsMethods = {
  'visits.list': method<Visit[]>()({
    input: z.strictObject({
      iso3: iso3.optional(),
      year: z.number().int().min(1990, { message: 'schema.yearFrom' }).max(2100).optional(),
    }),
    mutates: false,
    roles: ALL_ROLES,
  }),
  'visits.get': method<Visit>()({
    input: z.strictObject({ id }),
    mutates: false,
    roles: ALL_ROLES,
  }),
  'visits.create': method<Visit>()({ input: visitCreate, mutates: true, roles: PLANNERS }),
  /** Changes a visit's details; its status moves only through visits.transition. */
  'visits.update': method<Visit>()({
    input: updateOf(editableFields).extend({ confirmOverlap }),
    mutates: true,
    roles: PLANNERS,
  }),
  /**
   * planned → scheduled → conducted, or postponed / cancelled (with a reason); dates and the
   * consent can be given with the move (a visit is scheduled with its dates).
   */
  'visits.transition': method<Visit>()({
    input: z
      .strictObject({
        id,
        to: visitFields.status,
        on: isoDate,
        reason: text(2000).optional(),
        startDate: visitFields.startDate.optional(),
        endDate: visitFields.endDate.optional(),
        virtualStart: visitFields.virtualStart.optional(),
        virtualEnd: visitFields.virtualEnd.optional(),
        physicalStart: visitFields.physicalStart.optional(),
        physicalEnd: visitFields.physicalEnd.optional(),
        consentRequestId: visitFields.consentRequestId.optional(),
        confirmOverlap,
      })
      .superRefine((v, ctx) => {
        if ((v.to === 'postponed' || v.to === 'cancelled') && !v.reason)
          ctx.addIssue({
            code: 'custom',
            path: ['reason'],
            message:
              v.to === 'postponed'
                ? 'schema.visits.reasonPostponed'
                : 'schema.visits.reasonCancelled',
          });
      }),
    mutates: true,
    roles: PLANNERS,
  }),
};
