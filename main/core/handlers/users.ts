// Users and their credentials (issue "Trust"). The user rows go through the one write path like
// any user data; passphrase and key hashes go to the local credential tables (auth/credentials.ts)
// in the same transaction, and every change is recorded as an event that never holds the secret.
// Passphrases are derived synchronously here (a rare administrative act, ~0.3 s); sign-in and
// unlock, the frequent path, derive asynchronously in auth/gate.ts.
import type { UserAccount } from '../../../shared/api/types';
import { uuidv7 } from '../../../shared/ids';
import { account, accounts, activeAdministrators } from '../auth/accounts';
import { attemptsOf } from '../auth/attempts';
import {
  apiKey,
  apiKeys,
  insertApiKey,
  newApiKey,
  passphraseOf,
  revokeApiKey,
  setPassphrase,
} from '../auth/credentials';
import { hashPassphrase, verifyPassphrase } from '../auth/passphrase';
import type { CallContext } from '../context';
import { text } from '../../../shared/messages';
import { ApiError } from '../errors';
import { recordEvent } from './events';
import { refuse, toColumns } from './rules';
import type { AreaHandlers } from './types';

const instant = (ctx: CallContext) => new Date(ctx.nowMs).toISOString();

function existing(ctx: CallContext, id: string): UserAccount {
  const user = account(ctx.db, id);
  if (!user) throw new ApiError('NOT_FOUND', text('user.noSuchUser'));
  return user;
}

/** Two users with one name could not tell who signs in: names are unique, whatever their case. */
function refuseTakenName(ctx: CallContext, name: string, except: string | null = null): void {
  const taken = ctx.db
    .prepare('SELECT 1 FROM users WHERE deleted = 0 AND name = ? COLLATE NOCASE AND id IS NOT ?')
    .get(name, except);
  if (taken)
    throw new ApiError('CONFLICT', text('user.nameTaken', { name }), [
      { field: 'name', message: text('user.nameTakenField') },
    ]);
}

/** The workspace must keep an administrator who can act: the last one is not demoted or disabled. */
function refuseLastAdministrator(
  ctx: CallContext,
  user: UserAccount,
  what: 'user.lastAdministratorRole' | 'user.lastAdministratorDisabled',
): void {
  if (user.role === 'admin' && !user.disabled && activeAdministrators(ctx.db) <= 1)
    throw new ApiError('CONFLICT', text(what, { user: user.name }));
}

const emailColumn = (email: string | null | undefined) =>
  email === undefined ? undefined : email === '' ? null : email;

export const usersHandlers: AreaHandlers<'users'> = {
  'users.list': (_input, ctx) => accounts(ctx.db),

  'users.create': ({ name, role, email, passphrase }, ctx) => {
    refuseTakenName(ctx, name);
    const id = ctx.write.insert('users', { name, role, email: emailColumn(email), disabled: 0 });
    setPassphrase(ctx.db, id, hashPassphrase(passphrase), instant(ctx));
    recordEvent(ctx, 'user.created', 'users', id, { name, role });
    return existing(ctx, id);
  },

  'users.update': ({ id, name, role, email }, ctx) => {
    const user = existing(ctx, id);
    if (name !== undefined) refuseTakenName(ctx, name, id);
    if (role !== undefined && role !== 'admin')
      refuseLastAdministrator(ctx, user, 'user.lastAdministratorRole');
    const changes = { name, role, email: emailColumn(email) };
    const changed = ctx.write.update(
      'users',
      id,
      toColumns(changes, { name: 'name', role: 'role', email: 'email' }),
    );
    // Stored as JSON: the fields not given drop out.
    if (changed > 0) recordEvent(ctx, 'user.updated', 'users', id, changes);
    return existing(ctx, id);
  },

  'users.disable': ({ id, disabled }, ctx) => {
    const user = existing(ctx, id);
    if (disabled && id === ctx.user.id)
      throw new ApiError('CONFLICT', text('user.cannotDisableSelf'));
    if (disabled) refuseLastAdministrator(ctx, user, 'user.lastAdministratorDisabled');
    if (ctx.write.update('users', id, { disabled }) > 0)
      recordEvent(ctx, disabled ? 'user.disabled' : 'user.enabled', 'users', id, {});
    return existing(ctx, id);
  },

  'users.resetPassphrase': ({ id, passphrase }, ctx) => {
    existing(ctx, id);
    setPassphrase(ctx.db, id, hashPassphrase(passphrase), instant(ctx));
    recordEvent(ctx, 'user.passphraseReset', 'users', id, {});
    return existing(ctx, id);
  },

  'users.changeOwnPassphrase': ({ current, next }, ctx) => {
    const attempts = attemptsOf(ctx.db);
    attempts.check(ctx.user.name, ctx.nowMs);
    const stored = passphraseOf(ctx.db, ctx.user.id);
    if (!stored) throw new ApiError('CONFLICT', text('user.noPassphraseYet'));
    if (!verifyPassphrase(current, stored)) {
      attempts.failed(ctx.user.name, ctx.nowMs);
      throw refuse('current', text('user.currentPassphraseWrong'));
    }
    attempts.succeeded(ctx.user.name);
    if (next.normalize('NFC') === current.normalize('NFC'))
      throw refuse('next', text('user.samePassphrase'));
    setPassphrase(ctx.db, ctx.user.id, hashPassphrase(next), instant(ctx));
    recordEvent(ctx, 'user.passphraseChanged', 'users', ctx.user.id, {});
    return existing(ctx, ctx.user.id);
  },

  // A preference of the caller's own: the change log keeps it, and it goes with the user.
  'users.setLanguage': ({ language }, ctx) => {
    ctx.write.update('users', ctx.user.id, { language });
    return { language };
  },
};

export const apiKeysHandlers: AreaHandlers<'apiKeys'> = {
  'apiKeys.list': (_input, ctx) => apiKeys(ctx.db),

  'apiKeys.create': ({ name, userId }, ctx) => {
    const user = account(ctx.db, userId ?? ctx.user.id);
    if (!user) throw refuse('userId', text('user.noSuchUser'));
    if (user.disabled) throw refuse('userId', text('user.disabledNoKey', { user: user.name }));
    const id = uuidv7(ctx.nowMs);
    const secret = newApiKey();
    insertApiKey(ctx.db, {
      id,
      userId: user.id,
      name,
      secret,
      createdAt: instant(ctx),
      createdBy: ctx.user.id,
    });
    recordEvent(ctx, 'apiKey.created', 'api_keys', id, { name, userId: user.id });
    return { ...apiKey(ctx.db, id)!, key: secret };
  },

  'apiKeys.revoke': ({ id }, ctx) => {
    const key = apiKey(ctx.db, id);
    if (!key) throw new ApiError('NOT_FOUND', text('user.noSuchApiKey'));
    if (key.revokedAt)
      throw new ApiError(
        'CONFLICT',
        text('user.apiKeyRevoked', { name: key.name, date: key.revokedAt.slice(0, 10) }),
      );
    revokeApiKey(ctx.db, id, instant(ctx));
    recordEvent(ctx, 'apiKey.revoked', 'api_keys', id, { name: key.name, userId: key.userId });
    return apiKey(ctx.db, id)!;
  },
};
