// Coverage (OP 11, OP 14): the key figures, the world map of coverage (replayable year by year, with
// its table), and the charts over time: never visited, the projection to full coverage, follow-up
// compliance, consent, timeliness of reports and the implementation of recommendations.
import { useMemo } from 'react';
import type { CoverageSummary } from '../../../../shared/api/types';
import { call } from '../../api/client';
import { pickColumns } from '../../columns/pick';
import { AsyncView } from '../../components/AsyncView';
import { DataPage } from '../../components/DataPage';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { Facts } from '../../components/Facts';
import { useApi, useAsync } from '../../data/useAsync';
import { formatDate, formatNumber, regionName, t } from '../../i18n';
import { ConsentChart } from './charts/ConsentChart';
import { FollowupChart } from './charts/FollowupChart';
import { ImplementationByArea, ImplementationByPriority } from './charts/ImplementationCharts';
import { NeverVisitedChart } from './charts/NeverVisitedChart';
import { ProjectionChart } from './charts/ProjectionChart';
import { TimelinessChart } from './charts/TimelinessChart';
import { VisitsChart } from './charts/VisitsChart';
import { MapSection } from './map/MapSection';
import { useDocumentTitle } from '../../layout/useDocumentTitle';

type RegionRow = CoverageSummary['byRegion'][number];

const share = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((100 * part) / whole));

/** How many Member States there are, and how many have been visited or never. */
export const coverageFigures = (c: CoverageSummary): [string, string][] => [
  [t('stats.memberStates'), formatNumber(c.memberStates)],
  [t('stats.visitedOnce'), formatNumber(c.visitedOnce)],
  [t('stats.neverVisited'), formatNumber(c.neverVisited)],
];

async function loadCoverage() {
  const [summary, map, trends] = await Promise.all([
    call('coverage.summary', {}),
    call('coverage.map', {}),
    call('coverage.trends', {}),
  ]);
  return { summary, map, trends };
}
type Coverage = Awaited<ReturnType<typeof loadCoverage>>;

export function CoveragePage() {
  useDocumentTitle(t('coverage.title'));
  const coverage = useAsync(loadCoverage, 'coverage');
  return (
    <DataPage title={t('coverage.title')} intro={t('coverage.intro')} state={coverage}>
      {(c) => <CoverageReport c={c} />}
    </DataPage>
  );
}

function CoverageReport({ c }: { c: Coverage }) {
  const visited = c.summary.byYear.length > 0;
  return (
    <>
      <section aria-labelledby="coverage-figures">
        <h2 id="coverage-figures">{t('coverage.asOf', { date: formatDate(c.summary.asOf) })}</h2>
        <Facts variant="stats" items={coverageFigures(c.summary)} />
      </section>
      <section aria-labelledby="coverage-map-heading">
        <h2 id="coverage-map-heading">{t('coverage.map')}</h2>
        <MapSection data={c.map} />
      </section>
      <section aria-labelledby="coverage-regions">
        <h2 id="coverage-regions">{t('coverage.byRegion')}</h2>
        <RegionTable summary={c.summary} />
      </section>
      <section aria-labelledby="coverage-over-time">
        <h2 id="coverage-over-time">{t('coverage.overTime')}</h2>
        {visited ? (
          <>
            <NeverVisitedChart trends={c.trends} />
            <ProjectionChart trends={c.trends} />
            <VisitsChart summary={c.summary} />
          </>
        ) : (
          <EmptyState>{t('coverage.noVisits')}</EmptyState>
        )}
      </section>
      <section aria-labelledby="coverage-cycle">
        <h2 id="coverage-cycle">{t('coverage.cycle')}</h2>
        <FollowupChart trends={c.trends} />
        <ConsentChart trends={c.trends} />
        <TimelinessChart trends={c.trends} />
      </section>
      <section aria-labelledby="coverage-implementation">
        <h2 id="coverage-implementation">{t('coverage.implementation')}</h2>
        <Implementation />
      </section>
    </>
  );
}

/** Loaded apart: it reads every recommendation's history, and the rest of the page need not wait. */
function Implementation() {
  const data = useApi('coverage.implementation', {});
  return (
    <AsyncView
      state={data}
      empty={{ when: (d) => d.overall.length === 0, message: t('chart.implementationEmpty') }}
    >
      {(d) => (
        <>
          <ImplementationByPriority data={d} />
          <ImplementationByArea data={d} />
        </>
      )}
    </AsyncView>
  );
}

function RegionTable({ summary }: { summary: CoverageSummary }) {
  const columns = useMemo(
    () =>
      pickColumns<RegionRow, 'region' | 'memberStates' | 'visited' | 'neverVisited' | 'share'>({
        region: {
          header: t('col.region'),
          cell: (r) => regionName(r.region),
          sortValue: (r) => regionName(r.region),
        },
        memberStates: {
          header: t('col.memberStates'),
          cell: (r) => r.memberStates,
          sortValue: (r) => r.memberStates,
          numeric: true,
        },
        visited: {
          header: t('col.visitedOnce'),
          cell: (r) => r.memberStates - r.neverVisited,
          sortValue: (r) => r.memberStates - r.neverVisited,
          numeric: true,
        },
        neverVisited: {
          header: t('col.neverVisited'),
          cell: (r) => r.neverVisited,
          sortValue: (r) => r.neverVisited,
          numeric: true,
        },
        share: {
          header: t('col.shareVisited'),
          cell: (r) =>
            t('common.percent', { value: share(r.memberStates - r.neverVisited, r.memberStates) }),
          sortValue: (r) => share(r.memberStates - r.neverVisited, r.memberStates),
          numeric: true,
        },
      }),
    [],
  );
  return (
    <DataTable
      caption={t('coverage.byRegion')}
      columns={columns}
      rows={summary.byRegion}
      rowKey={(r) => r.region}
      initialSort={{ column: 'region', direction: 'ascending' }}
    />
  );
}
