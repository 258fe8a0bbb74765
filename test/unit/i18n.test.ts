// The catalogues against English, the reference: French is complete, every translation keeps the
// placeholders and uses only the plural forms its language has, no catalogue keeps a key English
// dropped, and t() never shows a raw key. Each check also proves on a broken sample that it fails.
import { describe, expect, it } from 'vitest';
import { en, type Message, type MessageKey } from '../../renderer/src/i18n/en';
import { fr } from '../../renderer/src/i18n/fr';
import { es } from '../../renderer/src/i18n/es';
import { ru } from '../../renderer/src/i18n/ru';
import { zh } from '../../renderer/src/i18n/zh';
import { ar } from '../../renderer/src/i18n/ar';
import {
  formsOf,
  frenchTypographyProblems,
  missingKeys as missingKeysOf,
  placeholderProblems as placeholderProblemsOf,
  placeholdersOf,
  pluralProblems,
  staleKeys as staleKeysOf,
  type Catalogue,
  type Language,
} from './catalogueChecks';

const TRANSLATIONS: ReadonlyArray<[Exclude<Language, 'en'>, Catalogue]> = [
  ['fr', fr],
  ['es', es],
  ['ru', ru],
  ['zh', zh],
  ['ar', ar],
];
const reference: Record<string, Message> = en;
const KEYS = Object.keys(en) as MessageKey[];

const missingKeys = (catalogue: Catalogue) => missingKeysOf(reference, catalogue);
const staleKeys = (catalogue: Catalogue) => staleKeysOf(reference, catalogue);
const placeholderProblems = (catalogue: Catalogue) => placeholderProblemsOf(reference, catalogue);

describe('the French catalogue', () => {
  it('translates every English key', () => {
    expect(missingKeys(fr)).toEqual([]);
  });

  it('follows French typography', () => {
    expect(frenchTypographyProblems(fr)).toEqual([]);
  });
});

describe.each(TRANSLATIONS)('the %s catalogue', (language, catalogue) => {
  it('keeps the placeholders of English', () => {
    expect(placeholderProblems(catalogue)).toEqual([]);
  });

  it('uses plural forms the language has, always with "other"', () => {
    expect(pluralProblems(language, catalogue)).toEqual([]);
  });

  it('has no key English has dropped', () => {
    expect(staleKeys(catalogue)).toEqual([]);
  });

  it('is not empty', () => {
    expect(Object.keys(catalogue).length).toBeGreaterThan(language === 'fr' ? 1000 : 100);
  });
});

describe('each check fails on a broken catalogue', () => {
  const [firstKey, secondKey] = KEYS;
  it('a missing key', () => {
    const broken: Catalogue = Object.fromEntries(KEYS.map((key) => [key, reference[key]]));
    delete broken[secondKey!];
    expect(missingKeys(broken)).toEqual([secondKey]);
  });

  it('a stale key', () => {
    expect(staleKeys({ ...fr, 'no.longer.in.english': 'x' })).toEqual(['no.longer.in.english']);
  });

  it('a placeholder lost, renamed or added', () => {
    expect(placeholderProblems({ 'planning.listTitle': 'La liste' })).toHaveLength(1);
    expect(placeholderProblems({ 'planning.listTitle': 'La liste {annee}' })).toHaveLength(1);
    expect(placeholderProblems({ 'app.title': 'Planificateur {x}' })).toHaveLength(1);
    expect(
      placeholderProblems({
        'when.inDays': { one: 'dans {jours} jour', other: 'dans {days} jours' },
      }),
    ).toHaveLength(1);
    expect(placeholderProblems({ 'when.inDays': { other: 'dans quelques jours' } })).toHaveLength(
      1,
    );
    expect(placeholderProblems({ 'when.inDays': 'dans {days} jours' })).toHaveLength(1);
    expect(placeholderProblems({ [firstKey!]: fr[firstKey!] })).toEqual([]);
  });

  it('a plural without "other", or with a form the language never chooses', () => {
    const noOther = { 'when.inDays': { one: 'dans {days} jour' } } as unknown as Catalogue;
    expect(pluralProblems('fr', noOther)).toHaveLength(1);
    expect(
      pluralProblems('fr', { 'when.inDays': { few: '{days}', other: 'dans {days} jours' } }),
    ).toHaveLength(1);
    expect(
      pluralProblems('zh', { 'when.inDays': { one: '{days}', other: '{days} 天后' } }),
    ).toHaveLength(1);
    expect(
      pluralProblems('ru', { 'when.inDays': { few: '{days}', many: '{days}', other: '{days}' } }),
    ).toEqual([]);
  });

  it('French typography', () => {
    expect(frenchTypographyProblems({ a: "l'État" })).toHaveLength(1);
    expect(frenchTypographyProblems({ a: 'Nom “x”' })).toHaveLength(1);
    expect(frenchTypographyProblems({ a: 'Nom : x' })).toHaveLength(1);
    expect(frenchTypographyProblems({ a: 'Nom\u00a0: x ?' })).toHaveLength(1);
    expect(frenchTypographyProblems({ a: 'Vraiment?' })).toHaveLength(1);
    expect(frenchTypographyProblems({ a: '«\u00a0{name}\u00a0»\u00a0: 5\u00a0%' })).toEqual([]);
  });
});

/** The i18n module is loaded at run time: it touches the DOM, which the tests' type-check lacks. */
interface I18nModule {
  t(key: MessageKey, params?: Record<string, string | number>): string;
  useLanguage: { setState(state: { language: Language }): void };
}
const I18N_MODULE = '../../renderer/src/i18n/index';

describe('t()', () => {
  const COUNTS = [0, 1, 2, 3, 5, 11, 21, 100, 1.5];
  const pluralExtra =
    KEYS.filter((key) => typeof reference[key] !== 'string').length * (COUNTS.length - 1);
  const paramsFor = (key: MessageKey, count: number) =>
    Object.fromEntries(
      [...Object.values(formsOf(reference[key]!)).flatMap((f) => [...placeholdersOf(f)])].map(
        (name) => [name, name === 'count' ? count : `«${name}»`],
      ),
    );

  /** Keys whose text, in every plural form, is the raw key, empty, or keeps a bare placeholder. */
  const shownProblems = (translate: I18nModule['t']): string[] => {
    const problems: string[] = [];
    for (const key of KEYS) {
      const counts = typeof reference[key] === 'string' ? [2] : COUNTS;
      for (const count of counts) {
        const text = translate(key, paramsFor(key, count));
        if (text === key || text.trim() === '') problems.push(`${key}: ${JSON.stringify(text)}`);
        else if (placeholdersOf(text).size > 0) problems.push(`${key} (${count}): ${text}`);
      }
    }
    return problems;
  };

  it.each(['en', 'fr', 'es', 'ru', 'zh', 'ar'] as const)(
    'never shows a raw key or a bare placeholder in %s',
    async (language) => {
      const { t, useLanguage } = (await import(/* @vite-ignore */ I18N_MODULE)) as I18nModule;
      useLanguage.setState({ language });
      const problems = shownProblems(t);
      useLanguage.setState({ language: 'en' });
      expect(problems).toEqual([]);
    },
  );

  it('would notice a raw key, an empty text or a bare placeholder', () => {
    expect(shownProblems((key) => key)).toHaveLength(KEYS.length + pluralExtra);
    expect(shownProblems(() => ' ').length).toBeGreaterThan(0);
    expect(shownProblems(() => 'Liste {year}').length).toBeGreaterThan(0);
  });

  it('speaks the language chosen, and falls back to English for what it lacks', async () => {
    const { t, useLanguage } = (await import(/* @vite-ignore */ I18N_MODULE)) as I18nModule;
    useLanguage.setState({ language: 'fr' });
    expect(t('nav.states')).toBe('États Membres');
    expect(t('when.inDays', { count: 0, days: 0 })).toBe('dans 0 jour');
    useLanguage.setState({ language: 'ru' });
    expect(t('when.inDays', { count: 3, days: 3 })).toBe('через 3 дня');
    expect(t('when.inDays', { count: 5, days: 5 })).toBe('через 5 дней');
    useLanguage.setState({ language: 'ar' });
    expect(t('when.inDays', { count: 2, days: 2 })).toBe('بعد يومين');
    // A key a partial catalogue lacks reads as in English: take one out of Spanish for a moment.
    const saved = es['nav.states'];
    delete es['nav.states'];
    try {
      useLanguage.setState({ language: 'es' });
      expect(t('nav.states')).toBe(en['nav.states']);
      expect(t('nav.planning')).toBe('Planificación');
    } finally {
      es['nav.states'] = saved;
    }
    useLanguage.setState({ language: 'en' });
  });
});
