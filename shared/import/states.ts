// Recognises a Member State however a file writes it: ISO3 or ISO2 code, its name in any UN
// language, or a common alternative spelling, ignoring case, accents and punctuation. What is not a
// Member State is told apart: an aggregate (a region, an income group), a territory or non-member,
// or an unknown name, for which the closest Member State is suggested when it is close and
// unambiguous (a suggestion is only ever applied once the user confirms it).
import type { LanguageCode } from '../api/schema';
import type { StateReference } from '../api/types';
import { AMBIGUOUS_STATE_NAMES, EXTRA_STATE_NAMES } from './stateNames';
import { AGGREGATES, M49_GROUPINGS, NON_MEMBERS } from './territories';

export interface StateRef {
  iso3: string;
  name: string;
}

export type StateMatch =
  | ({ kind: 'match' } & StateRef)
  | { kind: 'unknown'; suggestion: StateRef | null }
  | { kind: 'ambiguous'; candidates: StateRef[] }
  | { kind: 'aggregate' }
  | { kind: 'nonMember' };

export interface StateMatcher {
  match(text: string): StateMatch;
}

/** Abbreviations of names' words, spelt out before names are compared for a suggestion. */
const ABBREVIATIONS: Record<string, string> = {
  rep: 'republic',
  dem: 'democratic',
  fed: 'federal',
  sts: 'states',
  is: 'islands',
  isl: 'islands',
  utd: 'united',
  pdr: 'peoples democratic republic',
  dr: 'democratic republic',
};

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

/** The words of a name with their abbreviations spelt out, as a key for {@link nameKey}. */
function expandedKey(text: string): string {
  const words = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return nameKey(words.map((w) => ABBREVIATIONS[w] ?? w).join(' '));
}

/**
 * The optimal string alignment distance (Damerau–Levenshtein without repeated edits of a
 * substring): insertions, deletions, substitutions and transpositions of adjacent letters each
 * count one. Stops early, returning `limit + 1`, once the distance must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}

/** Unknown names (distinct) for which a file's check looks for a close Member State. */
const MAX_SUGGESTED_NAMES = 200;

/** How many edits a name of this length may be from a known one and still get a suggestion. */
const tolerance = (length: number) => (length < 5 ? 0 : length < 9 ? 1 : length < 14 ? 2 : 3);

/** Names of the first tier win over the reference data's looser alternative names. */
type Index = Map<string, Set<string>>;

function add(index: Index, name: string, iso3: string): void {
  const key = nameKey(name);
  if (!key) return;
  const set = index.get(key) ?? new Set<string>();
  set.add(iso3);
  index.set(key, set);
}

export function createStateMatcher(
  states: readonly StateReference[],
  language: LanguageCode = 'en',
): StateMatcher {
  const primary: Index = new Map();
  const secondary: Index = new Map();
  // What a match, a suggestion or a list of candidates calls a State: its UN name in the reader's language.
  const nameOf = new Map(states.map((s) => [s.iso3, s.names[language] || s.names.en]));
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
  const others = new Map<string, 'aggregate' | 'nonMember'>();
  const addOther = (name: string, kind: 'aggregate' | 'nonMember') => {
    const key = nameKey(name);
    if (key && !primary.has(key) && !secondary.has(key)) others.set(key, kind);
  };
  for (const [code, names] of Object.entries(AGGREGATES))
    for (const name of [code, ...names]) addOther(name, 'aggregate');
  for (const name of M49_GROUPINGS) addOther(name, 'aggregate');
  for (const [code, names] of Object.entries(NON_MEMBERS))
    for (const name of [code, ...names]) addOther(name, 'nonMember');

  /** Every known name's key, spelt out, with the Member State it names (null: not a Member State). */
  const known = new Map<string, Set<string | null>>();
  const addKnown = (key: string, iso3: string | null) => {
    const set = known.get(key) ?? new Set<string | null>();
    set.add(iso3);
    known.set(key, set);
  };
  for (const index of [primary, secondary])
    for (const [key, codes] of index) if (key.length > 3) for (const c of codes) addKnown(key, c);
  for (const s of states)
    for (const name of [
      ...Object.values(s.names),
      ...s.altNames,
      ...(EXTRA_STATE_NAMES[s.iso3] ?? []),
    ])
      if (name.length > 3) addKnown(expandedKey(name), s.iso3);
  for (const names of [...Object.values(AGGREGATES), M49_GROUPINGS, ...Object.values(NON_MEMBERS)])
    for (const name of names) addKnown(expandedKey(name), null);

  /** How many distinct unknown names get a suggestion: a file of garbage stays quick to check. */
  let suggestionsLeft = MAX_SUGGESTED_NAMES;
  /** The one Member State closest to the text, when it is close and no other name is as close. */
  const suggest = (text: string): StateRef | null => {
    const key = expandedKey(text);
    const limit = tolerance(key.length);
    if (key.length < 4 || suggestionsLeft <= 0) return null;
    suggestionsLeft--;
    let best = limit + 1;
    let found = new Set<string | null>();
    for (const [name, codes] of known) {
      if (Math.abs(name.length - key.length) > best) continue;
      const d = editDistance(key, name, best);
      if (d < best) {
        best = d;
        found = new Set(codes);
      } else if (d === best) for (const c of codes) found.add(c);
    }
    if (best > limit || found.size !== 1) return null;
    const [iso3] = [...found];
    return iso3 ? { iso3, name: nameOf.get(iso3)! } : null;
  };

  const cache = new Map<string, StateMatch>();
  const lookup = (text: string): StateMatch => {
    const key = nameKey(text);
    const codes = primary.get(key) ?? secondary.get(key);
    if (!codes) {
      const other = others.get(key);
      return other ? { kind: other } : { kind: 'unknown', suggestion: suggest(text) };
    }
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
