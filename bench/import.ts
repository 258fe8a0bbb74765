// Import of indicator values (issue 11, "Data in"): 50,000 values through indicators.import (the
// check, the all-or-nothing write and its audit trail: one chained change_log row per column of
// every value, like any other write) beside the same rows written with plain INSERTs in one
// transaction: the values and their chained change_log rows. Budgets: the import under 1.5 s, and
// within 3× of those plain INSERTs. Also shown: the values alone with no log, and reading the same
// values from a wide CSV (one column per year) into rows, as the app and the CLI do first.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chainHash } from '../main/core/db/audit';
import { openWorkspace, getMeta, type Workspace } from '../main/core/db/workspace';
import { createDispatcher } from '../main/core/dispatcher';
import { Writer } from '../main/core/db/write';
import { memberStates } from '../main/core/reference/memberStates';
import { readImportRows, readTableFile, type ImportRow } from '../shared/import';
import { HybridLogicalClock } from '../shared/hlc';
import { uuidv7 } from '../shared/ids';

const NOW = Date.parse('2026-11-29T12:00:00Z');
const VALUES = 50_000;
const BUDGET_MS = 1500;
const RATIO_BUDGET = 3;
const RUNS = 3;
const INDICATORS = ['gti', 'homicides', 'refugees', 'arms', 'conflict'];
const FIRST_YEAR = 1960;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** 50,000 values: every State, five indicators, one value a year from 1960 on. */
function valueRows(): ImportRow[] {
  const states = memberStates().map((s) => s.iso3);
  const rows: ImportRow[] = [];
  for (let year = FIRST_YEAR; rows.length < VALUES; year++)
    for (const indicator of INDICATORS)
      for (const iso3 of states) {
        if (rows.length === VALUES) break;
        rows.push({
          line: rows.length + 2,
          state: iso3,
          indicator,
          asOf: `${year}-01-01`,
          value: String(((rows.length * 7919) % 10_000) / 1000),
        });
      }
  return rows;
}

/** The same values as a World Bank-style wide CSV: one line per State and indicator, one column per year. */
function wideCsv(rows: ImportRow[]): string {
  const years = [...new Set(rows.map((r) => r.asOf.slice(0, 4)))].sort();
  const lines = new Map<string, Map<string, string>>();
  for (const r of rows) {
    const k = `${r.state},${r.indicator}`;
    const line = lines.get(k) ?? new Map<string, string>();
    line.set(r.asOf.slice(0, 4), r.value);
    lines.set(k, line);
  }
  const out = [`"Country Code","Indicator Code",${years.map((y) => `"${y}"`).join(',')}`];
  for (const [k, line] of lines) out.push(`${k},${years.map((y) => line.get(y) ?? '').join(',')}`);
  return out.join('\n');
}

export function benchImport(): boolean {
  const dir = mkdtempSync(join(tmpdir(), 'cted-bench-import-'));
  try {
    const templatePath = join(dir, 'template.sqlite');
    const template = openWorkspace(templatePath, { create: true });
    const setup = createDispatcher(template, { now: () => NOW });
    for (const key of INDICATORS) {
      const r = setup.call('indicators.define', {
        key,
        label: `Indicator ${key}`,
        direction: 'higher_is_riskier',
        normalisation: 'minmax',
      });
      if (!r.ok) throw new Error(r.error.message);
    }
    template.close();
    const rows = valueRows();
    let n = 0;
    const fresh = (): Workspace => {
      const path = join(dir, `run-${n++}.sqlite`);
      copyFileSync(templatePath, path);
      return openWorkspace(path);
    };

    const imports: number[] = [];
    const plains: number[] = [];
    const alones: number[] = [];
    const oneByOnes: number[] = [];
    let logRows = 0;
    for (let run = 0; run <= RUNS; run++) {
      // The import through the API, as the app and the CLI call it.
      let ws = fresh();
      const api = createDispatcher(ws, { now: () => NOW });
      let start = performance.now();
      const result = api.call('indicators.import', { fileName: 'bench.csv', rows });
      const importMs = performance.now() - start;
      if (!result.ok) throw new Error(result.error.message);
      if (result.value.imported !== VALUES) throw new Error('The bench import wrote too little.');
      logRows = (
        ws.db
          .prepare("SELECT COUNT(*) AS n FROM change_log WHERE tbl = 'risk_indicators'")
          .get() as {
          n: number;
        }
      ).n;
      ws.close();

      // The same rows with plain INSERTs in one transaction: the values and their chained log.
      ws = fresh();
      const db = ws.db;
      const insert = db.prepare(
        'INSERT INTO risk_indicators (id, iso3, indicator_key, as_of, value, source) VALUES (?, ?, ?, ?, ?, ?)',
      );
      const logRow = db.prepare(
        'INSERT INTO change_log (hlc, site_id, author_id, tbl, row_id, col, old_value, new_value, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      );
      const lastHash = db.prepare('SELECT hash FROM change_log ORDER BY seq DESC LIMIT 1');
      const clock = new HybridLogicalClock(ws.siteId, () => NOW, getMeta(db, 'hlc'));
      start = performance.now();
      db.transaction(() => {
        let previous = (lastHash.get() as { hash: string | null } | undefined)?.hash ?? null;
        // Ids as the app makes them (UUID v7), in ascending order.
        const ids = rows.map(() => uuidv7(NOW)).sort();
        rows.forEach((r, i) => {
          const id = ids[i]!;
          const cells: [string, string | number][] = [
            ['iso3', r.state],
            ['indicator_key', r.indicator],
            ['as_of', r.asOf],
            ['value', Number(r.value)],
            ['source', 'bench.csv'],
          ];
          insert.run(id, r.state, r.indicator, r.asOf, Number(r.value), 'bench.csv');
          const hlc = clock.tick();
          for (const [col, v] of cells) {
            const logged = {
              hlc,
              site_id: ws.siteId,
              author_id: null,
              tbl: 'risk_indicators',
              row_id: id,
              col,
              old_value: null,
              new_value: String(v),
            };
            previous = chainHash(previous, logged);
            logRow.run(...Object.values(logged), previous);
          }
        });
      }).immediate();
      const plainMs = performance.now() - start;
      ws.close();

      // The same values one insert at a time through the write path, as imports wrote them before
      // the batched path (the write alone: no check).
      ws = fresh();
      start = performance.now();
      ws.db
        .transaction(() => {
          const w = new Writer(ws.db, ws.siteId, null, () => NOW);
          for (const r of rows)
            w.insert('risk_indicators', {
              iso3: r.state,
              indicator_key: r.indicator,
              as_of: r.asOf,
              value: Number(r.value),
              source: 'bench.csv',
            });
        })
        .immediate();
      const oneByOneMs = performance.now() - start;
      ws.close();

      // The values alone, without any log.
      ws = fresh();
      const bare = ws.db.prepare(
        'INSERT INTO risk_indicators (id, iso3, indicator_key, as_of, value, source) VALUES (?, ?, ?, ?, ?, ?)',
      );
      start = performance.now();
      ws.db
        .transaction(() => {
          const ids = rows.map(() => uuidv7(NOW)).sort();
          rows.forEach((r, i) =>
            bare.run(ids[i], r.state, r.indicator, r.asOf, Number(r.value), 'bench.csv'),
          );
        })
        .immediate();
      const aloneMs = performance.now() - start;
      ws.close();
      if (run === 0) continue; // warm-up
      imports.push(importMs);
      oneByOnes.push(oneByOneMs);
      plains.push(plainMs);
      alones.push(aloneMs);
    }

    const csv = new TextEncoder().encode(wideCsv(rows));
    const reads: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const start = performance.now();
      const read = readImportRows(readTableFile('bench.csv', csv));
      reads.push(performance.now() - start);
      if (read.rows.length !== VALUES) throw new Error('The wide CSV did not read back in full.');
    }
    reads.shift();

    const [whole, plain, alone, read, oneByOne] = [imports, plains, alones, reads, oneByOnes].map(
      median,
    ) as [number, number, number, number, number];
    const ratio = whole / plain;
    console.log(
      `\nImport of ${VALUES.toLocaleString('en')} indicator values (median ms of ${RUNS})`,
    );
    console.log(
      `  plain INSERTs of the same rows (${VALUES} values + ${logRows} chained change_log rows), one transaction: ${plain.toFixed(0)} ms`,
    );
    console.log(`  plain INSERTs of the values alone (no change log): ${alone.toFixed(0)} ms`);
    console.log(
      `  the values written one insert at a time through the write path (the path before, no check): ${oneByOne.toFixed(0)} ms`,
    );
    console.log(
      `  indicators.import (check, write, audit trail): ${whole.toFixed(0)} ms (budget ${BUDGET_MS} ms) — ${ratio.toFixed(1)}× the plain INSERTs of the same rows (budget ${RATIO_BUDGET}×), ${(whole / alone).toFixed(1)}× the values alone`,
    );
    console.log(
      `  reading the same values from a wide CSV (${(csv.length / 1024).toFixed(0)} kB, one column per year): ${read.toFixed(0)} ms`,
    );
    const ok = whole <= BUDGET_MS && ratio <= RATIO_BUDGET;
    if (!ok) console.log('  over budget: the import');
    return ok;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
