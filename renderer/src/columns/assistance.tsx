import type { TechnicalAssistance } from '../../../shared/api/types';
import { DateText } from '../components/DateText';
import { t } from '../i18n';
import type { ColumnDefs } from './pick';

/** Who asked for technical assistance, when, and who delivers it: as the report and dossier show it. */
export function requestColumns(): ColumnDefs<
  TechnicalAssistance,
  'requestedBy' | 'requestedOn' | 'partner'
> {
  return {
    requestedBy: {
      header: t('ta.col.requestedBy'),
      cell: (a) => a.requestedBy,
      sortValue: (a) => a.requestedBy,
    },
    requestedOn: {
      header: t('ta.col.requestedOn'),
      cell: (a) => <DateText date={a.requestedOn} />,
      sortValue: (a) => a.requestedOn,
    },
    partner: {
      header: t('ta.col.partner'),
      cell: (a) => a.partner ?? t('common.none'),
      sortValue: (a) => a.partner,
    },
  };
}
