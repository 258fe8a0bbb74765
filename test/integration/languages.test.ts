// Each user's language: chosen once, remembered in the workspace, and used wherever the server
// names a Member State (lists, dossiers, exports), in the order UN documents in that language
// list States.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Gate } from '../../main/core/auth/gate';
import { createDispatcher } from '../../main/core/dispatcher';
import type { LanguageCode, StateDossier } from '../../shared/api/types';
import {
  createTestWorkspace,
  expectRefused,
  givePassphrase,
  grantConsent,
  noonOf,
  PASSPHRASE,
  seedUsers,
  TODAY,
  type TestWorkspace,
} from './helpers';

let t: TestWorkspace;
let users: ReturnType<typeof seedUsers>;
beforeEach(() => {
  t = createTestWorkspace();
  users = seedUsers(t);
});
afterEach(() => t.close());

const languageOf = (id: string) =>
  t.ws.db.prepare('SELECT language FROM users WHERE id = ?').pluck().get(id);

/** The States' names as the list gives them to `user`, in its order. */
const listedNames = (user: string) => t.value('states.list', {}, user).map((s) => s.name);

describe('a user’s language', () => {
  it('is remembered per user: two users keep their own, and the others read English', () => {
    expect(t.value('users.setLanguage', { language: 'fr' }, users.planner)).toEqual({
      language: 'fr',
    });
    expect(t.value('users.setLanguage', { language: 'ar' }, users.field)).toEqual({
      language: 'ar',
    });
    expect(languageOf(users.planner)).toBe('fr');
    expect(languageOf(users.field)).toBe('ar');
    expect(languageOf(users.ctc)).toBeNull();
    // Through the one write path: the change log has the choice and who made it.
    const logged = t.ws.db
      .prepare(
        "SELECT author_id, new_value FROM change_log WHERE tbl = 'users' AND col = 'language' ORDER BY seq",
      )
      .all();
    expect(logged).toEqual([
      { author_id: users.planner, new_value: 'fr' },
      { author_id: users.field, new_value: 'ar' },
    ]);

    const drCongo = (user: string) =>
      t.value('states.list', {}, user).find((s) => s.iso3 === 'COD')!.name;
    expect(drCongo(users.planner)).toBe('République démocratique du Congo');
    expect(drCongo(users.field)).toBe('جمهورية الكونغو الديمقراطية');
    expect(drCongo(users.ctc)).toBe('Democratic Republic of the Congo');
    expect(t.value('states.get', { iso3: 'SWZ' }, users.planner).name).toBe('Eswatini');

    // A later session of the same workspace (another dispatcher) finds the choices again.
    const later = createDispatcher(t.ws, { now: () => noonOf(TODAY) });
    const result = later.call('states.get', { iso3: 'CIV' }, { user: users.field });
    expect(result.ok && result.value.name).toBe('كوت ديفوار');
  });

  it('sorts the States by their names in the reader’s language, as its readers order words', () => {
    t.value('users.setLanguage', { language: 'fr' }, users.planner);
    const french = listedNames(users.planner);
    expect(french).toHaveLength(193);
    expect(french).toEqual(
      [...french].sort(new Intl.Collator('fr', { sensitivity: 'variant', numeric: true }).compare),
    );
    // Accented initials sort with their letter, not after Z as bytes would put them.
    const at = (name: string) => french.indexOf(name);
    expect(at('Égypte')).toBeLessThan(at('Équateur'));
    expect(at('Équateur')).toBeLessThan(at('Espagne'));
    expect(at('Espagne')).toBeLessThan(at('Zimbabwe'));
    expect(french[0]).toBe('Afghanistan');

    const english = listedNames(users.ctc);
    expect(english.indexOf('Côte d’Ivoire')).toBeLessThan(english.indexOf('Croatia'));
    expect(english.at(-1)).toBe('Zimbabwe');

    t.value('users.setLanguage', { language: 'zh' }, users.field);
    const chinese = listedNames(users.field);
    expect(chinese).toEqual([...chinese].sort(new Intl.Collator('zh').compare));
  });

  it('refuses a language that is not one of the six', () => {
    const error = expectRefused(t, 'users.setLanguage', { language: 'de' }, 'VALIDATION', null);
    expect(error?.message).toMatch(/six UN languages/);
  });

  it('comes with the session at sign-in, English until the user chooses', async () => {
    givePassphrase(t, [users.planner, users.ctc]);
    const gate = new Gate(t.ws, t.api, { now: () => noonOf(TODAY) });
    expect(gate.state(null).language).toBeNull();
    const signIn = (user: string) => gate.session('signIn', null, { user, passphrase: PASSPHRASE });

    const paula = await signIn('Paula Planner');
    expect(paula.result).toMatchObject({ ok: true, value: { status: 'active', language: 'en' } });
    const chose = await gate.call(paula.sessionId, 'users.setLanguage', { language: 'es' });
    expect(chose.ok).toBe(true);
    expect(gate.state(paula.sessionId).language).toBe('es');
    const listed = await gate.call(paula.sessionId, 'states.get', { iso3: 'NLD' });
    expect(listed.ok && (listed.value as StateDossier).name).toBe('Países Bajos (Reino de los)');

    const again = await signIn('Paula Planner');
    expect(again.result).toMatchObject({ ok: true, value: { language: 'es' } });
    const carl = await signIn('Carl Committee');
    expect(carl.result).toMatchObject({ ok: true, value: { language: 'en' } });
  });
});

describe('exports in the language asked for', () => {
  /** Visits of 2026, all on the same dates: the schedule orders them by State. */
  const STATES = ['DEU', 'EGY', 'ESP', 'ARE', 'CIV'];

  beforeEach(() => {
    for (const iso3 of STATES) {
      const consentRequestId = grantConsent(t, iso3, users.planner, {
        sentOn: '2025-10-01',
        year: 2026,
        proposedFrom: '2026-05-04',
        proposedTo: '2026-05-08',
      });
      t.value(
        'visits.create',
        {
          iso3,
          kind: 'focused',
          mode: 'in_person',
          status: 'planned',
          startDate: '2026-05-04',
          endDate: '2026-05-08',
          consentRequestId,
        },
        users.planner,
      );
    }
  });

  /** The State column of the published schedule as CSV, asked in `language` (or not at all). */
  const scheduled = async (user: string, language?: LanguageCode) => {
    const file = await t.valueLater(
      'exports.schedule',
      { year: 2026, precision: 'dates', format: 'csv', ...(language ? { language } : {}) },
      user,
    );
    const lines = file.content.split('\r\n');
    const header = lines.findIndex((l) => l.startsWith('Dates,'));
    return lines
      .slice(header + 1)
      .filter((l) => l.startsWith('2026-05-04'))
      .map((l) => l.split(',')[1]!.replace(/^"|"$/g, ''));
  };

  it('names the States in French and sorts them by French collation when French is asked for', async () => {
    // An English reader asks for the French file.
    expect(await scheduled(users.ctc, 'fr')).toEqual([
      'Allemagne',
      'Côte d’Ivoire',
      'Égypte',
      'Émirats arabes unis',
      'Espagne',
    ]);
    expect(await scheduled(users.ctc)).toEqual([
      'Côte d’Ivoire',
      'Egypt',
      'Germany',
      'Spain',
      'United Arab Emirates',
    ]);
    // A French reader gets French by default, and English when they ask for it.
    t.value('users.setLanguage', { language: 'fr' }, users.planner);
    expect(await scheduled(users.planner)).toEqual(await scheduled(users.ctc, 'fr'));
    expect(await scheduled(users.planner, 'en')).toEqual(await scheduled(users.ctc));
    // The caller's own reads stay in their language: the export asked changed nothing.
    expect(t.value('states.get', { iso3: 'DEU' }, users.planner).name).toBe('Allemagne');
    expect(t.value('schedule.get', { year: 2026 }, users.ctc).map((v) => v.stateName)).toEqual(
      await scheduled(users.ctc),
    );
  });

  it('writes the Arabic names in a review of the year asked in Arabic', async () => {
    const file = await t.valueLater(
      'reports.annualReview',
      { year: 2026, format: 'html', language: 'ar' },
      users.ctc,
    );
    expect(file.content).toContain('ألمانيا');
    expect(file.content).not.toContain('Germany');
  });
});
