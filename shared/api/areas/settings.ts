// Workspace settings an administrator can change (consent alerts and reminders, OP 16 start,
// deadline windows, the automatic lock).
import { z } from 'zod';
import { ADMINS_ONLY, ALL_ROLES } from '../../domain/roles';
import type { WorkspaceSettings } from '../../domain/settings';
import { isoDate, method, nothing } from '../schema';

const days = (what: string) =>
  z
    .number({ error: `Enter ${what} as a number of days.` })
    .int({ message: 'Enter a whole number of days.' })
    .min(1, { message: 'Enter at least 1 day.' })
    .max(365, { message: 'Enter at most 365 days.' });

export const settingsMethods = {
  'settings.get': method<WorkspaceSettings>()({ input: nothing, mutates: false, roles: ALL_ROLES }),
  'settings.update': method<WorkspaceSettings>()({
    input: z
      .strictObject({
        consentReplyAlertDays: days('the wait before a request is overdue'),
        consentReminderDays: days('the time between reminders'),
        op16Start: isoDate,
        alertFarDays: days('the far alert window'),
        alertNearDays: days('the near alert window'),
        committeeWaitDays: days('the wait for the Committee’s decision'),
        transmissionDays: days('the time to transmit an adopted report'),
        lockAfterMinutes: z
          .number({ error: 'Enter the time before the app locks as a number of minutes.' })
          .int({ message: 'Enter a whole number of minutes.' })
          .min(1, { message: 'Enter at least 1 minute.' })
          .max(480, { message: 'Enter at most 480 minutes (8 hours).' }),
      })
      .partial(),
    mutates: true,
    roles: ADMINS_ONLY,
  }),
};
