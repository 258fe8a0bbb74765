// The implementation of recommendations over time: the share implemented by priority year after
// year, and the status of every thematic area's recommendations at the end of a chosen year. Also
// the status of one State's recommendations year by year, for its dossier.
import { useMemo, useState } from 'react';
import { Bar, Line, XAxis, YAxis } from 'recharts';
import type { ImplementationOverTime, StatusCounts } from '../../../../../shared/api/types';
import type { RecommendationStatus } from '../../../../../shared/domain/reports';
import { pickColumns } from '../../../columns/pick';
import { ChartFigure } from '../../../components/ChartFigure';
import { DataTable } from '../../../components/DataTable';
import { EmptyState } from '../../../components/EmptyState';
import { t } from '../../../i18n';
import { DASHES, RECOMMENDATION_FILL, SERIES } from '../palette';
import {
  CartesianFrame,
  CHART_HEIGHT,
  MARGIN,
  numberColumn,
  percent,
  xTitle,
  yearColumn,
  YearTable,
  yTitle,
} from './kit';

/** Implemented, then the other statuses from the most to the least advanced. */
const STATUS_ORDER: RecommendationStatus[] = [
  'implemented',
  'partially_implemented',
  'in_progress',
  'not_started',
  'no_information',
  'no_longer_relevant',
];

const implementedShare = (c: StatusCounts | undefined) =>
  c && c.total > 0 ? c.byStatus.implemented / c.total : null;

const statusColumns = <R,>(counts: (r: R) => StatusCounts) =>
  Object.fromEntries(
    STATUS_ORDER.map((status) => [
      status,
      numberColumn(t(`recommendationStatus.${status}`), (r: R) => counts(r).byStatus[status]),
    ]),
  );

function StatusBars({ layout }: { layout: 'horizontal' | 'vertical' }) {
  return STATUS_ORDER.map((status) => (
    <Bar
      key={status}
      dataKey={(r: StatusCounts) => r.byStatus[status]}
      name={t(`recommendationStatus.${status}`)}
      stackId="status"
      fill={RECOMMENDATION_FILL[status]}
      stroke="#ffffff"
      isAnimationActive={false}
      {...(layout === 'vertical' ? { barSize: 14 } : {})}
    />
  ));
}

export function ImplementationByPriority({ data }: { data: ImplementationOverTime }) {
  const rows = useMemo(
    () =>
      data.overall.map((o, i) => ({
        year: o.year,
        overall: share100(implementedShare(o)),
        ...Object.fromEntries(
          data.byPriority.map((p) => [p.priority, share100(implementedShare(p.series[i]))]),
        ),
      })),
    [data],
  );
  const columns = useMemo(
    () =>
      pickColumns<StatusCounts, string>({
        year: yearColumn(),
        total: numberColumn(t('chart.implementation.total'), (o) => o.total),
        overall: numberColumn(t('chart.implementation.shareAll'), implementedShare, percent),
        ...Object.fromEntries(
          data.byPriority.map((p) => [
            p.priority,
            numberColumn(
              t('chart.implementation.sharePriority', { priority: t(`priority.${p.priority}`) }),
              (o: StatusCounts) => implementedShare(p.series.find((s) => s.year === o.year)),
              percent,
            ),
          ]),
        ),
      }),
    [data],
  );
  const last = data.overall.at(-1)!;
  return (
    <ChartFigure
      id="implementation-priority"
      title={t('chart.implementationPriorityTitle')}
      summary={t('chart.implementationPrioritySummary', {
        year: last.year,
        implemented: last.byStatus.implemented,
        total: last.total,
        share: percent(implementedShare(last)),
        shares: data.byPriority
          .map((p) =>
            t('chart.priorityShare', {
              priority: t(`priority.${p.priority}`),
              share: percent(implementedShare(p.series.at(-1))),
            }),
          )
          .join(', '),
      })}
      note={t('chart.implementationNote')}
      chart={
        <CartesianFrame
          kind="line"
          data={rows}
          axes={
            <>
              <XAxis dataKey="year" label={xTitle(t('chart.yearEnd'))} />
              <YAxis
                domain={[0, 100]}
                unit="%"
                label={yTitle(t('chart.implementation.shareAxis'))}
              />
            </>
          }
        >
          <Line
            dataKey="overall"
            name={t('chart.implementation.all')}
            stroke="#1b2733"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
          {data.byPriority.map((p, i) => (
            <Line
              key={p.priority}
              dataKey={p.priority}
              name={t(`priority.${p.priority}`)}
              stroke={SERIES[i]}
              strokeDasharray={DASHES[i + 1]}
              dot={false}
              isAnimationActive={false}
            />
          ))}
        </CartesianFrame>
      }
      table={
        <YearTable
          caption={t('chart.implementationPriorityTitle')}
          columns={columns}
          rows={data.overall}
        />
      }
    />
  );
}

const share100 = (s: number | null) => (s === null ? null : Math.round(s * 1000) / 10);

interface AreaRow extends StatusCounts {
  label: string;
}

export function ImplementationByArea({ data }: { data: ImplementationOverTime }) {
  const years = data.overall.map((o) => o.year);
  const [year, setYear] = useState(years.at(-1)!);
  const rows = useMemo<AreaRow[]>(
    () =>
      data.byArea.map((a) => ({
        label: a.label,
        ...(a.series.find((s) => s.year === year) ?? a.series.at(-1)!),
      })),
    [data, year],
  );
  const columns = useMemo(
    () =>
      pickColumns<AreaRow, string>({
        area: { header: t('col.thematicArea'), cell: (r) => r.label, sortValue: (r) => r.label },
        total: numberColumn(t('chart.implementation.total'), (r) => r.total),
        ...statusColumns<AreaRow>((r) => r),
        share: numberColumn(t('chart.implementation.shareAll'), implementedShare, percent),
      }),
    [],
  );
  const ranked = [...rows]
    .filter((r) => r.total > 0)
    .sort((a, b) => (implementedShare(a) ?? 0) - (implementedShare(b) ?? 0));
  return (
    <ChartFigure
      id="implementation-area"
      title={t('chart.implementationAreaTitle', { year })}
      summary={
        ranked.length
          ? t('chart.implementationAreaSummary', {
              year,
              lowest: ranked[0]!.label,
              lowestShare: percent(implementedShare(ranked[0])),
              highest: ranked.at(-1)!.label,
              highestShare: percent(implementedShare(ranked.at(-1))),
            })
          : t('chart.implementationEmpty')
      }
      controls={
        <div className="filter">
          <label htmlFor="implementation-year">{t('chart.atEndOf')}</label>
          <select
            id="implementation-year"
            value={year}
            onChange={(e) => setYear(Number(e.target.value))}
          >
            {[...years].reverse().map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
      }
      chart={
        <CartesianFrame
          kind="bar"
          data={rows}
          layout="vertical"
          height={Math.max(CHART_HEIGHT, rows.length * 24 + 80)}
          margin={{ ...MARGIN, left: 8 }}
          axes={
            <>
              <XAxis
                type="number"
                allowDecimals={false}
                label={xTitle(t('chart.implementation.count'))}
              />
              <YAxis
                type="category"
                dataKey="label"
                width={230}
                interval={0}
                tick={{ fontSize: 12 }}
              />
            </>
          }
        >
          {StatusBars({ layout: 'vertical' })}
        </CartesianFrame>
      }
      table={
        <DataTable
          caption={t('chart.implementationAreaTitle', { year })}
          columns={columns}
          rows={rows}
          rowKey={(r) => r.label}
          initialSort={{ column: 'area', direction: 'ascending' }}
        />
      }
    />
  );
}

/** One State's recommendations by status at the end of each year (the dossier's chart). */
export function StatusOverTimeChart({
  data,
  stateName,
}: {
  data: ImplementationOverTime;
  stateName: string;
}) {
  const columns = useMemo(
    () =>
      pickColumns<StatusCounts, string>({
        year: yearColumn(),
        total: numberColumn(t('chart.implementation.total'), (o) => o.total),
        ...statusColumns<StatusCounts>((o) => o),
      }),
    [],
  );
  if (data.overall.length === 0) return <EmptyState>{t('chart.stateStatusEmpty')}</EmptyState>;
  const last = data.overall.at(-1)!;
  return (
    <ChartFigure
      id="state-recommendations"
      title={t('chart.stateStatusTitle', { name: stateName })}
      summary={t('chart.stateStatusSummary', {
        name: stateName,
        year: last.year,
        total: last.total,
        statuses: STATUS_ORDER.filter((s) => last.byStatus[s] > 0)
          .map((s) =>
            t('chart.statusCount', {
              count: last.byStatus[s],
              status: t(`recommendationStatus.${s}`),
            }),
          )
          .join(', '),
      })}
      note={t('chart.implementationNote')}
      chart={
        <CartesianFrame
          kind="bar"
          data={data.overall}
          height={260}
          axes={
            <>
              <XAxis dataKey="year" label={xTitle(t('chart.yearEnd'))} />
              <YAxis allowDecimals={false} label={yTitle(t('chart.implementation.count'))} />
            </>
          }
        >
          {StatusBars({ layout: 'horizontal' })}
        </CartesianFrame>
      }
      table={
        <YearTable
          caption={t('chart.stateStatusTitle', { name: stateName })}
          columns={columns}
          rows={data.overall}
        />
      }
    />
  );
}
