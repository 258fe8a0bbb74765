// The annual review (issue 8): reports.annualReview for last year and the year under way, in each
// format, on the demo workspace at ×10. Budget: every document under 2 s. Timed as the first call
// after a change finds it (the implementation of recommendations computed afresh, see
// main/core/coverage/memo.ts) and as a second call finds it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ANNUAL_REVIEW_FORMATS } from '../shared/api/areas/annualReview';
import { forgetMemoised } from '../main/core/coverage/memo';
import { generateDemo } from '../main/core/demo/generate';
import { createDispatcher } from '../main/core/dispatcher';
import { openWorkspace } from '../main/core/db/workspace';

const RUNS = 5;
const BUDGET_MS = 2000;
const SCALE = 10;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Times every year and format of the annual review at ×10; true when each is within budget. */
export async function benchAnnualReview(today: string): Promise<boolean> {
  const dir = mkdtempSync(join(tmpdir(), 'cted-bench-review-'));
  const ws = openWorkspace(join(dir, `demo-x${SCALE}.sqlite`), { create: true });
  try {
    generateDemo(ws, { seed: 2617, scale: SCALE, today });
    const api = createDispatcher(ws, { now: () => Date.parse(`${today}T12:00:00Z`) });
    const thisYear = Number(today.slice(0, 4));
    const review = async (year: number, format: string) => {
      const r = await api.callAsync('reports.annualReview', { year, format });
      if (!r.ok) throw new Error(`reports.annualReview ${year} ${format}: ${r.error.message}`);
      return r.value.content.length;
    };
    const timed = async (year: number, format: string, afterChange: boolean) => {
      await review(year, format); // warm-up: prepared statements, page cache
      const samples: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        if (afterChange) forgetMemoised(ws.db);
        const start = performance.now();
        await review(year, format);
        samples.push(performance.now() - start);
      }
      return median(samples);
    };
    let withinBudget = true;
    console.log(
      `\nAnnual review at ×${SCALE} (median ms of ${RUNS}; budget ${BUDGET_MS} ms)\n  ${'year, format'.padEnd(26)}${'after a change'.padStart(16)}${'again'.padStart(10)}`,
    );
    for (const year of [thisYear - 1, thisYear])
      for (const format of ANNUAL_REVIEW_FORMATS) {
        const first = await timed(year, format, true);
        const again = await timed(year, format, false);
        console.log(
          `  ${`${year}, ${format}`.padEnd(26)}${first.toFixed(1).padStart(16)}${again.toFixed(1).padStart(10)}`,
        );
        if (first > BUDGET_MS) {
          withinBudget = false;
          console.log(`  over budget: ${year} ${format} ${first.toFixed(0)} ms > ${BUDGET_MS} ms`);
        }
      }
    return withinBudget;
  } finally {
    ws.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
