// What the core says to people — errors, refusals, reasons, notes, titles, the words of exported
// documents — as keys with parameters (a Text), said in the reader's language only when it reaches
// them: the dispatcher says an error in the caller's language, a read handler or an export says
// its sentences in ctx.language. The interface's own words are in renderer/src/i18n.
import type { LanguageCode } from '../api/schema';
import { formatMessage, type Message } from '../i18n/format';
import type { AreaMessages } from './define';
import { common } from './common';
import { validation } from './validation';
import { fields } from './fields';
import { assessment } from './assessment';
import { workspace } from './workspace';
import { planning } from './planning';
import { records } from './records';
import { documents } from './documents';
import { imports } from './imports';

const AREAS = [
  common,
  validation,
  fields,
  assessment,
  workspace,
  planning,
  records,
  documents,
  imports,
];

type KeysOf<A> = A extends AreaMessages<infer K> ? K : never;
/** Every key of the core's catalogues (named one by one: an array's type would merge them). */
export type CoreMessageKey =
  | KeysOf<typeof common>
  | KeysOf<typeof validation>
  | KeysOf<typeof fields>
  | KeysOf<typeof assessment>
  | KeysOf<typeof workspace>
  | KeysOf<typeof planning>
  | KeysOf<typeof records>
  | KeysOf<typeof documents>
  | KeysOf<typeof imports>;

/** A sentence to be said later, in its reader's language. A parameter may itself be a Text. */
export interface Text {
  key: CoreMessageKey;
  params?: TextParams;
}
export type TextParams = Record<string, string | number | Text>;

const catalogues = Object.fromEntries(
  (['en', 'fr', 'es', 'ru', 'zh', 'ar'] as const).map((language) => [
    language,
    Object.assign({}, ...AREAS.map((area) => area[language])) as Partial<
      Record<CoreMessageKey, Message>
    >,
  ]),
) as Record<LanguageCode, Partial<Record<CoreMessageKey, Message>>>;

/** The catalogue of one language (English is complete; tests compare the others with it). */
export const coreCatalogue = (language: LanguageCode) => catalogues[language];

export const isCoreMessageKey = (key: string): key is CoreMessageKey => key in catalogues.en;

export const text = (key: CoreMessageKey, params?: TextParams): Text =>
  params ? { key, params } : { key };

export const isText = (value: unknown): value is Text =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Text).key === 'string' &&
  isCoreMessageKey((value as Text).key);

/** The message `key` said in `language` (in English where that language lacks it). */
export function say(language: LanguageCode, key: CoreMessageKey, params: TextParams = {}): string {
  const said = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      isText(value) ? sayText(language, value) : value,
    ]),
  );
  return formatMessage(catalogues[language][key] ?? catalogues.en[key]!, said, language);
}

export const sayText = (language: LanguageCode, sentence: Text): string =>
  say(language, sentence.key, sentence.params);

/**
 * A Text as a record stores it (a list entry's reason, say), so that every reader reads it in
 * their own language.
 */
export const storeText = (sentence: Text): string => JSON.stringify(sentence);

/** A stored sentence said in `language`; prose stored before sentences were stored as Texts is shown as it is. */
export function sayStored(language: LanguageCode, stored: string): string;
export function sayStored(language: LanguageCode, stored: string | null): string | null;
export function sayStored(language: LanguageCode, stored: string | null): string | null {
  if (stored === null || !stored.startsWith('{')) return stored;
  try {
    const parsed: unknown = JSON.parse(stored);
    return isText(parsed) ? sayText(language, parsed) : stored;
  } catch {
    return stored;
  }
}
