// The 193 UN Member States, from the world-countries package, with M49 regions (DESIGN §3).
import countries from 'world-countries';

export interface MemberStateRef {
  iso3: string;
  iso2: string;
  m49: string;
  names: { en: string; fr: string; es: string; ru: string; zh: string; ar: string };
  region: string;
  subregion: string;
  altNames: string[];
  /** Latitude and longitude (world-countries), where the coverage map puts a State's marker. */
  latlng: [number, number];
}

/** world-countries groups some States differently from the UN's M49 standard; these follow M49. */
const M49_PLACEMENT: Record<string, [region: string, subregion: string]> = {
  ...Object.fromEntries(
    ['BGR', 'CZE', 'HUN', 'POL', 'ROU', 'SVK'].map((c) => [c, ['Europe', 'Eastern Europe']]),
  ),
  ...Object.fromEntries(
    ['ALB', 'BIH', 'HRV', 'MKD', 'MNE', 'SRB', 'SVN'].map((c) => [
      c,
      ['Europe', 'Southern Europe'],
    ]),
  ),
  AUT: ['Europe', 'Western Europe'],
  CYP: ['Asia', 'Western Asia'],
  MEX: ['Americas', 'Central America'],
  CAN: ['Americas', 'Northern America'],
  USA: ['Americas', 'Northern America'],
  SSD: ['Africa', 'Eastern Africa'],
};

let cached: MemberStateRef[] | null = null;

export function memberStates(): MemberStateRef[] {
  if (cached) return cached;
  cached = countries
    // The package marks the Holy See as a UN member; it is a non-member observer State.
    .filter((c) => c.unMember && c.cca3 !== 'VAT')
    .map((c) => {
      const t = c.translations as Record<string, { common: string } | undefined>;
      const [region, subregion] = M49_PLACEMENT[c.cca3] ?? [c.region, c.subregion];
      const names = {
        en: c.name.common,
        fr: t.fra?.common ?? c.name.common,
        es: t.spa?.common ?? c.name.common,
        ru: t.rus?.common ?? c.name.common,
        zh: t.zho?.common ?? c.name.common,
        ar: t.ara?.common ?? c.name.common,
      };
      const alt = new Set([
        c.name.official,
        ...c.altSpellings,
        ...Object.values(c.name.native ?? {}).flatMap((n) => [n.common, n.official]),
      ]);
      alt.delete(names.en);
      return {
        iso3: c.cca3,
        iso2: c.cca2,
        m49: c.ccn3,
        names,
        region,
        subregion,
        altNames: [...alt].filter((s) => s.length > 2),
        latlng: c.latlng,
      };
    })
    .sort((a, b) => a.names.en.localeCompare(b.names.en, 'en'));
  return cached;
}
