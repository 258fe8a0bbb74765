// The key of an encrypted workspace, for the command line and the web host: from --key-file FILE,
// else from the CTED_WORKSPACE_KEY environment variable. It is the workspace's own key, not a
// user's passphrase (signing in has its own options).
import type { WorkspaceKeyError } from '../core/errors';
import { readSecretFile, SecretError } from './secrets';

export const KEY_ENV = 'CTED_WORKSPACE_KEY';

/** The key from --key-file, else from the environment; undefined when neither gives one. */
export function workspaceKey(
  keyFile: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  if (keyFile !== undefined) return readSecretFile(keyFile, 'key');
  const fromEnv = env[KEY_ENV];
  if (fromEnv === undefined) return undefined;
  if (fromEnv === '')
    throw new SecretError(`${KEY_ENV} is set but empty; a workspace key cannot be empty.`);
  return fromEnv;
}

/** What to print when a workspace's key was missing or wrong: the message, and where keys come from. */
export function keyErrorMessage(e: WorkspaceKeyError): string {
  return e.reason === 'needed'
    ? `${e.message} Give its key with --key-file FILE or the ${KEY_ENV} environment variable.`
    : e.message;
}
