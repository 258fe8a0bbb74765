import type { AssessmentReport } from '../../../shared/api/types';
import type { Column } from '../components/DataTable';
import { DateText } from '../components/DateText';
import { t } from '../i18n';
import { reportHref } from '../router';
import { pickColumns } from './pick';

export type ReportColumnId =
  | 'state'
  | 'title'
  | 'visitKind'
  | 'status'
  | 'sentToState'
  | 'adopted'
  | 'transmitted'
  | 'recommendations';

export function reportColumns(ids?: readonly ReportColumnId[]): Column<AssessmentReport>[] {
  return pickColumns<AssessmentReport, ReportColumnId>(
    {
      state: { header: t('col.state'), cell: (r) => r.stateName, sortValue: (r) => r.stateName },
      title: {
        header: t('col.title'),
        cell: (r) => <a href={reportHref(r.id)}>{r.title ?? t('common.untitled')}</a>,
        sortValue: (r) => r.title,
      },
      visitKind: {
        header: t('col.visitKind'),
        cell: (r) => t(`visitKind.${r.visitKind}`),
        sortValue: (r) => t(`visitKind.${r.visitKind}`),
      },
      status: {
        header: t('col.status'),
        cell: (r) => t(`reportStatus.${r.status}`),
        sortValue: (r) => t(`reportStatus.${r.status}`),
      },
      sentToState: {
        header: t('col.sentToState'),
        cell: (r) => <DateText date={r.sentToStateOn} />,
        sortValue: (r) => r.sentToStateOn,
      },
      adopted: {
        header: t('col.adopted'),
        cell: (r) => <DateText date={r.adoptedOn} />,
        sortValue: (r) => r.adoptedOn,
      },
      transmitted: {
        header: t('col.transmitted'),
        cell: (r) => <DateText date={r.transmittedOn} />,
        sortValue: (r) => r.transmittedOn,
      },
      recommendations: {
        header: t('col.recommendations'),
        cell: (r) => r.recommendationsCount,
        sortValue: (r) => r.recommendationsCount,
        numeric: true,
      },
    },
    ids,
  );
}
