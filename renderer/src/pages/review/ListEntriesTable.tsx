import { useMemo } from 'react';
import type { ListEntry } from '../../../../shared/api/types';
import { pickColumns } from '../../columns/pick';
import { DataTable } from '../../components/DataTable';
import { t } from '../../i18n';
import { dossierHref, navigate } from '../../router';
import { ContributionBar } from '../planning/ContributionBar';
import { formatPoints } from '../planning/factors';
import { kindLabel } from './labels';

/** States of a list version (selected or reserve) with rank, score and its factors, and kind. */
export function ListEntriesTable({ caption, entries }: { caption: string; entries: ListEntry[] }) {
  const columns = useMemo(
    () =>
      pickColumns<ListEntry, 'rank' | 'state' | 'region' | 'score' | 'kind' | 'origin'>({
        rank: {
          header: t('planning.col.rank'),
          cell: (e) => e.rank,
          sortValue: (e) => e.rank,
          numeric: true,
        },
        state: { header: t('col.state'), cell: (e) => e.name, sortValue: (e) => e.name },
        region: { header: t('col.region'), cell: (e) => e.region, sortValue: (e) => e.region },
        score: {
          header: t('planning.col.score'),
          cell: (e) => (
            <div className="score-cell">
              <span className="score-value">{formatPoints(e.score)}</span>
              <ContributionBar breakdown={e.breakdown} />
            </div>
          ),
          sortValue: (e) => e.score,
        },
        kind: {
          header: t('planning.col.kind'),
          cell: (e) => <span title={e.kindReason}>{kindLabel(e.proposedKind)}</span>,
          sortValue: (e) => kindLabel(e.proposedKind),
        },
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
