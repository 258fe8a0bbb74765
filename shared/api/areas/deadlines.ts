// Deadlines and alerts from the one engine, what needs each role's action, and the statistics of
// timeliness (OP 11, OP 14).
import { z } from 'zod';
import type { DeadlineKind, DeadlineState } from '../../domain/deadlines';
import type { Priority } from '../../domain/reports';
import { ALL_ROLES, type Role } from '../../domain/roles';
import { iso3, isoDate, method } from '../schema';

export interface Deadline {
  kind: DeadlineKind;
  iso3: string;
  stateName: string;
  /** What the deadline is about: a consent request, an assessment report, or an OP 16 report. */
  subject: 'consent' | 'report';
  subjectId: string;
  /** In a planner's words: "Factual observations on the draft report". */
  label: string;
  triggerOn: string;
  dueOn: string;
  doneOn: string | null;
  state: DeadlineState;
  /** Days from as-of to the due date (negative when overdue); null once met. */
  daysLeft: number | null;
  /** Who acts on it. */
  actor: Role;
}

/** Something a user should do: a deadline of theirs, a report to draft, a decision awaited. */
export interface ActionItem {
  key: string;
  title: string;
  iso3: string | null;
  stateName: string | null;
  dueOn: string | null;
  state: DeadlineState | null;
  /** Where to do it: `#/reports/<id>`, `#/consent`, `#/review`… */
  href: string;
}

export interface IntervalStats {
  count: number;
  median: number | null;
  p90: number | null;
}

export interface DeadlineStats {
  kind: DeadlineKind;
  /** Deadlines that fell due in the period. */
  due: number;
  onTime: number;
  late: number;
  /** Due in the period and still not met as of its end. */
  overdue: number;
  /** Share met on time, of those due (null when none was due). */
  shareOnTime: number | null;
}

export interface ImplementationShare {
  key: string;
  label: string;
  total: number;
  implemented: number;
  share: number | null;
}

export interface TimelinessStats {
  from: string;
  to: string;
  /** Report intervals ending in the period, in days. */
  intervals: {
    visitToDraft: IntervalStats;
    draftToAdoption: IntervalStats;
    adoptionToTransmission: IntervalStats;
    transmissionToReply: IntervalStats;
  };
  deadlines: DeadlineStats[];
  /** Consent requests sent in the period. */
  consent: {
    requests: number;
    answered: number;
    granted: number;
    /** Granted, of those answered. */
    rate: number | null;
    medianDaysToReply: number | null;
  };
  /** OP 16 reports that fell due in the period. */
  op16: DeadlineStats;
  /** Recommendations of reports adopted in the period, implemented as of its end. */
  implementation: {
    byThematicArea: ImplementationShare[];
    byPriority: (ImplementationShare & { key: Priority })[];
  };
}

const period = z
  .strictObject({ from: isoDate, to: isoDate })
  .refine((p) => p.from <= p.to, { message: 'schema.deadlines.periodOrder', path: ['to'] });

export const deadlinesMethods = {
  'deadlines.list': method<Deadline[]>()({
    input: z.strictObject({
      asOf: isoDate.optional(),
      iso3: iso3.optional(),
      /** Only deadlines not yet met. */
      open: z.boolean().optional(),
    }),
    mutates: false,
    roles: ALL_ROLES,
  }),
  /** What needs the caller's action, by role: a planner records, a Committee member decides. */
  'deadlines.actions': method<ActionItem[]>()({
    input: z.strictObject({ asOf: isoDate.optional() }),
    mutates: false,
    roles: ALL_ROLES,
  }),
  'stats.timeliness': method<TimelinessStats>()({
    input: period,
    mutates: false,
    roles: ALL_ROLES,
  }),
};
