// The 193 UN Member States (DESIGN §3): codes, coordinates and alternative spellings from the
// world-countries package; display names, M49 region and subregion from the UN's own M49 tables
// in the six official languages (./unNames.ts).
import { createHash } from 'node:crypto';
import countries from 'world-countries';
import type { Names } from '../../../shared/api/types';
import { UN_MEMBER_STATES } from './unNames';

export interface MemberStateRef {
  iso3: string;
  iso2: string;
  m49: string;
  /** The UN's short names (M49), one per official language. */
  names: Names;
  /** English M49 region and subregion (see shared/domain/m49Regions.ts for their other names). */
  region: string;
  subregion: string;
  /**
   * Other ways of writing the State, for matching imported files: world-countries' official,
   * native and alternative spellings, and its common names ("Ivory Coast", "Turkey", "Swaziland"),
   * which the app showed before it took the UN's names.
   */
  altNames: string[];
  /** Latitude and longitude (world-countries), where the coverage map puts a State's marker. */
  latlng: [number, number];
}

/** world-countries' translations of the other official languages (its ISO 639-3 keys). */
const TRANSLATIONS = ['fra', 'spa', 'rus', 'zho', 'ara'] as const;

let cached: MemberStateRef[] | null = null;

export function memberStates(): MemberStateRef[] {
  if (cached) return cached;
  cached = countries
    // The package marks the Holy See as a UN member; it is a non-member observer State.
    .filter((c) => c.unMember && c.cca3 !== 'VAT')
    .map((c) => {
      const un = UN_MEMBER_STATES[c.cca3];
      if (!un) throw new Error(`${c.cca3} has no UN name in reference/unNames.ts.`);
      const t = c.translations as Record<string, { common: string } | undefined>;
      const alt = new Set([
        c.name.common,
        c.name.official,
        ...TRANSLATIONS.flatMap((l) => (t[l] ? [t[l].common] : [])),
        ...c.altSpellings,
        ...Object.values(c.name.native ?? {}).flatMap((n) => [n.common, n.official]),
      ]);
      for (const name of Object.values(un.names)) alt.delete(name);
      return {
        iso3: c.cca3,
        iso2: c.cca2,
        m49: c.ccn3,
        names: { ...un.names },
        region: un.region,
        subregion: un.subregion,
        altNames: [...alt].filter((s) => s.length > 2),
        latlng: c.latlng,
      };
    })
    .sort((a, b) => a.names.en.localeCompare(b.names.en, 'en'));
  return cached;
}

/**
 * A digest of the reference data as this version of the app ships it. A workspace records the
 * digest of what it was seeded with, and is seeded again when it differs (new names, a new
 * spelling to match), however many States it holds.
 */
export function referenceDigest(): string {
  return createHash('sha256').update(JSON.stringify(memberStates())).digest('hex').slice(0, 32);
}
