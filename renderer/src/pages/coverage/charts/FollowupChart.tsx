// OP 16 follow-up compliance: the reports to the Committee that fell due each year (12 months after
// an initial assessment report's adoption), submitted on time, late, or still overdue; and those
// not yet due.
import { useMemo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { CoverageTrends, FollowupComplianceYear } from '../../../../../shared/api/types';
import { pickColumns } from '../../../columns/pick';
import { ChartFigure } from '../../../components/ChartFigure';
import { DataTable } from '../../../components/DataTable';
import { EmptyState } from '../../../components/EmptyState';
import { t } from '../../../i18n';
import { GRID } from '../palette';
import { CHART_HEIGHT, MARGIN, percent, xTitle, yTitle, LEGEND } from './kit';

const PARTS = [
  { key: 'onTime', fill: '#1e6b35', label: 'chart.followups.onTime' },
  { key: 'late', fill: '#d9822b', label: 'chart.followups.late' },
  { key: 'overdue', fill: '#a4262c', label: 'chart.followups.overdue' },
  { key: 'notYetDue', fill: '#c9d4de', label: 'chart.followups.notYetDue' },
] as const;

export function FollowupChart({
  trends,
  height = CHART_HEIGHT,
}: {
  trends: CoverageTrends;
  height?: number;
}) {
  const series = trends.followups;
  const columns = useMemo(
    () =>
      pickColumns<FollowupComplianceYear, string>({
        year: {
          header: t('col.year'),
          cell: (y) => y.year,
          sortValue: (y) => y.year,
          numeric: true,
        },
        due: {
          header: t('chart.followups.due'),
          cell: (y) => y.due,
          sortValue: (y) => y.due,
          numeric: true,
        },
        ...Object.fromEntries(
          PARTS.map((part) => [
            part.key,
            {
              header: t(part.label),
              cell: (y: FollowupComplianceYear) => y[part.key],
              sortValue: (y: FollowupComplianceYear) => y[part.key],
              numeric: true,
            },
          ]),
        ),
        shareOnTime: {
          header: t('chart.followups.shareOnTime'),
          cell: (y) => percent(y.due ? y.onTime / y.due : null),
          sortValue: (y) => (y.due ? y.onTime / y.due : null),
          numeric: true,
        },
      }),
    [],
  );
  if (series.length === 0)
    return (
      <section className="chart" aria-labelledby="followups-empty">
        <h3 id="followups-empty">{t('chart.followupsTitle')}</h3>
        <EmptyState>{t('chart.followupsEmpty')}</EmptyState>
      </section>
    );
  const due = series.reduce((n, y) => n + y.due, 0);
  const onTime = series.reduce((n, y) => n + y.onTime, 0);
  const overdue = series.reduce((n, y) => n + y.overdue, 0);
  return (
    <ChartFigure
      id="followups"
      title={t('chart.followupsTitle')}
      summary={t('chart.followupsSummary', {
        due,
        onTime,
        share: percent(due ? onTime / due : null),
        overdue,
      })}
      chart={
        <ResponsiveContainer width="100%" height={height}>
          <BarChart data={series} margin={MARGIN} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" stroke={GRID} />
            <XAxis dataKey="year" label={xTitle(t('chart.followups.yearDue'))} />
            <YAxis allowDecimals={false} label={yTitle(t('chart.followups.reports'))} />
            <Tooltip />
            <Legend {...LEGEND} />
            {PARTS.map((part) => (
              <Bar
                key={part.key}
                dataKey={part.key}
                name={t(part.label)}
                stackId="op16"
                fill={part.fill}
                stroke="#ffffff"
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <DataTable
          caption={t('chart.followupsTitle')}
          columns={columns}
          rows={series}
          rowKey={(y) => String(y.year)}
          initialSort={{ column: 'year', direction: 'descending' }}
        />
      }
    />
  );
}
