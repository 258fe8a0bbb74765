// The deadline rules of DESIGN §4, computed from an injected "today".
import { addDays, addMonths, daysBetween } from './dates';

export const FACTUAL_OBSERVATIONS_DAYS = 30;
export const IMPLEMENTATION_REPLY_MONTHS = 6;
export const FOLLOWUP_REPORT_MONTHS = 12;
/** Resolution 2617 was adopted on 30 December 2021; OP 16 applies to reports adopted from then on. */
export const DEFAULT_OP16_START = '2021-12-30';
export const ALERT_WINDOWS_DAYS = [90, 30] as const;

export const factualObservationsDue = (sentToState: string) =>
  addDays(sentToState, FACTUAL_OBSERVATIONS_DAYS);
export const implementationReplyDue = (transmitted: string) =>
  addMonths(transmitted, IMPLEMENTATION_REPLY_MONTHS);
export const followupReportDue = (reportAdopted: string) =>
  addMonths(reportAdopted, FOLLOWUP_REPORT_MONTHS);

export type DeadlineState = 'done' | 'done_late' | 'overdue' | 'due_30' | 'due_90' | 'upcoming';

/** Where a deadline stands on `today`, given when (if ever) it was met. */
export function deadlineState(due: string, doneOn: string | null, today: string): DeadlineState {
  if (doneOn) return doneOn > due ? 'done_late' : 'done';
  const left = daysBetween(today, due);
  if (left < 0) return 'overdue';
  if (left <= 30) return 'due_30';
  if (left <= 90) return 'due_90';
  return 'upcoming';
}
