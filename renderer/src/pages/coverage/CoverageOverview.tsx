// The dashboard's view of coverage: a compact map of this year, never-visited States over time,
// OP 16 follow-up compliance, and the year of full coverage projected from the defaults. The
// Coverage page has all of it in full.
import { useMemo } from 'react';
import type { CoverageMap, CoverageTrends } from '../../../../shared/api/types';
import { yearOf } from '../../../../shared/domain/dates';
import { t } from '../../i18n';
import { pageHref } from '../../router';
import { FollowupChart } from './charts/FollowupChart';
import { NeverVisitedChart } from './charts/NeverVisitedChart';
import { useProjection, yearOrNever } from './charts/ProjectionChart';
import { MapLegend } from './map/MapLegend';
import { standingsIn } from './map/standing';
import { WorldMap } from './map/WorldMap';

export function CoverageOverview({ map, trends }: { map: CoverageMap; trends: CoverageTrends }) {
  const year = yearOf(map.asOf);
  const standings = useMemo(() => standingsIn(map, year, 'assessment'), [map, year]);
  const d = trends.projection;
  const { projections } = useProjection(d, d.capacity.value, d.reservedShare.value);
  const never = standings.filter((s) => s.status === 'never').length;
  const listed = standings.filter((s) => s.onList).length;
  return (
    <>
      <div className="overview-map">
        <WorldMap
          standings={standings}
          year={year}
          region={null}
          interactive={false}
          label={t('coverageMap.compactLabel', { year, never, listed })}
        />
        <MapLegend standings={standings} year={year} showMarkers={false} />
        <p>
          {d.neverVisited > 0 &&
            d.consentRate.expected !== null &&
            t('dashboard.fullCoverage', {
              year: yearOrNever(projections.expected.fullCoverageYear),
              optimistic: yearOrNever(projections.optimistic.fullCoverageYear),
              pessimistic: yearOrNever(projections.pessimistic.fullCoverageYear),
            })}{' '}
          <a href={pageHref('coverage')}>{t('dashboard.openCoverage')}</a>
        </p>
      </div>
      {trends.neverVisited.length > 1 && <NeverVisitedChart trends={trends} height={240} />}
      <FollowupChart trends={trends} height={240} />
    </>
  );
}
