// The one table of the app: sortable columns (click or Enter on a header, announced with
// aria-sort), rows that open with a click or Enter when `onOpen` is given, and long tables shown
// a page at a time (thousands of rows at once would make the page sluggish).
import { useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { t } from '../i18n';
import { EmptyState } from './EmptyState';

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
  /** How many rows to show at first, and how many more each "Show more" adds. */
  pageSize?: number;
  /** Shown instead of the table when there are no rows (a filter that matches nothing). */
  emptyMessage?: string;
}

const DEFAULT_PAGE_SIZE = 200;

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Empty values sort last in both directions; text compares the way people read it. */
function compare(a: SortValue, b: SortValue, sign: number): number {
  if (a === b) return 0;
  if (a === null || a === '') return 1;
  if (b === null || b === '') return -1;
  return (
    sign *
    (typeof a === 'number' && typeof b === 'number'
      ? a - b
      : collator.compare(String(a), String(b)))
  );
}

function sortRows<R>(rows: R[], columns: Column<R>[], order: SortOrder | null): R[] {
  const sortValue = columns.find((c) => c.id === order?.column)?.sortValue;
  if (!order || !sortValue) return rows;
  const sign = order.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row) => ({ row, key: sortValue(row) }))
    .sort((x, y) => compare(x.key, y.key, sign))
    .map((entry) => entry.row);
}

export function DataTable<R>({
  caption,
  columns,
  rows,
  rowKey,
  initialSort,
  onOpen,
  pageSize = DEFAULT_PAGE_SIZE,
  emptyMessage,
}: DataTableProps<R>) {
  const [order, setOrder] = useState<SortOrder | null>(initialSort ?? null);
  const [limit, setLimit] = useState(pageSize);
  const sorted = useMemo(() => sortRows(rows, columns, order), [rows, columns, order]);
  const visible = sorted.length > limit ? sorted.slice(0, limit) : sorted;

  const toggle = (column: string) =>
    setOrder((o) => ({
      column,
      direction: o?.column === column && o.direction === 'ascending' ? 'descending' : 'ascending',
    }));

  const openOnEnter = (row: R) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' && onOpen) onOpen(row);
  };

  if (rows.length === 0 && emptyMessage !== undefined)
    return <EmptyState>{emptyMessage}</EmptyState>;

  return (
    <div className="table-wrap">
      <table className={onOpen ? 'data-table openable' : 'data-table'}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => {
              const sort = order?.column === c.id ? order.direction : undefined;
              return (
                <th
                  key={c.id}
                  scope="col"
                  aria-sort={c.sortValue ? (sort ?? 'none') : undefined}
                  className={c.numeric ? 'numeric' : undefined}
                >
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
          {visible.map((row) => (
            <tr
              key={rowKey(row)}
              {...(onOpen
                ? {
                    tabIndex: 0,
                    onClick: () => onOpen(row),
                    onKeyDown: openOnEnter(row),
                    title: t('table.openRow'),
                  }
                : {})}
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
      {visible.length < sorted.length && (
        <div className="table-more">
          <span>{t('table.rowsShown', { shown: visible.length, total: sorted.length })}</span>
          <button type="button" onClick={() => setLimit((n) => n + pageSize)}>
            {t('table.showMore', { count: Math.min(pageSize, sorted.length - visible.length) })}
          </button>
        </div>
      )}
    </div>
  );
}
