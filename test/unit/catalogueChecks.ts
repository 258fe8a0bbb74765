// Checks of a translated catalogue against its English reference, shared by the interface's
// catalogues (test/unit/i18n.test.ts) and the core's (test/unit/core-messages.test.ts).
import type { Message } from '../../shared/i18n/format';

export type Catalogue = Partial<Record<string, Message>>;
export type Language = 'en' | 'fr' | 'es' | 'ru' | 'zh' | 'ar';

const PLACEHOLDER = /\{(\w+)\}/g;
export const placeholdersOf = (text: string): Set<string> =>
  new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!));
export const formsOf = (message: Message): Record<string, string> =>
  typeof message === 'string' ? { other: message } : (message as Record<string, string>);
const sorted = (names: Iterable<string>) => [...names].sort().join(', ');

/** Keys of English the catalogue lacks. */
export function missingKeys(reference: Catalogue, catalogue: Catalogue): string[] {
  return Object.keys(reference).filter((key) => catalogue[key] === undefined);
}

/** Keys of the catalogue that English no longer has. */
export function staleKeys(reference: Catalogue, catalogue: Catalogue): string[] {
  return Object.keys(catalogue).filter((key) => !(key in reference));
}

/**
 * Placeholders that differ from English. A plain message has exactly English's placeholders; in
 * a plural message the "other" form has those of English's "other", and every form uses only
 * placeholders English has (a language may write "one day" where English writes "{count} day").
 */
export function placeholderProblems(reference: Catalogue, catalogue: Catalogue): string[] {
  const problems: string[] = [];
  for (const [key, message] of Object.entries(catalogue)) {
    const english = reference[key];
    if (message === undefined || english === undefined) continue;
    if (typeof english === 'string' || typeof message === 'string') {
      if (typeof english !== typeof message) {
        problems.push(`${key}: ${typeof english === 'string' ? 'plain' : 'plural'} in English`);
        continue;
      }
      const want = sorted(placeholdersOf(english as string));
      const got = sorted(placeholdersOf(message as string));
      if (want !== got) problems.push(`${key}: {${got}} instead of {${want}}`);
      continue;
    }
    const englishForms = formsOf(english);
    const allowed = new Set(Object.values(englishForms).flatMap((f) => [...placeholdersOf(f)]));
    for (const [form, text] of Object.entries(formsOf(message))) {
      const extra = [...placeholdersOf(text)].filter((name) => !allowed.has(name));
      if (extra.length) problems.push(`${key}.${form}: {${sorted(extra)}} is not in English`);
    }
    const want = sorted(placeholdersOf(englishForms.other!));
    const got = sorted(placeholdersOf(formsOf(message).other ?? ''));
    if (want !== got) problems.push(`${key}.other: {${got}} instead of {${want}}`);
  }
  return problems;
}

/** Plural messages without "other", or with a form the language's plural rules never choose. */
export function pluralProblems(language: Language, catalogue: Catalogue): string[] {
  const categories = new Set<string>(
    new Intl.PluralRules(language).resolvedOptions().pluralCategories,
  );
  const problems: string[] = [];
  for (const [key, message] of Object.entries(catalogue)) {
    if (message === undefined || typeof message === 'string') continue;
    if (typeof message.other !== 'string') problems.push(`${key}: no "other" form`);
    for (const form of Object.keys(message))
      if (!categories.has(form)) problems.push(`${key}: "${form}" is never chosen in ${language}`);
  }
  return problems;
}

/** French typography: ’ not ', « » not “ ”, and a no-break space before : ; ? ! % and inside « ». */
export function frenchTypographyProblems(catalogue: Catalogue): string[] {
  const problems: string[] = [];
  for (const [key, message] of Object.entries(catalogue)) {
    if (message === undefined) continue;
    for (const text of Object.values(formsOf(message))) {
      if (text.includes("'")) problems.push(`${key}: straight apostrophe`);
      if (/[“”"]/.test(text)) problems.push(`${key}: quotes other than « »`);
      if (/ [:;?!%»]/.test(text) || /« /.test(text))
        problems.push(`${key}: ordinary space where a no-break space belongs`);
      if (/[^\s\u00a0\u202f(][;?!»]/u.test(text.replace(/\{\w+\}|\?token=|https?:\/\/\S+/g, '')))
        problems.push(`${key}: no space before ; ? ! or »`);
    }
  }
  return problems;
}
