// Where credentials live: the local `credentials` and `api_keys` tables (migration 007). They are
// not user data: no change_log row, no sync bundle and no audit entry ever carries a hash; the
// handlers record each change as an event without the secret. This file is the only code that
// writes them (a test scans the source for it), always inside the caller's transaction.
import { createHash, randomBytes } from 'node:crypto';
import type { ApiKeyInfo } from '../../../shared/api/types';
import type { Db } from '../db/workspace';

/** The tables this file owns, for the tests' digests of a whole workspace. */
export const CREDENTIAL_TABLES = ['credentials', 'api_keys'] as const;

/** The user's passphrase hash (see passphrase.ts), or null when they have none yet. */
export function passphraseOf(db: Db, userId: string): string | null {
  return (
    (db.prepare('SELECT hash FROM credentials WHERE user_id = ?').pluck().get(userId) as
      | string
      | undefined) ?? null
  );
}

/** Sets (or replaces) a user's passphrase hash; `changedAt` (ISO instant) says when, for the record. */
export function setPassphrase(db: Db, userId: string, hash: string, changedAt: string): void {
  db.prepare(
    `INSERT INTO credentials (user_id, hash, changed_at) VALUES (?, ?, ?)
     ON CONFLICT (user_id) DO UPDATE SET hash = excluded.hash, changed_at = excluded.changed_at`,
  ).run(userId, hash, changedAt);
}

/** Whether any user of the workspace can sign in; when none can, the first run sets one up. */
export function anyoneCanSignIn(db: Db): boolean {
  return Boolean(
    db
      .prepare(
        'SELECT 1 FROM credentials c JOIN users u ON u.id = c.user_id WHERE u.deleted = 0 AND COALESCE(u.disabled, 0) = 0 LIMIT 1',
      )
      .get(),
  );
}

// ---- API keys ------------------------------------------------------------------------------

const KEY_PREFIX = 'cted_';

/** A new key: 256 random bits. Keys are random, so a plain SHA-256 is enough to store them. */
export function newApiKey(): string {
  return `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
}

const keyHash = (key: string) => createHash('sha256').update(key, 'utf8').digest('hex');

export function insertApiKey(
  db: Db,
  key: {
    id: string;
    userId: string;
    name: string;
    secret: string;
    createdAt: string;
    createdBy: string;
  },
): void {
  db.prepare(
    'INSERT INTO api_keys (id, user_id, name, key_hash, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(key.id, key.userId, key.name, keyHash(key.secret), key.createdAt, key.createdBy);
}

/** The user a key acts as, when the key exists and is not revoked. */
export function userOfApiKey(db: Db, key: string): string | null {
  if (!key.startsWith(KEY_PREFIX)) return null;
  const row = db
    .prepare('SELECT user_id AS userId FROM api_keys WHERE key_hash = ? AND revoked_at IS NULL')
    .get(keyHash(key)) as { userId: string } | undefined;
  return row?.userId ?? null;
}

const KEY_COLUMNS = `k.id, k.name, k.user_id AS userId, u.name AS userName, k.created_at AS createdAt,
  k.revoked_at AS revokedAt`;

export function apiKeys(db: Db): ApiKeyInfo[] {
  return db
    .prepare(
      `SELECT ${KEY_COLUMNS} FROM api_keys k JOIN users u ON u.id = k.user_id
       ORDER BY k.revoked_at IS NOT NULL, k.created_at DESC, k.id`,
    )
    .all() as ApiKeyInfo[];
}

export function apiKey(db: Db, id: string): ApiKeyInfo | null {
  return (
    (db
      .prepare(
        `SELECT ${KEY_COLUMNS} FROM api_keys k JOIN users u ON u.id = k.user_id WHERE k.id = ?`,
      )
      .get(id) as ApiKeyInfo | undefined) ?? null
  );
}

export function revokeApiKey(db: Db, id: string, at: string): void {
  db.prepare('UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(at, id);
}
