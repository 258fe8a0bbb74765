import { useMemo, useState } from 'react';
import type { Visit } from '../../../../shared/api/types';
import { visitColumns } from '../../columns/visits';
import { DataTable, type Column } from '../../components/DataTable';
import { formatDate, t } from '../../i18n';
import { visitHref } from '../../router';
import { DossierSection } from './DossierSection';
import { VisitHistory } from './VisitHistory';

export const visitTitle = (v: Visit) =>
  t('visit.title', { kind: t(`visitKind.${v.kind}`), date: formatDate(v.startDate) });

/** The State's visits; choosing one shows its history of changes. */
export function VisitsSection({ visits }: { visits: Visit[] }) {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = visits.find((v) => v.id === selectedId) ?? null;
  const columns = useMemo<Column<Visit>[]>(
    () => [
      ...visitColumns(['kind', 'mode', 'status', 'start', 'end', 'team']),
      {
        id: 'open',
        header: t('dossier.visitPage'),
        cell: (v) => (
          <a href={visitHref(v.id)}>
            {t('dossier.openVisit')}
            <span className="visually-hidden"> {visitTitle(v)}</span>
          </a>
        ),
      },
      {
        id: 'history',
        header: t('col.history'),
        cell: (v) => (
          <button
            type="button"
            className="link-button"
            aria-pressed={v.id === selectedId}
            onClick={() => setSelectedId(v.id === selectedId ? null : v.id)}
          >
            {t(v.id === selectedId ? 'dossier.hideHistory' : 'dossier.showHistory')}
            <span className="visually-hidden"> {visitTitle(v)}</span>
          </button>
        ),
      },
    ],
    [selectedId],
  );
  return (
    <DossierSection id="dossier-visits" title={t('dossier.visits')} count={visits.length}>
      <DataTable
        caption={t('dossier.visits')}
        columns={columns}
        rows={visits}
        rowKey={(v) => v.id}
        initialSort={{ column: 'start', direction: 'descending' }}
      />
      {selected && <VisitHistory visitId={selected.id} title={visitTitle(selected)} />}
    </DossierSection>
  );
}
