// Secrets the command line reads from files: a workspace key (--key-file), a user's passphrase
// (--passphrase-file), an API key (--api-key-file) and a bundle passphrase (--bundle-passphrase-file).
// One rule for all: the file's text as UTF-8, without the byte order mark some Windows editors put
// first nor the newline an editor adds at the end, so that the secret is what the person typed.
import { readFileSync } from 'node:fs';

/** A secret file or variable that gives no usable secret; nothing was opened or changed. */
export class SecretError extends Error {}

/** The secret in the file; `what` names it in the messages ("key", "passphrase"…). */
export function readSecretFile(path: string, what: string): string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new SecretError(
      code === 'ENOENT'
        ? `There is no ${what} file at ${path}.`
        : code === 'EISDIR'
          ? `${path} is a folder, not a ${what} file.`
          : `The ${what} file ${path} cannot be read (${(e as Error).message}).`,
    );
  }
  const secret = text.replace(/^\uFEFF/, '').replace(/\r?\n$/, '');
  if (secret === '')
    throw new SecretError(`The ${what} file ${path} is empty; a ${what} cannot be empty.`);
  return secret;
}
