// The deadline rules of DESIGN §4, computed from an injected "today". One engine: every deadline of
// a State's cycle (consent, report steps, the State's reply, the OP 16 report) is made here, and the
// dashboard, the dossier, the exports and the statistics all read it (main/core/deadlines.ts).
import type { Role } from './roles';
import { addDays, addMonths, daysBetween } from './dates';

export const FACTUAL_OBSERVATIONS_DAYS = 30;
export const IMPLEMENTATION_REPLY_MONTHS = 6;
export const FOLLOWUP_REPORT_MONTHS = 12;
/** Resolution 2617 was adopted on 30 December 2021; OP 16 applies to reports adopted from then on. */
export const DEFAULT_OP16_START = '2021-12-30';

export const factualObservationsDue = (sentToState: string) =>
  addDays(sentToState, FACTUAL_OBSERVATIONS_DAYS);
export const implementationReplyDue = (transmitted: string) =>
  addMonths(transmitted, IMPLEMENTATION_REPLY_MONTHS);
export const followupReportDue = (reportAdopted: string) =>
  addMonths(reportAdopted, FOLLOWUP_REPORT_MONTHS);

/** Alerts come in two windows before a due date (by default 90 and 30 days). */
export interface AlertWindows {
  alertFarDays: number;
  alertNearDays: number;
}

/**
 * Where a deadline stands: met on time or late, overdue, due within the near or the far alert
 * window, or further off.
 */
export type DeadlineState = 'done' | 'done_late' | 'overdue' | 'due_near' | 'due_far' | 'upcoming';
export const DEADLINE_STATES: readonly DeadlineState[] = [
  'overdue',
  'due_near',
  'due_far',
  'upcoming',
  'done_late',
  'done',
];
export const isOpenDeadline = (s: DeadlineState) => s !== 'done' && s !== 'done_late';
/** Open and inside an alert window (or past due). */
export const isAlerting = (s: DeadlineState) =>
  s === 'overdue' || s === 'due_near' || s === 'due_far';

/** Where a deadline stands on `today`, given when (if ever) it was met. */
export function deadlineState(
  due: string,
  doneOn: string | null,
  today: string,
  windows: AlertWindows,
): DeadlineState {
  if (doneOn) return doneOn > due ? 'done_late' : 'done';
  const left = daysBetween(today, due);
  if (left < 0) return 'overdue';
  if (left <= windows.alertNearDays) return 'due_near';
  if (left <= windows.alertFarDays) return 'due_far';
  return 'upcoming';
}

export const DEADLINE_KINDS = [
  'consent_reply',
  'consent_reminder',
  'observations',
  'committee_decision',
  'transmission',
  'implementation_reply',
  'op16_report',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** Who acts on each deadline: the Committee adopts reports; CTED's planners record the rest. */
export const DEADLINE_ACTOR: Record<DeadlineKind, Role> = {
  consent_reply: 'planner',
  consent_reminder: 'planner',
  observations: 'planner',
  committee_decision: 'ctc_member',
  transmission: 'planner',
  implementation_reply: 'planner',
  op16_report: 'planner',
};

/** A deadline before its state is judged: what triggers it, when it is due, and when it was met. */
export interface DeadlineRule {
  kind: DeadlineKind;
  triggerOn: string;
  dueOn: string;
  doneOn: string | null;
}

/** The settings the deadline rules read. */
export interface DeadlineSettings extends AlertWindows {
  consentReplyAlertDays: number;
  consentReminderDays: number;
  committeeWaitDays: number;
  transmissionDays: number;
  op16Start: string;
}

/** A consent request's dates, as recorded. */
export interface ConsentDates {
  sentOn: string | null;
  lastReminderOn: string | null;
  /** The State's reply of any kind (including a deferral or a recorded silence), or a withdrawal. */
  answeredOn: string | null;
  /** Still waiting for an answer that settles it (pending, deferred, or recorded as unanswered). */
  awaitingReply: boolean;
}

/**
 * A consent request's deadlines as of `asOf`: the reply (overdue after the alert threshold) and,
 * while the request waits, the next reminder. Nothing is known of a request sent after `asOf`.
 */
export function consentDeadlines(
  c: ConsentDates,
  settings: DeadlineSettings,
  asOf: string,
): DeadlineRule[] {
  if (!c.sentOn || c.sentOn > asOf) return [];
  const answered = c.answeredOn && c.answeredOn <= asOf ? c.answeredOn : null;
  const rules: DeadlineRule[] = [
    {
      kind: 'consent_reply',
      triggerOn: c.sentOn,
      dueOn: addDays(c.sentOn, settings.consentReplyAlertDays),
      doneOn: answered,
    },
  ];
  if (c.awaitingReply) {
    const from = c.lastReminderOn && c.lastReminderOn <= asOf ? c.lastReminderOn : c.sentOn;
    rules.push({
      kind: 'consent_reminder',
      triggerOn: from,
      dueOn: addDays(from, settings.consentReminderDays),
      doneOn: null,
    });
  }
  return rules;
}

/** An assessment report's dates, as recorded, and whether OP 16 applies to it. */
export interface ReportCycleDates {
  sentToStateOn: string | null;
  observationsReceivedOn: string | null;
  submittedToCtcOn: string | null;
  adoptedOn: string | null;
  transmittedOn: string | null;
  implementationReplyOn: string | null;
  /** An initial assessment (not a follow-up visit's report): it owes an OP 16 report. */
  initialAssessment: boolean;
  /** The OP 16 report's due date fixed when it was started, if it was. */
  followupDueOn: string | null;
  followupSubmittedOn: string | null;
}

/** The OP 16 report owed for an initial assessment report adopted on or after the start date. */
export function op16Applies(
  r: Pick<ReportCycleDates, 'adoptedOn' | 'initialAssessment'>,
  settings: Pick<DeadlineSettings, 'op16Start'>,
): boolean {
  return r.initialAssessment && r.adoptedOn !== null && r.adoptedOn >= settings.op16Start;
}

/**
 * Every deadline of a report's cycle as of `asOf`, each triggered by the step before it: the
 * factual observations (30 days after the draft was sent), the Committee's decision, the
 * transmission, the State's implementation reply (6 months) and the OP 16 report (12 months).
 * Steps recorded after `asOf` are not known yet.
 */
export function reportDeadlines(
  r: ReportCycleDates,
  settings: DeadlineSettings,
  asOf: string,
): DeadlineRule[] {
  const known = (d: string | null) => (d && d <= asOf ? d : null);
  const sent = known(r.sentToStateOn);
  const submitted = known(r.submittedToCtcOn);
  const adopted = known(r.adoptedOn);
  const transmitted = known(r.transmittedOn);
  const rules: DeadlineRule[] = [];
  if (sent)
    rules.push({
      kind: 'observations',
      triggerOn: sent,
      dueOn: factualObservationsDue(sent),
      doneOn: known(r.observationsReceivedOn),
    });
  if (submitted)
    rules.push({
      kind: 'committee_decision',
      triggerOn: submitted,
      dueOn: addDays(submitted, settings.committeeWaitDays),
      doneOn: adopted,
    });
  if (adopted)
    rules.push({
      kind: 'transmission',
      triggerOn: adopted,
      dueOn: addDays(adopted, settings.transmissionDays),
      doneOn: transmitted,
    });
  if (transmitted)
    rules.push({
      kind: 'implementation_reply',
      triggerOn: transmitted,
      dueOn: implementationReplyDue(transmitted),
      doneOn: known(r.implementationReplyOn),
    });
  if (adopted && op16Applies({ ...r, adoptedOn: adopted }, settings))
    rules.push({
      kind: 'op16_report',
      triggerOn: adopted,
      dueOn: r.followupDueOn ?? followupReportDue(adopted),
      doneOn: known(r.followupSubmittedOn),
    });
  return rules;
}
