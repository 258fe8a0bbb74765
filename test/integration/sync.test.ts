// Sync between installations (issue 9, DESIGN §6) on real SQLite files: bundles, merge, conflicts,
// refusals, convergence of several replicas whatever the order, and `sync --folder`.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../main/core/db/audit';
import { setMeta, type Workspace } from '../../main/core/db/workspace';
import { userTables } from '../../main/core/db/write';
import { createDispatcher } from '../../main/core/dispatcher';
import { parseBundle, sealBundle, type WireChange } from '../../main/core/sync/bundle';
import { BUNDLE_KDF_KEY } from '../../main/core/sync/exchange';
import { identityOf } from '../../main/core/sync/identity';
import type { MethodName, MethodOutput } from '../../shared/api/contract';
import type { SyncConflict } from '../../shared/api/types';
import { uuidv7 } from '../../shared/ids';
import {
  copyOfDemo,
  createTestWorkspace,
  demoTemplate,
  expectRefused,
  noonOf,
  PASSPHRASE,
  tempDir,
  TODAY,
  type TestWorkspace,
} from './helpers';

const BUNDLE_PASSPHRASE = 'blue tractor at dawn';
const NOON = noonOf(TODAY);

/** One installation: a workspace, its planner, and calls at any offset from the test's noon. */
interface Site {
  name: string;
  t: TestWorkspace;
  siteId: string;
  publicKey: string;
  planner: string;
  /** Calls a method as the planner with the clock `offsetMs` after noon; fails the test on an error. */
  call<M extends MethodName>(method: M, input: unknown, offsetMs?: number): MethodOutput<M>;
}

const open: TestWorkspace[] = [];
afterEach(() => {
  for (const t of open.splice(0)) t.close();
});

function makeSite(
  name: string,
  plannerName = `${name} planner`,
  t: TestWorkspace = createTestWorkspace(),
): Site {
  open.push(t);
  // Light key derivation, so that tests exchange many bundles quickly (the default is used in one
  // test below and by the command line).
  setMeta(t.ws.db, BUNDLE_KDF_KEY, JSON.stringify({ N: 1024, r: 1, p: 1 }));
  // No waiting for the disk on each commit: these files are thrown away (durability is not tested here).
  t.ws.db.pragma('synchronous = OFF');
  let planner = '';
  t.seed((w) => (planner = w.insert('users', { name: plannerName, role: 'planner' })));
  const me = t.value('sync.identity', {});
  const dispatchers = new Map<number, ReturnType<typeof createDispatcher>>();
  return {
    name,
    t,
    siteId: me.siteId,
    publicKey: me.publicKey,
    planner,
    call(method, input, offsetMs = 0) {
      let api = dispatchers.get(offsetMs);
      if (!api) {
        api = createDispatcher(t.ws, { now: () => NOON + offsetMs });
        dispatchers.set(offsetMs, api);
      }
      const result = api.call(method, input, { user: planner });
      if (!result.ok) throw new Error(`${name}: ${method} failed: ${JSON.stringify(result.error)}`);
      return result.value as never;
    },
  };
}

function trust(a: Site, b: Site): void {
  a.call('sync.trustPeer', { siteId: b.siteId, publicKey: b.publicKey, name: b.name });
  b.call('sync.trustPeer', { siteId: a.siteId, publicKey: a.publicKey, name: a.name });
}

const bundleFor = (from: Site, to: Site, offsetMs = 0) =>
  from.call('sync.exportBundle', { to: to.siteId, passphrase: BUNDLE_PASSPHRASE }, offsetMs);

const importInto = (to: Site, bundle: string, offsetMs = 0) =>
  to.call('sync.importBundle', { bundle, passphrase: BUNDLE_PASSPHRASE }, offsetMs);

/** Sends what `from` has for `to`, and applies it there. */
function send(from: Site, to: Site) {
  return importInto(to, bundleFor(from, to).bundle);
}

/** A digest of the user data: every user table's rows, by id (rowids differ between sites). */
function userData(ws: Workspace): string {
  const hash = createHash('sha256');
  for (const table of userTables(ws.db)) {
    hash.update(`\n${table}\n`);
    for (const row of ws.db.prepare(`SELECT * FROM ${table} ORDER BY id`).raw().iterate())
      hash.update(JSON.stringify(row));
  }
  return hash.digest('hex');
}

/** A digest of the whole database: every table, every row, and the schema. */
function everything(ws: Workspace): string {
  const hash = createHash('sha256');
  const tables = ws.db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all() as { name: string; sql: string }[];
  for (const { name, sql } of tables) {
    hash.update(`\n${sql}\n`);
    for (const row of ws.db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).raw().iterate())
      hash.update(JSON.stringify(row));
  }
  return hash.digest('hex');
}

/** Every change in the log, as a set of keys (the same change has the same key on every site). */
function changeKeys(ws: Workspace): string[] {
  return (
    ws.db
      .prepare(
        'SELECT hlc, tbl, row_id, col, new_value FROM change_log ORDER BY hlc, tbl, row_id, col',
      )
      .raw()
      .all() as string[][]
  ).map((r) => JSON.stringify(r));
}

const newSignal = (site: Site, text: string, offsetMs = 0) =>
  site.call(
    'signals.create',
    {
      iso3: 'KEN',
      kind: 'trend',
      occurredOn: '2026-10-01',
      severity: 3,
      halfLifeDays: 180,
      source: null,
      text,
    },
    offsetMs,
  );

const signalOf = (site: Site, id: string) =>
  site.t.ws.db.prepare('SELECT * FROM signals WHERE id = ?').get(id) as
    | Record<string, unknown>
    | undefined;

describe('sync between two installations', () => {
  it('carries new records, edits and deletions to a trusted installation, and then only what it lacks', () => {
    const hq = makeSite('HQ');
    const field = makeSite('Field');
    trust(hq, field);
    const a = newSignal(hq, 'Border post reopened');
    const b = newSignal(hq, 'Court reform announced');
    hq.call('signals.update', { id: a.id, severity: 5 });
    hq.call('signals.delete', { id: b.id });

    const first = bundleFor(hq, field);
    expect(first.fileName).toBe(`${hq.siteId}-000001.ctedsync`);
    const applied = importInto(field, first.bundle);
    expect(applied).toMatchObject({ from: { siteId: hq.siteId, name: 'HQ' }, conflicts: 0 });
    expect(applied.applied).toBe(first.changes);
    expect(field.call('signals.list', {}).map((s) => [s.text, s.severity])).toEqual([
      ['Border post reopened', 5],
    ]);
    expect(signalOf(field, b.id)).toMatchObject({ deleted: 1, text: 'Court reform announced' });

    // Field answers: its own changes, and its acknowledgement of HQ's.
    const back = send(field, hq);
    expect(back.applied).toBeGreaterThan(0);
    // HQ now knows what Field holds: its next bundle carries only what happened since (the event
    // recording the merge), and once that is through, nothing is left to send either way.
    const mergeEventCells = hq.t.ws.db
      .prepare(
        "SELECT COUNT(*) FROM change_log WHERE tbl = 'events' AND site_id = ? AND row_id IN (SELECT id FROM events WHERE kind = 'sync.bundle_merged')",
      )
      .pluck()
      .get(hq.siteId);
    expect(mergeEventCells).toBeGreaterThan(0);
    expect(bundleFor(hq, field).changes).toBe(mergeEventCells);
    send(hq, field);
    send(field, hq);
    expect(hq.call('sync.pending', { to: field.siteId }).changes).toBe(0);
    expect(field.call('sync.pending', { to: hq.siteId }).changes).toBe(0);
    expect(userData(hq.t.ws)).toBe(userData(field.t.ws));
    expect(changeKeys(hq.t.ws)).toEqual(changeKeys(field.t.ws));
    // A later edit travels alone.
    hq.call('signals.update', { id: a.id, text: 'Border post closed again' });
    const later = bundleFor(hq, field);
    expect(later.changes).toBe(1);
    importInto(field, later.bundle);
    expect(signalOf(field, a.id)).toMatchObject({ text: 'Border post closed again', severity: 5 });
  });

  it('records who made each change where: the history and the audit trail stay whole after imports', () => {
    const hq = makeSite('HQ', 'Paula Planner');
    const field = makeSite('Field', 'Fatima Field');
    trust(hq, field);
    const anchor = field.t.value('audit.anchor', {});
    const s = newSignal(hq, 'Financial intelligence unit created');
    hq.call('signals.update', { id: s.id, severity: 4 });
    send(hq, field);
    send(field, hq);
    send(hq, field);

    for (const site of [hq, field]) {
      const verdict = verifyAudit(site.t.ws.db);
      expect(verdict.ok, verdict.lines.join('\n')).toBe(true);
    }
    expect(field.t.value('audit.verify', { anchor }).ok).toBe(true);
    const history = field.t.value('audit.history', { table: 'signals', id: s.id });
    expect(history.find((h) => h.column === 'severity')).toMatchObject({
      siteId: hq.siteId,
      authorName: 'Paula Planner',
      oldValue: '3',
      newValue: '4',
    });
    // The merge itself is an event at Field, by the user who imported.
    const merged = field.t.ws.db
      .prepare("SELECT actor_id, payload FROM events WHERE kind = 'sync.bundle_merged'")
      .all() as { actor_id: string; payload: string }[];
    expect(merged.length).toBeGreaterThan(0);
    expect(merged[0]!.actor_id).toBe(field.planner);
  });

  it('moves its clock past the changes it receives, so that its own later edits win', () => {
    const hq = makeSite('HQ');
    const field = makeSite('Field');
    trust(hq, field);
    // HQ's clock runs four minutes ahead (within the five allowed).
    const s = newSignal(hq, 'Early clock', 4 * 60_000);
    importInto(field, bundleFor(hq, field, 4 * 60_000).bundle);
    field.call('signals.update', { id: s.id, text: 'Edited at the field afterwards' });
    send(field, hq);
    expect(signalOf(hq, s.id)).toMatchObject({ text: 'Edited at the field afterwards' });
    expect(hq.call('conflicts.list', {})).toEqual([]);
  });

  it('changes nothing when a bundle holds only changes already here', () => {
    const hq = makeSite('HQ');
    const field = makeSite('Field');
    trust(hq, field);
    newSignal(hq, 'Twice sent');
    // Two bundles with the same changes (Field has acknowledged nothing in between).
    const one = bundleFor(hq, field);
    const two = bundleFor(hq, field);
    expect(two.bundleId).not.toBe(one.bundleId);
    expect(two.changes).toBe(one.changes);
    importInto(field, one.bundle);
    const data = userData(field.t.ws);
    const log = changeKeys(field.t.ws);
    const again = importInto(field, two.bundle);
    expect(again).toMatchObject({ applied: 0, alreadyHad: two.changes, conflicts: 0 });
    expect(userData(field.t.ws)).toBe(data);
    expect(changeKeys(field.t.ws)).toEqual(log);
  });

  it('opens bundles made with the default key derivation', () => {
    const hq = makeSite('HQ');
    const field = makeSite('Field');
    trust(hq, field);
    hq.t.ws.db.prepare('DELETE FROM meta WHERE key = ?').run(BUNDLE_KDF_KEY);
    newSignal(hq, 'Default strength');
    const made = bundleFor(hq, field);
    expect(parseBundle(Buffer.from(made.bundle, 'base64')).header.kdf).toMatchObject({
      N: 2 ** 15,
      r: 8,
      p: 1,
    });
    expect(importInto(field, made.bundle).applied).toBe(made.changes);
  });
});

describe('a whole workspace', () => {
  it('arrives identical in an empty installation: every record of every kind, each field as it was', () => {
    const hq = makeSite('HQ', 'HQ planner', copyOfDemo(demoTemplate()));
    const field = makeSite('Field');
    trust(hq, field);
    const made = bundleFor(hq, field);
    expect(made.changes).toBeGreaterThan(50_000);
    expect(importInto(field, made.bundle)).toMatchObject({ applied: made.changes, conflicts: 0 });
    let compared = 0;
    for (const table of userTables(hq.t.ws.db)) {
      const there = field.t.ws.db.prepare(`SELECT * FROM ${table} WHERE id = ?`);
      for (const row of hq.t.ws.db.prepare(`SELECT * FROM ${table}`).iterate() as Iterable<{
        id: string;
      }>) {
        expect(there.get(row.id), `${table} ${row.id}`).toEqual(row);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(5_000);
    expect(verifyAudit(field.t.ws.db).ok).toBe(true);
  }, 240_000);
});

describe('concurrent edits', () => {
  it('keep the losing value in conflicts on both sides, with both values, who and when; the resolution syncs', () => {
    const hq = makeSite('HQ', 'Paula Planner');
    const field = makeSite('Field', 'Fatima Field');
    trust(hq, field);
    const s = newSignal(hq, 'Original wording');
    send(hq, field);
    send(field, hq);

    // Both edit the same field without seeing the other's edit; Field's is a second later.
    hq.call('signals.update', { id: s.id, text: 'HQ wording' });
    field.call('signals.update', { id: s.id, text: 'Field wording' }, 1000);
    // Different fields of the same record are not a conflict: both edits stay.
    hq.call('signals.update', { id: s.id, severity: 5 });
    send(field, hq);
    // Found by HQ as soon as Field's newer edit arrives.
    expect(hq.call('conflicts.list', {}).map((c) => c.lost.value)).toEqual(['HQ wording']);
    send(hq, field);

    for (const site of [hq, field]) {
      expect(signalOf(site, s.id)).toMatchObject({ text: 'Field wording', severity: 5 });
      const conflicts = site.call('conflicts.list', {});
      expect(conflicts).toHaveLength(1);
      expect(conflicts[0]).toMatchObject({
        kind: 'edit',
        table: 'signals',
        rowId: s.id,
        // What the record is, for the person reviewing it.
        record: { stateName: 'Kenya', summary: 'Field wording', from: '2026-10-01', to: null },
        column: 'text',
        current: 'Field wording',
        recordDeleted: false,
        kept: { value: 'Field wording', siteId: field.siteId, authorName: 'Fatima Field' },
        lost: { value: 'HQ wording', siteId: hq.siteId, authorName: 'Paula Planner' },
        resolvedAt: null,
      });
      expect(conflicts[0]!.kept.at).toBe(new Date(NOON + 1000).toISOString());
      expect(conflicts[0]!.lost.at).toBe(new Date(NOON).toISOString());
    }
    // The same conflict, recorded once, on both sides.
    expect(hq.call('conflicts.list', {})[0]!.id).toBe(field.call('conflicts.list', {})[0]!.id);
    expect(hq.call('conflicts.list', {})[0]!.kept.siteName).toBe('Field');
    expect(field.call('conflicts.list', {})[0]!.kept.siteName).toBe('this installation');

    // HQ keeps its own wording: a new change, which reaches the field.
    const id = hq.call('conflicts.list', {})[0]!.id;
    const resolved = hq.call('conflicts.resolve', { id, keep: 'other' }, 2000);
    expect(resolved).toMatchObject({
      resolution: 'other',
      resolvedBy: 'Paula Planner',
      current: 'HQ wording',
    });
    expect(hq.call('conflicts.list', {})).toEqual([]);
    expect(hq.call('conflicts.list', { open: false })).toHaveLength(1);
    send(hq, field);
    expect(signalOf(field, s.id)).toMatchObject({ text: 'HQ wording' });
    const there = field.call('conflicts.list', { open: false });
    expect(there).toHaveLength(1);
    expect(there[0]).toMatchObject({ resolution: 'other', resolvedBy: 'Paula Planner' });
    expect(field.call('conflicts.list', {})).toEqual([]);
    // Resolved is resolved: no new conflict, same data on both sides.
    send(field, hq);
    expect(userData(hq.t.ws)).toBe(userData(field.t.ws));
  });

  it('let a person write a third value, or keep the current one', () => {
    const hq = makeSite('HQ');
    const field = makeSite('Field');
    trust(hq, field);
    const s = newSignal(hq, 'Start');
    send(hq, field);
    hq.call('signals.update', { id: s.id, text: 'A', severity: 1 });
    field.call('signals.update', { id: s.id, text: 'B', severity: 2 }, 1000);
    send(field, hq);
    const [severity, text] = (['severity', 'text'] as const).map(
      (column) => hq.call('conflicts.list', {}).find((c) => c.column === column)!,
    );
    hq.call('conflicts.resolve', { id: text!.id, keep: 'value', value: 'A and B together' }, 2000);
    hq.call('conflicts.resolve', { id: severity!.id, keep: 'current' }, 2000);
    expect(signalOf(hq, s.id)).toMatchObject({ text: 'A and B together', severity: 2 });
    send(hq, field);
    expect(signalOf(field, s.id)).toMatchObject({ text: 'A and B together', severity: 2 });
    expect(field.call('conflicts.list', {})).toEqual([]);
  });

  it('are not conflicts when one side edits after seeing the other’s value', () => {
    const hq = makeSite('HQ');
    const field = makeSite('Field');
    trust(hq, field);
    const s = newSignal(hq, 'First');
    send(hq, field);
    field.call('signals.update', { id: s.id, text: 'Second, at the field' });
    send(field, hq);
    hq.call('signals.update', { id: s.id, text: 'Third, at HQ after reading the second' }, 1000);
    send(hq, field);
    expect(signalOf(field, s.id)).toMatchObject({ text: 'Third, at HQ after reading the second' });
    expect(field.call('conflicts.list', {})).toEqual([]);
    expect(hq.call('conflicts.list', {})).toEqual([]);
  });
});

describe('deletions', () => {
  it('win over edits made before them, whichever arrives first', () => {
    const hq = makeSite('HQ');
    const field = makeSite('Field');
    trust(hq, field);
    const s = newSignal(hq, 'To be deleted');
    send(hq, field);
    field.call('signals.update', { id: s.id, text: 'Edited before the deletion' });
    hq.call('signals.delete', { id: s.id }, 1000);
    send(hq, field);
    send(field, hq);
    for (const site of [hq, field]) {
      expect(signalOf(site, s.id)).toMatchObject({
        deleted: 1,
        text: 'Edited before the deletion',
      });
      expect(site.call('signals.list', {})).toEqual([]);
      expect(site.call('conflicts.list', {})).toEqual([]);
    }
  });

  it('hide an edit made after them by a site that had not seen them: kept as a conflict, and keeping it restores the record', () => {
    const hq = makeSite('HQ');
    const field = makeSite('Field');
    trust(hq, field);
    const s = newSignal(hq, 'Deleted at HQ');
    send(hq, field);
    hq.call('signals.delete', { id: s.id });
    field.call('signals.update', { id: s.id, text: 'Still relevant, says the field' }, 1000);
    send(field, hq);
    send(hq, field);
    for (const site of [hq, field]) {
      expect(signalOf(site, s.id)).toMatchObject({ deleted: 1 });
      const [c] = site.call('conflicts.list', {}) as SyncConflict[];
      expect(c).toMatchObject({
        kind: 'deleted',
        column: 'text',
        recordDeleted: true,
        kept: { value: '1', siteId: hq.siteId },
        lost: { value: 'Still relevant, says the field', siteId: field.siteId },
      });
    }
    const id = hq.call('conflicts.list', {})[0]!.id;
    hq.call('conflicts.resolve', { id, keep: 'other' }, 2000);
    send(hq, field);
    for (const site of [hq, field])
      expect(site.call('signals.list', {}).map((x) => x.text)).toEqual([
        'Still relevant, says the field',
      ]);
  });
});

describe('a bundle that cannot be trusted, opened or applied', () => {
  /** HQ and Field trusting each other, with a valid bundle from Field waiting. */
  function pair() {
    const hq = makeSite('HQ');
    const field = makeSite('Field');
    trust(hq, field);
    newSignal(field, 'Meeting with the border police');
    return { hq, field, bundle: bundleFor(field, hq).bundle };
  }

  /** Imports into HQ and expects the refusal, with nothing changed at all. */
  function refused(
    hq: Site,
    bundle: string | Uint8Array,
    reason: string,
    message: RegExp,
    passphrase = BUNDLE_PASSPHRASE,
  ) {
    const before = everything(hq.t.ws);
    const result = hq.t.api.call(
      'sync.importBundle',
      {
        bundle: typeof bundle === 'string' ? bundle : Buffer.from(bundle).toString('base64'),
        passphrase,
      },
      { user: hq.planner },
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.details).toEqual({ reason });
      expect(result.error.message).toMatch(message);
      expect(result.error.message).toMatch(/Nothing from the bundle was applied\.$/);
    }
    expect(everything(hq.t.ws)).toBe(before);
  }

  /** A bundle signed by Field's own key, holding the given changes: what a newer or broken app could send. */
  function craft(field: Site, changes: WireChange[], createdHlc?: string): Uint8Array {
    const me = identityOf(field.t.ws.db);
    const hlc = createdHlc ?? `${new Date(NOON).toISOString()}-0fff-${field.siteId}`;
    return sealBundle({
      bundleId: uuidv7(NOON),
      sender: me,
      recipient: null,
      createdHlc: hlc,
      payload: { changes, seen: { [field.siteId]: hlc }, from: {} },
      passphrase: BUNDLE_PASSPHRASE,
      kdf: { N: 1024, r: 1, p: 1 },
    });
  }
  const change = (field: Site, table: string, column: string, value: string | null): WireChange => [
    `${new Date(NOON).toISOString()}-0ff0-${field.siteId}`,
    field.siteId,
    null,
    table,
    uuidv7(NOON),
    column,
    null,
    value,
    null,
  ];

  it('is applied when nothing is wrong with it (the baseline of the refusals below)', () => {
    const { hq, bundle } = pair();
    expect(importInto(hq, bundle).applied).toBeGreaterThan(0);
  });

  it('refuses a bit flipped in the encrypted part', () => {
    const { hq, bundle } = pair();
    const bytes = Buffer.from(bundle, 'base64');
    bytes[bytes.length - 100] = bytes[bytes.length - 100]! ^ 0x01;
    refused(hq, bytes, 'tampered', /signature does not match its contents/);
  });

  it('refuses a header changed in place (a digit of its nonce)', () => {
    const { hq, bundle } = pair();
    const text = Buffer.from(bundle, 'base64').toString('latin1');
    const at = text.indexOf('"nonce":"') + '"nonce":"'.length;
    const changed = `${text.slice(0, at)}${text[at] === '0' ? '1' : '0'}${text.slice(at + 1)}`;
    refused(
      hq,
      Buffer.from(changed, 'latin1'),
      'tampered',
      /signature does not match its contents/,
    );
    const broken = text.replace('"changeCount":', '"changeCount":1');
    refused(hq, Buffer.from(broken, 'latin1'), 'tampered', /header is damaged or was altered/);
  });

  it('refuses a wrong passphrase', () => {
    const { hq, bundle } = pair();
    refused(
      hq,
      bundle,
      'wrong_passphrase',
      /passphrase does not open this bundle/,
      'red tractor at dusk',
    );
  });

  it('refuses a bundle from an installation it does not trust, naming its key’s fingerprint', () => {
    const hq = makeSite('HQ');
    const stranger = makeSite('Stranger');
    stranger.call('sync.trustPeer', { siteId: hq.siteId, publicKey: hq.publicKey, name: 'HQ' });
    newSignal(stranger, 'Unsolicited');
    const made = stranger.call('sync.exportBundle', { passphrase: BUNDLE_PASSPHRASE });
    const fp = stranger.call('sync.identity', {}).fingerprint;
    refused(hq, made.bundle, 'untrusted', new RegExp(`does not trust.*${fp}`));
    // Trusted, then no longer: refused again.
    trust(hq, stranger);
    hq.call('sync.revokePeer', { siteId: stranger.siteId });
    refused(hq, made.bundle, 'untrusted', /does not trust/);
  });

  it('refuses a bundle claiming a trusted installation but signed with another key (forged)', () => {
    const { hq, field } = pair();
    const impostor = makeSite('Impostor');
    const key = identityOf(impostor.t.ws.db);
    const hlc = `${new Date(NOON).toISOString()}-0001-${field.siteId}`;
    const forged = sealBundle({
      bundleId: uuidv7(NOON),
      sender: { siteId: field.siteId, publicKey: key.publicKey, privateKey: key.privateKey },
      recipient: null,
      createdHlc: hlc,
      payload: { changes: [change(field, 'signals', 'text', 'forged')], seen: {}, from: {} },
      passphrase: BUNDLE_PASSPHRASE,
      kdf: { N: 1024, r: 1, p: 1 },
    });
    refused(hq, forged, 'untrusted', /signed with another key than the one trusted for it/);
  });

  it('refuses a replayed bundle', () => {
    const { hq, bundle } = pair();
    importInto(hq, bundle);
    refused(hq, bundle, 'replayed', /already imported/);
  });

  it('refuses changes dated more than five minutes ahead of its clock', () => {
    const hq = makeSite('HQ');
    const field = makeSite('Field');
    trust(hq, field);
    const ahead = 6 * 60_000;
    newSignal(field, 'From a laptop whose clock is fast', ahead);
    const made = bundleFor(field, hq, ahead);
    refused(hq, made.bundle, 'clock_ahead', /more than 5 minutes ahead.*Check the date and time/);
    // A bundle dated now holding one change from the future is refused too.
    const future: WireChange = [
      `${new Date(NOON + ahead).toISOString()}-0000-${field.siteId}`,
      field.siteId,
      null,
      'signals',
      uuidv7(NOON),
      'text',
      null,
      'x',
      null,
    ];
    refused(
      hq,
      craft(field, [future]),
      'clock_ahead',
      /holds a change dated .* more than 5 minutes ahead/,
    );
    // With HQ's clock right (or Field's), the same changes go through.
    expect(importInto(hq, made.bundle, ahead).applied).toBe(made.changes);
  });

  it('refuses a change to a table or a field this workspace does not have', () => {
    const { hq, field } = pair();
    refused(
      hq,
      craft(field, [change(field, 'site_sketches', 'caption', 'Border post')]),
      'unknown_table',
      /records of a kind this workspace does not have \(“site_sketches”.*update this app/,
    );
    refused(
      hq,
      craft(field, [change(field, 'signals', 'colour', 'red')]),
      'unknown_column',
      /a field this workspace does not have \(“colour” of signals/,
    );
    // Tables that are not user data are never written by a bundle.
    refused(hq, craft(field, [change(field, 'meta', 'value', 'x')]), 'unknown_table', /“meta”/);
    refused(
      hq,
      craft(field, [change(field, 'sync_peers', 'public_key', '00')]),
      'unknown_table',
      /“sync_peers”/,
    );
  });

  it('refuses values of the wrong kind and malformed changes', () => {
    const { hq, field } = pair();
    refused(
      hq,
      craft(field, [change(field, 'signals', 'severity', 'very high')]),
      'invalid_change',
      /must be a number/,
    );
    refused(
      hq,
      craft(field, [change(field, 'signals', 'iso3', 'XXX')]),
      'invalid_change',
      /not a known member_states entry/,
    );
    refused(
      hq,
      craft(field, [change(field, 'signals', 'deleted', '7')]),
      'invalid_change',
      /0 or 1/,
    );
    const otherSite = change(field, 'signals', 'text', 'x');
    otherSite[1] = 'someoneelse';
    refused(hq, craft(field, [otherSite]), 'invalid_change', /another installation/);
  });

  it('refuses a truncated file, and one that is not a bundle', () => {
    const { hq, bundle } = pair();
    const bytes = Buffer.from(bundle, 'base64');
    refused(hq, bytes.subarray(0, bytes.length - 10), 'truncated', /incomplete.*Copy it again/);
    refused(hq, bytes.subarray(0, 20), 'truncated', /incomplete/);
    refused(
      hq,
      Buffer.from('SQLite format 3\0 certainly not a bundle'),
      'not_a_bundle',
      /not a CTED/,
    );
  });

  it('refuses its own bundles and bundles made for another installation', () => {
    const { hq, field, bundle } = pair();
    const third = makeSite('Third');
    trust(field, third);
    trust(hq, third);
    const forThird = bundleFor(field, third).bundle;
    refused(hq, forThird, 'not_for_us', /made for another installation/);
    const own = hq.call('sync.exportBundle', { passphrase: BUNDLE_PASSPHRASE }).bundle;
    refused(hq, own, 'own_bundle', /made by this installation/);
    expect(importInto(hq, bundle).applied).toBeGreaterThan(0);
  });

  it('refuses a bundle that continues from changes it does not have', () => {
    const hq = makeSite('HQ');
    const field = makeSite('Field');
    trust(hq, field);
    newSignal(field, 'First');
    const since = `${new Date(NOON).toISOString()}-0fff-0`;
    newSignal(field, 'Second', 1000);
    const partial = field.call(
      'sync.exportBundle',
      { to: hq.siteId, since, passphrase: BUNDLE_PASSPHRASE },
      1000,
    );
    refused(
      hq,
      partial.bundle,
      'missing_earlier',
      /continues from changes this workspace does not have/,
    );
  });

  it('checks every field of its input', () => {
    const { hq } = pair();
    expectRefused(
      hq.t,
      'sync.importBundle',
      { bundle: 'not base64!', passphrase: 'x' },
      'VALIDATION',
      hq.planner,
    );
    expectRefused(hq.t, 'sync.importBundle', { bundle: 'AAAA' }, 'VALIDATION', hq.planner);
    expectRefused(hq.t, 'sync.exportBundle', { passphrase: 'short' }, 'VALIDATION', hq.planner);
    expectRefused(
      hq.t,
      'sync.exportBundle',
      { passphrase: BUNDLE_PASSPHRASE, to: 'nobody' },
      'NOT_FOUND',
      hq.planner,
    );
    expectRefused(
      hq.t,
      'sync.exportBundle',
      { passphrase: BUNDLE_PASSPHRASE, since: 'yesterday' },
      'VALIDATION',
      hq.planner,
    );
  });
});

describe('trusted installations and conflicts: who may do what, and bad input', () => {
  it('trusts a key once, refuses another key for the same installation, and its own', () => {
    const hq = makeSite('HQ');
    const field = makeSite('Field');
    const peer = hq.call('sync.trustPeer', {
      siteId: field.siteId,
      publicKey: field.publicKey.toUpperCase(),
      name: 'Field laptop 1',
    });
    expect(peer).toMatchObject({
      siteId: field.siteId,
      publicKey: field.publicKey,
      fingerprint: field.call('sync.identity', {}).fingerprint,
      trustedBy: 'HQ planner',
      bundlesImported: 0,
    });
    expect(hq.call('sync.peers', {})).toHaveLength(1);
    const other = makeSite('Other');
    expectRefused(
      hq.t,
      'sync.trustPeer',
      { siteId: field.siteId, publicKey: other.publicKey, name: 'Field laptop 1' },
      'CONFLICT',
      hq.planner,
    );
    expectRefused(
      hq.t,
      'sync.trustPeer',
      { siteId: hq.siteId, publicKey: hq.publicKey, name: 'Me' },
      'VALIDATION',
      hq.planner,
    );
    expectRefused(
      hq.t,
      'sync.trustPeer',
      { siteId: 'abc', publicKey: 'f'.repeat(63), name: 'Short key' },
      'VALIDATION',
      hq.planner,
    );
    expectRefused(hq.t, 'sync.revokePeer', { siteId: 'abc' }, 'NOT_FOUND', hq.planner);
  });

  it('lets only planners and administrators exchange bundles and resolve conflicts', () => {
    const hq = makeSite('HQ');
    let ctc = '';
    let fieldUser = '';
    hq.t.seed((w) => {
      ctc = w.insert('users', { name: 'Carl Committee', role: 'ctc_member' });
      fieldUser = w.insert('users', { name: 'Fiona Field', role: 'field' });
    });
    for (const user of [ctc, fieldUser]) {
      expectRefused(
        hq.t,
        'sync.exportBundle',
        { passphrase: BUNDLE_PASSPHRASE },
        'FORBIDDEN',
        user,
      );
      expectRefused(
        hq.t,
        'sync.importBundle',
        { bundle: 'AAAA', passphrase: 'x' },
        'FORBIDDEN',
        user,
      );
      expectRefused(
        hq.t,
        'sync.trustPeer',
        { siteId: 'abc', publicKey: hq.publicKey, name: 'x' },
        'FORBIDDEN',
        user,
      );
      expectRefused(hq.t, 'conflicts.resolve', { id: 'x', keep: 'current' }, 'FORBIDDEN', user);
      expect(hq.t.api.call('conflicts.list', {}, { user }).ok).toBe(true);
      expect(hq.t.api.call('sync.identity', {}, { user }).ok).toBe(true);
    }
  });

  it('refuses to resolve a conflict that does not exist, is resolved, or with a value that does not fit', () => {
    const hq = makeSite('HQ');
    const field = makeSite('Field');
    trust(hq, field);
    const s = newSignal(hq, 'Start');
    send(hq, field);
    hq.call('signals.update', { id: s.id, severity: 1 });
    field.call('signals.update', { id: s.id, severity: 2 }, 1000);
    send(field, hq);
    const [c] = hq.call('conflicts.list', {});
    expectRefused(
      hq.t,
      'conflicts.resolve',
      { id: 'nope', keep: 'current' },
      'NOT_FOUND',
      hq.planner,
    );
    expectRefused(
      hq.t,
      'conflicts.resolve',
      { id: c!.id, keep: 'value' },
      'VALIDATION',
      hq.planner,
    );
    expectRefused(
      hq.t,
      'conflicts.resolve',
      { id: c!.id, keep: 'other', value: 3 },
      'VALIDATION',
      hq.planner,
    );
    expectRefused(
      hq.t,
      'conflicts.resolve',
      { id: c!.id, keep: 'value', value: 'severe' },
      'VALIDATION',
      hq.planner,
    );
    expectRefused(
      hq.t,
      'conflicts.resolve',
      { id: c!.id, keep: 'maybe' },
      'VALIDATION',
      hq.planner,
    );
    hq.call('conflicts.resolve', { id: c!.id, keep: 'value', value: 4 }, 2000);
    expect(signalOf(hq, s.id)).toMatchObject({ severity: 4 });
    expectRefused(
      hq.t,
      'conflicts.resolve',
      { id: c!.id, keep: 'current' },
      'CONFLICT',
      hq.planner,
    );
  });
});

// ---- Convergence ---------------------------------------------------------------------------

type Op =
  | { kind: 'create'; site: number }
  | { kind: 'edit'; site: number; pick: number; column: 'text' | 'severity'; severity: number }
  | { kind: 'delete'; site: number; pick: number }
  | { kind: 'send'; from: number; to: number; fate: 'deliver' | 'drop' | 'hold' | 'twice' }
  | { kind: 'deliverHeld'; pick: number };

const opArb = (sites: number): fc.Arbitrary<Op> => {
  const site = fc.integer({ min: 0, max: sites - 1 });
  return fc.oneof(
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('create' as const), site }) },
    {
      weight: 4,
      arbitrary: fc.record({
        kind: fc.constant('edit' as const),
        site,
        pick: fc.nat(),
        column: fc.constantFrom('text' as const, 'severity' as const),
        severity: fc.integer({ min: 1, max: 5 }),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant('delete' as const), site, pick: fc.nat() }),
    },
    {
      weight: 4,
      arbitrary: fc.record({
        kind: fc.constant('send' as const),
        from: site,
        to: site,
        fate: fc.constantFrom(
          'deliver' as const,
          'drop' as const,
          'hold' as const,
          'twice' as const,
        ),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant('deliverHeld' as const), pick: fc.nat() }),
    },
  );
};

interface LogRow {
  hlc: string;
  site_id: string;
  tbl: string;
  row_id: string;
  col: string;
  new_value: string | null;
}

describe('convergence', () => {
  it('brings 3 to 5 replicas to identical user data whatever the order, duplication and loss of bundles; every concurrent loss is in conflicts, no change is lost', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 3, max: 5 })
          .chain((n) =>
            fc.tuple(fc.constant(n), fc.array(opArb(n), { minLength: 10, maxLength: 35 })),
          ),
        ([n, ops]) => {
          const sites = Array.from({ length: n }, (_, i) => makeSite(`R${i}`));
          for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) trust(sites[i]!, sites[j]!);
          // What each replica knows (keys of changes), and what each change's replica knew when made.
          const keyOf = (r: LogRow) => `${r.hlc}|${r.tbl}|${r.row_id}|${r.col}`;
          const knows = sites.map((s) => new Set(logOf(s).map(keyOf)));
          const knewWhenMade = new Map<string, Set<string>>();
          const made = new Set<string>();
          const held: { to: number; bundle: string; knowledge: Set<string> }[] = [];
          let texts = 0;

          function logOf(s: Site): LogRow[] {
            return s.t.ws.db
              .prepare(
                'SELECT seq, hlc, site_id, tbl, row_id, col, new_value FROM change_log ORDER BY seq',
              )
              .all() as LogRow[];
          }
          /** Runs a local operation and records its changes with what the replica knew before. */
          function local(i: number, fn: () => void): void {
            const s = sites[i]!;
            const before = s.t.ws.db
              .prepare('SELECT MAX(seq) FROM change_log')
              .pluck()
              .get() as number;
            fn();
            const snapshot = new Set(knows[i]);
            for (const r of s.t.ws.db
              .prepare(
                'SELECT hlc, site_id, tbl, row_id, col, new_value FROM change_log WHERE seq > ?',
              )
              .all(before) as LogRow[]) {
              knewWhenMade.set(keyOf(r), snapshot);
              made.add(keyOf(r));
              knows[i]!.add(keyOf(r));
            }
          }
          /** Imports a bundle made when its sender knew `knowledge`; returns how many changes were new. */
          function deliver(
            to: number,
            bundle: string,
            knowledge: Set<string>,
            expectReplay = false,
          ): number {
            const s = sites[to]!;
            const before = s.t.ws.db
              .prepare('SELECT MAX(seq) FROM change_log')
              .pluck()
              .get() as number;
            const result = sites[to]!.t.api.call(
              'sync.importBundle',
              { bundle, passphrase: BUNDLE_PASSPHRASE },
              { user: sites[to]!.planner },
            );
            if (expectReplay) {
              expect(result.ok).toBe(false);
              if (!result.ok) expect(result.error.details).toEqual({ reason: 'replayed' });
              return 0;
            }
            expect(result.ok, JSON.stringify(!result.ok && result.error)).toBe(true);
            for (const k of knowledge) knows[to]!.add(k);
            const rows = s.t.ws.db
              .prepare(
                'SELECT hlc, site_id, tbl, row_id, col, new_value FROM change_log WHERE seq > ?',
              )
              .all(before) as LogRow[];
            for (const r of rows) knows[to]!.add(keyOf(r));
            // The merge may record conflicts and an event: changes made knowing the bundle.
            const snapshot = new Set(knows[to]);
            for (const r of rows.filter((x) => x.site_id === s.siteId)) {
              knewWhenMade.set(keyOf(r), snapshot);
              made.add(keyOf(r));
            }
            return result.ok ? result.value.applied : 0;
          }
          const liveSignals = (i: number) =>
            sites[i]!.t.ws.db.prepare('SELECT id FROM signals WHERE deleted = 0 ORDER BY id')
              .pluck()
              .all() as string[];

          for (const op of ops) {
            if (op.kind === 'create') {
              local(op.site, () => newSignal(sites[op.site]!, `t${texts++}`));
            } else if (op.kind === 'edit' || op.kind === 'delete') {
              const live = liveSignals(op.site);
              if (live.length === 0) continue;
              const id = live[op.pick % live.length]!;
              local(op.site, () => {
                if (op.kind === 'delete') sites[op.site]!.call('signals.delete', { id });
                else if (op.column === 'text')
                  sites[op.site]!.call('signals.update', { id, text: `t${texts++}` });
                else sites[op.site]!.call('signals.update', { id, severity: op.severity });
              });
            } else if (op.kind === 'send') {
              if (op.from === op.to) continue;
              const from = sites[op.from]!;
              const knowledge = new Set(knows[op.from]);
              const { bundle } = bundleFor(from, sites[op.to]!);
              if (op.fate === 'deliver') deliver(op.to, bundle, knowledge);
              else if (op.fate === 'twice') {
                deliver(op.to, bundle, knowledge);
                deliver(op.to, bundle, knowledge, true);
              } else if (op.fate === 'hold') held.push({ to: op.to, bundle, knowledge });
            } else if (held.length > 0) {
              const [late] = held.splice(op.pick % held.length, 1);
              deliver(late!.to, late!.bundle, late!.knowledge);
            }
          }
          // Late bundles arrive after all, then everyone exchanges until nothing is left to send.
          for (const late of held.splice(0)) deliver(late.to, late.bundle, late.knowledge);
          let rounds = 0;
          for (let moved = 1; moved > 0; rounds++) {
            expect(rounds).toBeLessThan(6);
            moved = 0;
            for (let i = 0; i < n; i++)
              for (let j = 0; j < n; j++)
                if (i !== j)
                  moved += deliver(j, bundleFor(sites[i]!, sites[j]!).bundle, new Set(knows[i]));
          }

          // Identical user data everywhere, and the same changes in every log: none lost.
          const digest = userData(sites[0]!.t.ws);
          const log = changeKeys(sites[0]!.t.ws);
          for (const s of sites) {
            expect(userData(s.t.ws)).toBe(digest);
            expect(changeKeys(s.t.ws)).toEqual(log);
            expect(verifyAudit(s.t.ws.db).ok).toBe(true);
          }
          const all = logOf(sites[0]!);
          for (const k of made) expect(all.some((r) => keyOf(r) === k)).toBe(true);

          // Every recorded edit conflict is a true concurrency: the kept change's replica had not
          // seen the lost one when it was made.
          const conflicts = sites[0]!.t.ws.db
            .prepare('SELECT kind, tbl, row_id, col, kept_hlc, lost_hlc FROM conflicts')
            .all() as {
            kind: string;
            tbl: string;
            row_id: string;
            col: string;
            kept_hlc: string;
            lost_hlc: string;
          }[];
          for (const c of conflicts.filter((x) => x.kind === 'edit')) {
            const kept = `${c.kept_hlc}|${c.tbl}|${c.row_id}|${c.col}`;
            const lost = `${c.lost_hlc}|${c.tbl}|${c.row_id}|${c.col}`;
            expect(knewWhenMade.get(kept)?.has(lost)).toBe(false);
          }
          // Every silent loss is in conflicts: a text (every text is unique) that is not the final
          // value and that nobody overwrote knowingly.
          const lostHlcs = new Set(
            conflicts.map((c) => `${c.lost_hlc}|${c.tbl}|${c.row_id}|${c.col}`),
          );
          const cells = new Map<string, LogRow[]>();
          for (const r of all.filter((x) => x.tbl === 'signals' && x.col === 'text')) {
            const cell = `${r.row_id}`;
            cells.set(cell, [...(cells.get(cell) ?? []), r]);
          }
          for (const history of cells.values()) {
            const final = history.reduce((a, b) => (b.hlc > a.hlc ? b : a));
            for (const l of history) {
              if (l === final || l.new_value === final.new_value) continue;
              const knowingly = history.some(
                (w) => w !== l && knewWhenMade.get(keyOf(w))?.has(keyOf(l)),
              );
              if (!knowingly) expect(lostHlcs.has(keyOf(l)), `lost ${keyOf(l)}`).toBe(true);
            }
          }
          // Every edit made after the deletion that hides its record is in conflicts.
          for (const t of all.filter(
            (x) => x.tbl === 'signals' && x.col === 'deleted' && x.new_value === '1',
          )) {
            const newest = all
              .filter((x) => x.tbl === 'signals' && x.row_id === t.row_id && x.col === 'deleted')
              .reduce((a, b) => (b.hlc > a.hlc ? b : a));
            if (newest !== t) continue;
            for (const e of all.filter(
              (x) =>
                x.tbl === 'signals' &&
                x.row_id === t.row_id &&
                x.col !== 'deleted' &&
                x.hlc > t.hlc,
            ))
              expect(lostHlcs.has(keyOf(e)), `hidden ${keyOf(e)}`).toBe(true);
          }
          for (const t of open.splice(0)) t.close();
        },
      ),
      { numRuns: 15 },
    );
  }, 240_000);
});

// ---- The command line ----------------------------------------------------------------------

function cli(env: Record<string, string>, ...args: string[]) {
  const {
    CTED_PASSPHRASE: _p,
    CTED_API_KEY: _k,
    CTED_WORKSPACE_KEY: _w,
    CTED_BUNDLE_PASSPHRASE: _b,
    ...inherited
  } = process.env;
  const r = spawnSync(process.execPath, ['bin/cted-planner.mjs', ...args], {
    encoding: 'utf8',
    env: { ...inherited, CTED_PASSPHRASE: PASSPHRASE, ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('cted-planner sync --folder', () => {
  it('drops an outgoing bundle named by site and sequence, and applies incoming ones once', () => {
    const dir = tempDir();
    const folder = tempDir('cted-usb-');
    const [hq, field] = ['hq', 'field'].map((n) => join(dir, `${n}.sqlite`));
    // Each workspace has its own administrator, named so: users sync, sign-in stays local.
    const admin = (db: string) => ['--user', db === hq ? 'HQ Admin' : 'Field Admin'];
    for (const db of [hq!, field!])
      expect(cli({}, 'init', '--db', db, '--admin', admin(db)[1]!).code).toBe(0);
    const identity = (db: string) =>
      JSON.parse(cli({}, 'call', 'sync.identity', '--db', db, ...admin(db)).out) as {
        siteId: string;
        publicKey: string;
      };
    const [h, f] = [identity(hq!), identity(field!)];
    const trustCall = (db: string, peer: typeof h, name: string) =>
      cli(
        {},
        'call',
        'sync.trustPeer',
        JSON.stringify({ siteId: peer.siteId, publicKey: peer.publicKey, name }),
        '--db',
        db,
        ...admin(db),
      );
    expect(trustCall(hq!, f, 'Field laptop').code).toBe(0);
    expect(trustCall(field!, h, 'HQ').code).toBe(0);
    const created = cli(
      {},
      'call',
      'signals.create',
      JSON.stringify({
        iso3: 'KEN',
        kind: 'event',
        occurredOn: '2020-01-01',
        severity: 2,
        halfLifeDays: 90,
        source: null,
        text: 'Carried on a USB stick',
      }),
      '--db',
      hq!,
      ...admin(hq!),
    );
    expect(created.code, created.err).toBe(0);

    const passphraseFile = join(dir, 'bundle-passphrase.txt');
    writeFileSync(passphraseFile, `${BUNDLE_PASSPHRASE}\n`);
    const atHq = cli(
      {},
      'sync',
      '--folder',
      folder,
      '--db',
      hq!,
      ...admin(hq!),
      '--bundle-passphrase-file',
      passphraseFile,
    );
    expect(atHq.code, atHq.err).toBe(0);
    expect(atHq.out).toMatch(new RegExp(`Wrote ${h.siteId}-000001\\.ctedsync: \\d+ changes\\.`));
    expect(readdirSync(folder)).toEqual([`${h.siteId}-000001.ctedsync`]);

    // The environment variable works as well as the file.
    const env = { CTED_BUNDLE_PASSPHRASE: BUNDLE_PASSPHRASE };
    const atField = cli(env, 'sync', '--folder', folder, '--db', field!, ...admin(field!));
    expect(atField.code, atField.err).toBe(0);
    expect(atField.out).toMatch(
      new RegExp(`Applied ${h.siteId}-000001\\.ctedsync from HQ: \\d+ changes`),
    );
    expect(atField.out).toMatch(new RegExp(`Wrote ${f.siteId}-000001\\.ctedsync`));
    const list = cli({}, 'call', 'signals.list', '--db', field!, ...admin(field!));
    expect(list.code, list.err).toBe(0);
    expect(JSON.parse(list.out).map((s: { text: string }) => s.text)).toEqual([
      'Carried on a USB stick',
    ]);

    // Again at the field: HQ's bundle is skipped with a line, nothing new to send.
    const again = cli(env, 'sync', '--folder', folder, '--db', field!, ...admin(field!));
    expect(again.code, again.err).toBe(0);
    expect(again.out).toContain(`Skipped ${h.siteId}-000001.ctedsync: already applied.`);
    expect(again.out).toContain('Nothing new to send.');

    // A wrong bundle passphrase: the bundle is refused with the reason, exit 1.
    const wrong = cli(
      { CTED_BUNDLE_PASSPHRASE: 'not the agreed words' },
      'sync',
      '--folder',
      folder,
      '--db',
      hq!,
      ...admin(hq!),
    );
    expect(wrong.code).toBe(1);
    expect(wrong.out).toMatch(
      new RegExp(`Refused ${f.siteId}-000001\\.ctedsync: The passphrase does not open this bundle`),
    );

    // No passphrase at all: told where it comes from, nothing done.
    const none = cli({}, 'sync', '--folder', folder, '--db', hq!, ...admin(hq!));
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/--bundle-passphrase-file FILE or the CTED_BUNDLE_PASSPHRASE/);
  });
});
