// Consent: of the requests sent each year, the share granted (of those answered) and the median
// number of days to the reply; everywhere, or in one region.
import { useMemo, useState } from 'react';
import { Bar, Line, XAxis, YAxis } from 'recharts';
import type { ConsentYear, CoverageTrends } from '../../../../../shared/api/types';
import { pickColumns } from '../../../columns/pick';
import { ChartFigure } from '../../../components/ChartFigure';
import { regionName, t } from '../../../i18n';
import {
  CartesianFrame,
  days,
  EmptyChart,
  MARGIN,
  numberColumn,
  percent,
  xTitle,
  yearColumn,
  YearTable,
  yTitle,
} from './kit';

export function ConsentChart({ trends }: { trends: CoverageTrends }) {
  const [region, setRegion] = useState('');
  const series = useMemo(
    () =>
      trends.consent
        .filter((c) => (c.region ?? '') === region)
        .map((c) => ({ ...c, ratePercent: c.rate === null ? null : Math.round(c.rate * 100) })),
    [trends.consent, region],
  );
  const columns = useMemo(
    () =>
      pickColumns<ConsentYear, string>({
        year: yearColumn(),
        requests: numberColumn(t('chart.consent.requests'), (c) => c.requests),
        answered: numberColumn(t('chart.consent.answered'), (c) => c.answered),
        granted: numberColumn(t('chart.consent.granted'), (c) => c.granted),
        rate: numberColumn(t('chart.consent.rate'), (c) => c.rate, percent),
        median: numberColumn(t('chart.consent.medianDays'), (c) => c.medianDaysToReply, days),
      }),
    [],
  );
  if (trends.consent.length === 0)
    return (
      <EmptyChart
        id="consent-empty"
        title={t('chart.consentTitle')}
        message={t('chart.consentEmpty')}
      />
    );
  const answered = series.reduce((n, c) => n + c.answered, 0);
  const granted = series.reduce((n, c) => n + c.granted, 0);
  return (
    <ChartFigure
      id="consent"
      title={t('chart.consentTitle')}
      summary={t('chart.consentSummary', {
        where: region ? regionName(region) : t('coverageMap.allRegions'),
        from: series[0]?.year ?? '',
        to: series.at(-1)?.year ?? '',
        answered,
        granted,
        rate: percent(answered ? granted / answered : null),
      })}
      controls={
        <div className="filter">
          <label htmlFor="consent-region">{t('coverageMap.region')}</label>
          <select id="consent-region" value={region} onChange={(e) => setRegion(e.target.value)}>
            <option value="">{t('coverageMap.allRegions')}</option>
            {trends.regions.map((r) => (
              <option key={r} value={r}>
                {regionName(r)}
              </option>
            ))}
          </select>
        </div>
      }
      chart={
        <CartesianFrame
          kind="composed"
          data={series}
          margin={{ ...MARGIN, right: 32 }}
          axes={
            <>
              <XAxis dataKey="year" label={xTitle(t('chart.consent.yearSent'))} />
              <YAxis
                yAxisId="rate"
                domain={[0, 100]}
                unit="%"
                label={yTitle(t('chart.consent.rate'))}
              />
              <YAxis
                yAxisId="days"
                orientation="right"
                allowDecimals={false}
                label={yTitle(t('chart.consent.medianDays'), 'right')}
              />
            </>
          }
        >
          <Bar
            yAxisId="rate"
            dataKey="ratePercent"
            name={t('chart.consent.rate')}
            fill="#86b6de"
            isAnimationActive={false}
          />
          <Line
            yAxisId="days"
            dataKey="medianDaysToReply"
            name={t('chart.consent.medianDays')}
            stroke="#a4262c"
            strokeWidth={2}
            strokeDasharray="6 3"
            connectNulls
            isAnimationActive={false}
          />
        </CartesianFrame>
      }
      table={<YearTable caption={t('chart.consentTitle')} columns={columns} rows={series} />}
    />
  );
}
