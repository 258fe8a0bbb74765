import { useMemo } from 'react';
import type { AuditEntry } from '../../../../shared/api/types';
import { parseHlc } from '../../../../shared/hlc';
import { pickColumns } from '../../columns/pick';
import { AsyncView } from '../../components/AsyncView';
import { DataTable } from '../../components/DataTable';
import { useApi } from '../../data/useAsync';
import { formatInstant, t, type MessageKey } from '../../i18n';

/** Field labels for the columns of the visits table, as the form calls them. */
const VISIT_FIELD: Record<string, MessageKey> = {
  iso3: 'visitForm.state',
  kind: 'visitForm.kind',
  mode: 'visitForm.mode',
  status: 'visitForm.status',
  start_date: 'visitForm.startDate',
  end_date: 'visitForm.endDate',
  virtual_start: 'visitForm.virtualStart',
  virtual_end: 'visitForm.virtualEnd',
  physical_start: 'visitForm.physicalStart',
  physical_end: 'visitForm.physicalEnd',
  team: 'visitForm.team',
  agencies_met: 'visitForm.agenciesMet',
  notes: 'visitForm.notes',
  consent_request_id: 'visitForm.consentRequest',
  confidential: 'visitForm.confidentialShort',
  status_on: 'visitPage.statusOn',
  status_reason: 'visitPage.statusReason',
};

const fieldLabel = (column: string) => (VISIT_FIELD[column] ? t(VISIT_FIELD[column]) : column);
/** A logged value as people read it: lists (stored as JSON) joined by commas, nothing as "(empty)". */
function valueText(value: string | null): string {
  if (value === null || value === '' || value === '[]') return t('audit.empty');
  if (!value.startsWith('[')) return value;
  try {
    const list: unknown = JSON.parse(value);
    return Array.isArray(list) ? list.join(', ') : value;
  } catch {
    return value;
  }
}

/** Who changed what in one visit, and when: its rows of the change log. */
export function VisitHistory({ visitId, title }: { visitId: string; title: string }) {
  const history = useApi('audit.history', { table: 'visits', id: visitId });
  const columns = useMemo(
    () =>
      pickColumns<AuditEntry, 'when' | 'who' | 'field' | 'change'>({
        when: {
          header: t('col.when'),
          cell: (e) => formatInstant(parseHlc(e.hlc).millis),
          sortValue: (e) => e.hlc,
        },
        who: {
          header: t('col.author'),
          cell: (e) => e.authorName ?? t('audit.unknownAuthor'),
          sortValue: (e) => e.authorName,
        },
        field: {
          header: t('col.field'),
          cell: (e) => fieldLabel(e.column),
          sortValue: (e) => fieldLabel(e.column),
        },
        change: {
          header: t('col.change'),
          cell: (e) =>
            t('audit.change', { from: valueText(e.oldValue), to: valueText(e.newValue) }),
        },
      }),
    [],
  );
  return (
    <section className="history-panel" aria-labelledby="history-heading">
      <h3 id="history-heading">{t('audit.title', { visit: title })}</h3>
      <AsyncView state={history} empty={{ when: (d) => d.length === 0, message: t('audit.none') }}>
        {(entries) => (
          <DataTable
            caption={t('audit.title', { visit: title })}
            columns={columns}
            rows={entries}
            rowKey={(e) => String(e.seq)}
            initialSort={{ column: 'when', direction: 'descending' }}
          />
        )}
      </AsyncView>
    </section>
  );
}
