// The workspace's settings: the one row of the settings table, with the app's defaults for
// anything not set.
import { DEFAULT_SETTINGS, type WorkspaceSettings } from '../../shared/domain/settings';
import type { Db } from './db/workspace';

/** The settings row's id: one row per workspace, the same on every site so that sync merges it. */
export const SETTINGS_ID = 'workspace';

export const SETTINGS_COLUMN: Record<keyof WorkspaceSettings, string> = {
  consentReplyAlertDays: 'consent_reply_alert_days',
  consentReminderDays: 'consent_reminder_days',
  op16Start: 'op16_start',
  alertFarDays: 'alert_far_days',
  alertNearDays: 'alert_near_days',
  committeeWaitDays: 'committee_wait_days',
  transmissionDays: 'transmission_days',
  lockAfterMinutes: 'lock_after_minutes',
};

export function readSettings(db: Db): WorkspaceSettings {
  const row = db.prepare('SELECT * FROM settings WHERE id = ? AND deleted = 0').get(SETTINGS_ID) as
    | Record<string, string | number | null>
    | undefined;
  const settings = { ...DEFAULT_SETTINGS };
  if (!row) return settings;
  for (const [key, column] of Object.entries(SETTINGS_COLUMN) as [
    keyof WorkspaceSettings,
    string,
  ][]) {
    const value = row[column];
    if (value !== null && value !== undefined) (settings as Record<string, unknown>)[key] = value;
  }
  return settings;
}
