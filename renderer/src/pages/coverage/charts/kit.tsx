// What every coverage chart shares: the frame of a cartesian chart (grid, tooltip, legend), axis
// titles and margins that leave room for them, the table of figures by year, and numbers. A chart
// states only its data, axes and series.
import type { ReactNode } from 'react';
import {
  BarChart,
  CartesianGrid,
  ComposedChart,
  Legend,
  LineChart,
  ResponsiveContainer,
  Tooltip,
} from 'recharts';
import type { Column } from '../../../components/DataTable';
import { DataTable } from '../../../components/DataTable';
import { EmptyState } from '../../../components/EmptyState';
import { formatNumber, t } from '../../../i18n';
import { GRID, INK_SOFT } from '../palette';

export const CHART_HEIGHT = 300;
export const MARGIN = { top: 8, right: 24, bottom: 28, left: 20 };

/** Legends above the chart, their entries in the order the series are drawn (not alphabetical). */
const LEGEND = { verticalAlign: 'top' as const, itemSorter: () => 0 };

export const xTitle = (value: string) => ({
  value,
  position: 'insideBottom' as const,
  offset: -16,
  fill: INK_SOFT,
});

export const yTitle = (value: string, side: 'left' | 'right' = 'left') => ({
  value,
  angle: side === 'left' ? -90 : 90,
  position: side === 'left' ? ('insideLeft' as const) : ('insideRight' as const),
  style: { textAnchor: 'middle' as const },
  fill: INK_SOFT,
});

/** A share (0–1) as a whole percentage, or a dash. */
export const percent = (share: number | null | undefined): string =>
  share === null || share === undefined
    ? t('common.none')
    : t('common.percent', { value: Math.round(share * 100) });

/** A number of days, or a dash. */
export const days = (n: number | null | undefined): string =>
  n === null || n === undefined ? t('common.none') : t('chart.days', { count: Math.round(n) });

export const whole = (n: number | null | undefined): string =>
  n === null || n === undefined ? t('common.none') : formatNumber(Math.round(n));

/** Ticks for an axis of Member States: even steps up to the total (193), which is always shown. */
export function statesTicks(total: number): number[] {
  const ticks = [];
  for (let n = 0; n < total - 20; n += 50) ticks.push(n);
  return [...ticks, total];
}

const CHARTS = { composed: ComposedChart, line: LineChart, bar: BarChart };

/**
 * A cartesian chart at the width of its figure: the grid, then its `axes`, the tooltip and the
 * legend above, then its `series` (drawn in that order). To assistive technology the chart is one
 * image, named by its figure's summary: recharts' own keyboard layer is off.
 */
export function CartesianFrame<R>({
  kind,
  data,
  height = CHART_HEIGHT,
  margin = MARGIN,
  layout,
  axes,
  children,
}: {
  kind: keyof typeof CHARTS;
  data: R[];
  height?: number;
  margin?: typeof MARGIN;
  layout?: 'horizontal' | 'vertical';
  axes: ReactNode;
  /** The series. */
  children: ReactNode;
}) {
  const Chart = CHARTS[kind];
  return (
    <ResponsiveContainer width="100%" height={height}>
      <Chart data={data} margin={margin} layout={layout} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" stroke={GRID} />
        {axes}
        <Tooltip />
        <Legend {...LEGEND} />
        {children}
      </Chart>
    </ResponsiveContainer>
  );
}

/** A chart's figures year by year, the latest first. */
export function YearTable<R extends { year: number }>({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: Column<R>[];
  rows: R[];
}) {
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={rows}
      rowKey={(r) => String(r.year)}
      initialSort={{ column: 'year', direction: 'descending' }}
    />
  );
}

/** The year column of a chart's table. */
export const yearColumn = <R extends { year: number }>() =>
  numberColumn<R>(t('col.year'), (r) => r.year);

type Figure = number | null | undefined;

/** A column of figures: each row's value, shown as it is or through `show`, and sorted by it. */
export function numberColumn<R>(
  header: string,
  value: (row: R) => Figure,
  show: (value: Figure) => ReactNode = (v) => v,
): Omit<Column<R>, 'id'> {
  return {
    header,
    cell: (row) => show(value(row)),
    sortValue: (row) => value(row) ?? null,
    numeric: true,
  };
}

/** A chart with nothing to draw yet: its title, and why. */
export function EmptyChart({ id, title, message }: { id: string; title: string; message: string }) {
  return (
    <section className="chart" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <EmptyState>{message}</EmptyState>
    </section>
  );
}
