import { useMemo } from 'react';
import type { ScoredEntry } from '../../../../shared/domain/scoring';
import { pickColumns } from '../../columns/pick';
import { DataTable } from '../../components/DataTable';
import { t } from '../../i18n';
import { ContributionBar } from './ContributionBar';
import { formatPoints } from './factors';
import { selectionOf, SelectionTag } from './SelectionTag';

const SELECTION_ORDER = { selected: 0, reserve: 1, none: 2 } as const;

/** Every State in rank order with its score, its factor bar, whether it is selected, and the kind. */
export function RankedTable({
  year,
  entries,
  onOpen,
}: {
  year: number;
  entries: ScoredEntry[];
  onOpen: (entry: ScoredEntry) => void;
}) {
  const columns = useMemo(
    () =>
      pickColumns<ScoredEntry, 'rank' | 'state' | 'region' | 'score' | 'selection' | 'kind'>({
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
        selection: {
          header: t('planning.col.selection'),
          cell: (e) => <SelectionTag selection={selectionOf(e)} />,
          sortValue: (e) => SELECTION_ORDER[selectionOf(e)],
        },
        kind: {
          header: t('planning.col.kind'),
          cell: (e) => t(`visitKind.${e.proposedKind}`),
          sortValue: (e) => t(`visitKind.${e.proposedKind}`),
        },
      }),
    [],
  );
  return (
    <DataTable
      caption={t('planning.rankingCaption', { year })}
      columns={columns}
      rows={entries}
      rowKey={(e) => e.iso3}
      initialSort={{ column: 'rank', direction: 'ascending' }}
      onOpen={onOpen}
    />
  );
}
