// Never-visited Member States over time: a stacked area per region (their sum is the total), under
// the number of Member States that year; the axis runs to all of them, so that 120 visited never
// looks like full coverage.
import { useMemo } from 'react';
import { Area, Line, XAxis, YAxis } from 'recharts';
import type { CoverageTrends, NeverVisitedYear } from '../../../../../shared/api/types';
import { pickColumns } from '../../../columns/pick';
import { ChartFigure } from '../../../components/ChartFigure';
import { formatDate, regionName, t } from '../../../i18n';
import { SERIES } from '../palette';
import {
  CartesianFrame,
  CHART_HEIGHT,
  numberColumn,
  statesTicks,
  xTitle,
  yearColumn,
  YearTable,
  yTitle,
} from './kit';

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
        year: yearColumn(),
        memberStates: numberColumn(t('col.memberStates'), (y) => y.memberStates),
        neverVisited: numberColumn(t('col.neverVisited'), (y) => y.neverVisited),
        ...Object.fromEntries(
          trends.regions.map((region) => [
            region,
            {
              header: t('chart.neverVisitedIn', { region: regionName(region) }),
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
        <CartesianFrame
          kind="composed"
          data={rows}
          height={height}
          axes={
            <>
              <XAxis dataKey="year" label={xTitle(t('col.year'))} />
              <YAxis
                domain={[0, last.memberStates]}
                ticks={statesTicks(last.memberStates)}
                allowDecimals={false}
                label={yTitle(t('chart.memberStatesAxis'))}
              />
            </>
          }
        >
          {trends.regions.map((region, i) => (
            <Area
              key={region}
              type="stepAfter"
              dataKey={region}
              name={t('chart.neverVisitedIn', { region: regionName(region) })}
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
        </CartesianFrame>
      }
      table={<YearTable caption={t('chart.neverVisitedTitle')} columns={columns} rows={series} />}
    />
  );
}
