// Field records (issue 9) on real SQLite files: a field team's meeting log, observations, status
// proposals (decided at HQ), draft findings and practical details — each checked for validation,
// roles and team membership (refusals change nothing), recorded as events, and carried by a sync
// bundle to another installation.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setMeta } from '../../main/core/db/workspace';
import { BUNDLE_KDF_KEY } from '../../main/core/sync/exchange';
import {
  createTestWorkspace,
  expectRefused,
  grantConsent,
  recordReport,
  seedUsers,
  type TestWorkspace,
} from './helpers';

let t: TestWorkspace;
let users: ReturnType<typeof seedUsers> & { outsider: string };
/** The visit the field team works on: Kenya, 16–20 November 2026 (today is 29 November). */
let visitId: string;
/** Kenya's recommendations from its 2024 report, and one addressed to Ghana. */
let r01: string;
let r02: string;
let ghanaRec: string;

const VISIT = { startDate: '2026-11-16', endDate: '2026-11-20' };

beforeEach(() => {
  t = createTestWorkspace();
  const seeded = seedUsers(t);
  let outsider = '';
  t.seed((w) => (outsider = w.insert('users', { name: 'Omar Outside', role: 'field' })));
  users = { ...seeded, outsider };
  const kenya = recordReport(t, users, {
    iso3: 'KEN',
    visitOn: '2024-02-05',
    draftedOn: '2024-03-15',
    recommendations: [
      ['R-01', 'legislation', 'high'],
      ['R-02', 'cft', 'medium'],
    ],
    steps: { sent_to_state: '2024-04-01', observations_received: '2024-04-20' },
  });
  [r01, r02] = t.value('recommendations.list', { reportId: kenya.reportId }).map((r) => r.id) as [
    string,
    string,
  ];
  const ghana = recordReport(t, users, {
    iso3: 'GHA',
    visitOn: '2024-05-06',
    draftedOn: '2024-06-10',
    recommendations: [['R-01', 'border_control', 'high']],
  });
  ghanaRec = t.value('recommendations.list', { reportId: ghana.reportId })[0]!.id;
  const consentRequestId = grantConsent(t, 'KEN', users.planner, {
    sentOn: '2026-06-01',
    noteVerbaleRef: 'NV/KEN/2026',
  });
  visitId = t.value(
    'visits.create',
    {
      iso3: 'KEN',
      kind: 'follow_up',
      mode: 'in_person',
      status: 'conducted',
      ...VISIT,
      team: ['A. Rahman', ' fatima field '],
      consentRequestId,
    },
    users.planner,
  ).id;
});
afterEach(() => t.close());

const meeting = {
  heldOn: '2026-11-17',
  institution: 'Ministry of Interior',
  participants: ['Director of counter-terrorism', 'Legal adviser'],
  topics: ['legislation', 'law_enforcement'],
  summary: 'Draft amendments to the 2012 act discussed.',
};

/** The events recorded of one kind, with their payloads. */
const eventsOf = (kind: string) =>
  (
    t.ws.db
      .prepare('SELECT subject_id, actor_id, payload FROM events WHERE kind = ? ORDER BY rowid')
      .all(kind) as { subject_id: string; actor_id: string; payload: string }[]
  ).map((e) => ({ ...e, payload: JSON.parse(e.payload) as Record<string, unknown> }));

describe('the meeting log', () => {
  it('is kept by a member of the visit’s team, and read by everyone', () => {
    const logged = t.value('meetings.create', { visitId, ...meeting }, users.field);
    expect(logged).toMatchObject({ ...meeting, visitId, authorName: 'Fatima Field' });
    expect(eventsOf('meeting.logged')).toEqual([
      {
        subject_id: logged.id,
        actor_id: users.field,
        payload: { visitId, iso3: 'KEN', heldOn: '2026-11-17', institution: meeting.institution },
      },
    ]);
    const changed = t.value(
      'meetings.update',
      { id: logged.id, heldOn: '2026-11-18', participants: ['Minister'] },
      users.planner,
    );
    expect(changed).toMatchObject({ heldOn: '2026-11-18', participants: ['Minister'] });
    expect(eventsOf('meeting.updated')).toHaveLength(1);
    expect(t.value('meetings.list', { visitId }, users.ctc)).toEqual([changed]);
    t.value('meetings.delete', { id: logged.id }, users.field);
    expect(t.value('meetings.list', { visitId }, users.ctc)).toEqual([]);
    expect(eventsOf('meeting.deleted')).toHaveLength(1);
  });

  it('refuses a meeting outside the visit’s dates, in the future, or without its institution', () => {
    const outside = expectRefused(
      t,
      'meetings.create',
      { visitId, ...meeting, heldOn: '2026-11-21' },
      'VALIDATION',
      users.field,
    );
    expect(outside?.message).toBe(
      "The meeting is dated 2026-11-21, outside the visit's dates (2026-11-16 to 2026-11-20).",
    );
    expectRefused(
      t,
      'meetings.create',
      { visitId, ...meeting, institution: '  ' },
      'VALIDATION',
      users.field,
    );
    expectRefused(
      t,
      'meetings.create',
      { visitId, ...meeting, topics: [] },
      'VALIDATION',
      users.field,
    );
    expectRefused(
      t,
      'meetings.create',
      { visitId, ...meeting, topics: ['weather'] },
      'VALIDATION',
      users.field,
    );
    expectRefused(
      t,
      'meetings.create',
      { visitId, ...meeting, heldOn: '2026-02-30' },
      'VALIDATION',
      users.field,
    );
    expectRefused(
      t,
      'meetings.create',
      { visitId, ...meeting, institution: 'x'.repeat(301) },
      'VALIDATION',
      users.field,
    );
    const planned = t.value(
      'visits.create',
      {
        iso3: 'GHA',
        kind: 'advocacy',
        mode: 'in_person',
        startDate: '2026-11-25',
        endDate: '2026-12-04',
        team: ['Fatima Field'],
      },
      users.planner,
    );
    const future = expectRefused(
      t,
      'meetings.create',
      { visitId: planned.id, ...meeting, heldOn: '2026-12-01' },
      'VALIDATION',
      users.field,
    );
    expect(future?.message).toMatch(/2026-12-01 is in the future/);
    const logged = t.value('meetings.create', { visitId, ...meeting }, users.field);
    expectRefused(
      t,
      'meetings.update',
      { id: logged.id, heldOn: '2026-11-10' },
      'VALIDATION',
      users.field,
    );
    expectRefused(
      t,
      'meetings.update',
      { id: 'no-such-meeting', summary: 'x' },
      'NOT_FOUND',
      users.field,
    );
    expectRefused(
      t,
      'meetings.create',
      { visitId: 'no-such-visit', ...meeting },
      'NOT_FOUND',
      users.field,
    );
  });

  it('is written only by the visit’s team and planners', () => {
    const refused = expectRefused(
      t,
      'meetings.create',
      { visitId, ...meeting },
      'FORBIDDEN',
      users.outsider,
    );
    expect(refused?.message).toBe(
      "Omar Outside is not on the team of this visit to Kenya, so cannot write its field records. A planner can add you to the visit's team.",
    );
    expectRefused(t, 'meetings.create', { visitId, ...meeting }, 'FORBIDDEN', users.ctc);
    const logged = t.value('meetings.create', { visitId, ...meeting }, users.planner);
    expectRefused(
      t,
      'meetings.update',
      { id: logged.id, summary: 'Mine now' },
      'FORBIDDEN',
      users.outsider,
    );
    expectRefused(t, 'meetings.delete', { id: logged.id }, 'FORBIDDEN', users.outsider);
    expect(t.value('meetings.list', { visitId }, users.outsider)).toHaveLength(1);
  });
});

describe('observations', () => {
  it('are recorded per thematic area, optionally at a logged meeting', () => {
    const held = t.value('meetings.create', { visitId, ...meeting }, users.field);
    const observed = t.value(
      'observations.create',
      {
        visitId,
        thematicArea: 'legislation',
        text: 'The amendment bill is before parliament.',
        meetingId: held.id,
      },
      users.field,
    );
    expect(observed).toMatchObject({
      thematicArea: 'legislation',
      meetingId: held.id,
      recordedOn: '2026-11-29',
    });
    expect(eventsOf('observation.recorded')[0]?.payload).toEqual({
      visitId,
      iso3: 'KEN',
      thematicArea: 'legislation',
    });
    t.value('observations.update', { id: observed.id, thematicArea: 'human_rights' }, users.field);
    // Deleting the meeting keeps the observation, no longer tied to it.
    t.value('meetings.delete', { id: held.id }, users.field);
    expect(t.value('observations.list', { visitId }, users.ctc)).toMatchObject([
      { id: observed.id, thematicArea: 'human_rights', meetingId: null },
    ]);
    t.value('observations.delete', { id: observed.id }, users.planner);
    expect(t.value('observations.list', { visitId }, users.ctc)).toEqual([]);
  });

  it('refuses an unknown area, an empty text, another visit’s meeting and outsiders', () => {
    const base = { visitId, thematicArea: 'cft', text: 'Banks report suspicious transactions.' };
    expectRefused(
      t,
      'observations.create',
      { ...base, thematicArea: 'gossip' },
      'VALIDATION',
      users.field,
    );
    expectRefused(t, 'observations.create', { ...base, text: '' }, 'VALIDATION', users.field);
    expectRefused(
      t,
      'observations.create',
      { ...base, text: 'x'.repeat(4001) },
      'VALIDATION',
      users.field,
    );
    expectRefused(
      t,
      'observations.create',
      { ...base, meetingId: 'elsewhere' },
      'VALIDATION',
      users.field,
    );
    expectRefused(t, 'observations.create', base, 'FORBIDDEN', users.outsider);
    expectRefused(t, 'observations.create', base, 'FORBIDDEN', users.ctc);
  });
});

describe('status proposals', () => {
  const proposal = () => ({
    visitId,
    recommendationId: r01,
    proposedStatus: 'in_progress',
    evidence: 'The amendment bill was tabled on 2 November.',
    source: 'Meeting with the Ministry of Interior, 17 November 2026',
  });

  it('become the recommendation’s status once a planner accepts them', () => {
    const made = t.value('statusProposals.create', proposal(), users.field);
    expect(made).toMatchObject({
      recommendationCode: 'R-01',
      currentStatus: 'no_information',
      proposedStatus: 'in_progress',
      proposedByName: 'Fatima Field',
      proposedOn: '2026-11-29',
      decision: 'pending',
    });
    expect(
      t.value('statusProposals.list', { pending: true }, users.planner).map((p) => p.id),
    ).toEqual([made.id]);
    expectRefused(
      t,
      'statusProposals.decide',
      { id: made.id, decision: 'accepted' },
      'FORBIDDEN',
      users.field,
    );
    const accepted = t.value(
      'statusProposals.decide',
      { id: made.id, decision: 'accepted' },
      users.planner,
    );
    expect(accepted).toMatchObject({
      decision: 'accepted',
      decidedByName: 'Paula Planner',
      decidedOn: '2026-11-29',
      currentStatus: 'in_progress',
    });
    expect(t.value('recommendations.history', { id: r01 })[0]).toMatchObject({
      asOf: '2026-11-29',
      status: 'in_progress',
      evidence: proposal().evidence,
      source: proposal().source,
      authorName: 'Paula Planner',
    });
    expect(eventsOf('statusProposal.accepted')).toHaveLength(1);
    expect(eventsOf('recommendation.status').at(-1)?.payload).toMatchObject({
      status: 'in_progress',
      proposalId: made.id,
    });
    expect(t.value('statusProposals.list', { pending: true }, users.planner)).toEqual([]);
    expectRefused(
      t,
      'statusProposals.decide',
      { id: made.id, decision: 'declined', reason: 'Changed my mind' },
      'INVALID_TRANSITION',
      users.planner,
    );
  });

  it('are declined with a reason, or withdrawn by their author', () => {
    const made = t.value('statusProposals.create', proposal(), users.field);
    const noReason = expectRefused(
      t,
      'statusProposals.decide',
      { id: made.id, decision: 'declined' },
      'VALIDATION',
      users.planner,
    );
    expect(noReason?.message).toBe('Say why the proposal is declined: the field team reads it.');
    const declined = t.value(
      'statusProposals.decide',
      { id: made.id, decision: 'declined', reason: 'The bill has not been tabled yet.' },
      users.planner,
    );
    expect(declined).toMatchObject({
      decision: 'declined',
      decisionReason: 'The bill has not been tabled yet.',
      currentStatus: 'no_information',
    });
    expect(t.value('recommendations.history', { id: r01 })).toEqual([]);
    const again = t.value(
      'statusProposals.create',
      { ...proposal(), recommendationId: r02 },
      users.planner,
    );
    expectRefused(t, 'statusProposals.withdraw', { id: again.id }, 'FORBIDDEN', users.outsider);
    t.seed((w) => w.update('visits', visitId, { team: ['Fatima Field', 'Omar Outside'] }));
    const notTheirs = expectRefused(
      t,
      'statusProposals.withdraw',
      { id: again.id },
      'FORBIDDEN',
      users.outsider,
    );
    expect(notTheirs?.message).toMatch(/Only Paula Planner, who made this proposal, or a planner/);
    expect(t.value('statusProposals.withdraw', { id: again.id }, users.planner).decision).toBe(
      'withdrawn',
    );
    expect(eventsOf('statusProposal.withdrawn')).toHaveLength(1);
  });

  it('refuse another State’s recommendation, the current status, a second pending one and bare claims', () => {
    const wrongState = expectRefused(
      t,
      'statusProposals.create',
      { ...proposal(), recommendationId: ghanaRec },
      'VALIDATION',
      users.field,
    );
    expect(wrongState?.message).toMatch(/addressed to Ghana, not to Kenya/);
    expectRefused(
      t,
      'statusProposals.create',
      { ...proposal(), proposedStatus: 'no_information' },
      'VALIDATION',
      users.field,
    );
    expectRefused(
      t,
      'statusProposals.create',
      { ...proposal(), proposedStatus: 'done' },
      'VALIDATION',
      users.field,
    );
    expectRefused(
      t,
      'statusProposals.create',
      { ...proposal(), evidence: '' },
      'VALIDATION',
      users.field,
    );
    expectRefused(
      t,
      'statusProposals.create',
      { ...proposal(), source: '' },
      'VALIDATION',
      users.field,
    );
    expectRefused(
      t,
      'statusProposals.create',
      { ...proposal(), recommendationId: 'nothing' },
      'NOT_FOUND',
      users.field,
    );
    expectRefused(t, 'statusProposals.create', proposal(), 'FORBIDDEN', users.outsider);
    t.value('statusProposals.create', proposal(), users.field);
    expectRefused(
      t,
      'statusProposals.create',
      { ...proposal(), proposedStatus: 'implemented' },
      'CONFLICT',
      users.field,
    );
  });

  it('are not accepted over a newer status recorded at HQ', () => {
    const made = t.value('statusProposals.create', proposal(), users.field);
    t.on('2026-11-30').value(
      'recommendations.addUpdate',
      {
        id: r01,
        asOf: '2026-11-30',
        status: 'implemented',
        evidence: 'Act published.',
        source: 'Official gazette',
      },
      users.planner,
    );
    const stale = expectRefused(
      t,
      'statusProposals.decide',
      { id: made.id, decision: 'accepted' },
      'INVALID_TRANSITION',
      users.planner,
    );
    expect(stale?.message).toMatch(/A newer status \(“implemented”, 2026-11-30\)/);
  });
});

describe('draft findings', () => {
  it('are written per thematic area, then marked ready', () => {
    const draft = t.value(
      'findings.save',
      {
        visitId,
        thematicArea: 'cft',
        text: 'Supervision of money-value transfer services is thin.',
      },
      users.field,
    );
    expect(draft).toMatchObject({
      status: 'draft',
      authorName: 'Fatima Field',
      updatedOn: '2026-11-29',
    });
    const ready = t.value(
      'findings.save',
      { id: draft.id, visitId, thematicArea: 'cft', text: draft.text, status: 'ready' },
      users.planner,
    );
    expect(ready.status).toBe('ready');
    expect(eventsOf('finding.drafted')).toHaveLength(1);
    expect(eventsOf('finding.updated')).toHaveLength(1);
    expect(t.value('findings.list', { visitId }, users.ctc)).toEqual([ready]);
    expectRefused(
      t,
      'findings.save',
      { visitId, thematicArea: 'cft', text: 'ok' },
      'VALIDATION',
      users.field,
    );
    expectRefused(
      t,
      'findings.save',
      { visitId, thematicArea: 'cft', text: 'A finding.', status: 'final' },
      'VALIDATION',
      users.field,
    );
    expectRefused(
      t,
      'findings.save',
      { id: draft.id, visitId: 'other', thematicArea: 'cft', text: 'A finding.' },
      'VALIDATION',
      users.field,
    );
    expectRefused(
      t,
      'findings.save',
      { visitId, thematicArea: 'cft', text: 'A finding.' },
      'FORBIDDEN',
      users.outsider,
    );
    expectRefused(t, 'findings.delete', { id: draft.id }, 'FORBIDDEN', users.ctc);
    t.value('findings.delete', { id: draft.id }, users.field);
    expect(t.value('findings.list', { visitId }, users.ctc)).toEqual([]);
    expectRefused(t, 'findings.delete', { id: draft.id }, 'NOT_FOUND', users.field);
  });
});

describe('practical details', () => {
  const parts = [
    {
      label: 'Meetings in Nairobi',
      place: 'Nairobi',
      startDate: '2026-11-16',
      endDate: '2026-11-18',
    },
    { label: 'Border post', place: 'Namanga', startDate: '2026-11-19', endDate: '2026-11-20' },
  ];

  it('record the agencies met and the parts of the visit', () => {
    const saved = t.value(
      'practicalDetails.update',
      { visitId, agenciesMet: ['Ministry of Interior', 'Financial Reporting Centre'], parts },
      users.field,
    );
    expect(saved).toMatchObject({
      ...VISIT,
      agenciesMet: ['Ministry of Interior', 'Financial Reporting Centre'],
      parts,
    });
    expect(t.value('visits.get', { id: visitId }).agenciesMet).toEqual(saved.agenciesMet);
    const firstId = saved.parts[0]!.id;
    const fewer = t.value('practicalDetails.update', { visitId, parts: [parts[0]] }, users.field);
    expect(fewer.parts).toEqual([{ id: firstId, ...parts[0] }]);
    expect(eventsOf('visit.practical_details')).toHaveLength(2);
    // Saving the same again changes nothing and records nothing.
    t.value('practicalDetails.update', { visitId, parts: [parts[0]] }, users.field);
    expect(eventsOf('visit.practical_details')).toHaveLength(2);
    expect(t.value('practicalDetails.get', { visitId }, users.ctc)).toEqual(fewer);
  });

  it('refuse parts outside the visit’s dates or ending before they start, and outsiders', () => {
    const outside = expectRefused(
      t,
      'practicalDetails.update',
      { visitId, parts: [{ ...parts[1], endDate: '2026-11-22' }] },
      'VALIDATION',
      users.field,
    );
    expect(outside?.message).toBe(
      "“Border post” (2026-11-19 to 2026-11-22) lies outside the visit's dates (2026-11-16 to 2026-11-20).",
    );
    expectRefused(
      t,
      'practicalDetails.update',
      { visitId, parts: [{ ...parts[0], endDate: '2026-11-15' }] },
      'VALIDATION',
      users.field,
    );
    expectRefused(
      t,
      'practicalDetails.update',
      { visitId, parts: [{ ...parts[0], label: '' }] },
      'VALIDATION',
      users.field,
    );
    expectRefused(
      t,
      'practicalDetails.update',
      { visitId, agenciesMet: ['Police'] },
      'FORBIDDEN',
      users.outsider,
    );
    expectRefused(
      t,
      'practicalDetails.update',
      { visitId, agenciesMet: ['Police'] },
      'FORBIDDEN',
      users.ctc,
    );
  });

  it('are not written on a cancelled visit', () => {
    const planned = t.value(
      'visits.create',
      {
        iso3: 'GHA',
        kind: 'advocacy',
        mode: 'in_person',
        startDate: '2026-12-07',
        endDate: '2026-12-09',
        team: ['Fatima Field'],
      },
      users.planner,
    );
    t.value(
      'visits.transition',
      { id: planned.id, to: 'cancelled', on: '2026-11-29', reason: 'Elections' },
      users.planner,
    );
    const refused = expectRefused(
      t,
      'practicalDetails.update',
      { visitId: planned.id, agenciesMet: ['Police'] },
      'INVALID_TRANSITION',
      users.field,
    );
    expect(refused?.message).toBe(
      'This visit to Ghana was cancelled on 2026-11-29: nothing more is recorded on it.',
    );
  });
});

describe('sync', () => {
  it('carries every field record to another installation in a bundle', () => {
    const held = t.value('meetings.create', { visitId, ...meeting }, users.field);
    t.value(
      'observations.create',
      {
        visitId,
        thematicArea: 'cft',
        text: 'Banks report suspicious transactions.',
        meetingId: held.id,
      },
      users.field,
    );
    const made = t.value(
      'statusProposals.create',
      {
        visitId,
        recommendationId: r02,
        proposedStatus: 'partially_implemented',
        evidence: 'Guidance for banks issued.',
        source: 'Financial Reporting Centre',
      },
      users.field,
    );
    t.value(
      'findings.save',
      { visitId, thematicArea: 'cft', text: 'Supervision is thin.' },
      users.field,
    );
    t.value(
      'practicalDetails.update',
      {
        visitId,
        agenciesMet: ['Police'],
        parts: [{ label: 'Nairobi', startDate: '2026-11-16', endDate: '2026-11-20' }],
      },
      users.field,
    );

    const hq = createTestWorkspace();
    try {
      for (const site of [t, hq])
        setMeta(site.ws.db, BUNDLE_KDF_KEY, JSON.stringify({ N: 1024, r: 1, p: 1 }));
      const field = t.value('sync.identity', {});
      const other = hq.value('sync.identity', {});
      t.value('sync.trustPeer', { siteId: other.siteId, publicKey: other.publicKey, name: 'HQ' });
      hq.value('sync.trustPeer', {
        siteId: field.siteId,
        publicKey: field.publicKey,
        name: 'Field laptop',
      });
      const passphrase = 'blue tractor at dawn';
      const { bundle } = t.value('sync.exportBundle', { to: other.siteId, passphrase });
      hq.value('sync.importBundle', { bundle, passphrase });
      for (const method of [
        'meetings.list',
        'observations.list',
        'findings.list',
        'practicalDetails.get',
        'statusProposals.list',
      ] as const)
        expect(hq.value(method, { visitId }), method).toEqual(t.value(method, { visitId }));
      expect(hq.value('statusProposals.list', { pending: true }).map((p) => p.id)).toEqual([
        made.id,
      ]);
    } finally {
      hq.close();
    }
  });
});
