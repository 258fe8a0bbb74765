// The partner pack (OP 19, OP 23): exports.partnerPack of every State, for each audience and
// format, on the demo workspace at ×10 (about 11,000 recommendations). Budget: every pack under
// 5 s; most of it is reading the recommendations (readRecommendations) and, for XLSX, exceljs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateDemo } from '../main/core/demo/generate';
import { createDispatcher } from '../main/core/dispatcher';
import { openWorkspace } from '../main/core/db/workspace';
import { PARTNER_AUDIENCES } from '../shared/domain/sharing';

const RUNS = 5;
const BUDGET_MS = 5000;
const SCALE = 10;
const FORMATS = ['html', 'csv', 'xlsx'] as const;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Times every audience and format of the pack of all States at ×10; true when each is within budget. */
export async function benchPartnerPack(today: string): Promise<boolean> {
  const dir = mkdtempSync(join(tmpdir(), 'cted-bench-partners-'));
  const ws = openWorkspace(join(dir, `demo-x${SCALE}.sqlite`), { create: true });
  try {
    generateDemo(ws, { seed: 2617, scale: SCALE, today });
    const api = createDispatcher(ws, { now: () => Date.parse(`${today}T12:00:00Z`) });
    const pack = async (audience: string, format: string) => {
      const r = await api.callAsync('exports.partnerPack', { iso3: 'all', audience, format });
      if (!r.ok) throw new Error(`exports.partnerPack ${audience} ${format}: ${r.error.message}`);
      return r.value;
    };
    console.log(
      `\nPartner pack of every State at ×${SCALE} (median ms of ${RUNS}; budget ${BUDGET_MS} ms)\n  ${'audience, format'.padEnd(26)}${'ms'.padStart(10)}${'recommendations'.padStart(18)}${'size kB'.padStart(10)}`,
    );
    let withinBudget = true;
    for (const audience of PARTNER_AUDIENCES)
      for (const format of FORMATS) {
        const file = await pack(audience, format); // warm-up: prepared statements, page cache
        const samples: number[] = [];
        for (let i = 0; i < RUNS; i++) {
          const start = performance.now();
          await pack(audience, format);
          samples.push(performance.now() - start);
        }
        const ms = median(samples);
        console.log(
          `  ${`${audience}, ${format}`.padEnd(26)}${ms.toFixed(1).padStart(10)}${String(file.shared.recommendations).padStart(18)}${(file.content.length / 1024).toFixed(0).padStart(10)}`,
        );
        if (ms > BUDGET_MS) {
          withinBudget = false;
          console.log(`  over budget: ${audience} ${format} ${ms.toFixed(0)} ms > ${BUDGET_MS} ms`);
        }
      }
    return withinBudget;
  } finally {
    ws.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
