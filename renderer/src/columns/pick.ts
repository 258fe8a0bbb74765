import type { Column } from '../components/DataTable';

export type ColumnDefs<R, Id extends string> = Record<Id, Omit<Column<R>, 'id'>>;

/** The columns named by `ids`, in that order; all of them, in definition order, without `ids`. */
export function pickColumns<R, Id extends string>(
  defs: ColumnDefs<R, Id>,
  ids?: readonly Id[],
): Column<R>[] {
  return (ids ?? (Object.keys(defs) as Id[])).map((id) => ({ id, ...defs[id] }));
}
