// Calendar helpers for the generator, on top of shared/domain/dates.
import { addDays, daysBetween, formatDate } from '../../../shared/domain/dates';
import type { Rng } from './random';

export const minDate = (a: string, b: string): string => (a < b ? a : b);
export const maxDate = (a: string, b: string): string => (a > b ? a : b);

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** The first date on or after `date` that falls on one of `days` (0 = Sunday). */
export function onOrAfterWeekday(date: string, days: readonly number[]): string {
  let d = date;
  while (!days.includes(weekday(d))) d = addDays(d, 1);
  return d;
}

/** A date `offset` days after 1 January of `year`. */
export const dayOfYear = (year: number, offset: number): string =>
  addDays(formatDate(year, 1, 1), offset);

/** A random date in [from, to]; `from` when the range is empty. */
export function dateBetween(rng: Rng, from: string, to: string): string {
  if (to <= from) return from;
  return addDays(from, rng.int(0, daysBetween(from, to)));
}
