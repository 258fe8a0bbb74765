// What the map's colours, patterns and marker shapes mean, each with its count in the year shown.
import { COVERAGE_STATUSES, type CoverageStatus } from '../../../../../shared/domain/coverage';
import type { ReactNode } from 'react';
import { t, type MessageKey } from '../../../i18n';
import { fillOf, PatternDefs, usePatterns } from './WorldMap';
import type { StateStanding } from './standing';

const LABEL: Record<CoverageStatus, MessageKey> = {
  this_year: 'coverageMap.legend.this_year',
  recent: 'coverageMap.legend.recent',
  earlier: 'coverageMap.legend.earlier',
  long_ago: 'coverageMap.legend.long_ago',
  never: 'coverageMap.legend.never',
  not_member: 'coverageMap.legend.not_member',
};

function Swatch({ children }: { children: ReactNode }) {
  return (
    <svg className="legend-swatch" viewBox="0 0 20 14" aria-hidden="true">
      {children}
    </svg>
  );
}

export function MapLegend({
  standings,
  year,
  showMarkers = true,
}: {
  standings: StateStanding[];
  year: number;
  showMarkers?: boolean;
}) {
  const patterns = usePatterns();
  const count = (status: CoverageStatus) => standings.filter((s) => s.status === status).length;
  const listed = standings.filter((s) => s.onList).length;
  return (
    <div className="map-legend">
      <svg className="legend-defs" aria-hidden="true">
        <PatternDefs patterns={patterns} />
      </svg>
      <ul aria-label={t('coverageMap.legend.title')}>
        {COVERAGE_STATUSES.filter((status) => status !== 'not_member' || count(status) > 0).map(
          (status) => (
            <li key={status} data-status={status}>
              <Swatch>
                <rect
                  width="20"
                  height="14"
                  rx="2"
                  fill={fillOf({ status }, patterns)}
                  stroke="#8795a1"
                />
              </Swatch>
              {t(LABEL[status], { year })} <span className="legend-count">({count(status)})</span>
            </li>
          ),
        )}
        <li>
          <Swatch>
            <rect width="20" height="14" rx="2" fill="#ffffff" stroke="#8795a1" />
            <rect width="20" height="14" rx="2" fill={`url(#${patterns.hatch})`} />
          </Swatch>
          {t('coverageMap.legend.onList', { year })}{' '}
          <span className="legend-count">({listed})</span>
        </li>
        {showMarkers && (
          <li>
            <Swatch>
              <circle cx="5" cy="7" r="4" fill="#ffffff" stroke="#1b2733" />
              <rect
                x="12"
                y="3"
                width="6"
                height="6"
                transform="rotate(45 15 6)"
                fill="#ffffff"
                stroke="#1b2733"
              />
            </Swatch>
            {t('coverageMap.legend.markers')}
          </li>
        )}
      </ul>
    </div>
  );
}
