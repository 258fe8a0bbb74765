// The key of an encrypted workspace, for the command line and the web host: from --key-file FILE,
// else from the CTED_WORKSPACE_KEY environment variable. It is the workspace's own key, not a
// user's passphrase (signing in has its own options).
import { readFileSync } from 'node:fs';
import type { WorkspaceKeyError } from '../core/errors';

export const KEY_ENV = 'CTED_WORKSPACE_KEY';

/** A key file or variable that gives no usable key; nothing was opened. */
export class KeyFileError extends Error {}

/** The key from --key-file, else from the environment; undefined when neither gives one. */
export function workspaceKey(
  keyFile: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  if (keyFile !== undefined) return readKeyFile(keyFile);
  const fromEnv = env[KEY_ENV];
  if (fromEnv === undefined) return undefined;
  if (fromEnv === '')
    throw new KeyFileError(`${KEY_ENV} is set but empty; a workspace key cannot be empty.`);
  return fromEnv;
}

/**
 * A key file's text, read as UTF-8, without the newline an editor adds at its end (nor the byte
 * order mark some Windows editors put first), so that the key is what the person typed.
 */
function readKeyFile(path: string): string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new KeyFileError(
      code === 'ENOENT'
        ? `There is no key file at ${path}.`
        : code === 'EISDIR'
          ? `${path} is a folder, not a key file.`
          : `The key file ${path} cannot be read (${(e as Error).message}).`,
    );
  }
  const key = text.replace(/^\uFEFF/, '').replace(/\r?\n$/, '');
  if (key === '')
    throw new KeyFileError(`The key file ${path} is empty; a workspace key cannot be empty.`);
  return key;
}

/** What to print when a workspace's key was missing or wrong: the message, and where keys come from. */
export function keyErrorMessage(e: WorkspaceKeyError): string {
  return e.reason === 'needed'
    ? `${e.message} Give its key with --key-file FILE or the ${KEY_ENV} environment variable.`
    : e.message;
}
