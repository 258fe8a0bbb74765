// Visits through their life on a real SQLite workspace: recorded, scheduled against the State's
// consent, conducted, postponed and rescheduled, cancelled; every refused call leaves the
// workspace exactly as it was.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createTestWorkspace,
  expectRefused as refusedCall,
  grantConsent,
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

const conducted = {
  iso3: 'KEN',
  kind: 'comprehensive',
  mode: 'in_person',
  status: 'conducted',
  startDate: '2024-02-05',
  endDate: '2024-02-09',
  team: ['A. Rahman'],
} as const;

const planned = { iso3: 'PER', kind: 'focused', mode: 'in_person' } as const;

/** A refused call (as a planner unless another user is named) that changed nothing. */
const expectRefused = (method: string, input: unknown, code: string, user?: string) =>
  refusedCall(t, method, input, code, user ?? users.planner);

const consentFor = (iso3: string, options: Parameters<typeof grantConsent>[3] = {}) =>
  grantConsent(t, iso3, users.planner, options);

describe('recording a visit', () => {
  it('records a conducted visit with its consent, lists it by State and year, and logs every column with its author', () => {
    const consentRequestId = consentFor('KEN');
    const v = t.value('visits.create', { ...conducted, consentRequestId }, users.planner);
    expect(v).toMatchObject({
      iso3: 'KEN',
      status: 'conducted',
      team: ['A. Rahman'],
      confidential: false,
      consentRequestId,
      statusOn: TODAY,
      steps: [{ from: null, to: 'conducted', on: TODAY, reason: null }],
      reportId: null,
    });
    const advocacy = t.value(
      'visits.create',
      { ...conducted, iso3: 'PER', kind: 'advocacy', confidential: true },
      users.planner,
    );
    expect(advocacy.confidential).toBe(true);
    expect(t.value('visits.list', { iso3: 'KEN' })).toHaveLength(1);
    expect(t.value('visits.list', { year: 2024 })).toHaveLength(2);
    expect(t.value('visits.list', { year: 2023 })).toHaveLength(0);
    const history = t.value('audit.history', { table: 'visits', id: v.id });
    expect(history.map((h) => h.column)).toEqual(
      expect.arrayContaining(['iso3', 'kind', 'mode', 'status', 'start_date', 'end_date']),
    );
    expect(history.every((h) => h.authorName === 'Paula Planner' && h.oldValue === null)).toBe(
      true,
    );
  });

  it('records a hybrid visit whose virtual and physical parts lie within its dates', () => {
    const v = t.value(
      'visits.create',
      {
        iso3: 'JOR',
        kind: 'focused',
        mode: 'hybrid',
        status: 'conducted',
        startDate: '2023-03-01',
        endDate: '2023-04-20',
        virtualStart: '2023-03-01',
        virtualEnd: '2023-03-03',
        physicalStart: '2023-04-17',
        physicalEnd: '2023-04-20',
        consentRequestId: consentFor('JOR', { sentOn: '2022-11-01', year: 2023 }),
      },
      users.planner,
    );
    expect(v).toMatchObject({
      mode: 'hybrid',
      virtualEnd: '2023-03-03',
      physicalStart: '2023-04-17',
    });
  });

  it.each([
    ['malformed: no kind', { iso3: 'KEN', mode: 'in_person' }],
    ['malformed: a number for the State', { ...conducted, kind: 'advocacy', iso3: 404 }],
    ['malformed: an unknown field', { ...conducted, kind: 'advocacy', colour: 'blue' }],
    [
      'out of range: not a calendar date',
      { ...conducted, kind: 'advocacy', startDate: '2024-02-30' },
    ],
    [
      'out of range: ends before it starts',
      { ...conducted, kind: 'advocacy', endDate: '2024-02-01' },
    ],
    ['out of range: an unknown kind', { ...conducted, kind: 'holiday' }],
    [
      'out of range: a team of 51',
      { ...conducted, kind: 'advocacy', team: Array.from({ length: 51 }, (_, i) => `P${i}`) },
    ],
    ['malformed: confidential as text', { ...conducted, kind: 'advocacy', confidential: 'yes' }],
    ['wrong state: not a Member State', { ...conducted, kind: 'advocacy', iso3: 'VAT' }],
    [
      'wrong state: conducted in the future',
      { ...conducted, kind: 'advocacy', startDate: '2027-01-10', endDate: '2027-01-12' },
    ],
    ['wrong state: hybrid without its parts', { ...conducted, kind: 'advocacy', mode: 'hybrid' }],
    [
      'wrong state: a hybrid part outside the visit',
      {
        ...conducted,
        kind: 'advocacy',
        mode: 'hybrid',
        virtualStart: '2024-01-20',
        virtualEnd: '2024-01-22',
        physicalStart: '2024-02-06',
        physicalEnd: '2024-02-09',
      },
    ],
    [
      'wrong state: a consent request that does not exist',
      { ...conducted, consentRequestId: 'nope' },
    ],
  ])('visits.create refuses %s with VALIDATION, changing nothing', (_label, input) => {
    const error = expectRefused('visits.create', input, 'VALIDATION');
    expect(error?.details).toBeDefined();
  });

  it('refuses a consent request of another State', () => {
    const peru = consentFor('PER');
    const error = expectRefused(
      'visits.create',
      { ...conducted, consentRequestId: peru },
      'VALIDATION',
    );
    expect(error?.message).toMatch(/another State/);
  });

  it('refuses a conducted assessment visit without the State’s granted consent, naming what is missing', () => {
    const error = expectRefused('visits.create', conducted, 'INVALID_TRANSITION');
    expect(error?.message).toMatch(/needs the State’s granted consent.*none has been granted yet/);
    const pending = t.value(
      'consent.create',
      { iso3: 'KEN', year: 2024, sentOn: '2023-06-01', noteVerbaleRef: 'NV/1' },
      users.planner,
    );
    const notYet = expectRefused(
      'visits.create',
      { ...conducted, consentRequestId: pending.id },
      'INVALID_TRANSITION',
    );
    expect(notYet?.message).toMatch(
      /was requested on 2023-06-01 \(NV\/1\) and still awaiting a reply: a visit is conducted only with a granted consent/,
    );
  });

  it('asks for confirmation before recording a second visit to a State on overlapping dates', () => {
    const first = t.value('visits.create', { ...conducted, kind: 'advocacy' }, users.planner);
    const overlapping = {
      ...conducted,
      kind: 'advocacy',
      startDate: '2024-02-08',
      endDate: '2024-02-10',
    };
    const error = expectRefused('visits.create', overlapping, 'CONFLICT');
    expect(error?.message).toMatch(
      /already has an? .*visit .* from 2024-02-05 to 2024-02-09\. Confirm/,
    );
    expect(error?.details).toEqual({ overlapping: [first.id] });
    const second = t.value(
      'visits.create',
      { ...overlapping, confirmOverlap: true },
      users.planner,
    );
    expect(second.id).not.toBe(first.id);
    // Visits on other dates, or of another State, need no confirmation.
    t.value(
      'visits.create',
      { ...overlapping, startDate: '2024-03-01', endDate: '2024-03-02' },
      users.planner,
    );
    t.value('visits.create', { ...overlapping, iso3: 'PER' }, users.planner);
  });

  it('lets only planners and admins record and move visits', () => {
    expectRefused('visits.create', planned, 'FORBIDDEN', users.ctc);
    expectRefused('visits.create', planned, 'FORBIDDEN', users.field);
    const v = t.value('visits.create', planned, users.planner);
    expectRefused('visits.update', { id: v.id, notes: 'x' }, 'FORBIDDEN', users.ctc);
    expectRefused(
      'visits.transition',
      { id: v.id, to: 'cancelled', on: TODAY, reason: 'No longer needed' },
      'FORBIDDEN',
      users.field,
    );
    expect(t.api.call('visits.list', {}, { user: users.field }).ok).toBe(true);
  });
});

describe('moving a visit through its life', () => {
  it('goes planned → scheduled (with its dates, against the granted consent) → conducted, keeping every step', () => {
    const consentRequestId = consentFor('PER', {
      sentOn: '2026-01-10',
      grantedOn: '2026-02-01',
      proposedFrom: '2026-03-01',
      proposedTo: '2026-03-31',
    });
    const inFebruary = t.on('2026-02-08');
    const v = inFebruary.value('visits.create', planned, users.planner);
    expect(v.status).toBe('planned');
    const scheduled = t.on('2026-02-10').value(
      'visits.transition',
      {
        id: v.id,
        to: 'scheduled',
        on: '2026-02-10',
        startDate: '2026-03-02',
        endDate: '2026-03-05',
        consentRequestId,
      },
      users.planner,
    );
    expect(scheduled).toMatchObject({
      status: 'scheduled',
      statusOn: '2026-02-10',
      consentRequestId,
    });
    const done = t.value(
      'visits.transition',
      { id: v.id, to: 'conducted', on: '2026-03-06' },
      users.planner,
    );
    expect(done.status).toBe('conducted');
    expect(done.steps.map((s) => [s.from, s.to, s.on])).toEqual([
      [null, 'planned', '2026-02-08'],
      ['planned', 'scheduled', '2026-02-10'],
      ['scheduled', 'conducted', '2026-03-06'],
    ]);
    const statusChanges = t
      .value('audit.history', { table: 'visits', id: v.id })
      .filter((h) => h.column === 'status');
    expect(statusChanges.map((h) => [h.oldValue, h.newValue])).toEqual([
      ['scheduled', 'conducted'],
      ['planned', 'scheduled'],
      [null, 'planned'],
    ]);
    const events = t.ws.db
      .prepare('SELECT kind, actor_id FROM events WHERE subject_id = ? ORDER BY rowid')
      .all(v.id);
    expect(events).toEqual([
      { kind: 'visit.created', actor_id: users.planner },
      { kind: 'visit.status_changed', actor_id: users.planner },
      { kind: 'visit.status_changed', actor_id: users.planner },
    ]);
  });

  it('schedules an assessment visit only against a granted consent, within the dates the State proposed', () => {
    const v = t.value('visits.create', planned, users.planner);
    const schedule = {
      id: v.id,
      to: 'scheduled',
      on: TODAY,
      startDate: '2026-12-07',
      endDate: '2026-12-10',
    };
    const missing = expectRefused('visits.transition', schedule, 'INVALID_TRANSITION');
    expect(missing?.message).toMatch(/needs the State’s granted consent/);
    expect(missing?.details).toEqual([
      { field: 'consentRequestId', message: expect.stringMatching(/granted consent/) },
    ]);
    const deferred = t.value(
      'consent.create',
      { iso3: 'PER', year: 2026, sentOn: '2026-09-01', noteVerbaleRef: 'NV/PER/1' },
      users.planner,
    );
    t.value(
      'consent.reply',
      { id: deferred.id, reply: 'deferred', receivedOn: '2026-10-01' },
      users.planner,
    );
    expectRefused(
      'visits.transition',
      { ...schedule, consentRequestId: deferred.id },
      'INVALID_TRANSITION',
    );
    t.value(
      'consent.reply',
      {
        id: deferred.id,
        reply: 'granted',
        receivedOn: '2026-11-02',
        proposedFrom: '2026-12-01',
        proposedTo: '2026-12-09',
      },
      users.planner,
    );
    const outside = expectRefused(
      'visits.transition',
      { ...schedule, consentRequestId: deferred.id },
      'INVALID_TRANSITION',
    );
    expect(outside?.message).toMatch(
      /outside the window the State agreed to \(2026-12-01 to 2026-12-09\)/,
    );
    const ok = t.value(
      'visits.transition',
      { ...schedule, endDate: '2026-12-09', consentRequestId: deferred.id },
      users.planner,
    );
    expect(ok.status).toBe('scheduled');
    // Moving the dates of a scheduled visit keeps it within the window.
    expectRefused('visits.update', { id: v.id, endDate: '2026-12-12' }, 'INVALID_TRANSITION');
  });

  it('schedules an advocacy visit without consent', () => {
    const v = t.value('visits.create', { ...planned, kind: 'advocacy' }, users.planner);
    const scheduled = t.value(
      'visits.transition',
      { id: v.id, to: 'scheduled', on: TODAY, startDate: '2027-02-01', endDate: '2027-02-02' },
      users.planner,
    );
    expect(scheduled.status).toBe('scheduled');
  });

  it('postpones with a reason, then schedules again on new dates', () => {
    const consentRequestId = consentFor('PER', { sentOn: '2026-05-01', grantedOn: '2026-06-01' });
    const v = t.value(
      'visits.create',
      {
        ...planned,
        status: 'scheduled',
        startDate: '2026-12-07',
        endDate: '2026-12-10',
        consentRequestId,
      },
      users.planner,
    );
    expectRefused('visits.transition', { id: v.id, to: 'postponed', on: TODAY }, 'VALIDATION');
    const postponed = t.value(
      'visits.transition',
      { id: v.id, to: 'postponed', on: TODAY, reason: 'Elections in the State' },
      users.planner,
    );
    expect(postponed).toMatchObject({
      status: 'postponed',
      statusReason: 'Elections in the State',
    });
    const again = t.value(
      'visits.transition',
      { id: v.id, to: 'scheduled', on: TODAY, startDate: '2027-03-01', endDate: '2027-03-04' },
      users.planner,
    );
    expect(again).toMatchObject({ status: 'scheduled', startDate: '2027-03-01' });
    expect(again.steps.map((s) => s.to)).toEqual(['scheduled', 'postponed', 'scheduled']);
  });

  it('refuses wrong moves with INVALID_TRANSITION, and bad dates with VALIDATION, changing nothing', () => {
    const v = t.value('visits.create', planned, users.planner);
    const consentRequestId = consentFor('PER');
    expectRefused(
      'visits.transition',
      {
        id: v.id,
        to: 'conducted',
        on: TODAY,
        startDate: '2026-01-01',
        endDate: '2026-01-02',
        consentRequestId,
      },
      'INVALID_TRANSITION',
    );
    expectRefused(
      'visits.transition',
      { id: v.id, to: 'planned', on: TODAY },
      'INVALID_TRANSITION',
    );
    expectRefused('visits.transition', { id: v.id, to: 'scheduled', on: TODAY }, 'VALIDATION');
    expectRefused(
      'visits.transition',
      { id: v.id, to: 'cancelled', on: '2026-12-25', reason: 'Too late' },
      'VALIDATION',
    );
    expectRefused(
      'visits.transition',
      { id: 'missing', to: 'cancelled', on: TODAY, reason: 'x' },
      'NOT_FOUND',
    );
    expectRefused('visits.transition', { id: v.id, to: 'finished', on: TODAY }, 'VALIDATION');
    const done = t.value(
      'visits.create',
      { ...conducted, iso3: 'PER', consentRequestId },
      users.planner,
    );
    expectRefused(
      'visits.transition',
      { id: done.id, to: 'cancelled', on: TODAY, reason: 'Changed our minds' },
      'INVALID_TRANSITION',
    );
    const scheduled = t.value(
      'visits.transition',
      {
        id: v.id,
        to: 'scheduled',
        on: TODAY,
        startDate: '2026-12-14',
        endDate: '2026-12-16',
        consentRequestId,
      },
      users.planner,
    );
    const future = expectRefused(
      'visits.transition',
      { id: scheduled.id, to: 'conducted', on: TODAY },
      'VALIDATION',
    );
    expect(future?.message).toMatch(/cannot be recorded as conducted before then/);
  });

  it('keeps the kind of a visit once it has its assessment report', () => {
    const v = t.value(
      'visits.create',
      { ...conducted, consentRequestId: consentFor('KEN') },
      users.planner,
    );
    t.value('visits.update', { id: v.id, kind: 'focused' }, users.planner);
    t.seed((w) => void w.insert('assessment_reports', { visit_id: v.id, status: 'drafting' }));
    const error = expectRefused('visits.update', { id: v.id, kind: 'follow_up' }, 'VALIDATION');
    expect(error?.message).toMatch(
      /already has its assessment report, so it stays a focused visit/,
    );
    expect(
      t.value('visits.update', { id: v.id, notes: 'Kind unchanged' }, users.planner).kind,
    ).toBe('focused');
  });

  it('refuses bad updates: unknown visit, malformed and out-of-range fields, a status change', () => {
    const done = t.value(
      'visits.create',
      { ...conducted, consentRequestId: consentFor('KEN') },
      users.planner,
    );
    expectRefused('visits.update', { id: 'missing', notes: 'x' }, 'NOT_FOUND');
    expectRefused('visits.update', { notes: 'no id' }, 'VALIDATION');
    expectRefused('visits.update', { id: done.id, mode: 'by pigeon' }, 'VALIDATION');
    expectRefused('visits.update', { id: done.id, endDate: '2024-01-01' }, 'VALIDATION');
    expectRefused('visits.update', { id: done.id, endDate: null }, 'VALIDATION');
    expectRefused('visits.update', { id: done.id, notes: 'x'.repeat(4001) }, 'VALIDATION');
    expectRefused('visits.update', { id: done.id, status: 'cancelled' }, 'VALIDATION');
  });

  it('leaves no trace when a valid-looking update changes nothing', () => {
    const v = t.value('visits.create', planned, users.planner);
    const before = t.ws.db.prepare('SELECT COUNT(*) AS n FROM change_log').get();
    t.value('visits.update', { id: v.id, notes: null }, users.planner);
    expect(t.ws.db.prepare('SELECT COUNT(*) AS n FROM change_log').get()).toEqual(before);
  });
});

describe('confidentiality (OP 19)', () => {
  it('inherits the State’s request from its consent, through postponement and when the visit is made again', async () => {
    const consentRequestId = consentFor('PER', {
      sentOn: '2026-05-01',
      grantedOn: '2026-06-01',
      confidential: true,
      year: 2026,
    });
    const v = t.value(
      'visits.create',
      {
        ...planned,
        status: 'scheduled',
        startDate: '2026-12-07',
        endDate: '2026-12-10',
        consentRequestId,
      },
      users.planner,
    );
    expect(v).toMatchObject({ confidential: true, confidentialByConsent: true });
    const error = expectRefused('visits.update', { id: v.id, confidential: false }, 'VALIDATION');
    expect(error?.message).toMatch(/asked for confidentiality in its consent \(2026-06-01\)/);
    t.value(
      'visits.transition',
      { id: v.id, to: 'cancelled', on: TODAY, reason: 'Dates fell through' },
      users.planner,
    );
    const remade = t.value(
      'visits.create',
      {
        ...planned,
        status: 'scheduled',
        startDate: '2026-12-14',
        endDate: '2026-12-16',
        consentRequestId,
      },
      users.planner,
    );
    expect(remade.confidential).toBe(true);
    const schedule = t.value('schedule.get', { year: 2026 });
    expect(schedule.map((s) => [s.visitId, s.confidential])).toEqual([[remade.id, true]]);
    const published = await t.valueLater('exports.schedule', {
      year: 2026,
      precision: 'dates',
      format: 'csv',
    });
    expect(published.content).not.toMatch(/Peru/);
  });

  it('keeps a visit made again from the same consent confidential when only the first visit was marked', () => {
    const consentRequestId = consentFor('PER', {
      sentOn: '2026-05-01',
      grantedOn: '2026-06-01',
      year: 2026,
    });
    const first = t.value(
      'visits.create',
      { ...planned, consentRequestId, confidential: true },
      users.planner,
    );
    t.value(
      'visits.transition',
      { id: first.id, to: 'postponed', on: TODAY, reason: 'The State asked' },
      users.planner,
    );
    const again = t.value(
      'visits.create',
      {
        ...planned,
        status: 'scheduled',
        startDate: '2027-01-11',
        endDate: '2027-01-14',
        consentRequestId,
      },
      users.planner,
    );
    expect(again.confidential).toBe(true);
    expect(t.value('schedule.get', { year: 2027 }).every((s) => s.confidential)).toBe(true);
  });
});
