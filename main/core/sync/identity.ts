// The installation's identity (DESIGN §6): its site id (meta `site_id`) and an Ed25519 key pair
// that signs its bundles. The private key stays in this workspace's meta (encrypted at rest when
// the workspace is); the public key is what another installation trusts.
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { randomBytes } from 'node:crypto';
import type { Db } from '../db/workspace';
import { text } from '../../../shared/messages';
import { ApiError } from '../errors';
import { getMeta } from '../db/workspace';

/** meta key of the Ed25519 private key (32 bytes, hex). */
export const INSTALLATION_KEY = 'installation_key';

export interface Identity {
  siteId: string;
  /** Ed25519 public key, 64 hex digits. */
  publicKey: string;
  privateKey: Uint8Array;
}

/** Gives the workspace its key pair if it has none yet (at creation, or on first need). */
export function ensureInstallationKey(db: Db): void {
  db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)').run(
    INSTALLATION_KEY,
    randomBytes(32).toString('hex'),
  );
}

/** This installation's identity (every writable workspace gets its key pair on opening). */
export function identityOf(db: Db): Identity {
  const hex = getMeta(db, INSTALLATION_KEY);
  if (!hex) throw new ApiError('CONFLICT', text('sync.noInstallationKey'));
  const privateKey = Uint8Array.from(Buffer.from(hex, 'hex'));
  return {
    siteId: getMeta(db, 'site_id') ?? '',
    publicKey: Buffer.from(ed25519.getPublicKey(privateKey)).toString('hex'),
    privateKey,
  };
}

/** A short form of a public key for people to compare over the phone: 4 groups of 4 hex digits. */
export function fingerprint(publicKeyHex: string): string {
  const digest = Buffer.from(sha256(Buffer.from(publicKeyHex, 'hex'))).toString('hex');
  return (digest.slice(0, 16).match(/.{4}/g) ?? []).join('-');
}

/** Whether a text is an Ed25519 public key (64 hex digits encoding a point of the curve). */
export function isPublicKey(hex: string): boolean {
  if (!/^[0-9a-f]{64}$/.test(hex)) return false;
  try {
    ed25519.Point.fromHex(hex);
    return true;
  } catch {
    return false;
  }
}
