// Workspace settings an administrator can change, and the defaults the app ships with.
import { DEFAULT_OP16_START } from './deadlines';

export interface WorkspaceSettings {
  /** A consent request with no reply after this many days is overdue. */
  consentReplyAlertDays: number;
  /** While a request waits for its reply, a reminder is due this many days after the request or the last reminder. */
  consentReminderDays: number;
  /** OP 16 applies to assessment reports adopted on or after this date. */
  op16Start: string;
}

export const DEFAULT_SETTINGS: WorkspaceSettings = {
  consentReplyAlertDays: 60,
  consentReminderDays: 30,
  op16Start: DEFAULT_OP16_START,
};
