// Consent: of the requests sent each year, the share granted (of those answered) and the median
// number of days to the reply; everywhere, or in one region.
import { useMemo, useState } from 'react';
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
import type { ConsentYear, CoverageTrends } from '../../../../../shared/api/types';
import { pickColumns } from '../../../columns/pick';
import { ChartFigure } from '../../../components/ChartFigure';
import { DataTable } from '../../../components/DataTable';
import { EmptyState } from '../../../components/EmptyState';
import { t } from '../../../i18n';
import { GRID } from '../palette';
import { CHART_HEIGHT, days, MARGIN, percent, xTitle, yTitle, LEGEND } from './kit';

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
        year: {
          header: t('col.year'),
          cell: (c) => c.year,
          sortValue: (c) => c.year,
          numeric: true,
        },
        requests: {
          header: t('chart.consent.requests'),
          cell: (c) => c.requests,
          sortValue: (c) => c.requests,
          numeric: true,
        },
        answered: {
          header: t('chart.consent.answered'),
          cell: (c) => c.answered,
          sortValue: (c) => c.answered,
          numeric: true,
        },
        granted: {
          header: t('chart.consent.granted'),
          cell: (c) => c.granted,
          sortValue: (c) => c.granted,
          numeric: true,
        },
        rate: {
          header: t('chart.consent.rate'),
          cell: (c) => percent(c.rate),
          sortValue: (c) => c.rate,
          numeric: true,
        },
        median: {
          header: t('chart.consent.medianDays'),
          cell: (c) => days(c.medianDaysToReply),
          sortValue: (c) => c.medianDaysToReply,
          numeric: true,
        },
      }),
    [],
  );
  if (trends.consent.length === 0)
    return (
      <section className="chart" aria-labelledby="consent-empty">
        <h3 id="consent-empty">{t('chart.consentTitle')}</h3>
        <EmptyState>{t('chart.consentEmpty')}</EmptyState>
      </section>
    );
  const answered = series.reduce((n, c) => n + c.answered, 0);
  const granted = series.reduce((n, c) => n + c.granted, 0);
  return (
    <ChartFigure
      id="consent"
      title={t('chart.consentTitle')}
      summary={t('chart.consentSummary', {
        where: region || t('coverageMap.allRegions'),
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
                {r}
              </option>
            ))}
          </select>
        </div>
      }
      chart={
        <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
          <ComposedChart data={series} margin={{ ...MARGIN, right: 32 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" stroke={GRID} />
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
            <Tooltip />
            <Legend {...LEGEND} />
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
          </ComposedChart>
        </ResponsiveContainer>
      }
      table={
        <DataTable
          caption={t('chart.consentTitle')}
          columns={columns}
          rows={series}
          rowKey={(c) => String(c.year)}
          initialSort={{ column: 'year', direction: 'descending' }}
        />
      }
    />
  );
}
