// Field visit packs (issue 9): issuing a pack through the dispatcher (field.exportPack: scoping the
// State's rows, selecting their changes, trusting the new installation, deflate, scrypt at the
// default parameters, XChaCha20-Poly1305, Ed25519) at demo scale ×1 and ×10, budget 1 s at ×10;
// and opening it (checks, key derivation, a new SQLCipher workspace, the merge of every change).
// The pack is for the visit whose State has the most recorded history: the largest pack.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { hashPassphrase } from '../main/core/auth/passphrase';
import { generateDemo } from '../main/core/demo/generate';
import { createDispatcher } from '../main/core/dispatcher';
import { openWorkspace, type Db } from '../main/core/db/workspace';
import { openPack } from '../main/core/field/pack';
import { scrypt } from '@noble/hashes/scrypt.js';
import { DEFAULT_KDF } from '../main/core/sync/bundle';

const TODAY = '2026-11-29';
const NOW = Date.parse(`${TODAY}T12:00:00Z`);
const EXPORT_BUDGET_MS: Record<number, number> = { 10: 1000 };
const RUNS = 5;
const PASSPHRASE = 'the bench pack passphrase';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The latest visit of the State with the most change-log rows about its visits and reports. */
function heaviestVisit(db: Db): { id: string; iso3: string } {
  return db
    .prepare(
      `SELECT v.id, v.iso3 FROM visits v
       WHERE v.deleted = 0 AND v.iso3 = (
         SELECT iso3 FROM visits x JOIN assessment_reports r ON r.visit_id = x.id
         JOIN recommendations c ON c.report_id = r.id GROUP BY iso3 ORDER BY COUNT(*) DESC LIMIT 1)
       ORDER BY v.start_date DESC LIMIT 1`,
    )
    .get() as { id: string; iso3: string };
}

function benchScale(scale: number): boolean {
  const dir = mkdtempSync(join(tmpdir(), 'cted-bench-field-'));
  try {
    const ws = openWorkspace(join(dir, `hq-x${scale}.sqlite`), { create: true });
    generateDemo(ws, { seed: 2617, scale, today: TODAY });
    const api = createDispatcher(ws, { now: () => NOW });
    const visit = heaviestVisit(ws.db);
    const planner = ws.db
      .prepare("SELECT id FROM users WHERE role = 'planner' ORDER BY name LIMIT 1")
      .pluck()
      .get() as string;
    const team = api.call('visits.update', { id: visit.id, team: ['R. Kaur'] }, { user: planner });
    if (!team.ok) throw new Error(team.error.message);
    const logRows = ws.db.prepare('SELECT COUNT(*) FROM change_log').pluck().get() as number;

    let pack = new Uint8Array();
    const exports: number[] = [];
    for (let run = 0; run <= RUNS; run++) {
      const start = performance.now();
      const made = api.call(
        'field.exportPack',
        { visitId: visit.id, passphrase: PASSPHRASE },
        { user: planner },
      );
      const ms = performance.now() - start;
      if (!made.ok) throw new Error(made.error.message);
      pack = new Uint8Array(Buffer.from(made.value.pack, 'base64'));
      if (run > 0) exports.push(ms); // the first warms the statements and the page cache
    }
    ws.close();

    const passphraseHash = hashPassphrase('the field team member passphrase');
    const opens: number[] = [];
    let changes = 0;
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      const opened = openPack({
        path: join(dir, `field-${run}.sqlite`),
        pack,
        passphrase: PASSPHRASE,
        key: 'the bench field key',
        member: { name: 'R. Kaur', passphraseHash },
        nowMs: NOW,
      });
      opens.push(performance.now() - start);
      changes = opened.changes;
    }

    const exportMs = median(exports);
    const budget = EXPORT_BUDGET_MS[scale];
    console.log(
      `  ×${scale} (${logRows.toLocaleString('en')} changes logged at HQ; pack for ${visit.iso3}: ${changes.toLocaleString('en')} changes, ${pack.length.toLocaleString('en')} bytes)`,
    );
    console.log(
      `    field.exportPack: ${exportMs.toFixed(0)} ms${budget ? ` (budget ${budget} ms)` : ''}; open as an encrypted field workspace: ${median(opens).toFixed(0)} ms`,
    );
    if (budget !== undefined && exportMs > budget) {
      console.log(`    over budget: field.exportPack ${exportMs.toFixed(0)} ms > ${budget} ms`);
      return false;
    }
    return true;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The pack's key derivation alone: a fixed cost of every pack, whatever its size. */
function keyDerivationMs(): number {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    scrypt(PASSPHRASE, new Uint8Array(16), { ...DEFAULT_KDF, dkLen: 32, maxmem: 2 ** 30 });
    runs.push(performance.now() - start);
  }
  return median(runs);
}

export function benchField(): boolean {
  const { N, r, p } = DEFAULT_KDF;
  console.log(
    `\nField visit packs (median of ${RUNS}; of each export and open, the pack's key derivation, scrypt N=${N}, r=${r}, p=${p}, takes ${keyDerivationMs().toFixed(0)} ms)`,
  );
  let ok = true;
  for (const scale of [1, 10]) ok = benchScale(scale) && ok;
  return ok;
}
