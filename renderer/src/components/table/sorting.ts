// How a table orders its rows: numbers by value, text as readers of the current language expect
// (Intl.Collator: accents, case and digits compared the way people read them), empty values last
// whichever the direction.
import type { SortingFn } from '@tanstack/react-table';

export type SortValue = string | number | null;

export interface SortOrder {
  column: string;
  direction: 'ascending' | 'descending';
}

const collators = new Map<string, Intl.Collator>();

/** One collator per language: making one costs far more than using it. */
export function collatorFor(language: string): Intl.Collator {
  let collator = collators.get(language);
  if (!collator) {
    collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
    collators.set(language, collator);
  }
  return collator;
}

/** Empty values ('' or null) count as absent: TanStack keeps absent values last. */
export const present = (value: SortValue): string | number | undefined =>
  value === null || value === '' ? undefined : value;

/** Compares two present sort values (TanStack reverses the result for a descending sort). */
export function compareValues(a: string | number, b: string | number, collator: Intl.Collator) {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

export function sortingFnFor<R>(collator: Intl.Collator): SortingFn<R> {
  return (x, y, columnId) =>
    compareValues(
      x.getValue<string | number>(columnId),
      y.getValue<string | number>(columnId),
      collator,
    );
}

/** "start.desc" ⇄ { column: 'start', direction: 'descending' }, as the address keeps it. */
export function parseSort(text: string): SortOrder | null {
  const match = /^([\w-]+)\.(asc|desc)$/.exec(text);
  if (!match) return null;
  return { column: match[1]!, direction: match[2] === 'asc' ? 'ascending' : 'descending' };
}

export const formatSort = (order: SortOrder): string =>
  `${order.column}.${order.direction === 'ascending' ? 'asc' : 'desc'}`;
