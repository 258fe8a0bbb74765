// Each State's standing in the year and for the visit kinds chosen, and how it is said in words.
import type { CoverageMap, CoverageMapState } from '../../../../../shared/api/types';
import {
  coverageAt,
  type CoverageKindFilter,
  type CoverageStanding,
} from '../../../../../shared/domain/coverage';
import { formatDate, t } from '../../../i18n';

export interface StateStanding extends CoverageStanding {
  state: CoverageMapState;
}

export function standingsIn(
  map: CoverageMap,
  year: number,
  kind: CoverageKindFilter,
): StateStanding[] {
  return map.states.map((state) => ({ state, ...coverageAt(state, year, map.asOf, kind) }));
}

/** "Visited in 2026", "Last assessed 3 years before", "Never visited"… */
export function statusWords(s: CoverageStanding, year: number): string {
  switch (s.status) {
    case 'this_year':
      return t('coverageMap.status.this_year', { year });
    case 'never':
      return t('coverageMap.status.never');
    case 'not_member':
      return t('coverageMap.status.not_member');
    default:
      return t('coverageMap.status.yearsAgo', { count: s.yearsAgo ?? 0 });
  }
}

/** "12 Mar 2023 (comprehensive)", or a dash. */
export function lastVisitWords(s: CoverageStanding): string {
  return s.lastVisit
    ? t('coverageMap.lastVisitOn', {
        date: formatDate(s.lastVisit.endedOn),
        kind: t(`visitKind.${s.lastVisit.kind}`),
      })
    : t('coverageMap.noVisit');
}

/** Everything the map says about a State, in one sentence for its link. */
export function describe(s: StateStanding, year: number): string {
  return [
    s.state.name,
    statusWords(s, year),
    t('coverageMap.lastVisit', { visit: lastVisitWords(s) }),
    ...(s.onList ? [t('coverageMap.onList', { year })] : []),
  ].join('. ');
}
