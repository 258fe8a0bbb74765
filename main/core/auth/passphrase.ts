// Passphrase hashing (DESIGN §7): scrypt from @noble/hashes, memory-hard, with its parameters
// stored beside each hash as `scrypt$N$r$p$salt$key` (salt and key in base64), so that stronger
// parameters can come later without breaking the hashes already stored. N = 2^16, r = 8, p = 1
// takes 64 MiB and, measured on our build machine, about 330 ms per derivation (460 ms in the
// async variant); `npm run bench` reports it.
// The async variants yield to the event loop while they work: the HTTP host uses them.
import { scrypt, scryptAsync } from '@noble/hashes/scrypt.js';
import { randomBytes, timingSafeEqual } from 'node:crypto';

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

export const SCRYPT_PARAMS: ScryptParams = { N: 2 ** 16, r: 8, p: 1 };
const KEY_BYTES = 32;
export const SALT_BYTES = 16;

interface Parsed extends ScryptParams {
  salt: Uint8Array;
  key: Uint8Array;
}

/** The same words typed with composed or decomposed accents are the same passphrase. */
const normalise = (passphrase: string) => passphrase.normalize('NFC');

const format = ({ N, r, p }: ScryptParams, salt: Uint8Array, key: Uint8Array) =>
  `scrypt$${N}$${r}$${p}$${Buffer.from(salt).toString('base64')}$${Buffer.from(key).toString('base64')}`;

/**
 * A stored hash's parts, or null when it is not one this version can check. Parameters outside
 * sane bounds are refused too, so that an edited hash cannot make a sign-in take minutes.
 */
export function parseHash(stored: string): Parsed | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  const salt = Buffer.from(parts[4]!, 'base64');
  const key = Buffer.from(parts[5]!, 'base64');
  const powerOfTwo = Number.isInteger(N) && N >= 2 ** 10 && N <= 2 ** 20 && (N & (N - 1)) === 0;
  if (!powerOfTwo || !Number.isInteger(r) || r < 1 || r > 32) return null;
  if (!Number.isInteger(p) || p < 1 || p > 16 || salt.length < 8 || key.length !== KEY_BYTES)
    return null;
  return { N, r, p, salt, key };
}

/** Hashes a passphrase with a new random salt (or the one given: the demo reuses one). */
export function hashPassphrase(
  passphrase: string,
  salt: Uint8Array = randomBytes(SALT_BYTES),
): string {
  const key = scrypt(normalise(passphrase), salt, { ...SCRYPT_PARAMS, dkLen: KEY_BYTES });
  return format(SCRYPT_PARAMS, salt, key);
}

export async function hashPassphraseAsync(passphrase: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await scryptAsync(normalise(passphrase), salt, {
    ...SCRYPT_PARAMS,
    dkLen: KEY_BYTES,
  });
  return format(SCRYPT_PARAMS, salt, key);
}

/** Whether the passphrase matches the stored hash (compared in constant time). */
export function verifyPassphrase(passphrase: string, stored: string): boolean {
  const parsed = parseHash(stored);
  if (!parsed) return false;
  const { N, r, p, salt, key } = parsed;
  return timingSafeEqual(scrypt(normalise(passphrase), salt, { N, r, p, dkLen: KEY_BYTES }), key);
}

export async function verifyPassphraseAsync(passphrase: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed) return false;
  const { N, r, p, salt, key } = parsed;
  const derived = await scryptAsync(normalise(passphrase), salt, { N, r, p, dkLen: KEY_BYTES });
  return timingSafeEqual(derived, key);
}

/**
 * A hash no passphrase matches, checked when the user name is unknown (or has no passphrase) so
 * that a wrong name takes as long to refuse as a wrong passphrase and does not reveal who exists.
 */
export const DECOY_HASH = format(
  SCRYPT_PARAMS,
  new Uint8Array(SALT_BYTES),
  new Uint8Array(KEY_BYTES),
);
