// Visits per year (bars) and the cumulative number of Member States visited (line).
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
import type { CoverageSummary } from '../../../shared/api/types';
import { t } from '../i18n';

export function CoverageChart({ byYear }: { byYear: CoverageSummary['byYear'] }) {
  const last = byYear.at(-1);
  const summary = last
    ? t('chart.coverageSummary', {
        from: byYear[0]!.year,
        to: last.year,
        states: last.visitedCumulative,
      })
    : '';
  return (
    <figure className="chart">
      <div className="chart-area" role="img" aria-label={summary}>
        <ResponsiveContainer width="100%" height={280}>
          <ComposedChart data={byYear} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#d5dde5" />
            <XAxis dataKey="year" />
            <YAxis yAxisId="visits" allowDecimals={false} />
            <YAxis yAxisId="states" orientation="right" allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Bar
              yAxisId="visits"
              dataKey="visits"
              name={t('chart.visitsPerYear')}
              fill="#4f8fc0"
              isAnimationActive={false}
            />
            <Line
              yAxisId="states"
              dataKey="visitedCumulative"
              name={t('chart.statesVisitedCumulative')}
              stroke="#1d3f6e"
              strokeWidth={2}
              strokeDasharray="6 3"
              dot={{ r: 2 }}
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <figcaption>{summary}</figcaption>
    </figure>
  );
}
