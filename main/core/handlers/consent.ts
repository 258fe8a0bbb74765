// Consent requests (DESIGN §4): asked from the latest adopted version of the year's list, or
// outside it; reminded; answered by the State; withdrawn. The request's row holds where it stands;
// every reminder, reply and withdrawal is also kept as a step of its history.
import type {
  AmendmentAction,
  AmendmentStatus,
  ConsentOutcome,
  ConsentOverviewRow,
  ConsentRequest,
  ConsentStanding,
} from '../../../shared/api/types';
import {
  awaitsReply,
  canWithdrawConsent,
  CONSENT_STATES,
  isFinalConsent,
  isRefusal,
  type ConsentState,
} from '../../../shared/domain/consent';
import { yearOf } from '../../../shared/domain/dates';
import type { CallContext } from '../context';
import type { Db } from '../db/workspace';
import { sayText, text, type Text } from '../../../shared/messages';
import { ApiError } from '../errors';
import { nameColumn } from '../language';
import { substitutionFor } from '../plan/substitution';
import { adoptedSelection, readYearList, type YearList } from '../plan/yearList';
import { recordEvent } from './events';
import { readConsent } from './queries';
import { refuse, refuseBefore, refuseFuture, requireMemberState } from './rules';
import type { AreaHandlers } from './types';

function requestById(ctx: CallContext, id: string): ConsentRequest {
  const request = readConsent(ctx, ctx.today, undefined, { id })[0];
  if (!request) throw new ApiError('NOT_FOUND', text('consent.notFound'));
  return request;
}

/** Where a request stands, in a planner's words: "granted on 2026-03-02 (CTED/NV/2026/004)". */
export function standingInWords(r: ConsentRequest): Text {
  const ref = r.noteVerbaleRef ? text('consent.standing.ref', { ref: r.noteVerbaleRef }) : '';
  switch (r.reply) {
    case 'pending':
      return r.reminders
        ? text('consent.standing.pendingReminded', {
            sentOn: String(r.sentOn),
            ref,
            count: r.reminders,
          })
        : text('consent.standing.pending', { sentOn: String(r.sentOn), ref });
    case 'withdrawn':
      return text('consent.standing.withdrawn', { on: String(r.withdrawnOn), ref });
    default:
      return text(`consent.standing.${r.reply}`, { on: String(r.repliedOn), ref });
  }
}

/** The State's latest live request for the year, if any. */
function latestRequestFor(
  ctx: CallContext,
  iso3: string,
  year: number,
): ConsentRequest | undefined {
  return readConsent(ctx, ctx.today, iso3, { year })[0];
}

/** A listed State's refusal calls for a substitution from the reserve, unless one is already proposed. */
function outcome(ctx: CallContext, request: ConsentRequest): ConsentOutcome {
  if (!isRefusal(request.reply) || request.listYear === null)
    return { request, substitution: null };
  const list = readYearList(ctx, request.listYear);
  const amended =
    list &&
    ctx.db
      .prepare(
        "SELECT 1 FROM list_amendments WHERE deleted = 0 AND list_id = ? AND iso3 = ? AND status IN ('proposed', 'approved')",
      )
      .get(list.id, request.iso3);
  return {
    request,
    substitution: list && !amended ? substitutionFor(ctx, list, request.iso3, request.id) : null,
  };
}

/** The next free number after the highest one already given with this prefix. */
/** Notes verbales are numbered per year: CTED/NV/2026/041. */
export const defaultReferencePrefix = (sentOn: string) => `CTED/NV/${yearOf(sentOn)}/`;
export const formatReference = (prefix: string, n: number) =>
  `${prefix}${String(n).padStart(3, '0')}`;

export function nextReferenceNumber(db: Db, prefix: string): number {
  const refs = db
    .prepare(
      'SELECT note_verbale_ref AS ref FROM consent_requests WHERE deleted = 0 AND substr(note_verbale_ref, 1, ?) = ?',
    )
    .all(prefix.length, prefix) as { ref: string }[];
  let highest = 0;
  for (const { ref } of refs) {
    const n = Number(ref.slice(prefix.length));
    if (Number.isInteger(n) && n > highest) highest = n;
  }
  return highest + 1;
}

function refuseDuplicateReference(ctx: CallContext, ref: string): void {
  const used = ctx.db
    .prepare(
      `SELECT c.iso3, s.${nameColumn(ctx.language)} AS name FROM consent_requests c JOIN member_states s ON s.iso3 = c.iso3
       WHERE c.deleted = 0 AND c.note_verbale_ref = ?`,
    )
    .get(ref) as { iso3: string; name: string } | undefined;
  if (used)
    throw new ApiError('CONFLICT', text('consent.duplicateReference', { ref, state: used.name }), [
      { field: 'noteVerbaleRef', message: text('consent.referenceUsed', { state: used.name }) },
    ]);
}

function overviewRows(ctx: CallContext, year: number, list: YearList | null): ConsentOverviewRow[] {
  const requests = new Map<string, ConsentRequest>();
  // Newest first: the first request read for a State is its latest.
  for (const r of readConsent(ctx, ctx.today, undefined, { year }))
    if (!requests.has(r.iso3)) requests.set(r.iso3, r);
  const amendments = new Map<string, ConsentOverviewRow['amendment']>();
  if (list) {
    for (const a of ctx.db
      .prepare(
        'SELECT id, action, status, iso3, replacement_iso3 FROM list_amendments WHERE deleted = 0 AND list_id = ? ORDER BY proposed_on, id',
      )
      .all(list.id) as {
      id: string;
      action: AmendmentAction;
      status: AmendmentStatus;
      iso3: string;
      replacement_iso3: string | null;
    }[]) {
      const summary = {
        id: a.id,
        action: a.action,
        status: a.status,
        iso3: a.iso3,
        replacementIso3: a.replacement_iso3,
      };
      amendments.set(a.iso3, summary);
      if (a.replacement_iso3) amendments.set(a.replacement_iso3, summary);
    }
  }
  const rows: ConsentOverviewRow[] = [];
  const listed = adoptedSelection(list);
  const states = new Map(
    (
      ctx.db
        .prepare(`SELECT iso3, ${nameColumn(ctx.language)} AS name, region FROM member_states`)
        .all() as {
        iso3: string;
        name: string;
        region: string;
      }[]
    ).map((s) => [s.iso3, s]),
  );
  const add = (iso3: string, entry: (typeof listed)[number] | null) => {
    const request = requests.get(iso3) ?? null;
    const amendment = amendments.get(iso3) ?? null;
    const state = states.get(iso3)!;
    const pendingOrDone = amendment && amendment.status !== 'rejected';
    rows.push({
      iso3,
      stateName: state.name,
      region: state.region,
      onList: entry !== null,
      listEntryId: entry?.id ?? null,
      rank: entry?.rank ?? null,
      proposedKind: entry?.proposedKind ?? null,
      standing: request?.reply ?? 'not_requested',
      request,
      substitution:
        entry && list && request && isRefusal(request.reply) && !pendingOrDone
          ? substitutionFor(ctx, list, iso3, request.id)
          : null,
      amendment,
    });
  };
  for (const e of listed) add(e.iso3, e);
  for (const iso3 of requests.keys()) if (!listed.some((e) => e.iso3 === iso3)) add(iso3, null);
  return rows;
}

export const consentHandlers: AreaHandlers<'consent'> = {
  'consent.list': ({ iso3, year, asOf }, ctx) =>
    readConsent(ctx, asOf ?? ctx.today, iso3, year === undefined ? {} : { year }),

  'consent.overview': ({ year }, ctx) => {
    const list = readYearList(ctx, year);
    const rows = overviewRows(ctx, year, list);
    const counts = Object.fromEntries(
      ['not_requested', ...CONSENT_STATES].map((s) => [s, 0]),
    ) as Record<ConsentStanding, number>;
    for (const r of rows) counts[r.standing] += 1;
    return {
      year,
      list: list ? { status: list.status, version: list.version, decidedOn: list.decidedOn } : null,
      rows,
      counts,
    };
  },

  'consent.requestFromList': ({ year, sentOn, noteVerbaleRefPrefix }, ctx) => {
    const list = readYearList(ctx, year);
    if (!list) throw new ApiError('NOT_FOUND', text('consent.noList', { year }));
    if (list.status !== 'adopted')
      throw new ApiError(
        'INVALID_TRANSITION',
        text('consent.listNotAdopted', {
          year,
          status: text(`consent.listStatus.${list.status}`),
        }),
        { status: list.status },
      );
    const sent = text('consent.date.notesSent');
    refuseFuture(ctx, 'sentOn', sent, sentOn);
    refuseBefore('sentOn', sent, sentOn, {
      what: text('consent.earlier.listAdoption', { year }),
      on: list.decidedOn,
    });
    const prefix = noteVerbaleRefPrefix ?? defaultReferencePrefix(sentOn);
    let number = nextReferenceNumber(ctx.db, prefix);
    const createdIds: string[] = [];
    const skipped: { iso3: string; stateName: string; reason: string }[] = [];
    for (const entry of adoptedSelection(list)) {
      const existing = latestRequestFor(ctx, entry.iso3, year);
      if (existing) {
        skipped.push({
          iso3: entry.iso3,
          stateName: entry.name,
          reason: sayText(
            ctx.language,
            text('consent.skippedAlready', { standing: standingInWords(existing) }),
          ),
        });
        continue;
      }
      createdIds.push(
        ctx.write.insert('consent_requests', {
          iso3: entry.iso3,
          list_year: year,
          list_entry_id: entry.id,
          note_verbale_ref: formatReference(prefix, number++),
          sent_on: sentOn,
          reminders: 0,
          reply: 'pending',
          confidential: 0,
        }),
      );
    }
    if (createdIds.length)
      recordEvent(ctx, 'consent.requested_from_list', 'annual_lists', list.id, {
        year,
        version: list.version,
        sentOn,
        requests: createdIds.length,
      });
    return { created: createdIds.map((id) => requestById(ctx, id)), skipped };
  },

  'consent.create': (input, ctx) => {
    requireMemberState(ctx, input.iso3);
    refuseFuture(ctx, 'sentOn', text('consent.date.noteVerbale'), input.sentOn);
    if (input.listEntryId) {
      const list = readYearList(ctx, input.year);
      const entry = list?.entries.find((e) => e.id === input.listEntryId);
      if (!entry || entry.iso3 !== input.iso3)
        throw refuse(
          'listEntryId',
          text('consent.notListEntry', { iso3: input.iso3, year: input.year }),
        );
    }
    const existing = latestRequestFor(ctx, input.iso3, input.year);
    if (existing && !isRefusal(existing.reply))
      throw new ApiError(
        'CONFLICT',
        text('consent.alreadyRequested', {
          state: existing.stateName,
          year: input.year,
          standing: standingInWords(existing),
        }),
        { existingId: existing.id },
      );
    refuseDuplicateReference(ctx, input.noteVerbaleRef);
    const id = ctx.write.insert('consent_requests', {
      iso3: input.iso3,
      list_year: input.year,
      list_entry_id: input.listEntryId ?? null,
      note_verbale_ref: input.noteVerbaleRef,
      sent_on: input.sentOn,
      reminders: 0,
      reply: 'pending',
      proposed_from: input.proposedFrom ?? null,
      proposed_to: input.proposedTo ?? null,
      confidential: 0,
    });
    recordEvent(ctx, 'consent.requested', 'consent_requests', id, {
      iso3: input.iso3,
      year: input.year,
      fromList: input.listEntryId !== undefined,
    });
    return requestById(ctx, id);
  },

  'consent.remind': ({ id, sentOn, noteVerbaleRef }, ctx) => {
    const request = requestById(ctx, id);
    if (!awaitsReply(request.reply))
      throw new ApiError(
        'INVALID_TRANSITION',
        text('consent.noReminderNeeded', { standing: standingInWords(request) }),
        { reply: request.reply },
      );
    const reminder = text('consent.date.reminder');
    refuseFuture(ctx, 'sentOn', reminder, sentOn);
    refuseBefore('sentOn', reminder, sentOn, {
      what: text('consent.earlier.request'),
      on: request.sentOn,
    });
    refuseBefore('sentOn', reminder, sentOn, {
      what: text('consent.earlier.lastReminder'),
      on: request.lastReminderOn,
    });
    if (noteVerbaleRef) refuseDuplicateReference(ctx, noteVerbaleRef);
    ctx.write.insert('consent_steps', {
      consent_request_id: id,
      step: 'reminder',
      on_date: sentOn,
      note_verbale_ref: noteVerbaleRef ?? null,
      author_id: ctx.user.id,
    });
    ctx.write.update('consent_requests', id, {
      reminders: request.reminders + 1,
      last_reminder_on: sentOn,
    });
    recordEvent(ctx, 'consent.reminded', 'consent_requests', id, { sentOn });
    return requestById(ctx, id);
  },

  'consent.reply': (input, ctx) => {
    const request = requestById(ctx, input.id);
    if (isFinalConsent(request.reply))
      throw new ApiError(
        'INVALID_TRANSITION',
        text(request.reply === 'granted' ? 'consent.finalReplyGranted' : 'consent.finalReply', {
          standing: standingInWords(request),
        }),
        { reply: request.reply },
      );
    const reply = text('consent.date.reply');
    refuseFuture(ctx, 'receivedOn', reply, input.receivedOn);
    refuseBefore('receivedOn', reply, input.receivedOn, {
      what: text('consent.earlier.request'),
      on: request.sentOn,
    });
    refuseBefore('receivedOn', reply, input.receivedOn, {
      what: text('consent.earlier.previousReply'),
      on: request.repliedOn,
    });
    const mayPropose = input.reply === 'granted' || input.reply === 'deferred';
    if (!mayPropose && (input.proposedFrom || input.proposedTo))
      throw refuse('proposedFrom', text('consent.proposedDatesWithReply'));
    if (!mayPropose && input.confidential)
      throw refuse('confidential', text('consent.confidentialWithReply'));
    const confidential = input.confidential ?? request.confidential;
    ctx.write.insert('consent_steps', {
      consent_request_id: request.id,
      step: 'reply',
      on_date: input.receivedOn,
      reply: input.reply,
      proposed_from: input.proposedFrom ?? null,
      proposed_to: input.proposedTo ?? null,
      conditions: input.conditions || null,
      confidential,
      author_id: ctx.user.id,
    });
    ctx.write.update('consent_requests', request.id, {
      reply: input.reply,
      replied_on: input.receivedOn,
      ...(mayPropose
        ? {
            proposed_from: input.proposedFrom ?? request.proposedFrom,
            proposed_to: input.proposedTo ?? request.proposedTo,
          }
        : {}),
      conditions: input.conditions || null,
      confidential,
    });
    recordEvent(ctx, 'consent.replied', 'consent_requests', request.id, {
      reply: input.reply,
      receivedOn: input.receivedOn,
      confidential,
    });
    return outcome(ctx, requestById(ctx, request.id));
  },

  'consent.withdraw': ({ id, on, reason }, ctx) => {
    const request = requestById(ctx, id);
    if (!canWithdrawConsent(request.reply))
      throw new ApiError(
        'INVALID_TRANSITION',
        text('consent.cannotWithdraw', { standing: standingInWords(request) }),
        { reply: request.reply },
      );
    const conducted = ctx.db
      .prepare(
        "SELECT start_date FROM visits WHERE deleted = 0 AND consent_request_id = ? AND status = 'conducted' ORDER BY start_date LIMIT 1",
      )
      .get(id) as { start_date: string | null } | undefined;
    if (conducted)
      throw new ApiError(
        'INVALID_TRANSITION',
        conducted.start_date
          ? text('consent.visitConductedFrom', { start: conducted.start_date })
          : text('consent.visitConducted'),
      );
    const withdrawal = text('consent.date.withdrawal');
    refuseFuture(ctx, 'on', withdrawal, on);
    refuseBefore('on', withdrawal, on, {
      what: text('consent.earlier.request'),
      on: request.sentOn,
    });
    refuseBefore('on', withdrawal, on, {
      what: text('consent.earlier.stateReply'),
      on: request.repliedOn,
    });
    ctx.write.insert('consent_steps', {
      consent_request_id: id,
      step: 'withdrawal',
      on_date: on,
      reason,
      author_id: ctx.user.id,
    });
    ctx.write.update('consent_requests', id, {
      reply: 'withdrawn' satisfies ConsentState,
      withdrawn_on: on,
      withdrawal_reason: reason,
    });
    recordEvent(ctx, 'consent.withdrawn', 'consent_requests', id, { on, reason });
    return outcome(ctx, requestById(ctx, id));
  },
};
