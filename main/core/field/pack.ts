// Field visit packs (issue 9, "The field workspace"; DESIGN §6). HQ issues a pack for one visit:
// the part of its change log that belongs to the visit's State (scope.ts), exactly as logged, so
// that the field workspace holds the same rows with the same clock timestamps and later bundles
// both ways merge cell by cell. The pack also hands over trust: it names HQ (site id and public
// key, which the field workspace trusts) and carries a new identity for the field installation
// (site id and Ed25519 private key, made here), which HQ trusts at once, for that State only.
//
// A pack is a sync bundle's envelope (sync/bundle.ts) under its own magic: XChaCha20-Poly1305
// under a key derived by scrypt from the pack passphrase, and HQ's Ed25519 signature. Opening one
// checks everything before a file exists, builds the encrypted field workspace beside its final
// name and renames it into place: a refused pack leaves nothing behind.
import { ed25519 } from '@noble/curves/ed25519.js';
import { randomBytes } from 'node:crypto';
import { existsSync, renameSync } from 'node:fs';
import { z } from 'zod';
import { MAX_DRIFT_MS, parseHlc } from '../../../shared/hlc';
import { uuidv7 } from '../../../shared/ids';
import { setPassphrase } from '../auth/credentials';
import { openWorkspace, removeWithSidecars, setMeta, type Db } from '../db/workspace';
import { Writer } from '../db/write';
import { text, type Text } from '../../../shared/messages';
import { ApiError } from '../errors';
import { recordEvent } from '../handlers/events';
import { refuse } from '../handlers/rules';
import {
  BundleRefused,
  openPayload,
  parseBundle,
  payloadSchema,
  sealBundle,
  SITE_ID_RE,
  type Payload,
} from '../sync/bundle';
import { bundleKdf, selectChanges, type SyncContext } from '../sync/exchange';
import { fingerprint, identityOf, INSTALLATION_KEY } from '../sync/identity';
import { mergeChanges } from '../sync/merge';
import { syncSchema, validateChanges } from '../sync/schema';
import { teamUserIds } from './scope';
import { fieldWorkspaceOf, markFieldWorkspace } from './status';

/** Pack files end with this. */
export const PACK_EXTENSION = '.cted';
/** The name a field workspace knows HQ by. */
export const HQ_NAME = 'CTED headquarters';

const publicKeyHex = z.string().regex(/^[0-9a-f]{64}$/);
/** A pack's payload: a bundle's, and what the field workspace is made for. */
export const packSchema = payloadSchema.extend({
  field: z.strictObject({
    visitId: z.string().min(1).max(64),
    iso3: z.string().regex(/^[A-Z]{3}$/),
    stateName: z.string().min(1).max(200),
    hq: z.strictObject({
      siteId: z.string().regex(SITE_ID_RE),
      name: z.string().min(1).max(200),
      publicKey: publicKeyHex,
    }),
    /** The field installation HQ made for this pack; its private key never leaves the pack. */
    site: z.strictObject({ siteId: z.string().regex(SITE_ID_RE), privateKey: publicKeyHex }),
  }),
});
type PackPayload = Payload & { field: z.infer<typeof packSchema>['field'] };

export interface IssuedPack {
  bytes: Uint8Array;
  fileName: string;
  siteId: string;
  fingerprint: string;
  state: { iso3: string; name: string };
  visitId: string;
  changes: number;
}

interface VisitRow {
  id: string;
  iso3: string | null;
  startDate: string | null;
  deleted: number;
  stateName: string | null;
}

/**
 * Issues a pack for a visit (inside the caller's transaction): trusts a new field installation for
 * the visit's State, records the event, and seals the State's changes for it.
 */
export function exportPack(
  ctx: SyncContext,
  input: { visitId: string; passphrase: string },
): IssuedPack {
  const { db } = ctx;
  if (fieldWorkspaceOf(db)) throw new ApiError('CONFLICT', text('fieldPack.inFieldWorkspace'));
  const visit = db
    .prepare(
      `SELECT v.id, v.iso3, v.start_date AS startDate, v.deleted, s.name_en AS stateName
       FROM visits v LEFT JOIN member_states s ON s.iso3 = v.iso3 WHERE v.id = ?`,
    )
    .get(input.visitId) as VisitRow | undefined;
  if (!visit || visit.deleted)
    throw new ApiError('NOT_FOUND', text('fieldPack.noSuchVisit', { id: input.visitId }));
  if (!visit.iso3 || !visit.stateName) throw new ApiError('VALIDATION', text('fieldPack.noState'));
  if (teamUserIds(db, visit.id).length === 0)
    throw refuse('visitId', text('fieldPack.noTeamUsers'));
  const hq = identityOf(db);
  const privateKey = randomBytes(32);
  const publicKey = Buffer.from(ed25519.getPublicKey(privateKey)).toString('hex');
  const siteId = randomBytes(8).toString('hex');
  const year = visit.startDate?.slice(0, 4);
  db.prepare(
    `INSERT INTO sync_peers (site_id, public_key, name, trusted_on, trusted_by, scope_iso3, scope_visit_id)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    siteId,
    publicKey,
    `Field: visit to ${visit.stateName}${year ? `, ${year}` : ''}`,
    new Date(ctx.nowMs).toISOString(),
    ctx.user.id,
    visit.iso3,
    visit.id,
  );
  recordEvent(ctx, 'field.pack_issued', 'visits', visit.id, {
    siteId,
    fingerprint: fingerprint(publicKey),
    iso3: visit.iso3,
  });
  const createdHlc = ctx.write.stamp();
  const { changes, seen, from } = selectChanges(db, hq.siteId, siteId, null);
  // From now on the field installation holds every change of its State that HQ holds: HQ's next
  // bundles for it start from here.
  const mark = db.prepare(
    'INSERT INTO sync_marks (peer_site_id, origin_site_id, hlc) VALUES (?, ?, ?)',
  );
  for (const [site, hlc] of Object.entries(seen)) mark.run(siteId, site, hlc);
  const payload: PackPayload = {
    changes,
    seen,
    from,
    field: {
      visitId: visit.id,
      iso3: visit.iso3,
      stateName: visit.stateName,
      hq: { siteId: hq.siteId, name: HQ_NAME, publicKey: hq.publicKey },
      site: { siteId, privateKey: privateKey.toString('hex') },
    },
  };
  const bytes = sealBundle({
    kind: 'pack',
    bundleId: uuidv7(ctx.nowMs),
    sender: hq,
    recipient: siteId,
    createdHlc,
    payload,
    passphrase: input.passphrase,
    kdf: bundleKdf(db),
  });
  return {
    bytes,
    fileName: `visit-${visit.iso3.toLowerCase()}-${year ?? 'undated'}-${siteId}${PACK_EXTENSION}`,
    siteId,
    fingerprint: fingerprint(publicKey),
    state: { iso3: visit.iso3, name: visit.stateName },
    visitId: visit.id,
    changes: changes.length,
  };
}

export interface OpenPackOptions {
  /** Where the field workspace goes: a new file. */
  path: string;
  pack: Uint8Array;
  passphrase: string;
  /** The field workspace's encryption key (SQLCipher): a field workspace is always encrypted. */
  key: string;
  /** HQ's key fingerprint as HQ gave it, when known: a pack signed by another key is refused. */
  hqFingerprint?: string | undefined;
  /** The team member who signs in there, and the hash of their new passphrase (credentials never travel). */
  member: { name: string; passphraseHash: string };
  nowMs: number;
  nativeBinding?: string | undefined;
}

export interface OpenedPack {
  path: string;
  siteId: string;
  visitId: string;
  iso3: string;
  stateName: string;
  hqName: string;
  hqFingerprint: string;
  changes: number;
  member: string;
}

/** Reads a pack's header without its passphrase: who signed it, to show before opening it. */
export function packSigner(pack: Uint8Array): { siteId: string; fingerprint: string } {
  const { header } = parseBundle(pack, 'pack');
  return { siteId: header.sender.siteId, fingerprint: fingerprint(header.sender.publicKey) };
}

/** Checks a pack through and through, then creates the field workspace from it. */
export function openPack(options: OpenPackOptions): OpenedPack {
  const { path, nowMs } = options;
  if (existsSync(path)) throw new ApiError('CONFLICT', text('fieldPack.pathExists', { path }));
  const payload = judgePack(options.pack, options.passphrase, options.nowMs, options.hqFingerprint);
  const { field } = payload;

  const temporary = `${path}.opening`;
  removeWithSidecars(temporary);
  const ws = openWorkspace(temporary, {
    create: true,
    key: options.key,
    nativeBinding: options.nativeBinding,
  });
  let member = '';
  try {
    const db = ws.db;
    db.transaction(() => {
      // The identity HQ made for this installation, before anything is written under it.
      setMeta(db, 'site_id', field.site.siteId);
      setMeta(db, INSTALLATION_KEY, field.site.privateKey);
      const write = new Writer(db, field.site.siteId, null, () => nowMs);
      const schema = syncSchema(db);
      mergeChanges(
        { db, write, siteId: field.site.siteId, nowMs },
        schema,
        validateChanges(db, schema, payload.changes, nowMs),
      );
      trustHq(db, field.hq, payload.seen, nowMs);
      markFieldWorkspace(db, {
        visitId: field.visitId,
        iso3: field.iso3,
        stateName: field.stateName,
        hqSiteId: field.hq.siteId,
        hqName: field.hq.name,
        openedAt: new Date(nowMs).toISOString(),
      });
      const userId = teamMember(db, field.visitId, options.member.name);
      member = options.member.name;
      setPassphrase(db, userId, options.member.passphraseHash, new Date(nowMs).toISOString());
      recordEvent(
        {
          write: new Writer(db, field.site.siteId, userId, () => nowMs),
          nowMs,
          user: { id: userId },
        },
        'field.pack_opened',
        'visits',
        field.visitId,
        { siteId: field.site.siteId, changes: payload.changes.length },
      );
    }).immediate();
  } catch (e) {
    ws.close();
    removeWithSidecars(temporary);
    throw e;
  }
  ws.close();
  if (existsSync(path)) {
    removeWithSidecars(temporary);
    throw new ApiError('CONFLICT', text('fieldPack.pathAppeared', { path }));
  }
  renameSync(temporary, path);
  return {
    path,
    siteId: field.site.siteId,
    visitId: field.visitId,
    iso3: field.iso3,
    stateName: field.stateName,
    hqName: field.hq.name,
    hqFingerprint: fingerprint(field.hq.publicKey),
    changes: payload.changes.length,
    member,
  };
}

/**
 * The names of the visit's team members who are users of the app, as the pack holds them: who may
 * sign in to the field workspace (the desktop app offers them to choose from).
 */
export function packTeam(pack: Uint8Array, passphrase: string, nowMs: number): string[] {
  const { changes, field } = judgePack(pack, passphrase, nowMs, undefined);
  // The value of a cell: its change with the newest timestamp.
  const cells = new Map<string, [hlc: string, value: string | null]>();
  for (const [hlc, , , table, rowId, column, , value] of changes) {
    const key = `${table}\u0000${rowId}\u0000${column}`;
    const known = cells.get(key);
    if (!known || known[0] < hlc) cells.set(key, [hlc, value]);
  }
  const cell = (table: string, rowId: string, column: string) =>
    cells.get(`${table}\u0000${rowId}\u0000${column}`)?.[1] ?? null;
  const team = new Set(
    (JSON.parse(cell('visits', field.visitId, 'team') ?? '[]') as string[]).map((n) =>
      n.toLowerCase(),
    ),
  );
  const users = new Set(changes.filter((c) => c[3] === 'users').map((c) => c[4]));
  return [...users]
    .filter((id) => cell('users', id, 'deleted') !== '1')
    .map((id) => cell('users', id, 'name') ?? '')
    .filter((name) => team.has(name.toLowerCase()))
    .sort();
}

/** Every check a pack must pass before a file is made: structure, signature, signer, key, clock. */
function judgePack(
  pack: Uint8Array,
  passphrase: string,
  nowMs: number,
  hqFingerprint: string | undefined,
): PackPayload {
  const refused = (reason: ConstructorParameters<typeof BundleRefused>[0], problem: Text) =>
    new BundleRefused(reason, problem, 'pack');
  const bundle = parseBundle(pack, 'pack');
  const { header } = bundle;
  if (!bundle.signatureValid) throw refused('tampered', text('fieldPack.badSignature'));
  const signer = fingerprint(header.sender.publicKey);
  const expected = hqFingerprint?.trim().toLowerCase();
  if (expected !== undefined && expected !== signer)
    throw refused('untrusted', text('fieldPack.otherSigner', { signer, expected }));
  if (parseHlc(header.createdHlc).millis - nowMs > MAX_DRIFT_MS)
    throw refused(
      'clock_ahead',
      text('fieldPack.clockAhead', {
        dated: new Date(parseHlc(header.createdHlc).millis).toISOString(),
        now: new Date(nowMs).toISOString(),
      }),
    );
  const payload = openPayload(bundle, passphrase, packSchema) as PackPayload;
  const { field } = payload;
  // Sealed inside and signed outside: both must name the same HQ and the same field installation.
  if (
    field.hq.siteId !== header.sender.siteId ||
    field.hq.publicKey !== header.sender.publicKey ||
    field.site.siteId !== header.recipient
  )
    throw refused('tampered', text('fieldPack.mixed'));
  return payload;
}

/** The field workspace trusts HQ, and knows that HQ holds everything the pack brought. */
function trustHq(
  db: Db,
  hq: PackPayload['field']['hq'],
  seen: Record<string, string>,
  nowMs: number,
): void {
  db.prepare(
    'INSERT INTO sync_peers (site_id, public_key, name, trusted_on, trusted_by) VALUES (?, ?, ?, ?, NULL)',
  ).run(hq.siteId, hq.publicKey, hq.name, new Date(nowMs).toISOString());
  const mark = db.prepare(
    'INSERT INTO sync_marks (peer_site_id, origin_site_id, hlc) VALUES (?, ?, ?)',
  );
  for (const [site, hlc] of Object.entries(seen)) mark.run(hq.siteId, site, hlc);
}

/** The id of the team member who signs in; only someone on the visit's team can. */
function teamMember(db: Db, visitId: string, name: string): string {
  const team = teamUserIds(db, visitId);
  const id = team.find(
    (userId) =>
      (
        db.prepare('SELECT name FROM users WHERE id = ?').pluck().get(userId) as string
      ).toLowerCase() === name.toLowerCase(),
  );
  if (id) return id;
  const names = team.map(
    (userId) => db.prepare('SELECT name FROM users WHERE id = ?').pluck().get(userId) as string,
  );
  throw new ApiError(
    'NOT_FOUND',
    names.length
      ? text('fieldPack.notOnTeam', { name, names: names.join(', ') })
      : text('fieldPack.noTeam'),
  );
}
