// Recognises a Member State however a file writes it: ISO3 or ISO2 code, its name in any UN
// language, or a common alternative spelling, ignoring case, accents and punctuation.
import type { StateReference } from '../api/types';
import { AMBIGUOUS_STATE_NAMES, EXTRA_STATE_NAMES } from './stateNames';

export type StateMatch =
  | { kind: 'match'; iso3: string; name: string }
  | { kind: 'unknown' }
  | { kind: 'ambiguous'; candidates: { iso3: string; name: string }[] };

export interface StateMatcher {
  match(text: string): StateMatch;
}

const TOKEN_SYNONYMS: Record<string, string> = {
  st: 'saint',
  ste: 'sainte',
  and: '',
  et: '',
  y: '',
  the: '',
};

/**
 * "Côte d'Ivoire", "COTE D IVOIRE" and "Cote-d'Ivoire" all become "cotedivoire"; "St. Kitts & Nevis"
 * and "Saint Kitts and Nevis" become "saintkittsnevis". Words are joined, so "U.S.A." is "usa". A
 * single word is kept as it is: "AND" is Andorra and "ST" São Tomé and Príncipe.
 */
export function nameKey(text: string): string {
  const words = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return words.length > 1
    ? words.map((word) => TOKEN_SYNONYMS[word] ?? word).join('')
    : words.join('');
}

/** Names of the first tier win over the reference data's looser alternative names. */
type Index = Map<string, Set<string>>;

function add(index: Index, name: string, iso3: string): void {
  const key = nameKey(name);
  if (!key) return;
  const set = index.get(key) ?? new Set<string>();
  set.add(iso3);
  index.set(key, set);
}

export function createStateMatcher(states: readonly StateReference[]): StateMatcher {
  const primary: Index = new Map();
  const secondary: Index = new Map();
  const nameOf = new Map(states.map((s) => [s.iso3, s.names.en]));
  for (const s of states) {
    for (const name of [
      s.iso3,
      s.iso2,
      ...Object.values(s.names),
      ...(EXTRA_STATE_NAMES[s.iso3] ?? []),
    ])
      add(primary, name, s.iso3);
    for (const name of s.altNames) add(secondary, name, s.iso3);
  }
  for (const [name, codes] of Object.entries(AMBIGUOUS_STATE_NAMES)) {
    for (const iso3 of codes) if (nameOf.has(iso3)) add(primary, name, iso3);
  }
  const cache = new Map<string, StateMatch>();
  const lookup = (text: string): StateMatch => {
    const key = nameKey(text);
    const codes = primary.get(key) ?? secondary.get(key);
    if (!codes) return { kind: 'unknown' };
    const candidates = [...codes].sort().map((iso3) => ({ iso3, name: nameOf.get(iso3)! }));
    return candidates.length === 1
      ? { kind: 'match', ...candidates[0]! }
      : { kind: 'ambiguous', candidates };
  };
  return {
    match(text) {
      let result = cache.get(text);
      if (!result) cache.set(text, (result = lookup(text)));
      return result;
    },
  };
}
