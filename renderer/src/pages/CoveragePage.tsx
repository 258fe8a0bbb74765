import { useMemo } from 'react';
import type { CoverageSummary } from '../../../shared/api/types';
import { pickColumns } from '../columns/pick';
import { CoverageChart } from '../components/CoverageChart';
import { DataPage } from '../components/DataPage';
import { DataTable } from '../components/DataTable';
import { EmptyState } from '../components/EmptyState';
import { Facts } from '../components/Facts';
import { useApi } from '../data/useAsync';
import { formatDate, formatNumber, t } from '../i18n';

type RegionRow = CoverageSummary['byRegion'][number];
type YearRow = CoverageSummary['byYear'][number];

const share = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((100 * part) / whole));

/** How many Member States there are, and how many have been visited or never. */
export const coverageFigures = (c: CoverageSummary): [string, string][] => [
  [t('stats.memberStates'), formatNumber(c.memberStates)],
  [t('stats.visitedOnce'), formatNumber(c.visitedOnce)],
  [t('stats.neverVisited'), formatNumber(c.neverVisited)],
];

export function CoveragePage() {
  const coverage = useApi('coverage.summary', {});
  return (
    <DataPage
      title={t('coverage.title')}
      intro={t('coverage.intro')}
      note={t('coverage.mapLater')}
      state={coverage}
    >
      {(c) => <CoverageReport c={c} />}
    </DataPage>
  );
}

function CoverageReport({ c }: { c: CoverageSummary }) {
  const regionColumns = useMemo(
    () =>
      pickColumns<RegionRow, 'region' | 'memberStates' | 'visited' | 'neverVisited' | 'share'>({
        region: { header: t('col.region'), cell: (r) => r.region, sortValue: (r) => r.region },
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
  const yearColumns = useMemo(
    () =>
      pickColumns<YearRow, 'year' | 'visits' | 'cumulative'>({
        year: {
          header: t('col.year'),
          cell: (y) => y.year,
          sortValue: (y) => y.year,
          numeric: true,
        },
        visits: {
          header: t('col.visitsConducted'),
          cell: (y) => y.visits,
          sortValue: (y) => y.visits,
          numeric: true,
        },
        cumulative: {
          header: t('col.statesVisitedCumulative'),
          cell: (y) => y.visitedCumulative,
          sortValue: (y) => y.visitedCumulative,
          numeric: true,
        },
      }),
    [],
  );
  return (
    <>
      <section aria-labelledby="coverage-figures">
        <h2 id="coverage-figures">{t('coverage.asOf', { date: formatDate(c.asOf) })}</h2>
        <Facts variant="stats" items={coverageFigures(c)} />
      </section>
      <section aria-labelledby="coverage-regions">
        <h2 id="coverage-regions">{t('coverage.byRegion')}</h2>
        <DataTable
          caption={t('coverage.byRegion')}
          columns={regionColumns}
          rows={c.byRegion}
          rowKey={(r) => r.region}
          initialSort={{ column: 'region', direction: 'ascending' }}
        />
      </section>
      <section aria-labelledby="coverage-years">
        <h2 id="coverage-years">{t('coverage.byYear')}</h2>
        {c.byYear.length === 0 ? (
          <EmptyState>{t('coverage.noVisits')}</EmptyState>
        ) : (
          <>
            <CoverageChart byYear={c.byYear} />
            <DataTable
              caption={t('coverage.byYear')}
              columns={yearColumns}
              rows={c.byYear}
              rowKey={(y) => String(y.year)}
              initialSort={{ column: 'year', direction: 'descending' }}
            />
          </>
        )}
      </section>
    </>
  );
}
