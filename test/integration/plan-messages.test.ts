// What planning and a State's records say is said in each reader's language: the reasons for a
// kind of visit and the notes on a State's selection (stored with the list as sentences, not as
// English prose), the dossier's timeline, the deadlines and the thematic areas. A list version
// saved before the reasons were stored as sentences still reads as it was written.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ListEntry } from '../../shared/api/types';
import {
  createTestWorkspace,
  expectRefused,
  recordReport,
  seedUsers,
  TODAY,
  type TestWorkspace,
} from './helpers';

const YEAR = 2027;

let t: TestWorkspace;
let users: ReturnType<typeof seedUsers>;
beforeEach(() => {
  t = createTestWorkspace();
  users = seedUsers(t);
  // The planner reads French; the CTC member keeps English.
  t.value('users.setLanguage', { language: 'fr' }, users.planner);
  recordReport(t, users, {
    iso3: 'KEN',
    visitOn: '2024-03-04',
    draftedOn: '2024-05-01',
    recommendations: [
      ['R1', 'legislation', 'high'],
      ['R2', 'cft', 'medium'],
    ],
    steps: {
      sent_to_state: '2024-05-10',
      observations_received: '2024-06-01',
      submitted_to_ctc: '2024-07-01',
      adopted: '2024-08-01',
      transmitted: '2024-09-01',
    },
  });
});
afterEach(() => t.close());

const CONSTRAINTS = {
  mustInclude: ['TUV'],
  exclude: ['FRA'],
  instructionRef: 'CTC/2026/3',
  regionMin: { Oceania: 2 },
  regionMax: { Europe: 1 },
};

const saveDraft = () =>
  t.value('plan.saveDraft', { year: YEAR, capacity: 10, constraints: CONSTRAINTS }, users.planner);

/** French as written, with its no-break space before : ; ? and ! */
const fr = (words: string) => words.replace(/ ([:;?!])/g, '\u00a0$1');

const byIso3 = (entries: ListEntry[]) => new Map(entries.map((e) => [e.iso3, e]));

describe('the reasons and notes of the annual list', () => {
  it('are said in the reader’s language, from the same saved draft', () => {
    const french = byIso3(saveDraft().entries);
    const english = byIso3(t.value('plan.get', { year: YEAR }, users.ctc)!.entries);

    expect(english.get('TUV')).toMatchObject({
      selection: 'selected',
      origin: 'ctc_instruction',
      selectionNote: 'Included by CTC instruction (CTC/2026/3).',
      kindReason: 'Never visited: a first comprehensive assessment.',
    });
    expect(french.get('TUV')).toMatchObject({
      selectionNote: 'Inclus sur instruction du CCT (CTC/2026/3).',
      kindReason: fr('Jamais visité : une première évaluation approfondie.'),
    });
    expect(english.get('FRA')!.selectionNote).toBe('Excluded by CTC instruction (CTC/2026/3).');
    expect(french.get('FRA')!.selectionNote).toBe('Exclu sur instruction du CCT (CTC/2026/3).');
    expect(english.get('KEN')!.kindReason).toBe(
      'Recent assessment with 1 of 1 priority recommendation still open: a focused follow-up.',
    );
    expect(french.get('KEN')!.kindReason).toBe(
      fr(
        'Évaluation récente dont 1 recommandation prioritaire sur 1 reste ouverte : une visite de suivi ciblée.',
      ),
    );

    // The regional minimum and maximum, the region named in the reader's language.
    const minimum = [...english.values()].filter((e) =>
      e.selectionNote?.startsWith('Included so that'),
    );
    expect(minimum.length).toBeGreaterThan(0);
    for (const e of minimum) {
      expect(e.selectionNote).toBe('Included so that Oceania has at least 2 visits.');
      expect(french.get(e.iso3)!.selectionNote).toBe(
        'Inclus pour que la région Océanie compte au moins 2 visites.',
      );
    }
    const full = [...english.values()].filter((e) => e.selectionNote?.startsWith('Europe'));
    expect(full.length).toBeGreaterThan(0);
    for (const e of full) {
      expect(e.selectionNote).toBe(
        'Europe already has its maximum of 1 visit, so it is neither selected nor kept in reserve.',
      );
      expect(french.get(e.iso3)!.selectionNote).toBe(
        fr(
          'La région Europe a déjà son maximum de 1 visite : l’État n’est ni retenu ni placé en réserve.',
        ),
      );
    }

    // What is stored is the sentence, not the words of whoever saved it.
    const stored = t.ws.db
      .prepare(
        "SELECT kind_reason, selection_note FROM list_entries WHERE deleted = 0 AND iso3 = 'TUV'",
      )
      .get() as { kind_reason: string; selection_note: string };
    expect(JSON.parse(stored.selection_note)).toEqual({
      key: 'plan.selection.includedByInstruction',
      params: { ref: 'CTC/2026/3' },
    });
    expect(JSON.parse(stored.kind_reason)).toEqual({ key: 'plan.kind.neverVisited' });

    // A State's standing and a list built live read the same way.
    expect(
      t.value('plan.standing', { year: YEAR, iso3: 'TUV' }, users.planner).entry.selectionNote,
    ).toBe('Inclus sur instruction du CCT (CTC/2026/3).');
    const built = t.value(
      'plan.build',
      { year: YEAR, capacity: 10, constraints: CONSTRAINTS },
      users.planner,
    );
    expect(built.entries.find((e) => e.iso3 === 'FRA')!.selectionNote).toBe(
      'Exclu sur instruction du CCT (CTC/2026/3).',
    );
  });

  it('say an approved amendment’s date in words in the reader’s language', () => {
    const draft = saveDraft();
    t.value('plan.propose', { year: YEAR }, users.planner);
    t.value('plan.adopt', { year: YEAR, decisionRef: 'CTC/2026/12', decidedOn: TODAY }, users.ctc);
    const out = draft.entries.find((e) => e.selection === 'selected' && e.origin === 'model')!;
    const amendment = t.value(
      'plan.proposeAmendment',
      { year: YEAR, action: 'remove', iso3: out.iso3, rationale: 'Consent is unlikely.' },
      users.planner,
    );
    t.value(
      'plan.decideAmendment',
      {
        amendmentId: amendment.id,
        decision: 'approved',
        decisionRef: 'CTC/2026/15',
        decidedOn: TODAY,
      },
      users.ctc,
    );
    const note = (user: string) =>
      t.value('plan.get', { year: YEAR }, user)!.entries.find((e) => e.iso3 === out.iso3)!
        .selectionNote;
    expect(note(users.ctc)).toBe(
      'Changed by the amendment approved on 29 November 2026 (CTC/2026/15).',
    );
    expect(note(users.planner)).toBe(
      'Modifié par l’amendement approuvé le 29 novembre 2026 (CTC/2026/15).',
    );
    // The notes of the entries the amendment did not touch were copied as stored: still sentences.
    const tuv = (user: string) =>
      t.value('plan.get', { year: YEAR }, user)!.entries.find((e) => e.iso3 === 'TUV')!;
    expect(tuv(users.planner).selectionNote).toBe('Inclus sur instruction du CCT (CTC/2026/3).');
    expect(tuv(users.ctc).selectionNote).toBe('Included by CTC instruction (CTC/2026/3).');
  });

  it('read as written when a version was saved before they were stored as sentences', () => {
    saveDraft();
    // A list saved by an earlier version of the app kept English prose.
    t.ws.db
      .prepare(
        `UPDATE list_entries SET kind_reason = 'Never visited: a first comprehensive assessment.',
           selection_note = 'Included by CTC instruction (CTC/2026/3).' WHERE iso3 = 'TUV'`,
      )
      .run();
    for (const user of [users.planner, users.ctc])
      expect(
        t.value('plan.get', { year: YEAR }, user)!.entries.find((e) => e.iso3 === 'TUV'),
      ).toMatchObject({
        kindReason: 'Never visited: a first comprehensive assessment.',
        selectionNote: 'Included by CTC instruction (CTC/2026/3).',
      });
    // The others are still said in each reader's language.
    expect(
      t.value('plan.get', { year: YEAR }, users.planner)!.entries.find((e) => e.iso3 === 'FRA')!
        .selectionNote,
    ).toBe('Exclu sur instruction du CCT (CTC/2026/3).');
  });

  it('refuse in the caller’s language', () => {
    const error = expectRefused(t, 'plan.changes', { year: YEAR }, 'NOT_FOUND', users.planner);
    expect(error!.message).toBe(
      'Il n’y a pas encore de liste 2027. Établissez-en d’abord un projet et enregistrez-le.',
    );
    expect(expectRefused(t, 'plan.changes', { year: YEAR }, 'NOT_FOUND', users.ctc)!.message).toBe(
      'There is no 2027 list yet. Build and save a draft first.',
    );
  });
});

describe('a State’s records', () => {
  it('give the dossier’s timeline in the reader’s language', () => {
    const titles = (user: string) =>
      t.value('states.get', { iso3: 'KEN' }, user).timeline.map((i) => i.title);
    expect(titles(users.ctc)).toEqual([
      'Comprehensive visit (in person) recorded as conducted',
      'Due: The OP 16 follow-up report to the Committee (12 months after adoption) — overdue',
      'Due: The State’s report on implementation (6 months after transmission) — overdue',
      'Final report transmitted to the State',
      'Assessment report adopted by the CTC',
      'Assessment report submitted to the CTC',
      'Factual observations received from the State',
      'Draft assessment report sent to the State',
      'Assessment report drafted',
      'Comprehensive visit (in person) to 2024-03-08, conducted',
      'Consent granted for 2025',
      'Consent requested for 2025 (NV/KEN/2024-03-04)',
    ]);
    expect(titles(users.planner)).toEqual([
      'Visite d’évaluation approfondie (en présentiel) enregistrée comme effectuée',
      fr(
        'Échéance : Le rapport de suivi au titre du paragraphe 16 au Comité (12 mois après l’adoption) — dépassée',
      ),
      fr(
        'Échéance : Le rapport de l’État sur la mise en œuvre (6 mois après la transmission) — dépassée',
      ),
      'Rapport final transmis à l’État',
      'Rapport d’évaluation adopté par le CCT',
      'Rapport d’évaluation soumis au CCT',
      'Observations factuelles reçues de l’État',
      'Projet de rapport d’évaluation envoyé à l’État',
      'Rapport d’évaluation rédigé',
      'Visite d’évaluation approfondie (en présentiel) jusqu’au 2024-03-08, effectuée',
      'Consentement accordé pour 2025',
      'Consentement demandé pour 2025 (NV/KEN/2024-03-04)',
    ]);
    expect(
      expectRefused(t, 'states.get', { iso3: 'XKX' }, 'NOT_FOUND', users.planner)!.message,
    ).toBe('XKX n’est pas un État Membre de l’ONU.');
  });

  it('give the deadlines’ labels in the reader’s language', () => {
    const labels = (user: string) =>
      t.value('deadlines.list', { iso3: 'KEN' }, user).map((d) => d.label);
    expect(labels(users.ctc)).toEqual([
      'The State’s report on implementation (6 months after transmission)',
      'The OP 16 follow-up report to the Committee (12 months after adoption)',
      'The Committee’s decision on the submitted report',
      'Transmission of the adopted report to the State',
      'The State’s factual observations on the draft report (30 days)',
      "The State's reply to the consent request NV/KEN/2024-03-04",
    ]);
    expect(labels(users.planner)).toEqual([
      'Le rapport de l’État sur la mise en œuvre (6 mois après la transmission)',
      'Le rapport de suivi au titre du paragraphe 16 au Comité (12 mois après l’adoption)',
      'La décision du Comité sur le rapport soumis',
      'La transmission du rapport adopté à l’État',
      'Les observations factuelles de l’État sur le projet de rapport (30 jours)',
      'La réponse de l’État à la demande de consentement NV/KEN/2024-03-04',
    ]);
  });

  it('name the thematic areas in the reader’s language, from the same kept counts', () => {
    const english = t.value('coverage.implementation', {}, users.ctc);
    const french = t.value('coverage.implementation', {}, users.planner);
    expect(english.byArea.map((a) => [a.key, a.label])).toEqual([
      ['legislation', 'Legislation and criminalisation'],
      ['cft', 'Countering the financing of terrorism'],
    ]);
    expect(french.byArea.map((a) => [a.key, a.label])).toEqual([
      ['legislation', 'Législation et incrimination'],
      ['cft', 'Lutte contre le financement du terrorisme'],
    ]);
    expect(french.byArea.map((a) => a.series)).toEqual(english.byArea.map((a) => a.series));
    // Kept between calls, in each language.
    expect(t.value('coverage.implementation', {}, users.planner)).toBe(french);
    expect(t.value('coverage.implementation', {}, users.ctc)).toBe(english);
  });
});
