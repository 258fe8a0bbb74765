// Workspace settings an administrator can change (consent alerts and reminders, OP 16 start,
// deadline windows, the automatic lock).
import { z } from 'zod';
import { ADMINS_ONLY, ALL_ROLES } from '../../domain/roles';
import type { WorkspaceSettings } from '../../domain/settings';
import { isoDate, method, nothing } from '../schema';

/** A number of days; `required` is the key of what to say when it is not a number. */
const days = (required: string) =>
  z
    .number({ error: required })
    .int({ message: 'schema.settings.wholeDays' })
    .min(1, { message: 'schema.settings.daysMin' })
    .max(365, { message: 'schema.settings.daysMax' });

export const settingsMethods = {
  'settings.get': method<WorkspaceSettings>()({ input: nothing, mutates: false, roles: ALL_ROLES }),
  'settings.update': method<WorkspaceSettings>()({
    input: z
      .strictObject({
        consentReplyAlertDays: days('schema.settings.consentReplyAlertDays'),
        consentReminderDays: days('schema.settings.consentReminderDays'),
        op16Start: isoDate,
        alertFarDays: days('schema.settings.alertFarDays'),
        alertNearDays: days('schema.settings.alertNearDays'),
        committeeWaitDays: days('schema.settings.committeeWaitDays'),
        transmissionDays: days('schema.settings.transmissionDays'),
        lockAfterMinutes: z
          .number({ error: 'schema.settings.lockAfterMinutes' })
          .int({ message: 'schema.settings.wholeMinutes' })
          .min(1, { message: 'schema.settings.minutesMin' })
          .max(480, { message: 'schema.settings.minutesMax' }),
      })
      .partial(),
    mutates: true,
    roles: ADMINS_ONLY,
  }),
};
