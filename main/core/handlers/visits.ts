import type { ParsedInput } from '../../../shared/api/contract';
import type { Visit } from '../../../shared/api/types';
import { canMoveVisit, nextVisitStatuses, visitFieldProblems } from '../../../shared/domain/visits';
import type { CallContext } from '../context';
import type { Row } from '../db/write';
import { ApiError } from '../errors';
import { recordEvent } from './events';
import { readVisits } from './queries';
import type { AreaHandlers } from './types';

type VisitFields = Omit<ParsedInput<'visits.update'>, 'id'>;

const COLUMN: Record<keyof VisitFields, string> = {
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
};

function toColumns(fields: VisitFields): Row {
  const out: Row = {};
  for (const [key, column] of Object.entries(COLUMN)) {
    const value = fields[key as keyof VisitFields];
    if (value !== undefined) out[column] = value;
  }
  return out;
}

function visitById(ctx: CallContext, id: string): Visit {
  const visit = readVisits(ctx.db, { id })[0];
  if (!visit)
    throw new ApiError('NOT_FOUND', 'This visit does not exist (it may have been removed).');
  return visit;
}

/** Rules that need the workspace or today's date, on the visit as it would be saved. */
function checkAgainstWorkspace(
  ctx: CallContext,
  v: Visit | (VisitFields & { iso3: string }),
): void {
  const problems: { field: string; message: string }[] = [];
  if (!ctx.db.prepare('SELECT 1 FROM member_states WHERE iso3 = ?').get(v.iso3)) {
    problems.push({ field: 'iso3', message: `${v.iso3} is not a UN Member State.` });
  }
  if (v.consentRequestId) {
    const consent = ctx.db
      .prepare('SELECT iso3 FROM consent_requests WHERE id = ? AND deleted = 0')
      .get(v.consentRequestId) as { iso3: string } | undefined;
    if (!consent)
      problems.push({ field: 'consentRequestId', message: 'This consent request does not exist.' });
    else if (consent.iso3 !== v.iso3)
      problems.push({
        field: 'consentRequestId',
        message: 'The consent request is for another State.',
      });
  }
  const lastDay = v.endDate ?? v.physicalEnd ?? v.startDate;
  if (v.status === 'conducted' && lastDay && lastDay > ctx.today) {
    problems.push({
      field: 'endDate',
      message: `A visit ending on ${lastDay} cannot be recorded as conducted before then.`,
    });
  }
  if (problems.length)
    throw new ApiError('VALIDATION', problems.map((p) => p.message).join(' '), problems);
}

export const visitsHandlers: AreaHandlers<'visits'> = {
  'visits.list': (input, ctx) => readVisits(ctx.db, input),

  'visits.create': (input, ctx) => {
    checkAgainstWorkspace(ctx, input);
    const id = ctx.write.insert('visits', { iso3: input.iso3, ...toColumns(input) });
    recordEvent(ctx, 'visit.created', 'visits', id, {
      iso3: input.iso3,
      kind: input.kind,
      status: input.status,
    });
    return visitById(ctx, id);
  },

  'visits.update': ({ id, ...patch }, ctx) => {
    const before = visitById(ctx, id);
    if (patch.status && !canMoveVisit(before.status, patch.status)) {
      const allowed = nextVisitStatuses(before.status);
      throw new ApiError(
        'INVALID_TRANSITION',
        `A ${before.status} visit cannot become ${patch.status}.${allowed.length ? ` It can become: ${allowed.join(', ')}.` : ' It can no longer change status.'}`,
        { from: before.status, to: patch.status, allowed },
      );
    }
    const after = {
      ...before,
      ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
    } as Visit;
    const problems = visitFieldProblems(after);
    if (problems.length)
      throw new ApiError('VALIDATION', problems.map((p) => p.message).join(' '), problems);
    checkAgainstWorkspace(ctx, after);
    ctx.write.update('visits', id, toColumns(patch));
    if (patch.status && patch.status !== before.status) {
      recordEvent(ctx, 'visit.status_changed', 'visits', id, {
        from: before.status,
        to: patch.status,
      });
    }
    return visitById(ctx, id);
  },
};
