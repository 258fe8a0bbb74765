// Consent requests on a real SQLite workspace: asked from the adopted list (and outside it),
// reminded, answered, withdrawn, with the substitution a refusal calls for; the settings that say
// when a request is overdue. Every refused call leaves the workspace exactly as it was.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConsentRequest } from '../../shared/api/types';
import {
  createTestWorkspace,
  expectRefused as refusedCall,
  seedUsers,
  snapshot,
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

const YEAR = 2027;

/** A refused call that changed nothing: as a planner by default; null acts as the administrator. */
const expectRefused = (method: string, input: unknown, code: string, user?: string | null) =>
  refusedCall(t, method, input, code, user === undefined ? users.planner : user);

/** Builds, proposes (1 October) and adopts (15 October) the 2027 list: 5 States, 5 in reserve. */
function adoptList() {
  t.on('2026-10-01').value('plan.saveDraft', { year: YEAR, capacity: 5 }, users.planner);
  t.on('2026-10-01').value('plan.propose', { year: YEAR }, users.planner);
  return t
    .on('2026-10-15')
    .value(
      'plan.adopt',
      { year: YEAR, decisionRef: 'CTC/2026/12', decidedOn: '2026-10-15' },
      users.ctc,
    );
}

const selected = (list: ReturnType<typeof adoptList>) =>
  list.entries.filter((e) => e.selection === 'selected').map((e) => e.iso3);
const reserve = (list: ReturnType<typeof adoptList>) =>
  list.entries.filter((e) => e.selection === 'reserve').map((e) => e.iso3);

function requestOutside(iso3: string, ref: string, sentOn = '2026-09-01'): ConsentRequest {
  return t.value(
    'consent.create',
    { iso3, year: YEAR, sentOn, noteVerbaleRef: ref },
    users.planner,
  );
}

describe('asking for consent from the adopted list', () => {
  it('asks every State of the adopted list once, numbering the notes verbales, and asks nobody twice', () => {
    const list = adoptList();
    const first = t.value(
      'consent.requestFromList',
      { year: YEAR, sentOn: '2026-11-02' },
      users.planner,
    );
    expect(first.created.map((c) => c.iso3)).toEqual(selected(list));
    expect(first.skipped).toEqual([]);
    expect(first.created.map((c) => c.noteVerbaleRef)).toEqual([
      'CTED/NV/2026/001',
      'CTED/NV/2026/002',
      'CTED/NV/2026/003',
      'CTED/NV/2026/004',
      'CTED/NV/2026/005',
    ]);
    const entryIds = new Set(
      (
        t.ws.db
          .prepare(
            "SELECT e.id FROM list_entries e JOIN list_versions v ON v.id = e.version_id WHERE v.version = 1 AND e.selection = 'selected'",
          )
          .all() as { id: string }[]
      ).map((r) => r.id),
    );
    for (const c of first.created) {
      expect(c).toMatchObject({
        listYear: YEAR,
        sentOn: '2026-11-02',
        reply: 'pending',
        reminders: 0,
        daysWaiting: 27,
        overdueReply: false,
        nextReminderDue: '2026-12-02',
        reminderDue: false,
      });
      expect(entryIds.has(c.listEntryId!)).toBe(true);
    }
    const before = snapshot(t.ws);
    const again = t.value(
      'consent.requestFromList',
      { year: YEAR, sentOn: '2026-11-03' },
      users.planner,
    );
    expect(again.created).toEqual([]);
    expect(again.skipped.map((s) => s.iso3)).toEqual(selected(list));
    expect(again.skipped[0]!.reason).toMatch(
      /^Already requested on 2026-11-02 \(CTED\/NV\/2026\/001\) and still awaiting a reply\.$/,
    );
    expect(snapshot(t.ws)).toBe(before);
  });

  it('numbers on from the highest reference with the prefix given', () => {
    adoptList();
    requestOutside('FIN', 'NV/2026/041');
    const batch = t.value(
      'consent.requestFromList',
      { year: YEAR, sentOn: '2026-11-02', noteVerbaleRefPrefix: 'NV/2026/' },
      users.planner,
    );
    expect(batch.created[0]!.noteVerbaleRef).toBe('NV/2026/042');
  });

  it('refuses before the list is adopted, a date in the future or before the adoption, and non-planners', () => {
    expectRefused('consent.requestFromList', { year: YEAR, sentOn: TODAY }, 'NOT_FOUND');
    t.value('plan.saveDraft', { year: YEAR, capacity: 5 }, users.planner);
    const draft = expectRefused(
      'consent.requestFromList',
      { year: YEAR, sentOn: TODAY },
      'INVALID_TRANSITION',
    );
    expect(draft?.message).toMatch(
      /is draft: consent is requested from the list once the Committee has adopted it/,
    );
    t.close();
    t = createTestWorkspace();
    users = seedUsers(t);
    adoptList();
    expectRefused('consent.requestFromList', { year: YEAR, sentOn: '2026-12-01' }, 'VALIDATION');
    const early = expectRefused(
      'consent.requestFromList',
      { year: YEAR, sentOn: '2026-10-14' },
      'VALIDATION',
    );
    expect(early?.message).toMatch(/before the adoption of the 2027 list \(2026-10-15\)/);
    expectRefused('consent.requestFromList', { year: YEAR, sentOn: 'soon' }, 'VALIDATION');
    expectRefused('consent.requestFromList', { year: YEAR, sentOn: TODAY }, 'FORBIDDEN', users.ctc);
    expectRefused(
      'consent.requestFromList',
      { year: YEAR, sentOn: TODAY },
      'FORBIDDEN',
      users.field,
    );
  });
});

describe('a request outside the list', () => {
  it('records a State’s own invitation with the dates it proposes', () => {
    const c = t.value(
      'consent.create',
      {
        iso3: 'FIN',
        year: YEAR,
        sentOn: '2026-09-01',
        noteVerbaleRef: 'CTED/NV/2026/090',
        proposedFrom: '2027-03-01',
        proposedTo: '2027-03-31',
      },
      users.planner,
    );
    expect(c).toMatchObject({
      iso3: 'FIN',
      stateName: 'Finland',
      listEntryId: null,
      reply: 'pending',
      proposedFrom: '2027-03-01',
      steps: [{ kind: 'requested', on: '2026-09-01', noteVerbaleRef: 'CTED/NV/2026/090' }],
    });
  });

  it('refuses a second open request for the State and year, a reference already used, and bad input', () => {
    requestOutside('FIN', 'NV/1');
    const twice = expectRefused(
      'consent.create',
      { iso3: 'FIN', year: YEAR, sentOn: TODAY, noteVerbaleRef: 'NV/2' },
      'CONFLICT',
    );
    expect(twice?.message).toMatch(
      /Finland already has a request for 2027: requested on 2026-09-01/,
    );
    expectRefused(
      'consent.create',
      { iso3: 'PER', year: YEAR, sentOn: TODAY, noteVerbaleRef: 'NV/1' },
      'CONFLICT',
    );
    const bad = { iso3: 'PER', year: YEAR, sentOn: TODAY, noteVerbaleRef: 'NV/3' };
    expectRefused('consent.create', { ...bad, sentOn: '2026-11-30' }, 'VALIDATION');
    expectRefused('consent.create', { ...bad, iso3: 'VAT' }, 'VALIDATION');
    expectRefused('consent.create', { ...bad, noteVerbaleRef: ' ' }, 'VALIDATION');
    expectRefused(
      'consent.create',
      { ...bad, proposedFrom: '2027-04-01', proposedTo: '2027-03-01' },
      'VALIDATION',
    );
    expectRefused('consent.create', { ...bad, listEntryId: 'not-an-entry' }, 'VALIDATION');
    expectRefused('consent.create', { ...bad, year: 1999 }, 'VALIDATION');
    expectRefused('consent.create', bad, 'FORBIDDEN', users.field);
  });
});

describe('reminders', () => {
  it('counts reminders and keeps each one’s date; the next one is due after the set interval', () => {
    const c = requestOutside('FIN', 'NV/1', '2026-08-01');
    expect(c).toMatchObject({
      nextReminderDue: '2026-08-31',
      reminderDue: true,
      overdueReply: true,
    });
    t.value(
      'consent.remind',
      { id: c.id, sentOn: '2026-09-05', noteVerbaleRef: 'NV/1/R1' },
      users.planner,
    );
    const twice = t.value('consent.remind', { id: c.id, sentOn: '2026-11-10' }, users.planner);
    expect(twice).toMatchObject({
      reminders: 2,
      lastReminderOn: '2026-11-10',
      nextReminderDue: '2026-12-10',
      reminderDue: false,
    });
    expect(twice.steps.map((s) => [s.kind, s.on, s.noteVerbaleRef])).toEqual([
      ['requested', '2026-08-01', 'NV/1'],
      ['reminder', '2026-09-05', 'NV/1/R1'],
      ['reminder', '2026-11-10', null],
    ]);
  });

  it('refuses a reminder in the future, before the request or the last reminder, or once the State has answered', () => {
    const c = requestOutside('FIN', 'NV/1', '2026-08-01');
    t.value('consent.remind', { id: c.id, sentOn: '2026-09-05' }, users.planner);
    expectRefused('consent.remind', { id: c.id, sentOn: '2026-12-01' }, 'VALIDATION');
    expectRefused('consent.remind', { id: c.id, sentOn: '2026-07-01' }, 'VALIDATION');
    const order = expectRefused('consent.remind', { id: c.id, sentOn: '2026-09-01' }, 'VALIDATION');
    expect(order?.message).toMatch(/before the last reminder \(2026-09-05\)/);
    expectRefused('consent.remind', { id: 'nope', sentOn: TODAY }, 'NOT_FOUND');
    t.value(
      'consent.reply',
      { id: c.id, reply: 'granted', receivedOn: '2026-10-01' },
      users.planner,
    );
    const answered = expectRefused(
      'consent.remind',
      { id: c.id, sentOn: TODAY },
      'INVALID_TRANSITION',
    );
    expect(answered?.message).toMatch(
      /No reminder is needed: this request was granted on 2026-10-01 \(NV\/1\)\./,
    );
  });
});

describe('replies', () => {
  it('records a deferral, then the consent with its window, conditions and the State’s request for confidentiality', () => {
    const c = requestOutside('FIN', 'NV/1', '2026-08-01');
    t.value(
      'consent.reply',
      { id: c.id, reply: 'deferred', receivedOn: '2026-09-01', proposedFrom: '2027-05-01' },
      users.planner,
    );
    const { request, substitution } = t.value(
      'consent.reply',
      {
        id: c.id,
        reply: 'granted',
        receivedOn: '2026-10-01',
        proposedFrom: '2027-03-01',
        proposedTo: '2027-03-20',
        conditions: 'No visits to detention facilities',
        confidential: true,
      },
      users.planner,
    );
    expect(substitution).toBeNull();
    expect(request).toMatchObject({
      reply: 'granted',
      repliedOn: '2026-10-01',
      proposedFrom: '2027-03-01',
      proposedTo: '2027-03-20',
      conditions: 'No visits to detention facilities',
      confidential: true,
      daysWaiting: null,
      nextReminderDue: null,
    });
    expect(request.steps.map((s) => [s.kind, s.reply, s.on])).toEqual([
      ['requested', null, '2026-08-01'],
      ['reply', 'deferred', '2026-09-01'],
      ['reply', 'granted', '2026-10-01'],
    ]);
  });

  it('never replaces a final reply, and refuses dates out of order and details that do not go with the reply', () => {
    const c = requestOutside('FIN', 'NV/1', '2026-08-01');
    const reply = { id: c.id, reply: 'granted', receivedOn: '2026-10-01' };
    expectRefused('consent.reply', { ...reply, receivedOn: '2026-12-01' }, 'VALIDATION');
    const early = expectRefused(
      'consent.reply',
      { ...reply, receivedOn: '2026-07-30' },
      'VALIDATION',
    );
    expect(early?.message).toMatch(/before the request \(2026-08-01\)/);
    expectRefused('consent.reply', { ...reply, reply: 'maybe' }, 'VALIDATION');
    expectRefused(
      'consent.reply',
      { ...reply, reply: 'declined', proposedFrom: '2027-01-01' },
      'VALIDATION',
    );
    expectRefused(
      'consent.reply',
      { ...reply, reply: 'declined', confidential: true },
      'VALIDATION',
    );
    t.value(
      'consent.reply',
      { ...reply, reply: 'no_reply', receivedOn: '2026-09-15' },
      users.planner,
    );
    expectRefused('consent.reply', { ...reply, receivedOn: '2026-09-10' }, 'VALIDATION');
    t.value('consent.reply', reply, users.planner);
    for (const next of ['granted', 'declined', 'deferred', 'no_reply']) {
      const error = expectRefused(
        'consent.reply',
        { ...reply, reply: next, receivedOn: TODAY },
        'INVALID_TRANSITION',
      );
      expect(error?.message).toMatch(
        /This request was already granted on 2026-10-01 \(NV\/1\); a final reply is not replaced\. If the State withdraws its consent, record a withdrawal\./,
      );
    }
    expectRefused('consent.reply', reply, 'FORBIDDEN', users.ctc);
  });

  it('offers the best State of the reserve when a listed State declines', () => {
    const list = adoptList();
    const batch = t.value(
      'consent.requestFromList',
      { year: YEAR, sentOn: '2026-11-02' },
      users.planner,
    );
    const first = batch.created[0]!;
    const { request, substitution } = t.value(
      'consent.reply',
      { id: first.id, reply: 'declined', receivedOn: '2026-11-20' },
      users.planner,
    );
    expect(request.reply).toBe('declined');
    const best = list.entries.find((e) => e.iso3 === reserve(list)[0])!;
    expect(substitution).toEqual({
      iso3: best.iso3,
      stateName: best.name,
      region: best.region,
      rank: best.rank,
      score: best.score,
      consentRequestId: first.id,
    });
    // A State of the reserve that itself declined this year is passed over.
    requestOutside(best.iso3, 'NV/R/1');
    const declinedToo = t.value('consent.list', { iso3: best.iso3 })[0]!;
    t.value(
      'consent.reply',
      { id: declinedToo.id, reply: 'declined', receivedOn: '2026-11-21' },
      users.planner,
    );
    const second = t
      .value('consent.overview', { year: YEAR })
      .rows.find((r) => r.iso3 === first.iso3)!;
    expect(second.substitution?.iso3).toBe(reserve(list)[1]);
  });
});

describe('a decline replaced from the reserve', () => {
  it('turns the offer into a substitution that names the decline, and asks the new State once the Committee approves', async () => {
    adoptList();
    const [first] = t.value(
      'consent.requestFromList',
      { year: YEAR, sentOn: '2026-11-02' },
      users.planner,
    ).created;
    const { substitution } = t.value(
      'consent.reply',
      { id: first!.id, reply: 'declined', receivedOn: '2026-11-20' },
      users.planner,
    );
    const amendment = t.value(
      'plan.proposeAmendment',
      {
        year: YEAR,
        action: 'substitute',
        iso3: first!.iso3,
        replacementIso3: substitution!.iso3,
        rationale: 'The State declined; the first State of the reserve takes its place.',
        consentRequestId: first!.id,
      },
      users.planner,
    );
    expect(amendment).toMatchObject({
      consentRequestId: first!.id,
      consentRefusal: {
        iso3: first!.iso3,
        stateName: first!.stateName,
        reply: 'declined',
        on: '2026-11-20',
        noteVerbaleRef: first!.noteVerbaleRef,
      },
    });
    // Once proposed, the offer gives way to the amendment.
    const row = t
      .value('consent.overview', { year: YEAR })
      .rows.find((r) => r.iso3 === first!.iso3)!;
    expect(row).toMatchObject({
      substitution: null,
      amendment: { id: amendment.id, status: 'proposed' },
    });
    const pack = t.value('exports.reviewPack', { year: YEAR, subject: 'amendments' }).content;
    expect(pack).toContain(
      `<dt>Reason</dt><dd>${first!.stateName} declined consent on 2026-11-20 (${first!.noteVerbaleRef})</dd>`,
    );
    t.value(
      'plan.decideAmendment',
      {
        amendmentId: amendment.id,
        decision: 'approved',
        decisionRef: 'CTC/2026/20',
        decidedOn: TODAY,
      },
      users.ctc,
    );
    const diff = t.value('plan.diff', { year: YEAR, from: 1, to: 2 });
    expect(diff.reasons.map((r) => [r.iso3, r.consentRefusal?.reply])).toEqual([
      [first!.iso3, 'declined'],
      [substitution!.iso3, 'declined'],
    ]);
    const csv = (await t.valueLater('exports.diff', { year: YEAR, from: 1, to: 2, format: 'csv' }))
      .content;
    expect(csv).toContain(`${first!.stateName} declined consent on 2026-11-20`);
    const next = t.value('consent.requestFromList', { year: YEAR, sentOn: TODAY }, users.planner);
    expect(next.created.map((c) => c.iso3)).toEqual([substitution!.iso3]);
    expect(next.skipped).toHaveLength(4);
  });

  it('refuses a consent request that gives no reason for the change', () => {
    adoptList();
    const [first, second] = t.value(
      'consent.requestFromList',
      { year: YEAR, sentOn: '2026-11-02' },
      users.planner,
    ).created;
    const amend = {
      year: YEAR,
      action: 'substitute',
      iso3: first!.iso3,
      rationale: 'The State declined; the reserve takes its place.',
      consentRequestId: first!.id,
    };
    const pending = expectRefused('plan.proposeAmendment', amend, 'VALIDATION');
    expect(pending?.message).toMatch(/has not been declined or withdrawn/);
    t.value(
      'consent.reply',
      { id: first!.id, reply: 'declined', receivedOn: TODAY },
      users.planner,
    );
    expectRefused('plan.proposeAmendment', { ...amend, iso3: second!.iso3 }, 'VALIDATION');
    expectRefused(
      'plan.proposeAmendment',
      { ...amend, action: 'changeKind', kind: 'focused' },
      'VALIDATION',
    );
    expectRefused('plan.proposeAmendment', { ...amend, consentRequestId: 'nope' }, 'VALIDATION');
    expect(t.value('plan.proposeAmendment', amend, users.planner).consentRequestId).toBe(first!.id);
  });
});

describe('withdrawals', () => {
  it('withdraws a granted consent with its reason, and offers a substitution for a listed State', () => {
    adoptList();
    const [c] = t.value(
      'consent.requestFromList',
      { year: YEAR, sentOn: '2026-11-02' },
      users.planner,
    ).created;
    t.value(
      'consent.reply',
      { id: c!.id, reply: 'granted', receivedOn: '2026-11-10' },
      users.planner,
    );
    const { request, substitution } = t.value(
      'consent.withdraw',
      { id: c!.id, on: '2026-11-25', reason: 'The State withdrew its consent after elections.' },
      users.planner,
    );
    expect(request).toMatchObject({
      reply: 'withdrawn',
      withdrawnOn: '2026-11-25',
      withdrawalReason: 'The State withdrew its consent after elections.',
    });
    expect(request.steps.at(-1)).toMatchObject({ kind: 'withdrawal', on: '2026-11-25' });
    expect(substitution).not.toBeNull();
  });

  it('refuses to withdraw twice, after a decline, after a visit under it, and with dates out of order', () => {
    const c = requestOutside('FIN', 'NV/1', '2026-08-01');
    const withdraw = { id: c.id, on: '2026-10-01', reason: 'No longer needed' };
    expectRefused('consent.withdraw', { ...withdraw, reason: 'no' }, 'VALIDATION');
    expectRefused('consent.withdraw', { ...withdraw, on: '2026-07-01' }, 'VALIDATION');
    expectRefused('consent.withdraw', { ...withdraw, on: '2026-12-24' }, 'VALIDATION');
    t.value('consent.withdraw', withdraw, users.planner);
    expectRefused('consent.withdraw', withdraw, 'INVALID_TRANSITION');
    expectRefused(
      'consent.reply',
      { id: c.id, reply: 'granted', receivedOn: TODAY },
      'INVALID_TRANSITION',
    );

    const peru = requestOutside('PER', 'NV/2', '2026-08-01');
    t.value(
      'consent.reply',
      { id: peru.id, reply: 'declined', receivedOn: '2026-09-01' },
      users.planner,
    );
    expectRefused('consent.withdraw', { ...withdraw, id: peru.id }, 'INVALID_TRANSITION');

    const jordan = requestOutside('JOR', 'NV/3', '2026-05-01');
    t.value(
      'consent.reply',
      { id: jordan.id, reply: 'granted', receivedOn: '2026-06-01' },
      users.planner,
    );
    t.value(
      'visits.create',
      {
        iso3: 'JOR',
        kind: 'focused',
        mode: 'in_person',
        status: 'conducted',
        startDate: '2026-09-07',
        endDate: '2026-09-10',
        consentRequestId: jordan.id,
      },
      users.planner,
    );
    const used = expectRefused(
      'consent.withdraw',
      { ...withdraw, id: jordan.id },
      'INVALID_TRANSITION',
    );
    expect(used?.message).toMatch(/A visit was conducted under this consent \(from 2026-09-07\)/);
  });
});

describe('the year’s overview', () => {
  it('shows every State of the adopted list with where its request stands, and requests outside the list', () => {
    const list = adoptList();
    const before = t.value('consent.overview', { year: YEAR });
    expect(before.list).toMatchObject({ status: 'adopted', version: 1, decidedOn: '2026-10-15' });
    expect(before.rows.map((r) => [r.iso3, r.standing, r.onList])).toEqual(
      selected(list).map((iso3) => [iso3, 'not_requested', true]),
    );
    expect(before.counts.not_requested).toBe(5);
    const batch = t.value(
      'consent.requestFromList',
      { year: YEAR, sentOn: '2026-11-02' },
      users.planner,
    );
    t.value(
      'consent.reply',
      { id: batch.created[1]!.id, reply: 'granted', receivedOn: '2026-11-12' },
      users.planner,
    );
    requestOutside('FIN', 'NV/FIN');
    const after = t.value('consent.overview', { year: YEAR });
    expect(after.counts).toMatchObject({ not_requested: 0, pending: 5, granted: 1 });
    const finland = after.rows.find((r) => r.iso3 === 'FIN')!;
    expect(finland).toMatchObject({ onList: false, standing: 'pending', rank: null });
    expect(after.rows.find((r) => r.iso3 === batch.created[1]!.iso3)!.request?.reply).toBe(
      'granted',
    );
    expect(t.value('consent.overview', { year: 2030 })).toMatchObject({ list: null, rows: [] });
  });
});

describe('settings', () => {
  it('lets an administrator change when a request is overdue and when reminders are due', () => {
    const c = requestOutside('FIN', 'NV/1', '2026-10-15');
    expect(t.value('settings.get', {})).toMatchObject({
      consentReplyAlertDays: 60,
      consentReminderDays: 30,
      op16Start: '2021-12-30',
      alertFarDays: 90,
      alertNearDays: 30,
    });
    expect(t.value('consent.list', {})[0]).toMatchObject({ daysWaiting: 45, overdueReply: false });
    expectRefused('settings.update', { consentReplyAlertDays: 40 }, 'FORBIDDEN', users.planner);
    expectRefused('settings.update', { consentReplyAlertDays: 0 }, 'VALIDATION', null);
    expectRefused('settings.update', { consentReminderDays: 2.5 }, 'VALIDATION', null);
    expectRefused('settings.update', { colour: 'red' }, 'VALIDATION', null);
    expectRefused('settings.update', { alertNearDays: 90 }, 'VALIDATION', null);
    expectRefused('settings.update', { alertFarDays: 20 }, 'VALIDATION', null);
    const changed = t.value('settings.update', {
      consentReplyAlertDays: 40,
      consentReminderDays: 14,
    });
    expect(changed).toMatchObject({ consentReplyAlertDays: 40, consentReminderDays: 14 });
    expect(t.value('consent.list', { iso3: 'FIN' })[0]).toMatchObject({
      id: c.id,
      overdueReply: true,
      nextReminderDue: '2026-10-29',
      reminderDue: true,
    });
    const history = t.value('audit.history', { table: 'settings', id: 'workspace' });
    expect(history.map((h) => [h.column, h.newValue])).toEqual(
      expect.arrayContaining([
        ['consent_reply_alert_days', '40'],
        ['consent_reminder_days', '14'],
      ]),
    );
    expect(t.value('settings.update', { consentReplyAlertDays: 50 }).consentReminderDays).toBe(14);
  });
});
