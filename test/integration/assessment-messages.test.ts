// The refusals of a State's assessment — consent, visits, reports, OP 16 follow-ups, the
// Committee's invitations — said in the caller's language on a real SQLite workspace: in French
// for a planner who chose French (the details' messages too, a State named by its French name),
// in unchanged English for the others, and every refused call leaves the workspace as it was.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createTestWorkspace,
  expectRefused,
  recordReport,
  seedUsers,
  TODAY,
  type TestWorkspace,
} from './helpers';

let t: TestWorkspace;
let users: ReturnType<typeof seedUsers>;
/** A planner who reads in French. */
let pierre: string;
beforeEach(() => {
  t = createTestWorkspace();
  users = seedUsers(t);
  t.seed((w) => {
    pierre = w.insert('users', { name: 'Pierre Planificateur', role: 'planner' });
  });
  t.value('users.setLanguage', { language: 'fr' }, pierre);
});
afterEach(() => t.close());

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** The same refused call made by the English planner, then by the French one. */
function refusedInBoth(method: string, input: unknown, code: string) {
  const en = expectRefused(t, method, input, code, users.planner)!;
  const fr = expectRefused(t, method, input, code, pierre)!;
  return { en, fr };
}

describe('consent refusals', () => {
  it('name the State in the caller’s language, the details included', () => {
    t.value(
      'consent.create',
      { iso3: 'DEU', year: 2027, sentOn: '2026-09-01', noteVerbaleRef: 'NV/1' },
      users.planner,
    );
    const { en, fr } = refusedInBoth(
      'consent.create',
      { iso3: 'KEN', year: 2027, sentOn: '2026-09-02', noteVerbaleRef: 'NV/1' },
      'CONFLICT',
    );
    expect(en.message).toBe(
      'The note verbale NV/1 is already recorded for Germany; give this request its own reference.',
    );
    expect(en.details).toEqual([{ field: 'noteVerbaleRef', message: 'Already used for Germany.' }]);
    expect(fr.message).toBe(
      `La note verbale NV/1 est déjà enregistrée (État${NBSP}: Allemagne)${NNBSP}; donnez à cette demande sa propre référence.`,
    );
    expect(fr.details).toEqual([
      { field: 'noteVerbaleRef', message: `Déjà utilisée (État${NBSP}: Allemagne).` },
    ]);
  });

  it('name the dates out of order, and where a request stands', () => {
    const request = t.value(
      'consent.create',
      { iso3: 'DEU', year: 2027, sentOn: '2026-09-01', noteVerbaleRef: 'NV/1' },
      users.planner,
    );
    const early = refusedInBoth(
      'consent.reply',
      { id: request.id, reply: 'granted', receivedOn: '2026-08-01' },
      'VALIDATION',
    );
    expect(early.en.message).toBe(
      'The reply’s date, 2026-08-01 is before the request (2026-09-01).',
    );
    expect(early.en.details).toEqual([{ field: 'receivedOn', message: early.en.message }]);
    expect(early.fr.message).toBe(
      'La date de la réponse, 2026-08-01 est antérieure à la demande (2026-09-01).',
    );
    expect(early.fr.details).toEqual([{ field: 'receivedOn', message: early.fr.message }]);

    t.value(
      'consent.reply',
      { id: request.id, reply: 'granted', receivedOn: '2026-09-10' },
      users.planner,
    );
    const again = refusedInBoth(
      'consent.create',
      { iso3: 'DEU', year: 2027, sentOn: '2026-10-01', noteVerbaleRef: 'NV/2' },
      'CONFLICT',
    );
    expect(again.en.message).toBe(
      'Germany already has a request for 2027: granted on 2026-09-10 (NV/1).',
    );
    expect(again.fr.message).toBe(
      `Allemagne${NBSP}: il existe déjà une demande pour 2027, accordée le 2026-09-10 (NV/1).`,
    );
    const final = refusedInBoth(
      'consent.reply',
      { id: request.id, reply: 'declined', receivedOn: '2026-09-20' },
      'INVALID_TRANSITION',
    );
    expect(final.en.message).toBe(
      'This request was already granted on 2026-09-10 (NV/1); a final reply is not replaced. If the State withdraws its consent, record a withdrawal.',
    );
    expect(final.fr.message).toBe(
      `Cette demande a déjà été accordée le 2026-09-10 (NV/1)${NNBSP}; une réponse définitive n’est pas remplacée. Si l’État retire son consentement, enregistrez un retrait.`,
    );
  });
});

describe('visit refusals', () => {
  const planned = () =>
    t.value(
      'visits.create',
      {
        iso3: 'DEU',
        kind: 'focused',
        mode: 'in_person',
        status: 'planned',
        startDate: '2027-03-01',
        endDate: '2027-03-05',
      },
      users.planner,
    );

  it('name the statuses in the caller’s language', () => {
    const visit = planned();
    const { en, fr } = refusedInBoth(
      'visits.transition',
      { id: visit.id, to: 'conducted', on: '2026-11-20' },
      'INVALID_TRANSITION',
    );
    expect(en.message).toBe(
      'A planned visit cannot become conducted. It can become: scheduled, postponed, cancelled.',
    );
    expect(fr.message).toBe(
      `Une visite planifiée ne peut pas devenir effectuée. Elle peut devenir${NBSP}: programmée, reportée, annulée.`,
    );
  });

  it('ask for the State’s consent, in the details too', () => {
    const visit = planned();
    const { en, fr } = refusedInBoth(
      'visits.transition',
      { id: visit.id, to: 'scheduled', on: TODAY },
      'INVALID_TRANSITION',
    );
    expect(en.message).toBe(
      'A scheduled visit needs the State’s granted consent: link its consent request; none has been granted yet.',
    );
    expect(en.details).toEqual([{ field: 'consentRequestId', message: en.message }]);
    expect(fr.message).toBe(
      `Une visite programmée nécessite le consentement de l’État${NBSP}: associez-lui sa demande de consentement${NNBSP}; aucun consentement n’a encore été accordé.`,
    );
    expect(fr.details).toEqual([{ field: 'consentRequestId', message: fr.message }]);
    expect(t.value('visits.get', { id: visit.id }, pierre).status).toBe('planned');
  });
});

describe('report refusals', () => {
  it('name the step expected next', () => {
    const { reportId } = recordReport(t, users, {
      iso3: 'DEU',
      visitOn: '2025-01-10',
      draftedOn: '2025-03-01',
    });
    const { en, fr } = refusedInBoth(
      'reports.advance',
      { id: reportId, step: 'submitted_to_ctc', on: '2025-04-01' },
      'INVALID_TRANSITION',
    );
    expect(en.message).toBe(
      'Steps cannot be skipped: the next step of this report is "sent to the State", not "submitted to the Committee".',
    );
    expect(fr.message).toBe(
      `Aucune étape ne peut être sautée${NBSP}: l’étape suivante de ce rapport est «${NBSP}envoyé à l’État${NBSP}», et non «${NBSP}soumis au Comité${NBSP}».`,
    );
    const date = refusedInBoth(
      'reports.advance',
      { id: reportId, step: 'sent_to_state', on: '2027-01-01' },
      'VALIDATION',
    );
    expect(date.en.message).toBe(
      'The date the report was sent to the State, 2027-01-01 is in the future (today is 2026-11-29). Record it once it has happened.',
    );
    expect(date.fr.details).toEqual([
      {
        field: 'on',
        message:
          'La date à laquelle le rapport a été envoyé à l’État, 2027-01-01 est dans le futur (nous sommes le 2026-11-29). Enregistrez-la une fois qu’elle a eu lieu.',
      },
    ]);
  });
});

describe('OP 16 follow-up refusals', () => {
  it('count the recommendations left to assess with the plural of each language', () => {
    const { reportId } = recordReport(t, users, {
      iso3: 'DEU',
      visitOn: '2024-06-03',
      draftedOn: '2024-08-01',
      recommendations: [
        ['1', 'border_control', 'high'],
        ['2', 'legislation', 'medium'],
      ],
      steps: {
        sent_to_state: '2024-08-15',
        observations_received: '2024-09-10',
        submitted_to_ctc: '2024-10-01',
        adopted: '2024-11-15',
      },
    });
    const followup = t.value(
      'followups.create',
      { reportId, startedOn: '2025-06-01' },
      users.planner,
    );
    const submit = {
      id: followup.followupId,
      submittedOn: '2025-10-01',
      recommendedFollowup: 'none',
    };
    const none = refusedInBoth('followups.submit', submit, 'VALIDATION');
    expect(none.en.message).toBe(
      'Assess every recommendation before submitting: 2 of 2 are not assessed yet.',
    );
    expect(none.fr.message).toBe(
      `Évaluez chaque recommandation avant la soumission${NBSP}: 2 sur 2 ne sont pas encore évaluées.`,
    );
    expect(none.fr.details).toEqual([{ field: 'assessment', message: none.fr.message }]);

    const [first] = followup.assessment;
    t.value(
      'followups.update',
      {
        id: followup.followupId,
        assessment: [
          { recommendationId: first!.recommendationId, status: 'in_progress', comment: 'A law.' },
        ],
      },
      users.planner,
    );
    const one = refusedInBoth('followups.submit', submit, 'VALIDATION');
    expect(one.en.message).toBe(
      'Assess every recommendation before submitting: 1 of 2 is not assessed yet.',
    );
    expect(one.fr.message).toBe(
      `Évaluez chaque recommandation avant la soumission${NBSP}: 1 sur 2 n’est pas encore évaluée.`,
    );
  });
});

describe('Committee refusals', () => {
  it('name the State whose report it is in the caller’s language', () => {
    const { reportId } = recordReport(t, users, {
      iso3: 'DEU',
      visitOn: '2024-06-03',
      draftedOn: '2024-08-01',
      steps: {
        sent_to_state: '2024-08-15',
        observations_received: '2024-09-10',
        submitted_to_ctc: '2024-10-01',
        adopted: '2024-11-15',
      },
    });
    const meeting = t.value(
      'ctcMeetings.create',
      { heldOn: '2025-06-12', title: 'Formal meeting (June 2025)' },
      users.planner,
    );
    const invite = {
      meetingId: meeting.id,
      iso3: 'KEN',
      reportId,
      officialTitle: 'Minister of Interior',
      invitedOn: '2025-05-20',
    };
    const other = refusedInBoth('invitations.create', invite, 'VALIDATION');
    expect(other.en.message).toBe("This report is Germany's, not the invited State's.");
    expect(other.fr.message).toBe(
      'Ce rapport est celui d’un autre État (Allemagne), et non de l’État invité.',
    );
    expect(other.fr.details).toEqual([{ field: 'reportId', message: other.fr.message }]);

    const late = refusedInBoth(
      'invitations.create',
      { ...invite, iso3: 'DEU', invitedOn: '2025-06-13' },
      'VALIDATION',
    );
    expect(late.en.message).toBe(
      'The invitation (2025-06-13) is dated after the meeting (2025-06-12).',
    );
    expect(late.fr.message).toBe(
      'L’invitation (2025-06-13) est datée d’après la séance (2025-06-12).',
    );
  });
});

describe('field record refusals', () => {
  it('tell a field team member off the team why, in their own language', () => {
    const visit = t.value(
      'visits.create',
      {
        iso3: 'DEU',
        kind: 'focused',
        mode: 'in_person',
        status: 'planned',
        startDate: '2027-03-01',
        endDate: '2027-03-05',
        team: ['Someone Else'],
      },
      users.planner,
    );
    const meeting = {
      visitId: visit.id,
      heldOn: '2027-03-02',
      institution: 'Ministry of the Interior',
      topics: ['legislation'],
    };
    const en = expectRefused(t, 'meetings.create', meeting, 'FORBIDDEN', users.field)!;
    expect(en.message).toBe(
      "Fatima Field is not on the team of this visit to Germany, so cannot write its field records. A planner can add you to the visit's team.",
    );
    t.value('users.setLanguage', { language: 'fr' }, users.field);
    const fr = expectRefused(t, 'meetings.create', meeting, 'FORBIDDEN', users.field)!;
    expect(fr.message).toBe(
      'Fatima Field ne fait pas partie de l’équipe de cette visite (Allemagne) et ne peut donc pas en saisir les données de terrain. Un planificateur peut vous ajouter à l’équipe de la visite.',
    );
  });
});
