// Columns of a ranked list of Member States: the live ranking in Planning, a list version in Review.
import type { ListEntry } from '../../../shared/api/types';
import type { ScoredEntry } from '../../../shared/domain/scoring';
import { regionName, t } from '../i18n';
import { ContributionBar } from '../pages/planning/ContributionBar';
import { formatPoints } from '../pages/planning/factors';
import { kindLabel } from '../pages/review/labels';
import type { ColumnDefs } from './pick';

type RankedRow = ScoredEntry | ListEntry;

export type RankingColumnId = 'rank' | 'state' | 'region' | 'score' | 'kind';

/** Rank, State, region, score with its factor bar, and the proposed kind of visit (why, on hover). */
export function rankingColumnDefs<R extends RankedRow>(): ColumnDefs<R, RankingColumnId> {
  return {
    rank: {
      header: t('planning.col.rank'),
      cell: (e) => e.rank,
      sortValue: (e) => e.rank,
      numeric: true,
    },
    state: { header: t('col.state'), cell: (e) => e.name, sortValue: (e) => e.name },
    region: {
      header: t('col.region'),
      cell: (e) => regionName(e.region),
      sortValue: (e) => regionName(e.region),
    },
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
  };
}
