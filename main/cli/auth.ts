// Signing in on the command line (issue "Trust"). Commands that read or change a workspace's
// content act as `--user NAME` (the first administrator by default), proven by that user's
// passphrase (--passphrase-file F, else CTED_PASSPHRASE, else a prompt on a terminal) or by an
// API key an administrator issued (--api-key-file F or CTED_API_KEY; the key's user). The proof
// is checked on a read-only look at the file, before the command opens it: a wrong passphrase
// exits 1 and leaves the file exactly as it was. File-level commands (check, backup, migrate,
// encrypt, decrypt) need none.
import { newPassphrase, type UserAccount } from '../../shared/api/areas/users';
import { account, accountNamed, firstAdministrator } from '../core/auth/accounts';
import { anyoneCanSignIn, passphraseOf, userOfApiKey } from '../core/auth/credentials';
import { verifyPassphraseAsync } from '../core/auth/passphrase';
import type { Workspace } from '../core/db/workspace';
import { readSecretFile } from './secrets';
import { say } from '../../shared/messages';
import { invalidInput } from '../core/dispatcher';

export const PASSPHRASE_ENV = 'CTED_PASSPHRASE';
export const API_KEY_ENV = 'CTED_API_KEY';
/** The schema that brought passphrases (migration 007). */
const SIGN_IN_VERSION = 7;

export const AUTH_OPTIONS = {
  'passphrase-file': { type: 'string' },
  'api-key-file': { type: 'string' },
} as const;

export const AUTH_HELP = `Signing in (call, plan, import, audit anchor, sync):
  --user NAME            act as this user (default: the first administrator)
  --passphrase-file F    the user's passphrase, from a file (or set ${PASSPHRASE_ENV}; in a
                         terminal you are asked for it)
  --api-key-file F       act with an API key instead, as the user it was issued to (or set
                         ${API_KEY_ENV})`;

/** The proof was missing or wrong: nothing was done (exit 1). */
export class SignInError extends Error {}

export interface SignInOptions {
  user?: string | undefined;
  'passphrase-file'?: string | undefined;
  'api-key-file'?: string | undefined;
}

/**
 * The id of the user the command acts as, once proven. `look` opens the workspace read-only; it
 * is closed again before this returns.
 */
export async function signIn(
  options: SignInOptions,
  look: () => Workspace,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  if (options['api-key-file'] !== undefined && options['passphrase-file'] !== undefined)
    throw new SignInError('Give --passphrase-file or --api-key-file, not both.');
  const key = options['api-key-file']
    ? readSecretFile(options['api-key-file'], 'API key')
    : options['passphrase-file'] === undefined
      ? env[API_KEY_ENV] || undefined
      : undefined;
  if (key !== undefined && options.user !== undefined)
    throw new SignInError(
      'An API key acts as the user it was issued to: leave out --user, or sign in with a passphrase instead.',
    );
  const ws = look();
  try {
    if (ws.schemaVersion < SIGN_IN_VERSION)
      throw new SignInError(
        `${ws.path} was made before users signed in (schema ${ws.schemaVersion}): run cted-planner migrate --db ${ws.path}, then open it in the app to create its first administrator.`,
      );
    if (key !== undefined) return userOfKey(ws, key);
    if (!anyoneCanSignIn(ws.db))
      throw new SignInError(
        `Nobody can sign in to ${ws.path} yet: open it in the app to create its first administrator.`,
      );
    const user = chosenUser(ws, options.user);
    const stored = passphraseOf(ws.db, user.id);
    if (!stored)
      throw new SignInError(
        `${user.name} has no passphrase yet: an administrator sets one in Settings → Users.`,
      );
    const passphrase = await givenPassphrase(options, env, `Passphrase for ${user.name}: `);
    if (!(await verifyPassphraseAsync(passphrase, stored)))
      throw new SignInError(`The passphrase for ${user.name} is not right; nothing was done.`);
    return user.id;
  } finally {
    ws.close();
  }
}

/**
 * The first administrator's passphrase for `init --admin`: from the same places as a sign-in's
 * (asked twice in a terminal), and long enough.
 */
export async function newAdministratorPassphrase(
  options: SignInOptions,
  name: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const passphrase = await givenPassphrase(options, env, `Passphrase for ${name}: `, true);
  const checked = newPassphrase.safeParse(passphrase);
  if (!checked.success)
    throw new SignInError(invalidInput(checked.error.issues.slice(0, 1), 'en').message);
  return passphrase;
}

function userOfKey(ws: Workspace, key: string): string {
  const userId = userOfApiKey(ws.db, key);
  const user = userId ? account(ws.db, userId) : null;
  if (!user) throw new SignInError(say('en', 'auth.apiKeyInvalid'));
  if (user.disabled)
    throw new SignInError(`This API key belongs to ${user.name}, who has been disabled.`);
  return user.id;
}

function chosenUser(ws: Workspace, who: string | undefined): UserAccount {
  const user =
    who === undefined
      ? firstAdministrator(ws.db)
      : (accountNamed(ws.db, who) ?? account(ws.db, who));
  if (!user)
    throw new SignInError(
      who === undefined
        ? `${ws.path} has no active administrator: name a user with --user NAME.`
        : `There is no user “${who}” in this workspace.`,
    );
  if (user.disabled)
    throw new SignInError(
      `${user.name} has been disabled: ask an administrator to enable them again.`,
    );
  return user;
}

async function givenPassphrase(
  options: SignInOptions,
  env: NodeJS.ProcessEnv,
  question: string,
  confirm = false,
): Promise<string> {
  if (options['passphrase-file'] !== undefined)
    return readSecretFile(options['passphrase-file'], 'passphrase');
  const fromEnv = env[PASSPHRASE_ENV];
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY)
    throw new SignInError(
      `Give the passphrase with --passphrase-file FILE or the ${PASSPHRASE_ENV} environment variable (in a terminal you are asked for it).`,
    );
  const passphrase = await askHidden(question);
  if (confirm && (await askHidden('The same passphrase again: ')) !== passphrase)
    throw new SignInError('The two passphrases differ; nothing was done.');
  return passphrase;
}

/** Asks on the terminal without echoing what is typed. */
function askHidden(question: string): Promise<string> {
  const input = process.stdin;
  process.stderr.write(question);
  input.setRawMode(true);
  input.setEncoding('utf8');
  input.resume();
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = (error?: Error) => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: string) => {
      for (const character of chunk) {
        if (character === '\r' || character === '\n') return finish();
        if (character === '\u0003') return finish(new SignInError('Cancelled; nothing was done.'));
        if (character === '\u007f' || character === '\b')
          typed = Array.from(typed).slice(0, -1).join('');
        else typed += character;
      }
    };
    input.on('data', onData);
  });
}
