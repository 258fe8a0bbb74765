// The core's catalogues (shared/messages) against English: French is complete and follows French
// typography, every translation keeps the placeholders and uses only its language's plural forms,
// no catalogue keeps a key English dropped, and say() never shows a raw key or a bare placeholder.
import { describe, expect, it } from 'vitest';
import {
  coreCatalogue,
  isCoreMessageKey,
  say,
  sayStored,
  storeText,
  text,
  type CoreMessageKey,
} from '../../shared/messages';
import {
  formsOf,
  frenchTypographyProblems,
  missingKeys,
  placeholderProblems,
  placeholdersOf,
  pluralProblems,
  staleKeys,
  type Language,
} from './catalogueChecks';

const en = coreCatalogue('en');
const KEYS = Object.keys(en) as CoreMessageKey[];
const TRANSLATED = ['fr', 'es', 'ru', 'zh', 'ar'] as const;

describe('the core’s French catalogue', () => {
  it('translates every English key', () => {
    expect(KEYS.length).toBeGreaterThan(30);
    expect(missingKeys(en, coreCatalogue('fr'))).toEqual([]);
  });

  it('follows French typography', () => {
    expect(frenchTypographyProblems(coreCatalogue('fr'))).toEqual([]);
  });
});

describe.each(TRANSLATED)('the core’s %s catalogue', (language) => {
  const catalogue = coreCatalogue(language);
  it('keeps the placeholders of English', () => {
    expect(placeholderProblems(en, catalogue)).toEqual([]);
  });

  it('uses plural forms the language has, always with "other"', () => {
    expect(pluralProblems(language, catalogue)).toEqual([]);
  });

  it('has no key English has dropped', () => {
    expect(staleKeys(en, catalogue)).toEqual([]);
  });
});

describe('say()', () => {
  const paramsFor = (key: CoreMessageKey, count: number) =>
    Object.fromEntries(
      [...Object.values(formsOf(en[key]!)).flatMap((f) => [...placeholdersOf(f)])].map((name) => [
        name,
        name === 'count' ? count : `«${name}»`,
      ]),
    );

  it.each(['en', ...TRANSLATED] as Language[])(
    'never says a raw key or leaves a bare placeholder in %s',
    (language) => {
      const problems: string[] = [];
      for (const key of KEYS)
        for (const count of [0, 1, 2, 5, 21]) {
          const said = say(language, key, paramsFor(key, count));
          if (said === key || said.trim() === '') problems.push(key);
          else if (placeholdersOf(said).size > 0) problems.push(`${key}: ${said}`);
        }
      expect(problems).toEqual([]);
    },
  );

  it('says a Text given as a parameter in the same language', () => {
    const what = text('role.planner');
    expect(say('en', 'call.forbidden', { user: 'A', role: what, method: 'm' })).toBe(
      'A (planner) is not allowed to do this (m).',
    );
    expect(say('fr', 'call.forbidden', { user: 'A', role: what, method: 'm' })).toContain(
      'planificateur',
    );
  });

  it('reads a stored Text in each reader’s language, and stored prose as it is', () => {
    const stored = storeText(text('rule.notMemberState', { iso3: 'XKX' }));
    expect(sayStored('en', stored)).toBe('XKX is not a UN Member State.');
    expect(sayStored('fr', stored)).toContain('n’est pas un État Membre');
    expect(sayStored('fr', 'Written before sentences were stored as keys.')).toBe(
      'Written before sentences were stored as keys.',
    );
    expect(sayStored('fr', '{"key":"no.such.key"}')).toBe('{"key":"no.such.key"}');
    expect(sayStored('fr', null)).toBeNull();
  });

  it('knows its own keys', () => {
    expect(isCoreMessageKey('call.internal')).toBe(true);
    expect(isCoreMessageKey('Enter a date.')).toBe(false);
  });
});
