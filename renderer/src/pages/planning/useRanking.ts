// Live re-ranking: the pure scorer of shared/ runs here, in the renderer, on every change of the
// settings (no round trip to the backend), and the time it took is measured for the bench.
import { useDeferredValue, useMemo } from 'react';
import type { PlanInputs } from '../../../../shared/api/types';
import { scorePlan, type ScoredEntry } from '../../../../shared/domain/scoring';
import { useLanguage } from '../../i18n';
import type { PlanSettings } from '../../stores/plan';
import { cleanConstraints } from './settings';

const RERANK_MEASURE = 'planning:rerank';

export interface Ranking {
  entries: ScoredEntry[];
  /** Milliseconds scorePlan took for all States (performance.now). */
  ms: number;
}

export function useRanking(inputs: PlanInputs, settings: PlanSettings): Ranking {
  // Sliders stay responsive: React may finish a drag before re-rendering 193 rows.
  const current = useDeferredValue(settings);
  // The reasons and notes are said in the interface's language, as the server says saved ones.
  const language = useLanguage((s) => s.language);
  return useMemo(() => {
    const start = performance.now();
    const entries = scorePlan({
      asOf: inputs.asOf,
      states: inputs.states,
      indicatorDefinitions: inputs.indicatorDefinitions,
      weights: current.weights,
      params: current.params,
      capacity: current.capacity,
      reserveSize: current.reserveSize,
      constraints: cleanConstraints(current.constraints),
      language,
    });
    const end = performance.now();
    // Also a User Timing entry: visible in the browser's performance tools, read by the e2e test.
    performance.measure(RERANK_MEASURE, { start, end });
    return { entries, ms: end - start };
  }, [inputs, current, language]);
}
