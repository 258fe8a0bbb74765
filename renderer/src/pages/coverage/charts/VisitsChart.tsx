// Visits conducted each year (every kind, advocacy too) and the Member States visited at least
// once by then, on an axis that runs to every Member State.
import { useMemo } from 'react';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { CoverageSummary } from '../../../../../shared/api/types';
import { pickColumns } from '../../../columns/pick';
import { ChartFigure } from '../../../components/ChartFigure';
import { DataTable } from '../../../components/DataTable';
import { t } from '../../../i18n';
import { GRID } from '../palette';
import { CHART_HEIGHT, MARGIN, statesTicks, xTitle, yTitle, LEGEND } from './kit';

type YearRow = CoverageSummary['byYear'][number];

export function VisitsChart({ summary }: { summary: CoverageSummary }) {
  const byYear = summary.byYear;
  const columns = useMemo(
    () =>
      pickColumns<YearRow, 'year' | 'visits' | 'cumulative'>({
        year: {
          header: t('col.year'),
          cell: (y) => y.year,
          sortValue: (y) => y.year,
          numeric: true,
        },
        visits: {
          header: t('col.visitsConducted'),
          cell: (y) => y.visits,
          sortValue: (y) => y.visits,
          numeric: true,
        },
        cumulative: {
          header: t('col.statesVisitedCumulative'),
          cell: (y) => y.visitedCumulative,
          sortValue: (y) => y.visitedCumulative,
          numeric: true,
        },
      }),
    [],
  );
  const last = byYear.at(-1)!;
  return (
    <ChartFigure
      id="visits"
      title={t('coverage.byYear')}
      summary={t('chart.coverageSummary', {
        from: byYear[0]!.year,
        to: last.year,
        states: last.visitedCumulative,
        members: summary.memberStates,
      })}
      chart={
        <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
          <ComposedChart data={byYear} margin={{ ...MARGIN, right: 32 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" stroke={GRID} />
            <XAxis dataKey="year" label={xTitle(t('col.year'))} />
            <YAxis yAxisId="visits" allowDecimals={false} label={yTitle(t('chart.visitsAxis'))} />
            <YAxis
              yAxisId="states"
              orientation="right"
              domain={[0, summary.memberStates]}
              ticks={statesTicks(summary.memberStates)}
              allowDecimals={false}
              label={yTitle(t('chart.memberStatesAxis'), 'right')}
            />
            <Tooltip />
            <Legend {...LEGEND} />
            <Bar
              yAxisId="visits"
              dataKey="visits"
              name={t('chart.visitsPerYear')}
              fill="#86b6de"
              isAnimationActive={false}
            />
            <Line
              yAxisId="states"
              dataKey="visitedCumulative"
              name={t('chart.statesVisitedCumulative')}
              stroke="#0b3d6e"
              strokeWidth={2}
              strokeDasharray="6 3"
              dot={{ r: 2 }}
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      }
      table={
        <DataTable
          caption={t('coverage.byYear')}
          columns={columns}
          rows={byYear}
          rowKey={(y) => String(y.year)}
          initialSort={{ column: 'year', direction: 'descending' }}
        />
      }
    />
  );
}
