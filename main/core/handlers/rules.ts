// Checks that several areas' handlers share: a refused field, a Member State that exists, dates
// that are not in the future or out of order, and API fields mapped to their columns.
import type { CallContext } from '../context';
import type { Row } from '../db/write';
import { text, type Text } from '../../../shared/messages';
import { ApiError, type Said } from '../errors';

/** A VALIDATION error about one field, in plain words (said in the caller's language). */
export const refuse = (field: string, message: Said) =>
  new ApiError('VALIDATION', message, [{ field, message }]);

export function requireMemberState(ctx: CallContext, iso3: string): void {
  if (!ctx.db.prepare('SELECT 1 FROM member_states WHERE iso3 = ?').get(iso3))
    throw refuse('iso3', text('rule.notMemberState', { iso3 }));
}

/** Refuses a date after today: what is recorded has happened. `what` names the date ("The reply’s date,"). */
export function refuseFuture(
  ctx: CallContext,
  field: string,
  what: Text,
  date: string | undefined | null,
): void {
  if (date && date > ctx.today)
    throw refuse(field, text('rule.future', { what, date, today: ctx.today }));
}

/** Refuses a date before an earlier step it follows, naming that step. */
export function refuseBefore(
  field: string,
  what: Text,
  date: string | undefined | null,
  earlier: { what: Text; on: string | null | undefined },
): void {
  if (date && earlier.on && date < earlier.on)
    throw refuse(
      field,
      text('rule.before', { what, date, earlier: earlier.what, earlierOn: earlier.on }),
    );
}

/** The API fields given (not undefined), under their column names. */
export function toColumns<F extends object>(
  fields: F,
  columns: Partial<Record<keyof F, string>>,
): Row {
  const row: Row = {};
  for (const [field, column] of Object.entries(columns) as [keyof F, string][]) {
    const value = fields[field];
    if (value !== undefined) row[column] = value as Row[string];
  }
  return row;
}
