// Checks that several areas' handlers share: a refused field, a Member State that exists, dates
// that are not in the future or out of order, and API fields mapped to their columns.
import type { CallContext } from '../context';
import type { Row } from '../db/write';
import { ApiError } from '../errors';

/** A VALIDATION error about one field, in plain words. */
export const refuse = (field: string, message: string) =>
  new ApiError('VALIDATION', message, [{ field, message }]);

export function requireMemberState(ctx: CallContext, iso3: string): void {
  if (!ctx.db.prepare('SELECT 1 FROM member_states WHERE iso3 = ?').get(iso3))
    throw refuse('iso3', `${iso3} is not a UN Member State.`);
}

/** Refuses a date after today: what is recorded has happened. */
export function refuseFuture(
  ctx: CallContext,
  field: string,
  what: string,
  date: string | undefined | null,
): void {
  if (date && date > ctx.today)
    throw refuse(
      field,
      `${what} ${date} is in the future (today is ${ctx.today}). Record it once it has happened.`,
    );
}

/** Refuses a date before an earlier step it follows, naming that step. */
export function refuseBefore(
  field: string,
  what: string,
  date: string | undefined | null,
  earlier: { what: string; on: string | null | undefined },
): void {
  if (date && earlier.on && date < earlier.on)
    throw refuse(field, `${what} ${date} is before ${earlier.what} (${earlier.on}).`);
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
