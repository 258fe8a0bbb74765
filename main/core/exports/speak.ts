// How an exported document speaks its reader's language: its words from the `doc.*` catalogue
// (shared/messages/documents.ts), its dates in prose and its numbers as that language writes them.
// English stays as the documents have always been written (ISO dates, plain numbers), so that an
// English file is the same, byte for byte, whatever the language work around it.
import type { LanguageCode } from '../../../shared/api/schema';
import { MONTH_NAMES } from '../../../shared/domain/dates';
import {
  isCoreMessageKey,
  say,
  type CoreMessageKey,
  type TextParams,
} from '../../../shared/messages';

/** The catalogue's keys of exported documents. */
export type DocKey = Extract<CoreMessageKey, `doc.${string}`>;

/** A function that says a document's words in one language. */
export type Speaker = ((key: DocKey, params?: TextParams) => string) & {
  language: LanguageCode;
  /** A date written in prose (ISO in English). */
  date: (iso: string | null | undefined) => string;
  /** A number as the language writes it (as it is in English). */
  num: (n: number, maximumFractionDigits?: number) => string;
  /** A month's name (1–12), capitalised as a heading. */
  month: (month: number) => string;
  /** A thematic area's label, in the language once the catalogue names it. */
  area: (key: string, englishLabel: string) => string;
  /** A region's name (as the workspace records it, in English) in the language. */
  region: (name: string) => string;
};

/** Arabic documents of the UN write Western digits. */
const locale = (language: LanguageCode) => (language === 'ar' ? 'ar-u-nu-latn' : language);

const ISO = /^(\d{4})-(\d{2})-(\d{2})/;

const capitalise = (text: string, language: LanguageCode) =>
  text.charAt(0).toLocaleUpperCase(language) + text.slice(1);

export function speaker(language: LanguageCode): Speaker {
  const speak = ((key: DocKey, params?: TextParams) => say(language, key, params)) as Speaker;
  speak.language = language;
  const dates = new Intl.DateTimeFormat(locale(language), { dateStyle: 'long', timeZone: 'UTC' });
  const months = new Intl.DateTimeFormat(locale(language), { month: 'long', timeZone: 'UTC' });
  speak.date = (iso) => {
    if (!iso) return '';
    const m = ISO.exec(iso);
    if (language === 'en' || !m) return iso;
    return dates.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
  };
  speak.num = (n, maximumFractionDigits = 2) =>
    language === 'en'
      ? String(n)
      : new Intl.NumberFormat(locale(language), { maximumFractionDigits }).format(n);
  speak.month = (month) =>
    language === 'en'
      ? MONTH_NAMES[month - 1]!
      : capitalise(months.format(new Date(Date.UTC(2000, month - 1, 1))), language);
  speak.area = (key, englishLabel) => {
    const areaKey = `thematicArea.${key}`;
    return language !== 'en' && isCoreMessageKey(areaKey) ? say(language, areaKey) : englishLabel;
  };
  speak.region = (name) => {
    const regionKey = `doc.region.${name}`;
    return language !== 'en' && isCoreMessageKey(regionKey) ? say(language, regionKey) : name;
  };
  return speak;
}

const speakers = new Map<LanguageCode, Speaker>();

/** The speaker of `language` (made once). */
export function speakerOf(language: LanguageCode = 'en'): Speaker {
  let s = speakers.get(language);
  if (!s) {
    s = speaker(language);
    speakers.set(language, s);
  }
  return s;
}

/** The line every file made from the demo workspace starts with, in the document's language. */
export const syntheticLine = (s: Speaker): string =>
  s('doc.synthetic.line', { notice: s('doc.synthetic.notice') });
