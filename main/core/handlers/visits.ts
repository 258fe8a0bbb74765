// Visits (DESIGN §4): recorded, edited, and moved through planned → scheduled → conducted, or
// postponed / cancelled with a reason. The same rules hold whichever way a visit is saved: an
// assessment visit is scheduled or conducted only against the State's granted consent and within
// the dates it proposed; a conducted visit is not in the future; a visit with a report keeps its
// kind; the State's request for confidentiality on its consent is inherited.
import type { ConsentRequest, Visit } from '../../../shared/api/types';
import {
  canMoveVisit,
  nextVisitStatuses,
  visitFieldProblems,
  type VisitStatus,
} from '../../../shared/domain/visits';
import { text, type Text } from '../../../shared/messages';
import type { CallContext } from '../context';
import { ApiError } from '../errors';
import { standingInWords } from './consent';
import { recordEvent } from './events';
import { readConsent, readVisits } from './queries';
import { refuse, refuseBefore, refuseFuture, requireMemberState, toColumns } from './rules';
import type { AreaHandlers } from './types';

/** A visit as it would be saved: every field, the State and the status. */
type VisitDraft = Omit<
  Visit,
  'id' | 'stateName' | 'confidentialByConsent' | 'statusOn' | 'statusReason' | 'steps' | 'reportId'
>;

const COLUMN = {
  kind: 'kind',
  mode: 'mode',
  status: 'status',
  startDate: 'start_date',
  endDate: 'end_date',
  virtualStart: 'virtual_start',
  virtualEnd: 'virtual_end',
  physicalStart: 'physical_start',
  physicalEnd: 'physical_end',
  team: 'team',
  agenciesMet: 'agencies_met',
  notes: 'notes',
  consentRequestId: 'consent_request_id',
  confidential: 'confidential',
} as const satisfies Partial<Record<keyof VisitDraft, string>>;

const AFTER_CONSENT: readonly VisitStatus[] = ['scheduled', 'conducted'];

function visitById(ctx: CallContext, id: string): Visit {
  const visit = readVisits(ctx, { id })[0];
  if (!visit) throw new ApiError('NOT_FOUND', text('visit.notFound'));
  return visit;
}

const refusedTransition = (message: Text, field: string) =>
  new ApiError('INVALID_TRANSITION', message, [{ field, message }]);

/** A visit's status as a word of the reader's language ("scheduled"). */
export const statusWord = (status: VisitStatus): Text => text(`visit.status.${status}`);

/** A kind of visit as a word of the reader's language ("follow-up"). */
export const kindWord = (kind: Visit['kind']): Text => text(`visit.kind.${kind}`);

/** Words listed one after another ("scheduled, postponed, cancelled"), as the reader's language lists them. */
const listOf = (items: readonly Text[]): Text | string =>
  items.length === 0
    ? ''
    : items.slice(1).reduce<Text>((first, next) => text('visit.list', { first, next }), items[0]!);

/** The consent a visit is linked to, checked to be this State's. */
function linkedConsent(ctx: CallContext, v: VisitDraft): ConsentRequest | null {
  if (!v.consentRequestId) return null;
  const consent = readConsent(ctx, ctx.today, undefined, { id: v.consentRequestId })[0];
  if (!consent) throw refuse('consentRequestId', text('visit.consentNotFound'));
  if (consent.iso3 !== v.iso3) throw refuse('consentRequestId', text('visit.consentOtherState'));
  return consent;
}

/** An assessment visit is scheduled or conducted only with the State's consent, within its dates. */
function requireConsent(ctx: CallContext, v: VisitDraft, consent: ConsentRequest | null): void {
  if (!AFTER_CONSENT.includes(v.status) || v.kind === 'advocacy') return;
  if (!consent) {
    const granted = readConsent(ctx, ctx.today, v.iso3).find((c) => c.reply === 'granted');
    const status = statusWord(v.status);
    throw refusedTransition(
      !granted
        ? text('visit.needsConsent', { status })
        : granted.noteVerbaleRef
          ? text('visit.needsConsentExample', {
              status,
              ref: granted.noteVerbaleRef,
              on: String(granted.repliedOn),
            })
          : text('visit.needsConsentExampleUnnumbered', { status, on: String(granted.repliedOn) }),
      'consentRequestId',
    );
  }
  if (consent.reply !== 'granted')
    throw refusedTransition(
      text('visit.consentNotGranted', {
        standing: standingInWords(consent),
        status: statusWord(v.status === 'scheduled' ? 'scheduled' : 'conducted'),
      }),
      'consentRequestId',
    );
  const early = consent.proposedFrom && v.startDate && v.startDate < consent.proposedFrom;
  const late = consent.proposedTo && v.endDate && v.endDate > consent.proposedTo;
  if (early || late)
    throw refusedTransition(
      text('visit.outsideConsentWindow', {
        start: String(v.startDate),
        end: String(v.endDate),
        from: consent.proposedFrom ?? text('visit.anyTime'),
        to: consent.proposedTo ?? text('visit.anyTime'),
      }),
      early ? 'startDate' : 'endDate',
    );
}

/** Other live visits to the same State whose dates overlap this one's. */
function overlapping(ctx: CallContext, v: VisitDraft, id: string | null): Visit[] {
  if (!v.startDate) return [];
  const end = v.endDate ?? v.startDate;
  return readVisits(ctx, { iso3: v.iso3 }).filter(
    (o) =>
      o.id !== id &&
      o.status !== 'cancelled' &&
      o.startDate !== null &&
      o.startDate <= end &&
      (o.endDate ?? o.startDate) >= v.startDate!,
  );
}

/** Every rule of a visit as it would be saved; returns the visit's stored confidentiality. */
function checkVisit(
  ctx: CallContext,
  v: VisitDraft,
  before: Visit | null,
  confirmOverlap: boolean,
): boolean {
  const problems = visitFieldProblems(v);
  if (problems.length)
    throw new ApiError(
      'VALIDATION',
      problems.map((p) => p.message),
      problems,
    );
  requireMemberState(ctx, v.iso3);
  const lastDay = v.endDate ?? v.physicalEnd ?? v.startDate;
  if (v.status === 'conducted' && lastDay && lastDay > ctx.today)
    throw refuse('endDate', text('visit.conductedBeforeEnd', { lastDay }));
  if (before?.reportId && v.kind !== before.kind)
    throw refuse('kind', text('visit.kindFixedByReport', { kind: kindWord(before.kind) }));
  const consent = linkedConsent(ctx, v);
  requireConsent(ctx, v, consent);
  if (consent?.confidential && !v.confidential && before && before.confidential)
    throw refuse(
      'confidential',
      text('visit.confidentialByConsent', { on: String(consent.repliedOn) }),
    );
  const clash = overlapping(ctx, v, before?.id ?? null);
  if (clash.length && !confirmOverlap) {
    const o = clash[0]!;
    throw new ApiError(
      'CONFLICT',
      text('visit.overlap', {
        state: o.stateName,
        kind: kindWord(o.kind),
        status: statusWord(o.status),
        start: String(o.startDate),
        end: String(o.endDate ?? o.startDate),
      }),
      { overlapping: clash.map((x) => x.id) },
    );
  }
  return v.confidential || (consent?.confidential ?? false);
}

function logStep(
  ctx: CallContext,
  visitId: string,
  from: VisitStatus | null,
  to: VisitStatus,
  on: string,
  reason: string | null,
): void {
  ctx.write.insert('visit_steps', {
    visit_id: visitId,
    from_status: from,
    to_status: to,
    on_date: on,
    reason,
    author_id: ctx.user.id,
  });
}

export const visitsHandlers: AreaHandlers<'visits'> = {
  'visits.list': (input, ctx) => readVisits(ctx, input),

  'visits.get': ({ id }, ctx) => visitById(ctx, id),

  'visits.create': ({ confirmOverlap, ...input }, ctx) => {
    const draft: VisitDraft = {
      ...input,
      startDate: input.startDate ?? null,
      endDate: input.endDate ?? null,
      virtualStart: input.virtualStart ?? null,
      virtualEnd: input.virtualEnd ?? null,
      physicalStart: input.physicalStart ?? null,
      physicalEnd: input.physicalEnd ?? null,
      notes: input.notes ?? null,
      consentRequestId: input.consentRequestId ?? null,
    };
    const confidential = checkVisit(ctx, draft, null, confirmOverlap);
    const id = ctx.write.insert('visits', {
      iso3: draft.iso3,
      ...toColumns({ ...draft, confidential }, COLUMN),
      status_on: ctx.today,
    });
    logStep(ctx, id, null, draft.status, ctx.today, null);
    recordEvent(ctx, 'visit.created', 'visits', id, {
      iso3: draft.iso3,
      kind: draft.kind,
      status: draft.status,
    });
    return visitById(ctx, id);
  },

  'visits.update': ({ id, confirmOverlap, ...patch }, ctx) => {
    const before = visitById(ctx, id);
    const draft = {
      ...before,
      ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
    } as Visit;
    const confidential = checkVisit(ctx, draft, before, confirmOverlap);
    ctx.write.update('visits', id, toColumns({ ...patch, confidential }, COLUMN));
    return visitById(ctx, id);
  },

  'visits.transition': ({ id, to, on, reason, confirmOverlap, ...changes }, ctx) => {
    const before = visitById(ctx, id);
    if (to === before.status || !canMoveVisit(before.status, to)) {
      const allowed = nextVisitStatuses(before.status);
      throw new ApiError(
        'INVALID_TRANSITION',
        allowed.length
          ? text('visit.cannotBecome', {
              from: statusWord(before.status),
              to: statusWord(to),
              allowed: listOf(allowed.map(statusWord)),
            })
          : text('visit.cannotBecomeFinal', {
              from: statusWord(before.status),
              to: statusWord(to),
            }),
        { from: before.status, to, allowed },
      );
    }
    const change = text('visit.date.change');
    refuseFuture(ctx, 'on', change, on);
    refuseBefore('on', change, on, {
      what: text('visit.earlier.lastChange'),
      on: before.statusOn,
    });
    const given = Object.fromEntries(
      Object.entries(changes).filter(([, v]) => v !== undefined),
    ) as Partial<VisitDraft>;
    const draft = { ...before, ...given, status: to } as Visit;
    const confidential = checkVisit(ctx, draft, before, confirmOverlap);
    ctx.write.update('visits', id, {
      ...toColumns({ ...given, confidential }, COLUMN),
      status: to,
      status_on: on,
      status_reason: reason ?? null,
    });
    logStep(ctx, id, before.status, to, on, reason ?? null);
    recordEvent(ctx, 'visit.status_changed', 'visits', id, {
      from: before.status,
      to,
      on,
      ...(reason ? { reason } : {}),
    });
    return visitById(ctx, id);
  },
};
