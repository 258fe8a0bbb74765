import { isIsoDate } from '../../shared/domain/dates';

/**
 * The clock handed to the dispatcher: the real one, or one that starts at noon (UTC) on a given
 * day and runs from there — so a demo, a test or a what-if can be run "as of" any date.
 */
export function clockFor(today?: string | null): () => number {
  if (!today) return Date.now;
  if (!isIsoDate(today)) throw new Error(`"${today}" is not a date written as YYYY-MM-DD.`);
  const start = Date.now();
  const noon = Date.parse(`${today}T12:00:00.000Z`);
  return () => noon + (Date.now() - start);
}
