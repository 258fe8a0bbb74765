// Consent requests (DESIGN §4): what a State can answer, which answers are final, and when a
// request waiting for its reply needs a reminder or is overdue.
import { addDays, daysBetween } from './dates';

/** Where a request stands: waiting, answered, or withdrawn. */
export const CONSENT_STATES = [
  'pending',
  'granted',
  'declined',
  'deferred',
  'no_reply',
  'withdrawn',
] as const;
export type ConsentState = (typeof CONSENT_STATES)[number];

/** What a State's reply can be recorded as. */
export const CONSENT_REPLIES = ['granted', 'declined', 'deferred', 'no_reply'] as const;
export type ConsentReply = (typeof CONSENT_REPLIES)[number];

/** A final answer is never replaced; a deferral or a recorded absence of reply can be followed by another. */
export const isFinalConsent = (state: ConsentState): boolean =>
  state === 'granted' || state === 'declined' || state === 'withdrawn';

/** A request can be withdrawn until it is declined or withdrawn (a granted consent can be withdrawn). */
export const canWithdrawConsent = (state: ConsentState): boolean =>
  state !== 'declined' && state !== 'withdrawn';

/** A State's answer that ends the chance of a visit under this request. */
export const isRefusal = (state: ConsentState): boolean =>
  state === 'declined' || state === 'withdrawn';

/** Still waiting for the State's answer: reminders can be sent. */
export const awaitsReply = (state: ConsentState): boolean =>
  state === 'pending' || state === 'deferred' || state === 'no_reply';

export interface ConsentTiming {
  /** Days since the request was sent, while it waits for a reply. */
  daysWaiting: number | null;
  /** No reply after the workspace's alert threshold. */
  overdue: boolean;
  /** When the next reminder is due, while the request waits for a reply. */
  nextReminderDue: string | null;
  /** A reminder is due today or was due before. */
  reminderDue: boolean;
}

/** How long a request has waited, and whether it is overdue or needs a reminder, as of `today`. */
export function consentTiming(
  r: { state: ConsentState; sentOn: string | null; lastReminderOn: string | null },
  settings: { consentReplyAlertDays: number; consentReminderDays: number },
  today: string,
): ConsentTiming {
  if (!awaitsReply(r.state) || !r.sentOn || r.sentOn > today)
    return { daysWaiting: null, overdue: false, nextReminderDue: null, reminderDue: false };
  const daysWaiting = daysBetween(r.sentOn, today);
  const nextReminderDue = addDays(r.lastReminderOn ?? r.sentOn, settings.consentReminderDays);
  return {
    daysWaiting,
    overdue: daysWaiting > settings.consentReplyAlertDays,
    nextReminderDue,
    reminderDue: nextReminderDue <= today,
  };
}

/** A State's refusal, as an amendment's reason: "Kenya declined consent on 2026-11-20 (CTED/NV/2026/004)". */
export function refusalInWords(refusal: {
  stateName: string;
  reply: 'declined' | 'withdrawn';
  on: string | null;
  noteVerbaleRef: string | null;
}): string {
  const what = refusal.reply === 'declined' ? 'declined consent' : 'withdrew its consent';
  return `${refusal.stateName} ${what}${refusal.on ? ` on ${refusal.on}` : ''}${refusal.noteVerbaleRef ? ` (${refusal.noteVerbaleRef})` : ''}`;
}
