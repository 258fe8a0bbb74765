// Signing in (issue "Trust"). These are not dispatcher methods (they have no caller yet): the HTTP
// host serves them as POST /session/<action> and Electron over its session IPC channel, both
// through main/core/auth/gate.ts, and they answer the same {ok, value | error} as the API.
import { z } from 'zod';
import { language, text, type LanguageCode } from './schema';
import { givenPassphrase, newPassphrase, userName, type User } from './areas/users';

/** Every demo user's passphrase, printed by `init --demo` and shown on the demo's sign-in screen. */
export const DEMO_PASSPHRASE = 'demo';

/**
 * - setup: nobody can sign in yet; the first run names the first administrator.
 * - signedOut: sign in with a user name and passphrase.
 * - locked: signed in, but idle too long: the same user's passphrase unlocks it.
 * - active: every call runs as `user`.
 */
export type SessionStatus = 'setup' | 'signedOut' | 'locked' | 'active';

export interface SessionState {
  status: SessionStatus;
  /** The signed-in user (also while locked); null otherwise. */
  user: User | null;
  /** The language the signed-in user chose (users.setLanguage), English until they choose; null when nobody is signed in. */
  language: LanguageCode | null;
  /** The session locks after this many minutes without activity (a workspace setting). */
  lockAfterMinutes: number;
  /** On a demo workspace, the users who can sign in with DEMO_PASSPHRASE; null otherwise. */
  demoUsers: User[] | null;
  /** Nothing can be changed in this workspace (the first administrator cannot be set up). */
  readOnly: boolean;
}

export const SESSION_ACTIONS = [
  'state',
  'activity',
  'signIn',
  'setup',
  'unlock',
  'lock',
  'signOut',
] as const;
export type SessionAction = (typeof SESSION_ACTIONS)[number];

/**
 * The sign-in page's interface language: nobody is signed in yet, so the gate says its errors in
 * it (else in the session user's language, else in English). Any session action may send it.
 */
const pageLanguage = language.optional();

export const signInInput = z.strictObject({
  user: text(100).min(1, { message: 'session.enterUserName' }),
  passphrase: givenPassphrase,
  language: pageLanguage,
});
export const setupInput = z.strictObject({
  name: userName,
  passphrase: newPassphrase,
  language: pageLanguage,
});
export const unlockInput = z.strictObject({ passphrase: givenPassphrase, language: pageLanguage });
