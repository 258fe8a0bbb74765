// Sync (issue 9): applying a bundle of 10,000 changes (2,000 new records of 5 fields) beside
// inserting the same rows in one plain transaction: the records and, since every change applied is
// kept in the audit trail, one chained change_log row per change. Budget: the merge within 3× of
// those plain INSERTs. Also shown: the records alone without any log, the same records written
// locally through the write path, and the whole import (signature, scrypt key derivation,
// decryption, validation, merge), whose key derivation is a fixed cost per bundle by design.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chainHash } from '../main/core/db/audit';
import { createDispatcher } from '../main/core/dispatcher';
import { openWorkspace, setMeta, type Workspace } from '../main/core/db/workspace';
import { Writer } from '../main/core/db/write';
import { DEFAULT_KDF, openPayload, parseBundle } from '../main/core/sync/bundle';
import { BUNDLE_KDF_KEY } from '../main/core/sync/exchange';
import { mergeChanges } from '../main/core/sync/merge';
import { syncSchema, validateChanges } from '../main/core/sync/schema';

const NOW = Date.parse('2026-11-29T12:00:00Z');
const RECORDS = 2_000;
const PASSPHRASE = 'the bench bundle passphrase';
const RATIO_BUDGET = 3;
const RUNS = 5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const row = (i: number) => ({
  iso3: ['KEN', 'PER', 'FRA', 'IND', 'BRA'][i % 5]!,
  kind: 'trend',
  occurred_on: '2026-10-01',
  severity: (i % 5) + 1,
  text: `Signal number ${i}, with a sentence of ordinary length to carry.`,
});

export function benchSync(): boolean {
  const dir = mkdtempSync(join(tmpdir(), 'cted-bench-sync-'));
  const open = (name: string): Workspace => openWorkspace(join(dir, name), { create: true });
  try {
    // The sender: 2,000 records written through the write path (10,000 changes).
    const sender = open('sender.sqlite');
    const senderApi = createDispatcher(sender, { now: () => NOW });
    sender.db
      .transaction(() => {
        const w = new Writer(sender.db, sender.siteId, null, () => NOW);
        for (let i = 0; i < RECORDS; i++) w.insert('signals', row(i));
      })
      .immediate();
    // The receiver, as a template copied for each run.
    const template = open('receiver.sqlite');
    const templateApi = createDispatcher(template, { now: () => NOW });
    const id = (api: ReturnType<typeof createDispatcher>) => {
      const r = api.call('sync.identity', {});
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    };
    const [s, t] = [id(senderApi), id(templateApi)];
    senderApi.call('sync.trustPeer', { siteId: t.siteId, publicKey: t.publicKey, name: 'R' });
    templateApi.call('sync.trustPeer', { siteId: s.siteId, publicKey: s.publicKey, name: 'S' });
    template.close();
    setMeta(sender.db, BUNDLE_KDF_KEY, JSON.stringify(DEFAULT_KDF));
    const made = senderApi.call('sync.exportBundle', { to: t.siteId, passphrase: PASSPHRASE });
    if (!made.ok) throw new Error(made.error.message);
    const bytes = new Uint8Array(Buffer.from(made.value.bundle, 'base64'));
    sender.close();

    const fresh = (n: number): Workspace => {
      const path = join(dir, `run-${n}.sqlite`);
      copyFileSync(join(dir, 'receiver.sqlite'), path);
      return openWorkspace(path);
    };
    let n = 0;
    const merges: number[] = [];
    const imports: number[] = [];
    const plains: number[] = [];
    const writers: number[] = [];
    const sames: number[] = [];
    for (let run = 0; run <= RUNS; run++) {
      // The merge alone: the changes already verified, decrypted and validated.
      let ws = fresh(n++);
      const payload = openPayload(parseBundle(bytes), PASSPHRASE);
      const schema = syncSchema(ws.db);
      const changes = validateChanges(ws.db, schema, payload.changes, NOW);
      let start = performance.now();
      ws.db
        .transaction(() =>
          mergeChanges(
            {
              db: ws.db,
              write: new Writer(ws.db, ws.siteId, null, () => NOW),
              siteId: ws.siteId,
              nowMs: NOW,
            },
            schema,
            changes,
          ),
        )
        .immediate();
      const merge = performance.now() - start;
      ws.close();

      // The whole import through the API.
      ws = fresh(n++);
      const api = createDispatcher(ws, { now: () => NOW });
      const bundle = Buffer.from(bytes).toString('base64');
      start = performance.now();
      const r = api.call('sync.importBundle', { bundle, passphrase: PASSPHRASE });
      const whole = performance.now() - start;
      if (!r.ok) throw new Error(r.error.message);
      ws.close();

      // The same rows in one plain transaction, and through the local write path.
      ws = fresh(n++);
      const insert = ws.db.prepare(
        'INSERT INTO signals (id, iso3, kind, occurred_on, severity, text) VALUES (?, ?, ?, ?, ?, ?)',
      );
      start = performance.now();
      ws.db
        .transaction(() => {
          for (let i = 0; i < RECORDS; i++) {
            const x = row(i);
            insert.run(`r${i}`, x.iso3, x.kind, x.occurred_on, x.severity, x.text);
          }
        })
        .immediate();
      const plain = performance.now() - start;
      start = performance.now();
      ws.db
        .transaction(() => {
          const w = new Writer(ws.db, ws.siteId, null, () => NOW);
          for (let i = 0; i < RECORDS; i++) w.insert('signals', row(i));
        })
        .immediate();
      const writer = performance.now() - start;
      ws.close();

      // The rows the merge writes (the records and one chained change_log row per change), with
      // bare INSERTs in one transaction: what the merge costs beyond writing them.
      ws = fresh(n++);
      const record = ws.db.prepare(
        'INSERT INTO signals (id, iso3, kind, occurred_on, severity, text) VALUES (?, ?, ?, ?, ?, ?)',
      );
      const logRow = ws.db.prepare(
        'INSERT INTO change_log (hlc, site_id, author_id, tbl, row_id, col, old_value, new_value, base_hlc, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      );
      const lastHash = ws.db.prepare('SELECT hash FROM change_log ORDER BY seq DESC LIMIT 1');
      start = performance.now();
      ws.db
        .transaction(() => {
          let previous = (lastHash.get() as { hash: string | null } | undefined)?.hash ?? null;
          const cells = new Map<string, Record<string, string | number>>();
          for (const c of changes) {
            const cell = cells.get(c.rowId) ?? {};
            if (c.table === 'signals') cell[c.column] = c.newValue ?? '';
            cells.set(c.rowId, cell);
            const logged = {
              hlc: c.hlc,
              site_id: c.siteId,
              author_id: c.authorId,
              tbl: c.table,
              row_id: c.rowId,
              col: c.column,
              old_value: c.oldValue,
              new_value: c.newValue,
            };
            previous = chainHash(previous, logged);
            logRow.run(...Object.values(logged), c.baseHlc, previous);
          }
          for (const [id, x] of cells)
            if ('iso3' in x) record.run(id, x.iso3, x.kind, x.occurred_on, x.severity, x.text);
        })
        .immediate();
      const same = performance.now() - start;
      ws.close();
      if (run === 0) continue; // warm-up
      merges.push(merge);
      imports.push(whole);
      plains.push(plain);
      writers.push(writer);
      sames.push(same);
    }
    const [merge, whole, plain, writer, same] = [merges, imports, plains, writers, sames].map(
      median,
    ) as [number, number, number, number, number];
    const ratio = merge / same;
    console.log(`\nSync: a bundle of ${made.value.changes} changes (${RECORDS} new records)`);
    console.log(
      `  plain INSERTs of the rows a merge writes (${RECORDS} records + ${made.value.changes} chained change_log rows), one transaction: ${same.toFixed(1)} ms`,
    );
    console.log(
      `  plain INSERTs of the ${RECORDS} records alone (no change log): ${plain.toFixed(1)} ms`,
    );
    console.log(`  the records written locally through the write path: ${writer.toFixed(1)} ms`);
    console.log(
      `  merge of the bundle, one transaction: ${merge.toFixed(1)} ms — ${ratio.toFixed(1)}× the plain INSERTs of the same rows (budget ${RATIO_BUDGET}×), ${(merge / plain).toFixed(1)}× the records alone, ${(merge / writer).toFixed(1)}× the write path`,
    );
    console.log(
      `  whole import (signature, scrypt N=${DEFAULT_KDF.N}, decryption, validation, merge): ${whole.toFixed(1)} ms`,
    );
    if (ratio > RATIO_BUDGET)
      console.log(
        `  over budget: merge ${ratio.toFixed(1)}× > ${RATIO_BUDGET}× the plain INSERTs of the same rows`,
      );
    return ratio <= RATIO_BUDGET;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
