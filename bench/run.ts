// `npm run bench`: medians of the main calls at demo scale ×1 and ×10, each with its ratio to a
// bare SQLite query that reads the same rows. Budget (issue 2): every call under 50 ms at ×10.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateDemo } from '../main/core/demo/generate';
import { createDispatcher } from '../main/core/dispatcher';
import { openWorkspace, type Db } from '../main/core/db/workspace';

const TODAY = '2026-11-29';
const RUNS = 25;
const BUDGET_MS = 50;

function median(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => unknown, runs = RUNS): number {
  fn(); // warm-up: prepared statements, page cache
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** The State with the most conducted visits: the heaviest dossier. */
function busiestState(db: Db): string {
  return (db.prepare("SELECT iso3 FROM visits WHERE status = 'conducted' GROUP BY iso3 ORDER BY COUNT(*) DESC LIMIT 1").get() as { iso3: string }).iso3;
}

/** Bare queries reading the rows each call reads, with no mapping or rules. */
function bareReads(db: Db, iso3: string) {
  const all = (sql: string, ...args: unknown[]) => () => db.prepare(sql).all(...args);
  return {
    'states.list': all(
      "SELECT s.*, v.last, v.n FROM member_states s LEFT JOIN (SELECT iso3, MAX(end_date) AS last, COUNT(*) AS n FROM visits WHERE status = 'conducted' GROUP BY iso3) v ON v.iso3 = s.iso3",
    ),
    'states.get': () => {
      for (const sql of [
        'SELECT * FROM visits WHERE iso3 = ?',
        'SELECT * FROM consent_requests WHERE iso3 = ?',
        'SELECT r.* FROM assessment_reports r JOIN visits v ON v.id = r.visit_id WHERE v.iso3 = ?',
        'SELECT x.*, u.* FROM recommendations x JOIN assessment_reports r ON r.id = x.report_id JOIN visits v ON v.id = r.visit_id LEFT JOIN recommendation_updates u ON u.recommendation_id = x.id WHERE v.iso3 = ?',
        'SELECT f.* FROM followups f JOIN assessment_reports r ON r.id = f.report_id JOIN visits v ON v.id = r.visit_id WHERE v.iso3 = ?',
        'SELECT * FROM signals WHERE iso3 = ?',
        'SELECT * FROM risk_indicators WHERE iso3 = ?',
        'SELECT * FROM state_requests WHERE iso3 = ?',
        'SELECT * FROM invitations WHERE iso3 = ?',
      ])
        db.prepare(sql).all(iso3);
    },
    'coverage.summary': () => {
      db.prepare("SELECT iso3, end_date FROM visits WHERE status = 'conducted'").all();
      db.prepare('SELECT iso3, region FROM member_states').all();
    },
    'followups.list': all(
      'SELECT r.*, v.iso3, v.kind, f.* FROM assessment_reports r JOIN visits v ON v.id = r.visit_id LEFT JOIN followups f ON f.report_id = r.id WHERE r.adopted_on >= \'2021-12-30\'',
    ),
  };
}

function benchScale(scale: number): boolean {
  const dir = mkdtempSync(join(tmpdir(), 'cted-bench-'));
  const path = join(dir, `demo-x${scale}.sqlite`);
  try {
    const made = performance.now();
    const created = openWorkspace(path, { create: true });
    const stats = generateDemo(created, { seed: 2617, scale, today: TODAY });
    created.close();
    console.log(`\nScale ×${scale}: ${stats.visits} visits, ${stats.recommendations} recommendations (generated in ${((performance.now() - made) / 1000).toFixed(1)} s)`);

    // Opening runs PRAGMA quick_check (DESIGN §3), whose cost grows with the file's size.
    const openMs = time(() => openWorkspace(path).close(), 10);
    const freshMs = time(() => {
      const p = join(dir, `fresh-${Math.random().toString(36).slice(2)}.sqlite`);
      openWorkspace(p, { create: true }).close();
    }, 5);
    const ws = openWorkspace(path);
    const api = createDispatcher(ws, { now: () => Date.parse(`${TODAY}T12:00:00Z`) });
    const iso3 = busiestState(ws.db);
    const bare = bareReads(ws.db, iso3);
    const calls: [keyof typeof bare, unknown][] = [
      ['states.list', {}],
      ['states.get', { iso3 }],
      ['coverage.summary', {}],
      ['followups.list', {}],
    ];
    const rows: [string, string, string, string][] = [
      ['workspace open + quick_check', openMs.toFixed(2), '', ''],
      ['workspace create + migrate', freshMs.toFixed(2), '', ''],
    ];
    let withinBudget = true;
    for (const [method, input] of calls) {
      const callMs = time(() => {
        const r = api.call(method, input);
        if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
      });
      const bareMs = time(bare[method]);
      if (callMs > BUDGET_MS) withinBudget = false;
      rows.push([`${method}${method === 'states.get' ? ` (${iso3})` : ''}`, callMs.toFixed(2), bareMs.toFixed(2), (callMs / bareMs).toFixed(1)]);
    }
    ws.close();
    const widths = [38, 12, 12, 8];
    const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('');
    console.log(line(['call', 'median ms', 'bare SQL ms', 'ratio']));
    for (const r of rows) console.log(line(r));
    return withinBudget;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const scales = process.argv.slice(2).map(Number).filter((n) => n > 0);
let ok = true;
for (const scale of scales.length ? scales : [1, 10]) ok = benchScale(scale) && ok;
console.log(ok ? `\nEvery call is under the ${BUDGET_MS} ms budget.` : `\nSome call is over the ${BUDGET_MS} ms budget.`);
