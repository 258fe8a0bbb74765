import type { ApiErrorBody, ErrorCode } from '../../shared/api/contract';
import type { LanguageCode } from '../../shared/api/schema';
import { isText, sayText, type Text } from '../../shared/messages';

/**
 * What an error says: a Text from the core's catalogues (shared/messages), said in the caller's
 * language, or words that come from elsewhere (a file's own error, a library's), passed on as
 * they are.
 */
export type Said = Text | readonly Text[] | string;

/** What an error says, in `language`; several sentences are said one after another. */
const sayIn = (said: Said, language: LanguageCode): string =>
  typeof said === 'string'
    ? said
    : 'key' in said
      ? sayText(language, said)
      : said.map((sentence) => sayText(language, sentence)).join(' ');

/**
 * An error a handler raises on purpose; the dispatcher turns it into `{ok:false,error}`, said in
 * the caller's language. Its `message` is the English sentence (for logs and the command line's
 * English-speaking callers without a user).
 */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly said: Said,
    readonly details?: unknown,
  ) {
    super(sayIn(said, 'en'));
  }

  /** The error as the API returns it, in `language`; a detail's Text `message` is said too. */
  toBody(language: LanguageCode = 'en'): ApiErrorBody {
    const message = sayIn(this.said, language);
    return this.details === undefined
      ? { code: this.code, message }
      : { code: this.code, message, details: sayDetails(this.details, language) };
  }
}

/** Details as the caller reads them: `{field, message}` items whose message is a Text are said. */
function sayDetails(details: unknown, language: LanguageCode): unknown {
  if (!Array.isArray(details)) return details;
  return details.map((item: unknown) =>
    typeof item === 'object' && item !== null && isText((item as { message?: unknown }).message)
      ? { ...item, message: sayText(language, (item as { message: Text }).message) }
      : item,
  );
}

/** A workspace that cannot be opened, with a message for the person who tried. */
export class WorkspaceError extends Error {}

/**
 * Why an encrypted workspace did not open, so that an adapter can say where a key comes from (the
 * command line's --key-file, the app's key prompt): `needed` (encrypted, and no key was given),
 * `wrong` (the key does not open it), `unexpected` (a key was given for a plain workspace).
 */
export class WorkspaceKeyError extends WorkspaceError {
  constructor(
    readonly reason: 'needed' | 'wrong' | 'unexpected',
    message: string,
  ) {
    super(message);
  }
}
