// Consent requests to Member States (notes verbales): asked from the adopted list or outside it,
// reminded, answered, withdrawn; and the year's overview of where every listed State stands.
import { z } from 'zod';
import { CONSENT_REPLIES, type ConsentReply, type ConsentState } from '../../domain/consent';
import { ALL_ROLES, PLANNERS } from '../../domain/roles';
import { id, iso3, isoDate, method, text, year } from '../schema';
import type { AmendmentAction, AmendmentStatus, ListStatus } from './plan';

/** One step of a request's history, in date order. */
export interface ConsentStep {
  kind: 'requested' | 'reminder' | 'reply' | 'withdrawal';
  on: string;
  /** The note verbale of the request or of a reminder. */
  noteVerbaleRef: string | null;
  reply: ConsentReply | null;
  proposedFrom: string | null;
  proposedTo: string | null;
  /** A reply's conditions, or why the request was withdrawn. */
  note: string | null;
  confidential: boolean;
}

export interface ConsentRequest {
  id: string;
  iso3: string;
  stateName: string;
  listYear: number | null;
  /** The entry of the adopted list the request was made from; null for a request outside the list. */
  listEntryId: string | null;
  noteVerbaleRef: string | null;
  sentOn: string | null;
  reminders: number;
  lastReminderOn: string | null;
  /** Where the request stands: pending until the State answers, or withdrawn. */
  reply: ConsentState;
  repliedOn: string | null;
  proposedFrom: string | null;
  proposedTo: string | null;
  conditions: string | null;
  /** The State asked to keep the visit out of published documents (OP 19). */
  confidential: boolean;
  withdrawnOn: string | null;
  withdrawalReason: string | null;
  /** Days since the request was sent, while it waits for a reply. */
  daysWaiting: number | null;
  /** True when no reply has come after the workspace's consent alert threshold. */
  overdueReply: boolean;
  /** While the request waits for a reply: when the next reminder is due. */
  nextReminderDue: string | null;
  reminderDue: boolean;
  steps: ConsentStep[];
}

/** The best State of the reserve to take the place of a State that declined or withdrew. */
export interface SubstitutionOffer {
  iso3: string;
  stateName: string;
  region: string;
  rank: number;
  score: number;
  /** The consent request whose decline or withdrawal calls for the substitution. */
  consentRequestId: string;
}

/** A recorded reply or withdrawal, and the substitution it calls for when a listed State refused. */
export interface ConsentOutcome {
  request: ConsentRequest;
  substitution: SubstitutionOffer | null;
}

export interface ConsentBatch {
  created: ConsentRequest[];
  skipped: { iso3: string; stateName: string; reason: string }[];
}

export type ConsentStanding = 'not_requested' | ConsentState;

export interface ConsentOverviewRow {
  iso3: string;
  stateName: string;
  region: string;
  /** Selected in the latest adopted version of the year's list. */
  onList: boolean;
  listEntryId: string | null;
  rank: number | null;
  proposedKind: string | null;
  standing: ConsentStanding;
  /** The State's latest request for the year. */
  request: ConsentRequest | null;
  /** For a listed State that declined or withdrew, with no amendment about it yet. */
  substitution: SubstitutionOffer | null;
  /** The latest amendment about this State (as the State replaced or its replacement). */
  amendment: {
    id: string;
    action: AmendmentAction;
    status: AmendmentStatus;
    iso3: string;
    replacementIso3: string | null;
  } | null;
}

export interface ConsentOverview {
  year: number;
  list: { status: ListStatus; version: number; decidedOn: string | null } | null;
  rows: ConsentOverviewRow[];
  counts: Record<ConsentStanding, number>;
}

const reference = text(100);
const dateOrder = (
  v: { proposedFrom?: string | undefined; proposedTo?: string | undefined },
  ctx: z.RefinementCtx,
) => {
  if (v.proposedFrom && v.proposedTo && v.proposedTo < v.proposedFrom)
    ctx.addIssue({
      code: 'custom',
      path: ['proposedTo'],
      message: 'schema.consent.datesOrder',
    });
};

export const consentMethods = {
  'consent.list': method<ConsentRequest[]>()({
    input: z.strictObject({
      iso3: iso3.optional(),
      year: year.optional(),
      asOf: isoDate.optional(),
    }),
    mutates: false,
    roles: ALL_ROLES,
  }),
  /** The Consent page: every State of the year's adopted list, and every request of that year. */
  'consent.overview': method<ConsentOverview>()({
    input: z.strictObject({ year }),
    mutates: false,
    roles: ALL_ROLES,
  }),
  /** One request for every State selected in the latest adopted version that has none for the year. */
  'consent.requestFromList': method<ConsentBatch>()({
    input: z.strictObject({
      year,
      sentOn: isoDate,
      /** Notes verbales are numbered on from the highest number with this prefix (default CTED/NV/YYYY/). */
      noteVerbaleRefPrefix: text(60).min(1).optional(),
    }),
    mutates: true,
    roles: PLANNERS,
  }),
  /** A request outside the list: a State's own invitation, an advocacy visit. */
  'consent.create': method<ConsentRequest>()({
    input: z
      .strictObject({
        iso3,
        year,
        sentOn: isoDate,
        noteVerbaleRef: reference.min(1, { message: 'schema.consent.noteVerbaleRef' }),
        listEntryId: id.optional(),
        proposedFrom: isoDate.optional(),
        proposedTo: isoDate.optional(),
      })
      .superRefine(dateOrder),
    mutates: true,
    roles: PLANNERS,
  }),
  'consent.remind': method<ConsentRequest>()({
    input: z.strictObject({ id, sentOn: isoDate, noteVerbaleRef: reference.optional() }),
    mutates: true,
    roles: PLANNERS,
  }),
  'consent.reply': method<ConsentOutcome>()({
    input: z
      .strictObject({
        id,
        reply: z.enum(CONSENT_REPLIES, {
          error: 'schema.consent.replyRequired',
        }),
        receivedOn: isoDate,
        proposedFrom: isoDate.optional(),
        proposedTo: isoDate.optional(),
        conditions: text(2000).optional(),
        /** The State asks to keep the visit out of published documents (OP 19). */
        confidential: z.boolean({ error: 'schema.consent.confidential' }).optional(),
      })
      .superRefine(dateOrder),
    mutates: true,
    roles: PLANNERS,
  }),
  'consent.withdraw': method<ConsentOutcome>()({
    input: z.strictObject({
      id,
      on: isoDate,
      reason: text(2000).min(5, { message: 'schema.consent.withdrawalReason' }),
    }),
    mutates: true,
    roles: PLANNERS,
  }),
};
