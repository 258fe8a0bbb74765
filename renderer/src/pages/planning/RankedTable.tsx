import { useMemo } from 'react';
import type { ScoredEntry } from '../../../../shared/domain/scoring';
import { pickColumns } from '../../columns/pick';
import { rankingColumnDefs, type RankingColumnId } from '../../columns/ranking';
import { DataTable } from '../../components/DataTable';
import { t } from '../../i18n';
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
      pickColumns<ScoredEntry, RankingColumnId | 'selection'>(
        {
          ...rankingColumnDefs<ScoredEntry>(),
          selection: {
            header: t('planning.col.selection'),
            cell: (e) => <SelectionTag selection={selectionOf(e)} />,
            sortValue: (e) => SELECTION_ORDER[selectionOf(e)],
          },
        },
        ['rank', 'state', 'region', 'score', 'selection', 'kind'],
      ),
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
