// The one table of the app: sortable columns (click or Enter on a header, announced with
// aria-sort) and, when `onOpen` is given, rows that open with a click or Enter.
import { useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { t } from '../i18n';

export type SortValue = string | number | null;

export interface Column<R> {
  id: string;
  header: string;
  cell: (row: R) => ReactNode;
  /** The value to sort by; a column without one is not sortable. */
  sortValue?: (row: R) => SortValue;
  numeric?: boolean;
}

export interface SortOrder {
  column: string;
  direction: 'ascending' | 'descending';
}

interface DataTableProps<R> {
  caption: string;
  columns: Column<R>[];
  rows: R[];
  rowKey: (row: R) => string;
  initialSort?: SortOrder;
  onOpen?: (row: R) => void;
}

/** Empty values sort last in both directions; text compares the way people read it. */
function compare(a: SortValue, b: SortValue): number {
  if (a === b) return 0;
  if (a === null || a === '') return 1;
  if (b === null || b === '') return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), undefined, { sensitivity: 'base', numeric: true });
}

function sortRows<R>(rows: R[], columns: Column<R>[], order: SortOrder | null): R[] {
  const sortValue = columns.find((c) => c.id === order?.column)?.sortValue;
  if (!order || !sortValue) return rows;
  const sign = order.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((x, y) => {
    const a = sortValue(x);
    const b = sortValue(y);
    if (a === null || b === null) return compare(a, b);
    return sign * compare(a, b);
  });
}

export function DataTable<R>({ caption, columns, rows, rowKey, initialSort, onOpen }: DataTableProps<R>) {
  const [order, setOrder] = useState<SortOrder | null>(initialSort ?? null);
  const sorted = useMemo(() => sortRows(rows, columns, order), [rows, columns, order]);

  const toggle = (column: string) =>
    setOrder((o) => ({ column, direction: o?.column === column && o.direction === 'ascending' ? 'descending' : 'ascending' }));

  const openOnEnter = (row: R) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' && onOpen) onOpen(row);
  };

  return (
    <div className="table-wrap">
      <table className={onOpen ? 'data-table openable' : 'data-table'}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => {
              const sort = order?.column === c.id ? order.direction : undefined;
              return (
                <th key={c.id} scope="col" aria-sort={c.sortValue ? (sort ?? 'none') : undefined} className={c.numeric ? 'numeric' : undefined}>
                  {c.sortValue ? (
                    <button type="button" className="sort-button" onClick={() => toggle(c.id)}>
                      {c.header}
                      <span className="sort-icon" aria-hidden="true">
                        {sort === 'ascending' ? '▲' : sort === 'descending' ? '▼' : '↕'}
                      </span>
                    </button>
                  ) : (
                    c.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr
              key={rowKey(row)}
              {...(onOpen ? { tabIndex: 0, onClick: () => onOpen(row), onKeyDown: openOnEnter(row), title: t('table.openRow') } : {})}
            >
              {columns.map((c) => (
                <td key={c.id} className={c.numeric ? 'numeric' : undefined}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
