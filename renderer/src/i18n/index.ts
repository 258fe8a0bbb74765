// The one translation function. Every string the user sees goes through `t(key, params)`.
// English is the reference catalogue; the other UN languages add catalogues with the same keys
// (missing keys fall back to English), and Arabic switches the page to right-to-left.
import { create } from 'zustand';
import type { LanguageCode } from '../../../shared/api/types';
import { regionName as m49RegionName } from '../../../shared/domain/m49Regions';
import { formatMessage, type Message, type Params } from '../../../shared/i18n/format';
import { sayText, type Text } from '../../../shared/messages';
import { en, type MessageKey } from './en';
import { fr } from './fr';
import { es } from './es';
import { ru } from './ru';
import { zh } from './zh';
import { ar } from './ar';

export type { MessageKey } from './en';
export type { Params } from '../../../shared/i18n/format';

const catalogues: Record<LanguageCode, Partial<Record<MessageKey, Message>>> = {
  en,
  fr,
  es,
  ru,
  zh,
  ar,
};

/** The locale used for dates and numbers (UN English is British English). */
const LOCALE: Record<LanguageCode, string> = {
  en: 'en-GB',
  fr: 'fr',
  es: 'es',
  ru: 'ru',
  zh: 'zh',
  ar: 'ar',
};

const RIGHT_TO_LEFT: ReadonlySet<LanguageCode> = new Set(['ar']);

export const directionOf = (language: LanguageCode): 'rtl' | 'ltr' =>
  RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr';

interface LanguageState {
  language: LanguageCode;
  setLanguage(language: LanguageCode): void;
}

/** The workspace's language before anyone chooses one: the sign-in page's, and a new user's. */
export const DEFAULT_LANGUAGE: LanguageCode = 'en';

export const useLanguage = create<LanguageState>((set) => ({
  language: DEFAULT_LANGUAGE,
  setLanguage: (language) => {
    document.documentElement.lang = language;
    document.documentElement.dir = directionOf(language);
    set({ language });
  },
}));

/**
 * The first of a reader's preferred languages (BCP 47 tags, as navigator.languages gives them)
 * that is one of the six UN languages; English when none is. For pages shown before anyone signs
 * in and has a language of their own, such as the desktop app's key prompt.
 */
export function preferredLanguage(tags: readonly string[]): LanguageCode {
  for (const tag of tags) {
    const primary = tag.toLowerCase().split('-')[0];
    const found = (Object.keys(catalogues) as LanguageCode[]).find((l) => l === primary);
    if (found) return found;
  }
  return 'en';
}

export function t(key: MessageKey, params: Params = {}): string {
  const language = useLanguage.getState().language;
  return formatMessage(catalogues[language][key] ?? en[key], params, language);
}

/** One date formatter per locale: making one costs far more than using it (a table has hundreds of dates). */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A calendar date (YYYY-MM-DD) in the reader's language, e.g. "5 Mar 2024". */
export function formatDate(date: string | null): string {
  if (!date) return t('common.none');
  const tag = locale();
  let format = dateFormats.get(tag);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' });
    dateFormats.set(tag, format);
  }
  return format.format(new Date(`${date}T00:00:00Z`));
}

/** An instant (epoch milliseconds) in the reader's language, to the minute, in UTC. */
export function formatInstant(epochMs: number): string {
  const options: Intl.DateTimeFormatOptions = {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
    timeZoneName: 'short',
  };
  return new Intl.DateTimeFormat(locale(), options).format(new Date(epochMs));
}

export function formatNumber(n: number): string {
  return new Intl.NumberFormat(locale()).format(n);
}

const locale = () => LOCALE[useLanguage.getState().language];

const nameCollators = new Map<LanguageCode, Intl.Collator>();

/**
 * Compares two names (of Member States, regions…) as readers of the current language order them,
 * as UN documents in that language list States.
 */
export function compareNames(a: string, b: string): number {
  const language = useLanguage.getState().language;
  let collator = nameCollators.get(language);
  if (!collator) {
    collator = new Intl.Collator(language, { sensitivity: 'variant', numeric: true });
    nameCollators.set(language, collator);
  }
  return collator.compare(a, b);
}

/** An M49 region or subregion (stored by its English name) named in the current language. */
export const regionName = (region: string): string =>
  m49RegionName(region, useLanguage.getState().language);

/** A sentence of the core's catalogues (shared/messages), said in the current language. */
export const sayCore = (sentence: Text): string =>
  sayText(useLanguage.getState().language, sentence);
