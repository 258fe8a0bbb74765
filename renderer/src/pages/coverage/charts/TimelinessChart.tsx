// Timeliness of reports (OP 11): for each step from the visit to the transmission of the adopted
// report, the days it took, by the year it ended: the median, and the middle half as a band.
import { useMemo } from 'react';
import { Area, Line, XAxis, YAxis } from 'recharts';
import type { CoverageTrends, IntervalKey, TimelinessYear } from '../../../../../shared/api/types';
import { pickColumns } from '../../../columns/pick';
import { ChartFigure } from '../../../components/ChartFigure';
import { t, type MessageKey } from '../../../i18n';
import { SERIES } from '../palette';
import { CartesianFrame, days, EmptyChart, xTitle, yearColumn, YearTable, yTitle } from './kit';

const SHOWN: { key: IntervalKey; label: MessageKey }[] = [
  { key: 'visitToDraft', label: 'chart.interval.visitToDraft' },
  { key: 'draftToAdoption', label: 'chart.interval.draftToAdoption' },
  { key: 'adoptionToTransmission', label: 'chart.interval.adoptionToTransmission' },
];

function spreadText(y: TimelinessYear, key: IntervalKey): string {
  const s = y.intervals[key];
  return s.count === 0
    ? t('common.none')
    : t('chart.spread', {
        median: days(s.median),
        p25: s.p25 ?? '',
        p75: s.p75 ?? '',
        count: s.count,
      });
}

export function TimelinessChart({ trends }: { trends: CoverageTrends }) {
  const series = trends.timeliness;
  const columns = useMemo(
    () =>
      pickColumns<TimelinessYear, string>({
        year: yearColumn(),
        ...Object.fromEntries(
          SHOWN.map(({ key, label }) => [
            key,
            {
              header: t(label),
              cell: (y: TimelinessYear) => spreadText(y, key),
              sortValue: (y: TimelinessYear) => y.intervals[key].median,
              numeric: true,
            },
          ]),
        ),
      }),
    [],
  );
  if (series.length === 0)
    return (
      <EmptyChart
        id="timeliness-empty"
        title={t('chart.timelinessTitle')}
        message={t('chart.timelinessEmpty')}
      />
    );
  const last = [...series].reverse().find((y) => SHOWN.some(({ key }) => y.intervals[key].count));
  return (
    <ChartFigure
      id="timeliness"
      title={t('chart.timelinessTitle')}
      summary={
        last
          ? t('chart.timelinessSummary', {
              year: last.year,
              visitToDraft: days(last.intervals.visitToDraft.median),
              draftToAdoption: days(last.intervals.draftToAdoption.median),
              adoptionToTransmission: days(last.intervals.adoptionToTransmission.median),
            })
          : t('chart.timelinessEmpty')
      }
      note={t('chart.timelinessNote')}
      chart={
        <div className="small-multiples">
          {SHOWN.map(({ key, label }, i) => (
            <div key={key} className="small-multiple">
              <p className="small-multiple-title">{t(label)}</p>
              <CartesianFrame
                kind="composed"
                data={series.map((y) => ({
                  year: y.year,
                  median: y.intervals[key].median,
                  band:
                    y.intervals[key].p25 === null
                      ? null
                      : [y.intervals[key].p25, y.intervals[key].p75],
                }))}
                height={220}
                margin={{ top: 4, right: 8, bottom: 28, left: 12 }}
                axes={
                  <>
                    <XAxis dataKey="year" label={xTitle(t('chart.yearEnded'))} />
                    <YAxis allowDecimals={false} label={yTitle(t('chart.daysAxis'))} />
                  </>
                }
              >
                <Area
                  dataKey="band"
                  name={t('chart.middleHalf')}
                  stroke="none"
                  fill={SERIES[i]}
                  fillOpacity={0.2}
                  connectNulls
                  isAnimationActive={false}
                />
                <Line
                  dataKey="median"
                  name={t('chart.median')}
                  stroke={SERIES[i]}
                  strokeWidth={2}
                  dot={{ r: 2 }}
                  connectNulls
                  isAnimationActive={false}
                />
              </CartesianFrame>
            </div>
          ))}
        </div>
      }
      table={<YearTable caption={t('chart.timelinessTitle')} columns={columns} rows={series} />}
    />
  );
}
