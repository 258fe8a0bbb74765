import type { ScheduledVisit, Visit } from '../../../shared/api/types';
import type { Column } from '../components/DataTable';
import { DateText } from '../components/DateText';
import { VisitStatusTag } from '../components/StatusTags';
import { t } from '../i18n';
import { pickColumns, type ColumnDefs } from './pick';

type VisitRow = Visit | ScheduledVisit;

export type VisitFactColumnId = 'state' | 'kind' | 'mode' | 'status' | 'start' | 'end';
export type VisitColumnId = VisitFactColumnId | 'team';

/** State, kind, mode, status and dates: what a table of visits (recorded or scheduled) shows. */
export function visitColumnDefs<R extends VisitRow>(): ColumnDefs<R, VisitFactColumnId> {
  return {
    state: { header: t('col.state'), cell: (v) => v.stateName, sortValue: (v) => v.stateName },
    kind: {
      header: t('col.kind'),
      cell: (v) => t(`visitKind.${v.kind}`),
      sortValue: (v) => t(`visitKind.${v.kind}`),
    },
    mode: {
      header: t('col.mode'),
      cell: (v) => t(`visitMode.${v.mode}`),
      sortValue: (v) => t(`visitMode.${v.mode}`),
    },
    status: {
      header: t('col.status'),
      cell: (v) => <VisitStatusTag status={v.status} />,
      sortValue: (v) => t(`visitStatus.${v.status}`),
    },
    start: {
      header: t('col.start'),
      cell: (v) => <DateText date={v.startDate} />,
      sortValue: (v) => v.startDate,
    },
    end: {
      header: t('col.end'),
      cell: (v) => <DateText date={v.endDate} />,
      sortValue: (v) => v.endDate,
    },
  };
}

export function visitColumns(ids?: readonly VisitColumnId[]): Column<Visit>[] {
  return pickColumns<Visit, VisitColumnId>(
    {
      ...visitColumnDefs<Visit>(),
      team: { header: t('col.team'), cell: (v) => v.team.join(', ') || t('common.none') },
    },
    ids,
  );
}
