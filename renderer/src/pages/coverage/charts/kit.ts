// What every coverage chart shares: axis titles, margins that leave room for them, and numbers.
import { formatNumber, t } from '../../../i18n';
import { INK_SOFT } from '../palette';

export const CHART_HEIGHT = 300;
export const MARGIN = { top: 8, right: 24, bottom: 28, left: 20 };

/** Legends above the chart, their entries in the order the series are drawn (not alphabetical). */
export const LEGEND = { verticalAlign: 'top' as const, itemSorter: () => 0 };

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
