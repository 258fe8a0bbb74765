// Making and importing bundles (DESIGN §6). A bundle for a peer holds every change the peer has not
// acknowledged: per site that made changes, those newer than the peer's high-water mark (the newest
// timestamp of that site's changes the peer said it holds, in the last bundle it sent here).
// Marks move only on acknowledgement, so a lost bundle's changes travel again in the next one.
// Each bundle also says, per site, which change it continues from (`from`); an importer that does
// not hold that change refuses the bundle rather than leave a gap in its log.
// A peer issued a field visit pack is scoped to one State (main/core/field/scope.ts): its bundles
// carry only the changes of that State's rows, and `from` is read among those; a field workspace
// takes only bundles made for it, never one made for any peer.
import { getMeta, type Db } from '../db/workspace';
import type { Writer } from '../db/write';
import { text } from '../../../shared/messages';
import { ApiError } from '../errors';
import { recordEvent } from '../handlers/events';
import type { User } from '../../../shared/api/types';
import { uuidv7 } from '../../../shared/ids';
import { parseHlc, MAX_DRIFT_MS } from '../../../shared/hlc';
import {
  BUNDLE_EXTENSION,
  BundleRefused,
  DEFAULT_KDF,
  openPayload,
  parseBundle,
  sealBundle,
  type KdfParams,
  type WireChange,
} from './bundle';
import { fingerprint, identityOf } from './identity';
import { scopedRows } from '../field/scope';
import { fieldWorkspaceOf, peerScope } from '../field/status';
import { mergeChanges } from './merge';
import { syncSchema, validateChanges } from './schema';

/** What the exchange needs of a call: the database, the writer, the caller and the clock. */
export interface SyncContext {
  db: Db;
  write: Writer;
  user: Pick<User, 'id'>;
  nowMs: number;
}

/** meta key: the scrypt parameters for the bundles this installation makes (JSON {N, r, p}). */
export const BUNDLE_KDF_KEY = 'sync_kdf';

/** The KDF parameters set for this workspace's bundles, or the defaults. */
export function bundleKdf(db: Db): KdfParams {
  try {
    const stored = JSON.parse(getMeta(db, BUNDLE_KDF_KEY) ?? 'null') as KdfParams | null;
    if (
      stored &&
      Number.isInteger(stored.N) &&
      stored.N >= 2 ** 10 &&
      stored.N <= 2 ** 20 &&
      (stored.N & (stored.N - 1)) === 0 &&
      Number.isInteger(stored.r) &&
      stored.r >= 1 &&
      stored.r <= 16 &&
      Number.isInteger(stored.p) &&
      stored.p >= 1 &&
      stored.p <= 4
    )
      return { N: stored.N, r: stored.r, p: stored.p };
  } catch {
    // Unreadable: the defaults.
  }
  return DEFAULT_KDF;
}

interface PeerRow {
  site_id: string;
  public_key: string;
  name: string;
  trusted_on: string;
  trusted_by: string | null;
}

export function peerOf(db: Db, siteId: string): PeerRow | undefined {
  return db.prepare('SELECT * FROM sync_peers WHERE site_id = ?').get(siteId) as
    | PeerRow
    | undefined;
}

/**
 * Per site that made changes: the newest timestamp of its changes held here. The sites are few
 * and the log long: each site is found by one seek in change_log_site (site_id, hlc), from the
 * previous one, rather than by reading the whole index.
 */
export function holdings(db: Db): Record<string, string> {
  const rows = db
    .prepare(
      `WITH RECURSIVE sites(site) AS (
         SELECT MIN(site_id) FROM change_log
         UNION ALL
         SELECT (SELECT MIN(site_id) FROM change_log WHERE site_id > sites.site) FROM sites
         WHERE sites.site IS NOT NULL)
       SELECT site, (SELECT MAX(hlc) FROM change_log WHERE site_id = sites.site) AS hlc
       FROM sites WHERE site IS NOT NULL`,
    )
    .all() as { site: string; hlc: string }[];
  return Object.fromEntries(rows.map((r) => [r.site, r.hlc]));
}

/** A peer's high-water marks: per site, the newest of its changes the peer said it holds. */
function marksOf(db: Db, peer: string): Map<string, string> {
  const rows = db
    .prepare('SELECT origin_site_id AS site, hlc FROM sync_marks WHERE peer_site_id = ?')
    .all(peer) as { site: string; hlc: string }[];
  return new Map(rows.map((r) => [r.site, r.hlc]));
}

/**
 * Per site that made changes: the timestamp above which its changes go into the bundle (null: all
 * of them). For one peer, its marks; for any peer, the lowest of the trusted peers' marks.
 */
function lowerBounds(
  db: Db,
  sites: string[],
  to: string | null,
  since: string | null,
): Map<string, string | null> {
  if (since !== null) return new Map(sites.map((s) => [s, since]));
  // A bundle for any peer is not for the field installations: they take only their own.
  const peers = to
    ? [to]
    : (db
        .prepare('SELECT site_id FROM sync_peers WHERE scope_iso3 IS NULL')
        .pluck()
        .all() as string[]);
  const bounds = new Map<string, string | null>();
  if (peers.length === 0) {
    for (const s of sites) bounds.set(s, null);
    return bounds;
  }
  const all = peers.map((p) => marksOf(db, p));
  for (const s of sites) {
    let low: string | null | undefined;
    for (const marks of all) {
      const m = marks.get(s) ?? null;
      if (low === undefined || m === null || (low !== null && m < low)) low = m;
    }
    bounds.set(s, low ?? null);
  }
  return bounds;
}

export interface ExportOptions {
  /** Only changes newer than this (a date, an instant or a clock timestamp), whatever the marks. */
  since?: string | null;
  /** The peer's site id: only what it has not acknowledged. Absent: what some trusted peer lacks. */
  to?: string | null;
  passphrase: string;
}

export interface ExportedBundle {
  bytes: Uint8Array;
  bundleId: string;
  sequence: number;
  changes: number;
  createdHlc: string;
  to: string | null;
  /** A file name for it: the sending site and the sequence. */
  fileName: string;
  /**
   * Whether this installation holds changes (its own or received) that its previous bundle for the
   * same recipient did not: if not, that bundle already carried all this one does.
   */
  newSinceLastBundle: boolean;
}

/** What a bundle would hold: the changes, where they continue from, and this site's holdings. */
interface Selection {
  changes: WireChange[];
  from: Record<string, string>;
  seen: Record<string, string>;
}

/**
 * The changes a bundle for `to` (null: any peer) would carry. For a peer scoped to one State, only
 * the changes of that State's rows, and `from` read among them (the peer holds no others).
 */
export function selectChanges(
  db: Db,
  mySite: string,
  to: string | null,
  since: string | null,
): Selection {
  if (to !== null && !peerOf(db, to))
    throw new ApiError('NOT_FOUND', text('sync.noSuchPeerForBundle', { siteId: to }));
  const seen = holdings(db);
  const sites = Object.keys(seen).sort();
  const bounds = lowerBounds(db, sites, to, since);
  const scope = to === null ? null : peerScope(db, to);
  // What this site had seen of the cell when it made the change: the cell's newest change before it.
  const ownBase = db.prepare(
    'SELECT MAX(hlc) FROM change_log WHERE tbl = ? AND row_id = ? AND col = ? AND seq < ?',
  );
  const changes: WireChange[] = [];
  const take = (r: [...WireChange, number]) => {
    const change = r.slice(0, 9) as WireChange;
    if (change[1] === mySite)
      change[8] = ownBase.pluck().get(change[3], change[4], change[5], r[9]) as string | null;
    changes.push(change);
  };
  const columns =
    'hlc, site_id, author_id, tbl, row_id, col, old_value, new_value, base_hlc AS base, seq';
  const from: Record<string, string> = {};
  if (scope === null) {
    const select = db.prepare(
      `SELECT ${columns} FROM change_log WHERE site_id = @site AND hlc > @low ORDER BY hlc, seq`,
    );
    const lastBelow = db.prepare('SELECT MAX(hlc) FROM change_log WHERE site_id = ? AND hlc <= ?');
    for (const site of sites) {
      const low = bounds.get(site) ?? null;
      if (low !== null) {
        const last = lastBelow.pluck().get(site, low) as string | null;
        if (last) from[site] = last;
      }
      for (const r of select.raw().iterate({ site, low: low ?? '' }) as Iterable<
        [...WireChange, number]
      >)
        take(r);
    }
  } else {
    // A peer scoped to one State: the changes of that State's rows, read row by row (a small part
    // of the log); `from` is the newest of them the peer already holds, per site.
    const ofRow = db.prepare(`SELECT ${columns} FROM change_log WHERE tbl = ? AND row_id = ?`);
    for (const [table, ids] of scopedRows(db, scope).entries())
      for (const id of ids)
        for (const r of ofRow.raw().iterate(table, id) as Iterable<[...WireChange, number]>) {
          const [hlc, site] = r;
          const low = bounds.get(site) ?? null;
          const held = from[site];
          if (low === null || hlc > low) take(r);
          else if (held === undefined || held < hlc) from[site] = hlc;
        }
  }
  changes.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { changes, from, seen };
}

/** The last bundle made here for this recipient (null: any): what it acknowledged. */
function lastAcknowledgement(db: Db, to: string | null): string | undefined {
  return db
    .prepare(
      "SELECT seen FROM sync_bundles WHERE direction = 'out' AND peer_site_id IS ? ORDER BY sequence DESC LIMIT 1",
    )
    .pluck()
    .get(to) as string | undefined;
}

/**
 * What a bundle made now would carry: how many changes, and whether anything is held here that the
 * last bundle made here for the same recipient did not know (a change, or news to acknowledge).
 */
export function pendingFor(
  db: Db,
  options: Pick<ExportOptions, 'to' | 'since'>,
): { changes: number; newSinceLastBundle: boolean } {
  const to = options.to ?? null;
  const selection = selectChanges(db, identityOf(db).siteId, to, options.since ?? null);
  return {
    changes: selection.changes.length,
    newSinceLastBundle: lastAcknowledgement(db, to) !== JSON.stringify(selection.seen),
  };
}

export function exportBundle(ctx: SyncContext, options: ExportOptions): ExportedBundle {
  const { db } = ctx;
  const me = identityOf(db);
  const to = options.to ?? null;
  const { changes, from, seen } = selectChanges(db, me.siteId, to, options.since ?? null);

  const createdHlc = ctx.write.stamp();
  const bundleId = uuidv7(ctx.nowMs);
  const sequence =
    ((db.prepare("SELECT MAX(sequence) FROM sync_bundles WHERE direction = 'out'").pluck().get() as
      | number
      | null) ?? 0) + 1;
  const bytes = sealBundle({
    bundleId,
    sender: me,
    recipient: to,
    createdHlc,
    payload: { changes, seen, from },
    passphrase: options.passphrase,
    kdf: bundleKdf(db),
  });
  const previousSeen = lastAcknowledgement(db, to);
  const seenJson = JSON.stringify(seen);
  db.prepare(
    `INSERT INTO sync_bundles (id, direction, peer_site_id, sequence, created_hlc, changes, seen, at, by)
     VALUES (?, 'out', ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    bundleId,
    to,
    sequence,
    createdHlc,
    changes.length,
    seenJson,
    new Date(ctx.nowMs).toISOString(),
    ctx.user.id,
  );
  return {
    bytes,
    bundleId,
    sequence,
    changes: changes.length,
    createdHlc,
    to,
    fileName: `${me.siteId}-${String(sequence).padStart(6, '0')}${BUNDLE_EXTENSION}`,
    newSinceLastBundle: previousSeen !== seenJson,
  };
}

export interface ImportedBundle {
  bundleId: string;
  from: { siteId: string; name: string };
  createdHlc: string;
  /** Changes in the bundle. */
  changes: number;
  /** New here (now in the log). */
  applied: number;
  /** Already held here: no effect. */
  alreadyHad: number;
  /** Of the new ones, those that became a cell's value (the others lost to newer changes). */
  won: number;
  /** Concurrent edits found, kept in conflicts for review. */
  conflicts: number;
}

/**
 * Verifies, decrypts, validates and merges a bundle, all of it or nothing: every check runs before
 * the first write, and the merge runs in the caller's transaction.
 */
export function importBundle(
  ctx: SyncContext,
  bytes: Uint8Array,
  passphrase: string,
): ImportedBundle {
  const { db } = ctx;
  const bundle = parseBundle(bytes);
  const { header } = bundle;
  if (!bundle.signatureValid) throw new BundleRefused('tampered', text('sync.badSignature'));
  const me = identityOf(db);
  const sender = header.sender;
  if (sender.siteId === me.siteId) throw new BundleRefused('own_bundle', text('sync.ownBundle'));
  if (header.recipient !== null && header.recipient !== me.siteId)
    throw new BundleRefused(
      'not_for_us',
      text('sync.forAnother', { recipient: header.recipient, siteId: me.siteId }),
    );
  if (header.recipient === null && fieldWorkspaceOf(db))
    throw new BundleRefused('not_for_us', text('sync.forAnyInField', { siteId: me.siteId }));
  const peer = peerOf(db, sender.siteId);
  if (!peer)
    throw new BundleRefused(
      'untrusted',
      text('sync.untrustedSender', {
        siteId: sender.siteId,
        fingerprint: fingerprint(sender.publicKey),
      }),
    );
  if (peer.public_key !== sender.publicKey)
    throw new BundleRefused(
      'untrusted',
      text('sync.otherKey', {
        name: peer.name,
        siteId: peer.site_id,
        fingerprint: fingerprint(sender.publicKey),
        trusted: fingerprint(peer.public_key),
      }),
    );
  const before = db
    .prepare("SELECT at FROM sync_bundles WHERE id = ? AND direction = 'in'")
    .pluck()
    .get(header.bundleId) as string | undefined;
  if (before)
    throw new BundleRefused(
      'replayed',
      text('sync.replayed', { name: peer.name, bundleId: header.bundleId, on: before }),
    );
  if (parseHlc(header.createdHlc).millis - ctx.nowMs > MAX_DRIFT_MS)
    throw new BundleRefused(
      'clock_ahead',
      text('sync.clockAhead', {
        dated: new Date(parseHlc(header.createdHlc).millis).toISOString(),
        minutes: MAX_DRIFT_MS / 60_000,
        now: new Date(ctx.nowMs).toISOString(),
      }),
    );

  const payload = openPayload(bundle, passphrase);
  const schema = syncSchema(db);
  const changes = validateChanges(db, schema, payload.changes, ctx.nowMs);
  const held = holdings(db);
  for (const [site, hlc] of Object.entries(payload.from)) {
    if (site !== me.siteId && !(held[site] !== undefined && held[site]! >= hlc))
      throw new BundleRefused(
        'missing_earlier',
        text('sync.missingEarlier', { site, hlc: hlc.slice(0, 24), name: peer.name }),
      );
  }

  const merged = mergeChanges({ ...ctx, siteId: me.siteId }, schema, changes);

  const mark = db.prepare(
    `INSERT INTO sync_marks (peer_site_id, origin_site_id, hlc) VALUES (?, ?, ?)
     ON CONFLICT (peer_site_id, origin_site_id) DO UPDATE SET hlc = MAX(hlc, excluded.hlc)`,
  );
  for (const [site, hlc] of Object.entries(payload.seen)) mark.run(sender.siteId, site, hlc);
  db.prepare(
    `INSERT INTO sync_bundles (id, direction, peer_site_id, created_hlc, changes, applied, conflicts, at, by)
     VALUES (?, 'in', ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    header.bundleId,
    sender.siteId,
    header.createdHlc,
    changes.length,
    merged.applied,
    merged.conflicts,
    new Date(ctx.nowMs).toISOString(),
    ctx.user.id,
  );
  // An event for a merge that brought records, not for one that only passed on other sites' events
  // and conflicts (else two sites would exchange news of their merges forever).
  if (merged.dataChanges > 0)
    recordEvent(ctx, 'sync.bundle_merged', 'sync_bundles', header.bundleId, {
      from: sender.siteId,
      name: peer.name,
      changes: changes.length,
      applied: merged.applied,
      conflicts: merged.conflicts,
    });
  return {
    bundleId: header.bundleId,
    from: { siteId: sender.siteId, name: peer.name },
    createdHlc: header.createdHlc,
    changes: changes.length,
    applied: merged.applied,
    alreadyHad: merged.alreadyHad,
    won: merged.won,
    conflicts: merged.conflicts,
  };
}
