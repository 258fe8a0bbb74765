// The first run of a workspace nobody can sign in to yet: its first administrator (the one every
// new workspace starts with, see defaults.ts) gets the chosen name and a passphrase. Used by the
// sign-in screen's first-run form and by `cted-planner init --admin`.
import type { UserAccount } from '../../../shared/api/types';
import type { Workspace } from '../db/workspace';
import { Writer } from '../db/write';
import { ensureDefaults } from '../defaults';
import { text } from '../../../shared/messages';
import { ApiError } from '../errors';
import { recordEvent } from '../handlers/events';
import { account, firstAdministrator } from './accounts';
import { anyoneCanSignIn, setPassphrase } from './credentials';

/** Names the first administrator and sets their passphrase (already hashed); returns them. */
export function setUpFirstAdministrator(
  ws: Workspace,
  name: string,
  hash: string,
  now: () => number,
): UserAccount {
  if (ws.readOnly)
    throw new ApiError(
      'FORBIDDEN',
      ws.readOnlyReason
        ? text('auth.readOnlySetupBecause', { reason: ws.readOnlyReason })
        : text('auth.readOnlySetup'),
    );
  ensureDefaults(ws, now);
  const db = ws.db;
  return db
    .transaction(() => {
      if (anyoneCanSignIn(db)) throw new ApiError('CONFLICT', text('auth.alreadySetUp'));
      const admin = firstAdministrator(db);
      if (!admin) throw new ApiError('CONFLICT', text('auth.noAdministratorToSetUp'));
      const clash = db
        .prepare('SELECT 1 FROM users WHERE deleted = 0 AND name = ? COLLATE NOCASE AND id <> ?')
        .get(name, admin.id);
      if (clash)
        throw new ApiError('CONFLICT', text('user.nameTaken', { name }), [
          { field: 'name', message: text('user.nameTakenField') },
        ]);
      const nowMs = now();
      const write = new Writer(db, ws.siteId, admin.id, now);
      write.update('users', admin.id, { name });
      setPassphrase(db, admin.id, hash, new Date(nowMs).toISOString());
      recordEvent({ write, nowMs, user: admin }, 'user.firstAdministrator', 'users', admin.id, {
        name,
      });
      return account(db, admin.id)!;
    })
    .immediate();
}
