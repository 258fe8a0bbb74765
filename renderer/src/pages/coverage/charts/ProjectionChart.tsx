// The projection to full coverage: how many States remain never visited year after year, at a
// capacity and a share kept for never-visited States that the user can change (defaults from the
// latest list), with the expected consent rate and the best and worst years' as bounds.
import { useMemo, useState } from 'react';
import { Line, XAxis, YAxis } from 'recharts';
import type { CoverageTrends, ProjectionDefaults } from '../../../../../shared/api/types';
import { projectCoverage, type Projection } from '../../../../../shared/domain/coverage';
import { pickColumns } from '../../../columns/pick';
import { ChartFigure } from '../../../components/ChartFigure';
import { DataTable } from '../../../components/DataTable';
import { t } from '../../../i18n';
import { NumberInput } from '../../planning/NumberInput';
import {
  CartesianFrame,
  numberColumn,
  percent,
  statesTicks,
  whole,
  xTitle,
  yearColumn,
  yTitle,
} from './kit';

/** The chart stops this many years after the as-of year, however far the slowest case goes. */
const SHOWN_YEARS = 40;

type Scenario = 'expected' | 'optimistic' | 'pessimistic';
const SCENARIOS: Scenario[] = ['expected', 'optimistic', 'pessimistic'];

interface Row {
  year: number;
  history?: number;
  expected?: number;
  optimistic?: number;
  pessimistic?: number;
}

export interface ProjectionResult {
  capacity: number;
  share: number;
  projections: Record<Scenario, Projection>;
}

export function useProjection(defaults: ProjectionDefaults, capacity: number, share: number) {
  return useMemo<ProjectionResult>(
    () => ({
      capacity,
      share,
      projections: Object.fromEntries(
        SCENARIOS.map((s) => [
          s,
          projectCoverage({
            neverVisited: defaults.neverVisited,
            fromYear: defaults.fromYear,
            capacity,
            reservedShare: share,
            consentRate: defaults.consentRate[s],
          }),
        ]),
      ) as Record<Scenario, Projection>,
    }),
    [defaults, capacity, share],
  );
}

/** "2041", or "not within a century" when it cannot be reached. */
export const yearOrNever = (year: number | null) =>
  year === null ? t('chart.notReached') : String(year);

function defaultsNote(d: ProjectionDefaults): string {
  const capacity =
    d.capacity.source === 'list'
      ? t('chart.capacityFromList', { year: d.capacity.listYear ?? '' })
      : d.capacity.source === 'history'
        ? t('chart.capacityFromHistory')
        : t('chart.noDefault');
  const share =
    d.reservedShare.source === 'list'
      ? t('chart.shareFromList', { year: d.reservedShare.listYear ?? '' })
      : d.reservedShare.source === 'history'
        ? t('chart.shareFromHistory')
        : t('chart.noDefault');
  const rate =
    d.consentRate.expected === null
      ? t('chart.noConsentReplies')
      : t('chart.consentRates', {
          from: d.consentRate.fromYear ?? '',
          to: d.consentRate.toYear ?? '',
          expected: percent(d.consentRate.expected),
          optimistic: percent(d.consentRate.optimistic),
          pessimistic: percent(d.consentRate.pessimistic),
        });
  return [
    t('chart.capacityDefault', { source: capacity }),
    t('chart.shareDefault', { source: share }),
    rate,
  ].join(' ');
}

export function ProjectionChart({ trends }: { trends: CoverageTrends }) {
  const d = trends.projection;
  const [capacity, setCapacity] = useState(d.capacity.value);
  const [sharePercent, setSharePercent] = useState(Math.round(d.reservedShare.value * 100));
  const result = useProjection(d, capacity, sharePercent / 100);
  const { projections: p } = result;

  const rows = useMemo(() => {
    const byYear = new Map<number, Row>();
    const row = (year: number) => byYear.get(year) ?? byYear.set(year, { year }).get(year)!;
    for (const y of trends.neverVisited) row(y.year).history = y.neverVisited;
    for (const s of SCENARIOS)
      for (const r of p[s].remaining)
        if (r.year <= d.fromYear - 1 + SHOWN_YEARS)
          row(r.year)[s] = Math.round(r.remaining * 10) / 10;
    return [...byYear.values()].sort((a, b) => a.year - b.year);
  }, [trends.neverVisited, p, d.fromYear]);

  const tableRows = rows.filter((r) => r.year >= d.fromYear);
  const columns = useMemo(
    () =>
      pickColumns<Row, 'year' | Scenario>({
        year: yearColumn(),
        expected: numberColumn(t('chart.projection.expected'), (r) => r.expected, whole),
        optimistic: numberColumn(t('chart.projection.optimistic'), (r) => r.optimistic, whole),
        pessimistic: numberColumn(t('chart.projection.pessimistic'), (r) => r.pessimistic, whole),
      }),
    [],
  );
  const members = trends.neverVisited.at(-1)?.memberStates ?? 193;
  const summary =
    d.neverVisited === 0
      ? t('chart.projectionComplete')
      : d.consentRate.expected === null
        ? t('chart.projectionNoRate')
        : t('chart.projectionSummary', {
            capacity,
            share: sharePercent,
            rate: percent(d.consentRate.expected),
            year: yearOrNever(p.expected.fullCoverageYear),
            optimistic: yearOrNever(p.optimistic.fullCoverageYear),
            pessimistic: yearOrNever(p.pessimistic.fullCoverageYear),
          });

  return (
    <ChartFigure
      id="projection"
      title={t('chart.projectionTitle')}
      summary={summary}
      note={defaultsNote(d)}
      controls={
        <>
          <div className="filter">
            <label htmlFor="projection-capacity">{t('chart.capacity')}</label>
            <NumberInput
              id="projection-capacity"
              value={capacity}
              min={0}
              max={500}
              onChange={(v) => v !== undefined && setCapacity(v)}
            />
          </div>
          <div className="filter">
            <label htmlFor="projection-share">{t('chart.reservedShare')}</label>
            <NumberInput
              id="projection-share"
              value={sharePercent}
              min={0}
              max={100}
              onChange={(v) => v !== undefined && setSharePercent(v)}
            />
          </div>
          <p className="projection-result" aria-live="polite">
            {t('chart.fullCoverageBy', { year: yearOrNever(p.expected.fullCoverageYear) })}
          </p>
        </>
      }
      chart={
        <CartesianFrame
          kind="line"
          data={rows}
          axes={
            <>
              <XAxis
                dataKey="year"
                type="number"
                domain={['dataMin', 'dataMax']}
                label={xTitle(t('col.year'))}
              />
              <YAxis
                domain={[0, members]}
                ticks={statesTicks(members)}
                allowDecimals={false}
                label={yTitle(t('chart.neverVisitedAxis'))}
              />
            </>
          }
        >
          <Line
            dataKey="history"
            name={t('chart.projection.history')}
            stroke="#1b2733"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
          <Line
            dataKey="optimistic"
            name={t('chart.projection.optimistic')}
            stroke="#1e6b35"
            strokeDasharray="2 3"
            dot={false}
            isAnimationActive={false}
          />
          <Line
            dataKey="expected"
            name={t('chart.projection.expected')}
            stroke="#0b5394"
            strokeWidth={2}
            strokeDasharray="8 4"
            dot={false}
            isAnimationActive={false}
          />
          <Line
            dataKey="pessimistic"
            name={t('chart.projection.pessimistic')}
            stroke="#a4262c"
            strokeDasharray="2 3"
            dot={false}
            isAnimationActive={false}
          />
        </CartesianFrame>
      }
      table={
        <DataTable
          caption={t('chart.projectionTitle')}
          columns={columns}
          rows={tableRows}
          rowKey={(r) => String(r.year)}
          initialSort={{ column: 'year', direction: 'ascending' }}
          emptyMessage={t('chart.projectionComplete')}
        />
      }
    />
  );
}
