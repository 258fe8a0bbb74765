// Never-visited Member States over time: a stacked area per region (their sum is the total), under
// the number of Member States that year; the axis runs to all of them, so that 120 visited never
// looks like full coverage.
import { useMemo } from 'react';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { CoverageTrends, NeverVisitedYear } from '../../../../../shared/api/types';
import { pickColumns } from '../../../columns/pick';
import { ChartFigure } from '../../../components/ChartFigure';
import { DataTable } from '../../../components/DataTable';
import { formatDate, t } from '../../../i18n';
import { GRID, SERIES } from '../palette';
import { CHART_HEIGHT, MARGIN, statesTicks, xTitle, yTitle, LEGEND } from './kit';

export function NeverVisitedChart({
  trends,
  height = CHART_HEIGHT,
}: {
  trends: CoverageTrends;
  height?: number;
}) {
  const series = trends.neverVisited;
  const first = series[0]!;
  const last = series.at(-1)!;
  const rows = useMemo(
    () =>
      series.map((y) => ({
        year: y.year,
        memberStates: y.memberStates,
        ...Object.fromEntries(y.byRegion.map((r) => [r.region, r.neverVisited])),
      })),
    [series],
  );
  const columns = useMemo(
    () =>
      pickColumns<NeverVisitedYear, string>({
        year: {
          header: t('col.year'),
          cell: (y) => y.year,
          sortValue: (y) => y.year,
          numeric: true,
        },
        memberStates: {
          header: t('col.memberStates'),
          cell: (y) => y.memberStates,
          sortValue: (y) => y.memberStates,
          numeric: true,
        },
        neverVisited: {
          header: t('col.neverVisited'),
          cell: (y) => y.neverVisited,
          sortValue: (y) => y.neverVisited,
          numeric: true,
        },
        ...Object.fromEntries(
          trends.regions.map((region) => [
            region,
            {
              header: t('chart.neverVisitedIn', { region }),
              cell: (y: NeverVisitedYear) => {
                const r = y.byRegion.find((b) => b.region === region)!;
                return t('chart.ofTotal', { part: r.neverVisited, total: r.memberStates });
              },
              sortValue: (y: NeverVisitedYear) =>
                y.byRegion.find((b) => b.region === region)!.neverVisited,
              numeric: true,
            },
          ]),
        ),
      }),
    [trends.regions],
  );
  const note =
    trends.admissions.length > 0
      ? t('chart.membershipNote', {
          admissions: trends.admissions
            .map((a) => t('chart.admission', { name: a.name, date: formatDate(a.admittedOn) }))
            .join('; '),
        })
      : t('chart.membershipSame');
  return (
    <ChartFigure
      id="never-visited"
      title={t('chart.neverVisitedTitle')}
      summary={t('chart.neverVisitedSummary', {
        from: first.year,
        to: last.year,
        firstNever: first.neverVisited,
        firstMembers: first.memberStates,
        never: last.neverVisited,
        members: last.memberStates,
      })}
      note={note}
      chart={
        <ResponsiveContainer width="100%" height={height}>
          <ComposedChart data={rows} margin={MARGIN} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" stroke={GRID} />
            <XAxis dataKey="year" label={xTitle(t('col.year'))} />
            <YAxis
              domain={[0, last.memberStates]}
              ticks={statesTicks(last.memberStates)}
              allowDecimals={false}
              label={yTitle(t('chart.memberStatesAxis'))}
            />
            <Tooltip />
            <Legend {...LEGEND} />
            {trends.regions.map((region, i) => (
              <Area
                key={region}
                type="stepAfter"
                dataKey={region}
                name={t('chart.neverVisitedIn', { region })}
                stackId="never"
                stroke={SERIES[i % SERIES.length]}
                fill={SERIES[i % SERIES.length]}
                fillOpacity={0.55}
                isAnimationActive={false}
              />
            ))}
            <Line
              type="stepAfter"
              dataKey="memberStates"
              name={t('chart.memberStatesThatYear')}
              stroke="#1b2733"
              strokeDasharray="6 3"
              dot={false}
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      }
      table={
        <DataTable
          caption={t('chart.neverVisitedTitle')}
          columns={columns}
          rows={series}
          rowKey={(y) => String(y.year)}
          initialSort={{ column: 'year', direction: 'descending' }}
        />
      }
    />
  );
}
