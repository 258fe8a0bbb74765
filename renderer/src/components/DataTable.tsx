// The one table of the app, on TanStack Table (the sorted row model) and TanStack Virtual (long
// tables render only the rows in view). What every table does:
// - the header row stays on screen: the table scrolls inside its own box, under a sticky header;
// - columns with a sort value sort with a click or Enter on their header (announced with
//   aria-sort), text in the current language's collation, empty values last;
// - the body is one Tab stop: Up, Down, Home, End, Page Up and Page Down move between rows, Left
//   and Right between the cells of the row (mirrored right to left), and Enter activates the link
//   or button of the cell in focus, else opens the row when `onOpen` is given (so does a click).
//   Links and controls in cells are not Tab stops of their own: Enter on a cell with one link or
//   button activates it; on a cell with a field or several controls it goes into the cell, whose
//   controls Tab then moves between, and Escape comes back to the cell;
// - a table longer than VIRTUAL_ABOVE rows is virtualised; it stays a real <table> whose
//   aria-rowcount and aria-rowindex tell screen readers the whole size;
// - `search` adds a search box matching the text the cells show (accents and case ignored);
// - `addressKey` keeps the sort and the search in the address, so that Back and a shared link
//   restore them (two tables on a page take different keys).
import {
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  memo,
  useCallback,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { t, useLanguage } from '../i18n';
import { useQueryParam } from '../router';
import { EmptyState } from './EmptyState';
import {
  collatorFor,
  formatSort,
  parseSort,
  present,
  sortingFnFor,
  type SortOrder,
  type SortValue,
} from './table/sorting';
import { fold, plainText } from './table/text';

export type { SortOrder, SortValue } from './table/sorting';

export interface Column<R> {
  id: string;
  header: string;
  cell: (row: R) => ReactNode;
  /** The value to sort by; a column without one is not sortable. */
  sortValue?: (row: R) => SortValue;
  numeric?: boolean;
  /**
   * The words the cell shows, for the search, where they cannot be read from `cell` (by default:
   * the text of the cell's elements, else the sort value).
   */
  searchText?: (row: R) => string;
}

interface DataTableProps<R> {
  caption: string;
  columns: Column<R>[];
  rows: R[];
  rowKey: (row: R) => string;
  initialSort?: SortOrder;
  onOpen?: (row: R) => void;
  /** Shown instead of the table when there are no rows (a filter that matches nothing). */
  emptyMessage?: string;
  /** A search box above the table, matching the text of its cells. */
  search?: boolean;
  /** The name under which the address keeps this table's sort and search (`NAME.sort`, `NAME.q`). */
  addressKey?: string;
}

/** Tables longer than this render only the rows in view (and a few either side). */
export const VIRTUAL_ABOVE = 200;
/** A row's height before it is measured (one line of text and its padding). */
const ROW_ESTIMATE = 37;
const OVERSCAN = 5;
/** The active "cell" when the row itself has the focus (before Left and Right move into it). */
const ROW_FOCUS = -1;
/** What a click on a row leaves to itself instead of opening the row. */
const CONTROLS = 'a[href], button, input, select, textarea, label, summary, [role="button"]';
/** What in a cell could take the focus: taken out of the Tab order (the cell stands for it). */
const CELL_TAB_STOPS =
  'a[href], button, input, select, textarea, summary, [tabindex]:not(td):not(tr), [role="button"]';
/** Fields that Enter goes into, to type or choose. */
const CELL_FIELDS =
  'input:not([type="checkbox"]):not([type="radio"]):not([type="button"]):not([type="submit"]):not(:disabled), select:not(:disabled), textarea:not(:disabled)';
/** Controls that Enter activates. */
const CELL_ACTIONS =
  'a[href], button:not(:disabled), input[type="checkbox"]:not(:disabled), input[type="radio"]:not(:disabled), summary, [role="button"], [role="link"]';

/** The text of a row's cells, folded for the search. */
function rowText<R>(row: R, columns: Column<R>[]): string {
  return fold(
    columns
      .map((c) => {
        if (c.searchText) return c.searchText(row);
        const text = plainText(c.cell(row));
        if (text !== null) return text;
        const value = c.sortValue?.(row);
        return value === null || value === undefined ? '' : String(value);
      })
      .join('\n'),
  );
}

/** The sort and the search: in the address under `addressKey`, else kept by the table itself. */
function useTableState(addressKey: string | undefined, initialSort: SortOrder | undefined) {
  const [sortParam, setSortParam] = useQueryParam(addressKey ? `${addressKey}.sort` : '');
  const [queryParam, setQueryParam] = useQueryParam(addressKey ? `${addressKey}.q` : '');
  const [ownSort, setOwnSort] = useState<SortOrder | null>(initialSort ?? null);
  const [ownQuery, setOwnQuery] = useState('');
  if (!addressKey)
    return { order: ownSort, setOrder: setOwnSort, query: ownQuery, setQuery: setOwnQuery };
  return {
    order: parseSort(sortParam) ?? initialSort ?? null,
    setOrder: (order: SortOrder) => setSortParam(formatSort(order), 'push'),
    query: queryParam,
    setQuery: (query: string) => setQueryParam(query, 'replace'),
  };
}

interface DataRowProps<R> {
  row: R;
  index: number;
  columns: Column<R>[];
  /** For the active row: which of its cells is the Tab stop (ROW_FOCUS: the row); else null. */
  tabColumn: number | null;
  /** The tooltip of an openable row. */
  openTitle: string | undefined;
  /** The interface's language: what the cells say changes with it. */
  language: string;
}

/**
 * One row of the body. Memoised: while the table scrolls, the rows that stay in view are not
 * rendered again, only those coming into view (clicks are handled once, on the body).
 */
const DataRow = memo(function DataRow<R>({
  row,
  index,
  columns,
  tabColumn,
  openTitle,
}: DataRowProps<R>) {
  // `language` is only compared (by memo): a row is rendered again when the language changes.
  return (
    <tr
      data-index={index}
      aria-rowindex={index + 2}
      tabIndex={tabColumn === ROW_FOCUS ? 0 : -1}
      title={openTitle}
    >
      {columns.map((c, columnIndex) => (
        <td
          key={c.id}
          data-column={columnIndex}
          tabIndex={tabColumn === columnIndex ? 0 : -1}
          className={c.numeric ? 'numeric' : undefined}
        >
          {c.cell(row)}
        </td>
      ))}
    </tr>
  );
}) as <R>(props: DataRowProps<R> & { key: string }) => ReactNode;

export function DataTable<R>({
  caption,
  columns,
  rows,
  rowKey,
  initialSort,
  onOpen,
  emptyMessage,
  search = false,
  addressKey,
}: DataTableProps<R>) {
  const language = useLanguage((s) => s.language);
  const { order, setOrder, query, setQuery } = useTableState(addressKey, initialSort);
  const ids = useId();
  const searchLabelId = `${ids}-search`;
  const hintId = `${ids}-hint`;

  // The search: every row's text, folded once per set of rows (only while a search is typed).
  const searching = search && query.trim() !== '';
  const texts = useMemo(
    () => (searching ? rows.map((row) => rowText(row, columns)) : null),
    // The language changes what the cells say.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [searching, rows, columns, language],
  );
  const found = useMemo(() => {
    if (!texts) return rows;
    const words = fold(query).split(/\s+/).filter(Boolean);
    return rows.filter((_, i) => words.every((word) => texts[i]!.includes(word)));
  }, [rows, texts, query]);

  // TanStack Table sorts.
  const collator = collatorFor(language);
  const defs = useMemo<ColumnDef<R, SortValue | undefined>[]>(() => {
    const sortingFn = sortingFnFor<R>(collator);
    return columns.map((c) => {
      const sortValue = c.sortValue;
      return sortValue
        ? {
            id: c.id,
            accessorFn: (row: R) => present(sortValue(row)),
            enableSorting: true,
            sortingFn,
            sortUndefined: 'last',
          }
        : { id: c.id, enableSorting: false };
    });
  }, [columns, collator]);
  const sortsBy = (o: SortOrder | null | undefined): o is SortOrder =>
    !!o && columns.some((c) => c.id === o.column && c.sortValue);
  // An address naming a column this table does not sort by (an old link) falls back.
  const sortOrder = sortsBy(order) ? order : sortsBy(initialSort) ? initialSort : null;
  const sortColumn = sortOrder?.column ?? null;
  const descending = sortOrder?.direction === 'descending';
  const sorting = useMemo<SortingState>(
    () => (sortColumn ? [{ id: sortColumn, desc: descending }] : []),
    [sortColumn, descending],
  );
  const table = useReactTable({
    data: found,
    columns: defs,
    state: { sorting },
    getRowId: (row) => rowKey(row),
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    enableSortingRemoval: false,
    enableMultiSort: false,
  });
  const sorted = table.getRowModel().rows;
  const count = sorted.length;

  // Long tables: only the rows in view are in the document.
  const scroller = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  const virtual = count > VIRTUAL_ABOVE;
  // A virtualised table's rows are all of one line (styles.css): one row measured gives the size
  // of all, and scrolling never waits for rows to be measured.
  const [rowHeight, setRowHeight] = useState(ROW_ESTIMATE);
  const virtualizer = useVirtualizer({
    count: virtual ? count : 0,
    getScrollElement: () => scroller.current,
    estimateSize: useCallback(() => rowHeight, [rowHeight]),
    overscan: OVERSCAN,
    getItemKey: useCallback((index: number) => sorted[index]?.id ?? index, [sorted]),
  });
  const items = virtual ? virtualizer.getVirtualItems() : [];
  const shown = virtual ? items.map((item) => item.index) : sorted.map((_, i) => i);
  const padTop = virtual && items.length ? items[0]!.start : 0;
  const padBottom =
    virtual && items.length ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;

  useLayoutEffect(() => {
    if (!virtual) return;
    const row = body.current?.querySelector('tr[aria-rowindex]');
    const height = row?.getBoundingClientRect().height;
    if (height && Math.abs(height - rowHeight) > 0.5) setRowHeight(height);
  }, [virtual, rowHeight]);
  useLayoutEffect(() => {
    if (virtual) virtualizer.measure();
  }, [virtual, virtualizer, rowHeight]);

  // The active row, and in it the active cell (ROW_FOCUS: the row itself): the body's one Tab
  // stop, moved by the arrow keys.
  const [active, setActive] = useState(0);
  const [activeColumn, setActiveColumn] = useState(ROW_FOCUS);
  const activeIndex = Math.max(0, Math.min(active, count - 1));
  const tabStop = shown.includes(activeIndex) ? activeIndex : (shown[0] ?? 0);
  const tabColumn = Math.min(activeColumn, columns.length - 1);
  const pendingFocus = useRef<{ index: number; column: number } | null>(null);
  useLayoutEffect(() => {
    // After a move, focus the new active row or cell once it is rendered (a far jump scrolls first).
    const pending = pendingFocus.current;
    if (pending === null) return;
    const row = body.current?.querySelector<HTMLElement>(`tr[data-index="${pending.index}"]`);
    if (row) {
      pendingFocus.current = null;
      const cell =
        pending.column === ROW_FOCUS
          ? null
          : row.querySelector<HTMLElement>(`td[data-column="${pending.column}"]`);
      (cell ?? row).focus();
    }
  });

  // Controls in the cells leave the Tab order to the body's one stop, whatever renders them,
  // except in the cell the user went into with Enter (until the focus leaves it).
  const enteredCell = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    const tbody = body.current;
    if (!tbody) return;
    const untab = () => {
      for (const control of tbody.querySelectorAll<HTMLElement>(CELL_TAB_STOPS))
        if (control.tabIndex !== -1 && !enteredCell.current?.contains(control))
          control.tabIndex = -1;
    };
    untab();
    const observer = new MutationObserver(untab);
    observer.observe(tbody, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);

  const moveTo = useCallback(
    (index: number, column: number) => {
      const to = Math.max(0, Math.min(index, count - 1));
      const toColumn = Math.max(ROW_FOCUS, Math.min(column, columns.length - 1));
      setActive(to);
      setActiveColumn(toColumn);
      pendingFocus.current = { index: to, column: toColumn };
      if (virtual) virtualizer.scrollToIndex(to, { align: 'auto' });
    },
    [count, columns.length, virtual, virtualizer],
  );

  /** The row (and the cell, if it is one) that the focus is on, or null for a control in a cell. */
  const focusedAt = (target: EventTarget) => {
    const element = target as HTMLElement;
    const row = element.closest('tr');
    if (!row?.dataset.index) return null;
    if (element === row) return { row, index: Number(row.dataset.index), column: ROW_FOCUS };
    if (element.tagName === 'TD' && element.dataset.column !== undefined)
      return { row, index: Number(row.dataset.index), column: Number(element.dataset.column) };
    return null;
  };

  const onBodyKey = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    // Keys typed in a control inside a cell are the control's, but Escape goes back to the cell.
    const at = focusedAt(e.target);
    if (!at) {
      const cell = (e.target as HTMLElement).closest<HTMLElement>('td[data-column]');
      if (e.key === 'Escape' && cell) {
        e.preventDefault();
        leaveCell();
        cell.focus();
      }
      return;
    }
    const { index, column } = at;
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 0) / ROW_ESTIMATE) - 2);
    // Right to left, the Left arrow goes on (towards the end of the row) and Right goes back.
    const forward =
      getComputedStyle(e.currentTarget).direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const backward = forward === 'ArrowRight' ? 'ArrowLeft' : 'ArrowRight';
    const target: Record<string, [number, number]> = {
      ArrowDown: [index + 1, column],
      ArrowUp: [index - 1, column],
      PageDown: [index + page, column],
      PageUp: [index - page, column],
      Home: [0, column],
      End: [count - 1, column],
      [forward]: [index, column + 1],
      [backward]: [index, column - 1],
    };
    const move = e.altKey || e.metaKey ? undefined : target[e.key];
    if (move) {
      e.preventDefault();
      moveTo(move[0], move[1]);
    } else if (e.key === 'Enter') {
      // The cell's own field (to type in), link or button first; else the row opens.
      const cell = column === ROW_FOCUS ? null : (e.target as HTMLElement);
      const field = cell?.querySelector<HTMLElement>(CELL_FIELDS);
      const controls = cell ? [...cell.querySelectorAll<HTMLElement>(CELL_ACTIONS)] : [];
      if (cell && (field || controls.length > 1)) {
        e.preventDefault();
        enterCell(cell, field ?? controls[0]!);
      } else if (controls[0]) {
        e.preventDefault();
        controls[0].click();
      } else if (onOpen) {
        e.preventDefault();
        onOpen(sorted[index]!.original);
      }
    }
  };

  /** Goes into a cell: its controls take part in the Tab order until the focus leaves it. */
  const enterCell = (cell: HTMLElement, first: HTMLElement) => {
    enteredCell.current = cell;
    for (const control of cell.querySelectorAll<HTMLElement>(CELL_TAB_STOPS)) control.tabIndex = 0;
    first.focus();
  };

  const leaveCell = () => {
    const cell = enteredCell.current;
    enteredCell.current = null;
    for (const control of cell?.querySelectorAll<HTMLElement>(CELL_TAB_STOPS) ?? [])
      control.tabIndex = -1;
  };

  const onBodyBlur = (e: FocusEvent<HTMLTableSectionElement>) => {
    const cell = enteredCell.current;
    if (cell && !cell.contains(e.relatedTarget as Node | null)) leaveCell();
  };

  const onBodyClick = (e: MouseEvent<HTMLTableSectionElement>) => {
    // A link or a button in a cell does its own thing; a click elsewhere on a row opens it.
    const target = e.target as HTMLElement;
    const row = target.closest<HTMLElement>('tr[data-index]');
    if (!row || !onOpen || target.closest(CONTROLS)) return;
    const index = Number(row.dataset.index);
    setActive(index);
    onOpen(sorted[index]!.original);
  };

  const onBodyFocus = (e: FocusEvent<HTMLTableSectionElement>) => {
    // A click or Tab onto a row or a cell makes it the active one (and the Tab stop).
    const at = focusedAt(e.target);
    if (!at) return;
    if (at.index !== active) setActive(at.index);
    if (at.column !== activeColumn) setActiveColumn(at.column);
  };

  const toggle = (column: string) =>
    setOrder({
      column,
      direction:
        sortOrder?.column === column && sortOrder.direction === 'ascending'
          ? 'descending'
          : 'ascending',
    });

  const openTitle = onOpen ? t('table.openRow') : undefined;

  if (rows.length === 0 && emptyMessage !== undefined)
    return <EmptyState>{emptyMessage}</EmptyState>;

  const searchBox = search && (
    <div className="filters table-search" role="search" aria-labelledby={searchLabelId}>
      <label className="filter">
        <span id={searchLabelId}>
          {t('table.search')}
          <span className="visually-hidden"> {caption}</span>
        </span>
        <input
          type="search"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
        />
      </label>
      <p className="result-count" role="status">
        {searching ? t('table.matches', { count, total: rows.length }) : ''}
      </p>
    </div>
  );

  return (
    <div className="data-table-block">
      {searchBox}
      {count === 0 && searching ? (
        <EmptyState>{t('table.noMatch', { query: query.trim() })}</EmptyState>
      ) : (
        <div className="table-wrap" ref={scroller}>
          <table
            className={['data-table', onOpen && 'openable', virtual && 'virtual']
              .filter(Boolean)
              .join(' ')}
            aria-rowcount={count + 1}
            aria-describedby={count > 0 ? hintId : undefined}
          >
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr aria-rowindex={1}>
                {columns.map((c) => {
                  const sort = sortOrder?.column === c.id ? sortOrder.direction : undefined;
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
            <tbody
              ref={body}
              onKeyDown={onBodyKey}
              onFocus={onBodyFocus}
              onBlur={onBodyBlur}
              onClick={onOpen ? onBodyClick : undefined}
            >
              {padTop > 0 && (
                <tr className="table-spacer" aria-hidden="true">
                  <td colSpan={columns.length} style={{ height: padTop }} />
                </tr>
              )}
              {shown.map((index) => {
                const row = sorted[index]!;
                return (
                  <DataRow
                    key={row.id}
                    row={row.original}
                    index={index}
                    columns={columns}
                    tabColumn={index === tabStop ? tabColumn : null}
                    openTitle={openTitle}
                    language={language}
                  />
                );
              })}
              {padBottom > 0 && (
                <tr className="table-spacer" aria-hidden="true">
                  <td colSpan={columns.length} style={{ height: padBottom }} />
                </tr>
              )}
            </tbody>
          </table>
          {count > 0 && (
            <p id={hintId} className="visually-hidden">
              {onOpen ? t('table.keysOpen') : t('table.keys')}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
