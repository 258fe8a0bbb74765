// OP 16 follow-up compliance: the reports to the Committee that fell due each year (12 months after
// an initial assessment report's adoption), submitted on time, late, or still overdue; and those
// not yet due.
import { useMemo } from 'react';
import { Bar, XAxis, YAxis } from 'recharts';
import type { CoverageTrends, FollowupComplianceYear } from '../../../../../shared/api/types';
import { pickColumns } from '../../../columns/pick';
import { ChartFigure } from '../../../components/ChartFigure';
import { t } from '../../../i18n';
import {
  CartesianFrame,
  CHART_HEIGHT,
  EmptyChart,
  numberColumn,
  percent,
  xTitle,
  yearColumn,
  YearTable,
  yTitle,
} from './kit';

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
        year: yearColumn(),
        due: numberColumn(t('chart.followups.due'), (y) => y.due),
        ...Object.fromEntries(
          PARTS.map((part) => [
            part.key,
            numberColumn(t(part.label), (y: FollowupComplianceYear) => y[part.key]),
          ]),
        ),
        shareOnTime: numberColumn(
          t('chart.followups.shareOnTime'),
          (y) => (y.due ? y.onTime / y.due : null),
          percent,
        ),
      }),
    [],
  );
  if (series.length === 0)
    return (
      <EmptyChart
        id="followups-empty"
        title={t('chart.followupsTitle')}
        message={t('chart.followupsEmpty')}
      />
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
        <CartesianFrame
          kind="bar"
          data={series}
          height={height}
          axes={
            <>
              <XAxis dataKey="year" label={xTitle(t('chart.followups.yearDue'))} />
              <YAxis allowDecimals={false} label={yTitle(t('chart.followups.reports'))} />
            </>
          }
        >
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
        </CartesianFrame>
      }
      table={<YearTable caption={t('chart.followupsTitle')} columns={columns} rows={series} />}
    />
  );
}
