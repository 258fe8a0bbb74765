import type { SyncConflict } from '../../../../../shared/api/types';
import { pickColumns } from '../../../columns/pick';
import { DataTable } from '../../../components/DataTable';
import { EmptyState } from '../../../components/EmptyState';
import { formatInstant, t } from '../../../i18n';
import { fieldLabel, recordLabel, valueText } from './describe';

const columns = () =>
  pickColumns<SyncConflict, 'record' | 'field' | 'resolution' | 'value' | 'by'>({
    record: { header: t('conflicts.col.record'), cell: recordLabel, sortValue: recordLabel },
    field: {
      header: t('conflicts.col.field'),
      cell: (c) => fieldLabel(c.column),
      sortValue: (c) => c.column,
    },
    resolution: {
      header: t('conflicts.col.resolution'),
      cell: (c) => t(`conflicts.resolution.${c.resolution ?? 'current'}`),
    },
    value: {
      header: t('conflicts.col.valueNow'),
      cell: (c) => (c.recordDeleted ? t('conflicts.deletedRecord') : valueText(c.current)),
    },
    by: {
      header: t('conflicts.col.resolvedBy'),
      cell: (c) =>
        t('conflicts.resolvedByOn', {
          who: c.resolvedBy ?? t('common.unknown'),
          when: c.resolvedAt ? formatInstant(Date.parse(c.resolvedAt)) : t('common.unknown'),
        }),
      sortValue: (c) => c.resolvedAt,
    },
  });

/** The conflicts already settled, newest first, with what was kept and by whom. */
export function ResolvedConflicts({ conflicts }: { conflicts: SyncConflict[] }) {
  return (
    <section aria-labelledby="resolved-conflicts">
      <h2 id="resolved-conflicts">{t('conflicts.resolved', { count: conflicts.length })}</h2>
      {conflicts.length === 0 ? (
        <EmptyState>{t('conflicts.noneResolved')}</EmptyState>
      ) : (
        <DataTable
          caption={t('conflicts.resolvedCaption')}
          columns={columns()}
          rows={conflicts}
          rowKey={(c) => c.id}
          initialSort={{ column: 'by', direction: 'descending' }}
        />
      )}
    </section>
  );
}
