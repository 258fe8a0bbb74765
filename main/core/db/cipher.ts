// Encryption at rest (DESIGN §7; docs/decisions.md): an encrypted workspace is a SQLCipher 4 file,
// written by better-sqlite3-multiple-ciphers. Its 16 first bytes are the salt of the key
// derivation, in clear; everything after them is AES-256 ciphertext, each page authenticated by
// HMAC-SHA512, so a wrong key fails on the first page read.
import { pbkdf2Sync, randomBytes } from 'node:crypto';
import type { Db } from './workspace';

/**
 * SQLCipher 4's settings (`legacy = 4`, set on every connection: the file does not record them):
 * AES-256-CBC, HMAC-SHA512, 4096-byte pages, and the key derived from the passphrase by
 * PBKDF2-HMAC-SHA512 with this many rounds.
 */
export const KDF_ITERATIONS = 256_000;
const SALT_BYTES = 16;

/**
 * The key as SQLCipher takes it "raw": `x'<32-byte key><16-byte salt>'` in hex. The key is derived
 * here, once per open, exactly as SQLCipher 4 derives it from a passphrase (so the sqlcipher tool
 * opens the file with the same passphrase); each connection of that open then skips the slow
 * derivation, and a passphrase that happens to look like a raw key is never read as one.
 */
export type FileKey = Buffer;

/**
 * The last key derived, kept for the next open of the same file: a command that looks at a file
 * read-only before opening it for writing (sign-in first, then the call) derives once, not twice.
 * The workspace's connection holds the same key for as long as it is open anyway.
 */
let lastDerived: { passphrase: string; salt: string; key: FileKey } | null = null;

/** The file key of an existing encrypted file, from its passphrase and its salt (its first bytes). */
export function fileKeyFor(passphrase: string, salt: Buffer): FileKey {
  const saltHex = salt.toString('hex');
  if (lastDerived?.passphrase === passphrase && lastDerived.salt === saltHex)
    return Buffer.from(lastDerived.key);
  const key = pbkdf2Sync(Buffer.from(passphrase, 'utf8'), salt, KDF_ITERATIONS, 32, 'sha512');
  const fileKey = Buffer.from(`x'${key.toString('hex')}${saltHex}'`, 'latin1');
  lastDerived = { passphrase, salt: saltHex, key: Buffer.from(fileKey) };
  return fileKey;
}

/** Forgets the last key derived (the bench measures a first open with it). */
export function forgetDerivedKey(): void {
  lastDerived = null;
}

/** The file key of a new encrypted file: a fresh random salt. */
export function newFileKey(passphrase: string): FileKey {
  return fileKeyFor(passphrase, randomBytes(SALT_BYTES));
}

/** The salt of an encrypted file, from its first bytes. */
export function saltOf(header: Buffer): Buffer {
  return header.subarray(0, SALT_BYTES);
}

/** Makes SQLCipher 4 the cipher of a connection's files, its own and those it attaches. */
export function useSqlCipher(db: Db): void {
  db.pragma("cipher = 'sqlcipher'");
  db.pragma('legacy = 4');
}

/** Sets SQLCipher 4 and the key on a connection, before anything is read or written through it. */
export function applyFileKey(db: Db, key: FileKey): void {
  useSqlCipher(db);
  db.key(key);
}

/**
 * Whether a file without SQLite's header looks like an encrypted database: whole pages (SQLite's
 * page sizes are multiples of 512 bytes) that read as random bytes, as ciphertext does. A text
 * file, a document or a truncated copy does not.
 */
export function looksEncrypted(firstPage: Buffer, size: number): boolean {
  if (size < 1024 || size % 512 !== 0) return false;
  return shannonEntropy(firstPage) > 7.5;
}

/** Bits of information per byte: 8 for random bytes, about 4.5 for English text. */
function shannonEntropy(bytes: Buffer): number {
  const counts = new Array<number>(256).fill(0);
  for (const b of bytes) counts[b]!++;
  let bits = 0;
  for (const n of counts) {
    if (n === 0) continue;
    const p = n / bytes.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}
