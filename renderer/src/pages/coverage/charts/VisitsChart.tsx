// Visits conducted each year (every kind, advocacy too) and the Member States visited at least
// once by then, on an axis that runs to every Member State.
import { useMemo } from 'react';
import { Bar, Line, XAxis, YAxis } from 'recharts';
import type { CoverageSummary } from '../../../../../shared/api/types';
import { pickColumns } from '../../../columns/pick';
import { ChartFigure } from '../../../components/ChartFigure';
import { t } from '../../../i18n';
import {
  CartesianFrame,
  MARGIN,
  numberColumn,
  statesTicks,
  xTitle,
  yearColumn,
  YearTable,
  yTitle,
} from './kit';

type YearRow = CoverageSummary['byYear'][number];

export function VisitsChart({ summary }: { summary: CoverageSummary }) {
  const byYear = summary.byYear;
  const columns = useMemo(
    () =>
      pickColumns<YearRow, 'year' | 'visits' | 'cumulative'>({
        year: yearColumn(),
        visits: numberColumn(t('col.visitsConducted'), (y) => y.visits),
        cumulative: numberColumn(t('col.statesVisitedCumulative'), (y) => y.visitedCumulative),
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
        <CartesianFrame
          kind="composed"
          data={byYear}
          margin={{ ...MARGIN, right: 32 }}
          axes={
            <>
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
            </>
          }
        >
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
        </CartesianFrame>
      }
      table={<YearTable caption={t('coverage.byYear')} columns={columns} rows={byYear} />}
    />
  );
}
