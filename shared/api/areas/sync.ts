// Sync between installations (DESIGN §6): this installation's identity, the installations it
// trusts, signed and encrypted bundles of changes, and the concurrent edits kept for review.
import { z } from 'zod';
import { ALL_ROLES, FIELD_TEAM, PLANNERS } from '../../domain/roles';
import { id, method, nothing } from '../schema';

export interface SyncIdentity {
  /** This installation's site id (the end of every clock timestamp it makes). */
  siteId: string;
  /** Its Ed25519 public key, 64 hex digits: what another installation trusts. */
  publicKey: string;
  /** A short form of the key to compare by voice or on paper. */
  fingerprint: string;
}

export interface SyncPeer {
  siteId: string;
  name: string;
  publicKey: string;
  fingerprint: string;
  /** ISO instant. */
  trustedOn: string;
  trustedBy: string | null;
  /** When a bundle from it was last imported (ISO instant), and how many were. */
  lastImportAt: string | null;
  bundlesImported: number;
  /**
   * A field installation HQ issued a visit pack to: it receives only that State's changes, in
   * bundles made for it. Null: it receives everything.
   */
  scope: { iso3: string; visitId: string } | null;
}

export interface BundleExport {
  /** The bundle's bytes, base64. */
  bundle: string;
  bundleId: string;
  /** 1, 2, 3… per installation. */
  sequence: number;
  changes: number;
  createdHlc: string;
  /** The site it was made for; null: any trusted installation. */
  to: string | null;
  /** A file name for it: `<site>-<sequence>.ctedsync`. */
  fileName: string;
}

/** What a bundle made now would carry. */
export interface SyncPending {
  changes: number;
  /**
   * This installation holds changes (its own or received) that its last bundle for the same
   * recipient did not: false means that bundle already carried all a new one would.
   */
  newSinceLastBundle: boolean;
}

export interface BundleImport {
  bundleId: string;
  from: { siteId: string; name: string };
  createdHlc: string;
  /** Changes in the bundle. */
  changes: number;
  /** Of those, new to this workspace. */
  applied: number;
  /** Already held here: they changed nothing. */
  alreadyHad: number;
  /** Of the new ones, those that became a field's value (the others lost to newer changes). */
  won: number;
  /** Concurrent edits found: kept in conflicts for review. */
  conflicts: number;
}

export interface ConflictSide {
  value: string | null;
  /** The change's clock timestamp, and its instant (ISO). */
  hlc: string;
  at: string | null;
  siteId: string | null;
  /** The installation's name as trusted here, or "this installation". */
  siteName: string | null;
  authorId: string | null;
  authorName: string | null;
}

/** What a conflict's record is, to recognise it: read from the record or the visit it belongs to. */
export interface ConflictRecord {
  /** The Member State it belongs to (its English name), when it belongs to one. */
  stateName: string | null;
  /** What it says, in a line: a recommendation's or signal's text, a report's title… */
  summary: string | null;
  /** Its dates (YYYY-MM-DD): a visit's, or the date it is about; null when it has none. */
  from: string | null;
  to: string | null;
}

export const CONFLICT_KINDS = ['edit', 'deleted'] as const;
export const RESOLUTIONS = ['current', 'other', 'value'] as const;

export interface SyncConflict {
  id: string;
  /** edit: two edits of one field, neither made knowing the other; deleted: an edit of a record deleted elsewhere. */
  kind: (typeof CONFLICT_KINDS)[number];
  table: string;
  rowId: string;
  record: ConflictRecord;
  column: string;
  /** The field's value now, and whether its record is deleted. */
  current: string | null;
  recordDeleted: boolean;
  kept: ConflictSide;
  lost: ConflictSide;
  detectedAt: string | null;
  resolvedAt: string | null;
  resolution: (typeof RESOLUTIONS)[number] | null;
  resolvedBy: string | null;
}

const siteId = z.string({ error: 'schema.sync.siteIdRequired' }).regex(/^[0-9a-z]{1,64}$/, {
  message: 'schema.sync.siteIdFormat',
});

/** A date (YYYY-MM-DD), an instant or a clock timestamp: the changes after it. */
const since = z.string().regex(/^\d{4}-\d{2}-\d{2}(T[0-9:.]+Z(-[0-9a-f]{4}-[0-9a-z]{1,64})?)?$/, {
  message: 'schema.sync.since',
});

/** Shorter bundle passphrases are refused when a bundle is made. */
export const MIN_BUNDLE_PASSPHRASE = 8;
const bundlePassphrase = z
  .string({ error: 'schema.sync.passphraseRequired' })
  .min(MIN_BUNDLE_PASSPHRASE, {
    message: 'schema.sync.passphraseTooShort',
  })
  .max(1024, { message: 'schema.users.passphraseTooLong' });

export const syncMethods = {
  'sync.identity': method<SyncIdentity>()({ input: nothing, mutates: false, roles: ALL_ROLES }),
  'sync.peers': method<SyncPeer[]>()({ input: nothing, mutates: false, roles: ALL_ROLES }),
  /** Trusts another installation's key: its bundles are accepted from then on. */
  'sync.trustPeer': method<SyncPeer>()({
    input: z.strictObject({
      siteId,
      publicKey: z
        .string({ error: 'schema.sync.publicKeyRequired' })
        .trim()
        .toLowerCase()
        .regex(/^[0-9a-f]{64}$/, {
          message: 'schema.sync.publicKeyFormat',
        }),
      name: z
        .string({ error: 'schema.sync.nameRequired' })
        .trim()
        .min(1, { message: 'schema.sync.nameEmpty' })
        .max(200, { message: 'schema.sync.nameTooLong' }),
    }),
    mutates: true,
    roles: PLANNERS,
  }),
  /** Stops trusting an installation: its bundles are refused from then on. */
  'sync.revokePeer': method<{ siteId: string }>()({
    input: z.strictObject({ siteId }),
    mutates: true,
    roles: PLANNERS,
  }),
  /** How many changes a bundle made now would carry (the same choice of recipient as exportBundle). */
  'sync.pending': method<SyncPending>()({
    input: z.strictObject({ since: since.optional(), to: siteId.optional() }),
    mutates: false,
    roles: ALL_ROLES,
  }),
  /**
   * A bundle of the changes a peer has not acknowledged (`to`), or that some trusted installation
   * lacks; `since` (a date, an instant or a clock timestamp) takes every change after it instead.
   */
  'sync.exportBundle': method<BundleExport>()({
    input: z.strictObject({
      since: since.optional(),
      to: siteId.optional(),
      passphrase: bundlePassphrase,
    }),
    mutates: true,
    // The field team too, in its field workspace only (the handlers refuse it at HQ).
    roles: FIELD_TEAM,
  }),
  /** Verifies, decrypts, validates and merges a bundle: all of it, or nothing with the reason. */
  'sync.importBundle': method<BundleImport>()({
    input: z.strictObject({
      bundle: z
        .string({ error: 'schema.sync.bundleRequired' })
        .min(1, { message: 'schema.sync.bundleEmpty' })
        .regex(/^[A-Za-z0-9+/]+={0,2}$/, { message: 'schema.sync.bundleBase64' }),
      passphrase: z
        .string({ error: 'schema.sync.passphraseRequired' })
        .min(1, { message: 'schema.sync.passphraseRequired' })
        .max(1024, { message: 'schema.sync.wrongPassphrase' }),
    }),
    mutates: true,
    roles: FIELD_TEAM,
  }),
  'conflicts.list': method<SyncConflict[]>()({
    input: z.strictObject({
      /** Only those not resolved yet (the default), or all. */
      open: z.boolean().optional(),
      table: z
        .string()
        .regex(/^[a-z_]+$/)
        .optional(),
      rowId: id.optional(),
    }),
    mutates: false,
    roles: ALL_ROLES,
  }),
  /** Keeps the current value, the other (lost) one, or a third; a change that syncs like any other. */
  'conflicts.resolve': method<SyncConflict>()({
    input: z
      .strictObject({
        id,
        keep: z.enum(RESOLUTIONS, {
          error: 'schema.sync.keep',
        }),
        value: z.union([z.string().max(100_000), z.number(), z.null()]).optional(),
      })
      .refine((i) => (i.keep === 'value') === (i.value !== undefined), {
        message: 'schema.sync.keepValue',
      }),
    mutates: true,
    roles: PLANNERS,
  }),
};
