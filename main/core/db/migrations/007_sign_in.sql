-- Sign-in (issue "Trust"): users can be disabled, sessions lock after a while without activity,
-- and each user's passphrase hash and the API keys' hashes are kept in local tables.
ALTER TABLE users ADD COLUMN disabled INTEGER DEFAULT 0;
ALTER TABLE settings ADD COLUMN lock_after_minutes INTEGER;

-- Credentials are local to this file: they have no `deleted` column, so the write path, the
-- change log (the audit trail) and sync bundles never carry them; a hash must not travel.
-- Only main/core/auth/credentials.ts writes them; each change is recorded as an event without
-- the secret. `hash` holds the algorithm and its parameters: scrypt$N$r$p$salt$key.
CREATE TABLE credentials (
  user_id TEXT PRIMARY KEY REFERENCES users(id),
  hash TEXT NOT NULL,
  changed_at TEXT NOT NULL
);

-- Keys for scripts, issued by administrators: only the SHA-256 of each key is kept.
CREATE TABLE api_keys (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id),
  name TEXT NOT NULL,
  key_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  created_by TEXT REFERENCES users(id),
  revoked_at TEXT
);
