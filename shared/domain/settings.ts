// Workspace settings an administrator can change, and the defaults the app ships with.
import { DEFAULT_OP16_START, type DeadlineSettings } from './deadlines';

export interface WorkspaceSettings extends DeadlineSettings {
  /** A consent request with no reply after this many days is overdue. */
  consentReplyAlertDays: number;
  /** While a request waits for its reply, a reminder is due this many days after the request or the last reminder. */
  consentReminderDays: number;
  /** OP 16 applies to assessment reports adopted on or after this date. */
  op16Start: string;
  /** A deadline is "due soon" this many days ahead (the far alert window)… */
  alertFarDays: number;
  /** …and "due very soon" this many days ahead (the near window). */
  alertNearDays: number;
  /** A report submitted to the Committee is overdue for a decision after this many days. */
  committeeWaitDays: number;
  /** An adopted report is overdue for transmission to the State after this many days. */
  transmissionDays: number;
  /** A signed-in session locks itself after this many minutes without activity. */
  lockAfterMinutes: number;
}

export const DEFAULT_SETTINGS: WorkspaceSettings = {
  consentReplyAlertDays: 60,
  consentReminderDays: 30,
  op16Start: DEFAULT_OP16_START,
  alertFarDays: 90,
  alertNearDays: 30,
  committeeWaitDays: 90,
  transmissionDays: 30,
  lockAfterMinutes: 15,
};
