// How the live ranking moved when the weights changed: each State's rank against the baseline,
// the ranking with the saved methodology's weights and parameters (and the same capacity and
// constraints), and who enters or leaves the list. In words as well as arrows and colour.
import { useDeferredValue, useMemo } from 'react';
import type { Methodology, PlanInputs } from '../../../../shared/api/types';
import { scorePlan, type ScoredEntry } from '../../../../shared/domain/scoring';
import { Tag } from '../../components/Tag';
import { t } from '../../i18n';
import type { PlanSettings } from '../../stores/plan';
import { cleanConstraints, weightsDiffer } from './settings';

export interface RankMove {
  /** The rank with the saved weights. */
  before: number;
  /** Places gained (positive) or lost (negative). */
  places: number;
  enters: boolean;
  leaves: boolean;
}

/** Every State's move since the saved weights; null while the weights on screen are the saved ones. */
export function useRankMoves(
  inputs: PlanInputs,
  settings: PlanSettings,
  methodology: Methodology,
  entries: ScoredEntry[],
): Map<string, RankMove> | null {
  // Deferred as the live ranking is, so that the two always come from the same settings.
  const current = useDeferredValue(settings);
  const changed = weightsDiffer(current, methodology);
  const { capacity, reserveSize, constraints } = current;
  const baseline = useMemo(
    () =>
      changed
        ? scorePlan({
            asOf: inputs.asOf,
            states: inputs.states,
            indicatorDefinitions: inputs.indicatorDefinitions,
            weights: methodology.weights,
            params: methodology.params,
            capacity,
            reserveSize,
            constraints: cleanConstraints(constraints),
          })
        : null,
    [changed, inputs, methodology, capacity, reserveSize, constraints],
  );
  return useMemo(() => {
    if (!baseline) return null;
    const before = new Map(baseline.map((e) => [e.iso3, e]));
    return new Map(
      entries.map((e) => {
        const was = before.get(e.iso3);
        const rank = was?.rank ?? e.rank;
        return [
          e.iso3,
          {
            before: rank,
            places: rank - e.rank,
            enters: e.selected && !was?.selected,
            leaves: !e.selected && !!was?.selected,
          },
        ];
      }),
    );
  }, [baseline, entries]);
}

/** "▲ 3", "▼ 2" or "–", with "Up 3 places" for screen readers, and the list marker. */
export function RankMoveCell({ move }: { move: RankMove | undefined }) {
  if (!move) return null;
  const { places } = move;
  return (
    <>
      {places === 0 ? (
        <span className="rank-move" title={t('planning.col.move')}>
          <span aria-hidden="true">{t('planning.move.none')}</span>
          <span className="visually-hidden">{t('planning.move.noneWords')}</span>
        </span>
      ) : (
        <span
          className={places > 0 ? 'rank-move rank-move-up' : 'rank-move rank-move-down'}
          title={t('planning.col.move')}
        >
          <span aria-hidden="true">
            {t(places > 0 ? 'planning.move.up' : 'planning.move.down', {
              count: Math.abs(places),
            })}
          </span>
          <span className="visually-hidden">
            {t(places > 0 ? 'planning.move.upWords' : 'planning.move.downWords', {
              count: Math.abs(places),
              before: move.before,
            })}
          </span>
        </span>
      )}
      {move.enters && (
        <>
          {' '}
          <Tag tone="success">{t('planning.move.enters')}</Tag>
        </>
      )}
      {move.leaves && (
        <>
          {' '}
          <Tag tone="danger">{t('planning.move.leaves')}</Tag>
        </>
      )}
    </>
  );
}

/** "Since the saved weights: 2 States enter the list, 2 leave it and 31 change rank." */
export function movesSummary(moves: Map<string, RankMove>): string {
  let enter = 0;
  let leave = 0;
  let moved = 0;
  for (const m of moves.values()) {
    if (m.enters) enter += 1;
    if (m.leaves) leave += 1;
    if (m.places !== 0) moved += 1;
  }
  return t('planning.move.summary', {
    enter: t('planning.move.summaryEnter', { count: enter }),
    leave: t('planning.move.summaryLeave', { count: leave }),
    moved: t('planning.move.summaryMoved', { count: moved }),
  });
}
