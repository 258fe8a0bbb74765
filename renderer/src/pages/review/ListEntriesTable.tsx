import { useMemo } from 'react';
import type { ListEntry } from '../../../../shared/api/types';
import { pickColumns } from '../../columns/pick';
import { rankingColumnDefs, type RankingColumnId } from '../../columns/ranking';
import { DataTable } from '../../components/DataTable';
import { t } from '../../i18n';
import { dossierHref, navigate } from '../../router';

/** States of a list version (selected or reserve) with rank, score and its factors, and kind. */
export function ListEntriesTable({ caption, entries }: { caption: string; entries: ListEntry[] }) {
  const columns = useMemo(
    () =>
      pickColumns<ListEntry, RankingColumnId | 'origin'>({
        ...rankingColumnDefs<ListEntry>(),
        origin: {
          header: t('review.col.origin'),
          cell: (e) => (
            <>
              {t(`review.origin.${e.origin}`)}
              {e.selectionNote && <span className="field-hint"> — {e.selectionNote}</span>}
            </>
          ),
          sortValue: (e) => e.origin,
        },
      }),
    [],
  );
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={entries}
      rowKey={(e) => e.iso3}
      initialSort={{ column: 'rank', direction: 'ascending' }}
      onOpen={(e) => navigate(dossierHref(e.iso3))}
    />
  );
}
