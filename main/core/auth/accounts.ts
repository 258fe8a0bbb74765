// Reading users as accounts: who they are, whether they are disabled, whether they can sign in.
import type { UserAccount } from '../../../shared/api/types';
import type { Db } from '../db/workspace';

const ACCOUNT = `SELECT u.id, u.name, u.role, u.email, COALESCE(u.disabled, 0) AS disabled,
  c.user_id IS NOT NULL AS hasPassphrase
  FROM users u LEFT JOIN credentials c ON c.user_id = u.id`;

type AccountRow = Omit<UserAccount, 'disabled' | 'hasPassphrase'> & {
  disabled: number;
  hasPassphrase: number;
};

const toAccount = (row: AccountRow): UserAccount => ({
  ...row,
  disabled: row.disabled === 1,
  hasPassphrase: row.hasPassphrase === 1,
});

/** Every user: administrators first, then planners, CTC members and field teams, by name. */
export function accounts(db: Db): UserAccount[] {
  return (
    db
      .prepare(
        `${ACCOUNT} WHERE u.deleted = 0
         ORDER BY CASE u.role WHEN 'admin' THEN 0 WHEN 'planner' THEN 1 WHEN 'ctc_member' THEN 2 ELSE 3 END, u.name`,
      )
      .all() as AccountRow[]
  ).map(toAccount);
}

export function account(db: Db, id: string): UserAccount | null {
  const row = db.prepare(`${ACCOUNT} WHERE u.deleted = 0 AND u.id = ?`).get(id) as
    | AccountRow
    | undefined;
  return row ? toAccount(row) : null;
}

/**
 * The user who signs in with this name (case does not matter). Should two users share a name,
 * the one with a passphrase, then the oldest, is the one.
 */
export function accountNamed(db: Db, name: string): UserAccount | null {
  const row = db
    .prepare(
      `${ACCOUNT} WHERE u.deleted = 0 AND u.name = ? COLLATE NOCASE ORDER BY c.user_id IS NULL, u.id LIMIT 1`,
    )
    .get(name.trim()) as AccountRow | undefined;
  return row ? toAccount(row) : null;
}

/** The first active administrator (the oldest): the caller when none is named, and the CLI's default. */
export function firstAdministrator(db: Db): UserAccount | null {
  const row = db
    .prepare(
      `${ACCOUNT} WHERE u.deleted = 0 AND u.role = 'admin' AND COALESCE(u.disabled, 0) = 0 ORDER BY u.id LIMIT 1`,
    )
    .get() as AccountRow | undefined;
  return row ? toAccount(row) : null;
}

/** How many administrators can still act (not disabled). */
export function activeAdministrators(db: Db): number {
  return (
    db
      .prepare(
        "SELECT COUNT(*) AS n FROM users WHERE deleted = 0 AND role = 'admin' AND COALESCE(disabled, 0) = 0",
      )
      .get() as { n: number }
  ).n;
}
