// Consent requests to Member States (notes verbales) and their replies.
import { z } from 'zod';
import type { ConsentState } from '../../domain/consent';
import { ALL_ROLES } from '../../domain/roles';
import { iso3, isoDate, method } from '../schema';

export interface ConsentRequest {
  id: string;
  iso3: string;
  stateName: string;
  listYear: number | null;
  noteVerbaleRef: string | null;
  sentOn: string | null;
  reminders: number;
  lastReminderOn: string | null;
  reply: ConsentState;
  repliedOn: string | null;
  proposedFrom: string | null;
  proposedTo: string | null;
  conditions: string | null;
  /** Days since the request was sent, while no reply has come. */
  daysWaiting: number | null;
  /** True when no reply has come after the workspace's consent alert threshold. */
  overdueReply: boolean;
}

export const consentMethods = {
  'consent.list': method<ConsentRequest[]>()({
    input: z.strictObject({ iso3: iso3.optional(), asOf: isoDate.optional() }),
    mutates: false,
    roles: ALL_ROLES,
  }),
};
