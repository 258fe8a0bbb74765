import { useMemo } from 'react';
import type { ScoredEntry } from '../../../../shared/domain/scoring';
import { pickColumns } from '../../columns/pick';
import { rankingColumnDefs, type RankingColumnId } from '../../columns/ranking';
import { DataTable, type Column } from '../../components/DataTable';
import { t } from '../../i18n';
import { RankMoveCell, type RankMove } from './rankMoves';
import type { SavedList } from './savedList';
import { selectionOf, SelectionTag } from './SelectionTag';

const SELECTION_ORDER = { selected: 0, reserve: 1, none: 2 } as const;

/**
 * Every State in rank order with its score, its factor bar, whether the live ranking selects it
 * (and on whose word when it is forced in or out), and the kind of visit. Once the year's list is
 * proposed or adopted, a column shows whether the State is on that list.
 */
export function RankedTable({
  year,
  entries,
  saved,
  moves,
  onOpen,
}: {
  year: number;
  entries: ScoredEntry[];
  saved: SavedList | null;
  /** Each State's move since the saved weights, while the weights on screen differ from them. */
  moves: Map<string, RankMove> | null;
  onOpen: (entry: ScoredEntry) => void;
}) {
  const columns = useMemo(() => {
    // While the weights differ from the saved ones, the rank says how far it moved and whether
    // the State enters or leaves the list.
    const withMoves = (columns: Column<ScoredEntry>[]): Column<ScoredEntry>[] =>
      moves
        ? columns.map((c) =>
            c.id === 'rank'
              ? {
                  ...c,
                  cell: (e: ScoredEntry) => (
                    <span className="rank-with-move">
                      <span>{e.rank}</span>
                      <RankMoveCell move={moves.get(e.iso3)} />
                    </span>
                  ),
                }
              : c,
          )
        : columns;
    const live = {
      header: t(saved ? 'planning.col.live' : 'planning.col.selection'),
      cell: (e: ScoredEntry) => (
        <>
          <SelectionTag selection={selectionOf(e)} words={saved ? 'live' : 'selection'} />
          {e.origin !== 'model' && <small className="field-hint"> {e.selectionNote}</small>}
        </>
      ),
      sortValue: (e: ScoredEntry) => SELECTION_ORDER[selectionOf(e)],
    };
    if (!saved)
      return withMoves(
        pickColumns<ScoredEntry, RankingColumnId | 'selection'>(
          { ...rankingColumnDefs<ScoredEntry>(), selection: live },
          ['rank', 'state', 'region', 'score', 'selection', 'kind'],
        ),
      );
    const onList = (e: ScoredEntry) => saved.selection.get(e.iso3) ?? 'none';
    return withMoves(
      pickColumns<ScoredEntry, RankingColumnId | 'onList' | 'selection'>(
        {
          ...rankingColumnDefs<ScoredEntry>(),
          onList: {
            header: t(`planning.col.onList.${saved.status}`, { version: saved.version }),
            cell: (e) => <SelectionTag selection={onList(e)} words="onList" />,
            sortValue: (e) => SELECTION_ORDER[onList(e)],
          },
          selection: live,
        },
        ['rank', 'state', 'region', 'score', 'onList', 'selection', 'kind'],
      ),
    );
  }, [saved, moves]);
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
