// The workspace's users and their credentials (issue "Trust"): administrators add, change, disable
// and re-enable users, reset passphrases and issue API keys; everyone changes their own passphrase.
// Passphrases and keys are only ever sent in; what is stored is a hash, and nothing returns it.
import { z } from 'zod';
import { ADMINS_ONLY, ALL_ROLES, ROLES, type Role } from '../../domain/roles';
import { id, language, method, nothing, text, type LanguageCode } from '../schema';

export interface User {
  id: string;
  name: string;
  role: Role;
}

/** A user as administrators manage them. */
export interface UserAccount extends User {
  email: string | null;
  /** A disabled user cannot sign in, and their sessions and API keys stop working. */
  disabled: boolean;
  /** False for a user who cannot sign in yet (an administrator sets their passphrase). */
  hasPassphrase: boolean;
}

export interface ApiKeyInfo {
  id: string;
  name: string;
  /** The user the key acts as. */
  userId: string;
  userName: string;
  /** ISO instants. */
  createdAt: string;
  revokedAt: string | null;
}

/** A key just issued: the only time the key itself is shown. */
export interface IssuedApiKey extends ApiKeyInfo {
  key: string;
}

/** Shorter passphrases are refused (the demo's documented `demo` is the one exception). */
export const MIN_PASSPHRASE_LENGTH = 8;
export const MAX_PASSPHRASE_LENGTH = 1024;

/** A new passphrase: long enough to resist guessing, not absurdly long. Never trimmed. */
export const newPassphrase = z
  .string({ error: 'schema.users.passphraseRequired' })
  .min(MIN_PASSPHRASE_LENGTH, {
    message: 'schema.users.passphraseTooShort',
  })
  .max(MAX_PASSPHRASE_LENGTH, {
    message: 'schema.users.passphraseTooLong',
  });

/** A passphrase given to prove who one is: any length (the check says whether it is right). */
export const givenPassphrase = z
  .string({ error: 'schema.users.enterYourPassphrase' })
  .min(1, { message: 'schema.users.enterYourPassphrase' })
  .max(MAX_PASSPHRASE_LENGTH, { message: 'schema.users.wrongPassphrase' });

export const userName = text(100).min(1, { message: 'schema.users.nameRequired' });
const role = z.enum(ROLES, {
  error: 'schema.users.role',
});
const email = text(200)
  .refine((e) => e === '' || /^[^\s@]+@[^\s@]+$/.test(e), {
    message: 'schema.users.email',
  })
  .nullable();

export const usersMethods = {
  'users.list': method<UserAccount[]>()({ input: nothing, mutates: false, roles: ALL_ROLES }),
  'users.create': method<UserAccount>()({
    input: z.strictObject({
      name: userName,
      role,
      email: email.optional(),
      passphrase: newPassphrase,
    }),
    mutates: true,
    roles: ADMINS_ONLY,
  }),
  'users.update': method<UserAccount>()({
    input: z.strictObject({
      id,
      name: userName.optional(),
      role: role.optional(),
      email: email.optional(),
    }),
    mutates: true,
    roles: ADMINS_ONLY,
  }),
  /** Disables a user (`disabled: true`) or enables them again (`false`). */
  'users.disable': method<UserAccount>()({
    input: z.strictObject({
      id,
      disabled: z.boolean({ error: 'schema.users.disabled' }),
    }),
    mutates: true,
    roles: ADMINS_ONLY,
  }),
  'users.resetPassphrase': method<UserAccount>()({
    input: z.strictObject({ id, passphrase: newPassphrase }),
    mutates: true,
    roles: ADMINS_ONLY,
  }),
  /** Every signed-in user, field teams included: the current passphrase, then the new one. */
  'users.changeOwnPassphrase': method<UserAccount>()({
    input: z.strictObject({ current: givenPassphrase, next: newPassphrase }),
    mutates: true,
    roles: ALL_ROLES,
  }),
  /**
   * Every signed-in user, field teams included: the language the app speaks to them (and names
   * States in), remembered for their next sign-in on any site.
   */
  'users.setLanguage': method<{ language: LanguageCode }>()({
    input: z.strictObject({ language }),
    mutates: true,
    roles: ALL_ROLES,
  }),
  /** Issues a key for scripts, acting as `userId` (the caller by default); the key is shown once. */
  'apiKeys.create': method<IssuedApiKey>()({
    input: z.strictObject({
      name: text(100).min(1, {
        message: 'schema.users.apiKeyName',
      }),
      userId: id.optional(),
    }),
    mutates: true,
    roles: ADMINS_ONLY,
  }),
  'apiKeys.list': method<ApiKeyInfo[]>()({ input: nothing, mutates: false, roles: ADMINS_ONLY }),
  'apiKeys.revoke': method<ApiKeyInfo>()({
    input: z.strictObject({ id }),
    mutates: true,
    roles: ADMINS_ONLY,
  }),
};
