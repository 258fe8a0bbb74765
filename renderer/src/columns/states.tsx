import type { StateSummary } from '../../../shared/api/types';
import type { Column } from '../components/DataTable';
import { DateText } from '../components/DateText';
import { VisitedTag } from '../components/StatusTags';
import { regionName, t } from '../i18n';
import { pickColumns } from './pick';

export type StateColumnId =
  | 'name'
  | 'iso3'
  | 'region'
  | 'subregion'
  | 'lastVisit'
  | 'visits'
  | 'visited';

/** Columns of a table of Member States, in the given order (all of them by default). */
export function stateColumns(ids?: readonly StateColumnId[]): Column<StateSummary>[] {
  return pickColumns<StateSummary, StateColumnId>(
    {
      name: { header: t('col.state'), cell: (s) => s.name, sortValue: (s) => s.name },
      iso3: { header: t('col.iso3'), cell: (s) => s.iso3, sortValue: (s) => s.iso3 },
      region: {
        header: t('col.region'),
        cell: (s) => regionName(s.region),
        sortValue: (s) => regionName(s.region),
      },
      subregion: {
        header: t('col.subregion'),
        cell: (s) => regionName(s.subregion),
        sortValue: (s) => regionName(s.subregion),
      },
      lastVisit: {
        header: t('col.lastVisit'),
        cell: (s) => <DateText date={s.lastVisit} />,
        sortValue: (s) => s.lastVisit,
      },
      visits: {
        header: t('col.visitsConducted'),
        cell: (s) => s.visitsCount,
        sortValue: (s) => s.visitsCount,
        numeric: true,
      },
      visited: {
        header: t('col.visited'),
        cell: (s) => <VisitedTag neverVisited={s.neverVisited} />,
        sortValue: (s) => (s.neverVisited ? 0 : 1),
      },
    },
    ids,
  );
}
