import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MethodName, MethodOutput } from '../../shared/api/contract';
import { DEFAULT_PARAMS, DEFAULT_WEIGHTS } from '../../shared/domain/scoring';
import {
  copyOfDemo,
  createTestWorkspace,
  demoTemplate,
  snapshot,
  TODAY,
  userWithRole,
  type TestWorkspace,
} from './helpers';

const YEAR = 2028;
let template: string;
let t: TestWorkspace;
let planner: string;
let ctc: string;
let field: string;

beforeAll(() => {
  template = demoTemplate();
});

beforeEach(() => {
  t = copyOfDemo(template);
  planner = userWithRole(t, 'planner');
  ctc = userWithRole(t, 'ctc_member');
  field = userWithRole(t, 'field');
});
afterEach(() => t.close());

const ok = <M extends MethodName>(
  method: M,
  input: unknown,
  user: string = planner,
): MethodOutput<M> => t.value(method, input, user);

function refused(method: string, input: unknown, code: string, user: string = planner) {
  const before = snapshot(t.ws);
  const r = t.api.call(method, input, { user });
  expect(r.ok, JSON.stringify(r)).toBe(false);
  if (!r.ok) expect(r.error.code).toBe(code);
  expect(snapshot(t.ws)).toBe(before);
  return r.ok ? null : r.error;
}

function adoptDraft(capacity = 10) {
  ok('plan.saveDraft', { year: YEAR, capacity, reserveSize: 5 });
  ok('plan.propose', { year: YEAR });
  return ok('plan.adopt', { year: YEAR, decisionRef: 'CTC/2026/12', decidedOn: TODAY }, ctc);
}

describe('plan.build', () => {
  it('ranks all 193 States with an explained score that adds up, deterministically', () => {
    const result = ok('plan.build', { year: YEAR, capacity: 10 });
    expect(result.methodology).toMatchObject({ name: 'CTED default', version: 1 });
    expect(result.asOf).toBe(TODAY);
    expect(result.entries).toHaveLength(193);
    expect(result.entries.filter((e) => e.selected)).toHaveLength(10);
    expect(result.entries.filter((e) => e.reserve)).toHaveLength(5);
    for (const e of result.entries) {
      expect(e.breakdown.map((b) => b.factor)).toHaveLength(8);
      expect(Math.abs(e.breakdown.reduce((s, b) => s + b.points, 0) - e.score)).toBeLessThan(1e-9);
    }
    const scores = result.entries.map((e) => e.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(ok('plan.build', { year: YEAR, capacity: 10 })).toEqual(result);
    const neverVisited = result.entries.find(
      (e) => e.breakdown.find((b) => b.factor === 'never_visited')!.normalized === 1,
    )!;
    expect(neverVisited.proposedKind).toBe('comprehensive');
    expect(neverVisited.breakdown.find((b) => b.factor === 'implementation_gaps')!.imputed).toBe(
      true,
    );
  });

  it('re-ranks with other weights and honours constraints', () => {
    const onlyRequests = {
      ...Object.fromEntries(Object.keys(DEFAULT_WEIGHTS).map((k) => [k, 0])),
      prior_request: 10,
    };
    const byRequest = ok('plan.build', { year: YEAR, capacity: 5, weights: onlyRequests });
    const withRequest = ok('plan.inputs', { year: YEAR })
      .states.filter((s) => s.openRequest)
      .map((s) => s.iso3);
    expect(withRequest.length).toBeGreaterThan(0);
    expect(
      byRequest.entries
        .slice(0, withRequest.length)
        .map((e) => e.iso3)
        .sort(),
    ).toEqual([...withRequest].sort());

    const top = ok('plan.build', { year: YEAR, capacity: 5 }).entries[0]!.iso3;
    const constrained = ok('plan.build', {
      year: YEAR,
      capacity: 5,
      constraints: { exclude: [top], mustInclude: ['TUV'], regionMax: { Africa: 1 } },
    });
    const selected = constrained.entries.filter((e) => e.selected);
    expect(selected.map((e) => e.iso3)).toContain('TUV');
    expect(selected.map((e) => e.iso3)).not.toContain(top);
    expect(selected.filter((e) => e.region === 'Africa').length).toBeLessThanOrEqual(1);
  });

  it('refuses malformed or out-of-range requests', () => {
    refused('plan.build', { year: YEAR }, 'VALIDATION');
    refused('plan.build', { year: 1999, capacity: 5 }, 'VALIDATION');
    refused('plan.build', { year: YEAR, capacity: 0 }, 'VALIDATION');
    refused(
      'plan.build',
      { year: YEAR, capacity: 5, weights: { ...DEFAULT_WEIGHTS, signals: -1 } },
      'VALIDATION',
    );
    refused('plan.build', { year: YEAR, capacity: 5, methodologyId: 'nope' }, 'NOT_FOUND');
  });
});

describe('the list lifecycle', () => {
  it('goes draft → proposed → adopted (version 1, methodology locked), with events and actors', () => {
    const draft = ok('plan.saveDraft', { year: YEAR, capacity: 10, reserveSize: 4 });
    expect(draft).toMatchObject({ status: 'draft', currentVersion: 0, capacity: 10 });
    expect(draft.entries.filter((e) => e.selection === 'selected')).toHaveLength(10);
    expect(draft.entries.filter((e) => e.selection === 'reserve')).toHaveLength(4);
    expect(ok('plan.propose', { year: YEAR }).status).toBe('proposed');
    const adopted = ok(
      'plan.adopt',
      { year: YEAR, decisionRef: 'CTC/2026/12', decidedOn: TODAY },
      ctc,
    );
    expect(adopted).toMatchObject({
      status: 'adopted',
      currentVersion: 1,
      decisionRef: 'CTC/2026/12',
    });
    expect(ok('methodologies.list', {}).find((m) => m.isDefault)!.locked).toBe(true);
    expect(ok('plan.versions', { year: YEAR })).toEqual(
      [
        {
          version: 1,
          decidedOn: TODAY,
          decisionRef: 'CTC/2026/12',
          states: adopted.entries
            .filter((e) => e.selection === 'selected')
            .map((e) => e.iso3)
            .sort(),
        },
      ].map((v) => ({ ...v, states: expect.arrayContaining(v.states) })),
    );
    const events = t.ws.db
      .prepare(
        "SELECT kind, actor_id AS actor FROM events WHERE kind LIKE 'list.%' AND subject_id = ? ORDER BY rowid",
      )
      .all(adopted.id);
    expect(events).toEqual([
      { kind: 'list.draft_created', actor: planner },
      { kind: 'list.proposed', actor: planner },
      { kind: 'list.adopted', actor: ctc },
    ]);
  });

  it('keeps why a State was forced in or left out with the saved draft: the planners’ choice, or a CTC instruction with its reference', async () => {
    const constraints = { mustInclude: ['TUV'], exclude: ['KEN'] };
    const own = ok('plan.saveDraft', { year: YEAR, capacity: 10, constraints });
    expect(own.entries.find((e) => e.iso3 === 'TUV')).toMatchObject({
      selection: 'selected',
      origin: 'planner_choice',
      selectionNote: 'Included by the planners’ choice.',
    });
    expect(own.entries.find((e) => e.iso3 === 'KEN')).toMatchObject({
      selection: 'none',
      origin: 'planner_choice',
      selectionNote: 'Left out by the planners’ choice.',
    });
    expect(own.entries.filter((e) => e.origin !== 'model').map((e) => e.iso3)).toEqual(
      expect.arrayContaining(['TUV', 'KEN']),
    );
    expect(own.entries.filter((e) => e.origin !== 'model')).toHaveLength(2);

    const instructed = ok('plan.saveDraft', {
      year: YEAR,
      capacity: 10,
      constraints: { ...constraints, instructionRef: 'CTC/2026/3' },
    });
    expect(instructed.constraints.instructionRef).toBe('CTC/2026/3');
    expect(instructed.entries.find((e) => e.iso3 === 'TUV')).toMatchObject({
      origin: 'ctc_instruction',
      selectionNote: 'Included by CTC instruction (CTC/2026/3).',
    });
    expect(instructed.entries.find((e) => e.iso3 === 'KEN')).toMatchObject({
      origin: 'ctc_instruction',
      selectionNote: 'Excluded by CTC instruction (CTC/2026/3).',
    });

    // The exported list says it in words too, with the reference.
    const csv = (await t.valueLater('exports.list', { year: YEAR, format: 'csv' }, planner))
      .content;
    expect(csv).toContain('CTC instruction: Included by CTC instruction (CTC/2026/3).');
    expect(csv).toContain('Risk model');
    expect(csv).not.toMatch(/,(model|ctc_instruction|planner_choice),/);

    refused(
      'plan.saveDraft',
      { year: YEAR, capacity: 10, constraints: { ...constraints, instructionRef: '  ' } },
      'VALIDATION',
    );
    refused(
      'plan.saveDraft',
      {
        year: YEAR,
        capacity: 10,
        constraints: { ...constraints, instructionRef: 'x'.repeat(201) },
      },
      'VALIDATION',
    );
  });

  it('locks the methodology from the proposal on, and records the day of the proposal', () => {
    const fresh = ok('methodologies.clone', {
      id: ok('methodologies.list', {})[0]!.id,
      name: 'For 2028',
    });
    const draft = ok('plan.saveDraft', { year: YEAR, capacity: 10, methodologyId: fresh.id });
    expect(draft.proposedOn).toBeNull();
    const methodology = () => ok('methodologies.list', {}).find((m) => m.id === fresh.id)!;
    expect(methodology().locked).toBe(false);
    expect(ok('plan.propose', { year: YEAR }).proposedOn).toBe(TODAY);
    expect(methodology().locked).toBe(true);
    const error = refused(
      'methodologies.update',
      { id: fresh.id, weights: { ...DEFAULT_WEIGHTS, signals: 40 } },
      'CONFLICT',
    );
    expect(error!.message).toBe(
      '"For 2028" (version 1) is used by a proposed or adopted list and can no longer change. Clone it to make a new one.',
    );
    // A copy can still be made and changed.
    const copy = ok('methodologies.clone', { id: fresh.id, name: 'For 2028, revised' });
    expect(
      ok('methodologies.update', { id: copy.id, weights: { ...DEFAULT_WEIGHTS, signals: 40 } })
        .version,
    ).toBe(2);
  });

  it('refuses every wrong transition, changing nothing', () => {
    refused('plan.propose', { year: YEAR }, 'NOT_FOUND');
    refused(
      'plan.proposeAmendment',
      { year: YEAR, action: 'remove', iso3: 'KEN', rationale: 'Not possible this year.' },
      'NOT_FOUND',
    );
    ok('plan.saveDraft', { year: YEAR, capacity: 10 });
    refused(
      'plan.adopt',
      { year: YEAR, decisionRef: 'X/1', decidedOn: '2026-11-20' },
      'INVALID_TRANSITION',
      ctc,
    );
    refused(
      'plan.proposeAmendment',
      { year: YEAR, action: 'remove', iso3: 'KEN', rationale: 'Not possible this year.' },
      'INVALID_TRANSITION',
    );
    ok('plan.propose', { year: YEAR });
    refused('plan.propose', { year: YEAR }, 'INVALID_TRANSITION');
    refused('plan.saveDraft', { year: YEAR, capacity: 8 }, 'INVALID_TRANSITION');
    ok('plan.adopt', { year: YEAR, decisionRef: 'X/1', decidedOn: TODAY }, ctc);
    refused(
      'plan.adopt',
      { year: YEAR, decisionRef: 'X/2', decidedOn: '2026-11-21' },
      'INVALID_TRANSITION',
      ctc,
    );
    refused('plan.saveDraft', { year: YEAR, capacity: 8 }, 'INVALID_TRANSITION');
    const methodology = ok('methodologies.list', {})[0]!;
    refused(
      'methodologies.update',
      { id: methodology.id, weights: { ...DEFAULT_WEIGHTS, signals: 40 } },
      'CONFLICT',
    );
  });

  it('refuses an adoption dated before the proposal, read from the list or else from its event', () => {
    ok('plan.saveDraft', { year: YEAR, capacity: 10 });
    ok('plan.propose', { year: YEAR });
    const before = { year: YEAR, decisionRef: 'X/1', decidedOn: '2026-11-28' };
    const error = refused('plan.adopt', before, 'VALIDATION', ctc);
    expect(error!.message).toBe(
      'The decision cannot be dated before the list was proposed to it on 29 November 2026. Check the decision date.',
    );
    expect(error!.details).toEqual([
      { field: 'decidedOn', message: 'Before 29 November 2026, when the list was proposed to it.' },
    ]);

    // A list proposed before the proposal date was kept: the date of its "list.proposed" event.
    const listId = ok('plan.get', { year: YEAR })!.id;
    t.seed((w) => w.update('annual_lists', listId, { proposed_on: null }));
    expect(ok('plan.get', { year: YEAR })!.proposedOn).toBeNull();
    expect(refused('plan.adopt', before, 'VALIDATION', ctc)!.message).toContain('29 November 2026');
    expect(ok('plan.adopt', { ...before, decidedOn: TODAY }, ctc).status).toBe('adopted');
  });

  it('adopts a list whose proposal date is unknown without that check', () => {
    const methodologyId = ok('methodologies.list', {})[0]!.id;
    t.seed((w) => {
      const listId = w.insert('annual_lists', {
        year: 2029,
        status: 'proposed',
        capacity: 10,
        reserve_size: 5,
        methodology_id: methodologyId,
        constraints: {},
      });
      w.insert('list_versions', { list_id: listId, version: 0, frozen: 0 });
    });
    expect(
      ok('plan.adopt', { year: 2029, decisionRef: 'CTC/2020/1', decidedOn: '2020-01-15' }, ctc),
    ).toMatchObject({ status: 'adopted', decidedOn: '2020-01-15', proposedOn: null });
  });

  it('refuses bad decisions: a future date, no reference', () => {
    ok('plan.saveDraft', { year: YEAR, capacity: 10 });
    ok('plan.propose', { year: YEAR });
    refused(
      'plan.adopt',
      { year: YEAR, decisionRef: 'X/1', decidedOn: '2026-12-24' },
      'VALIDATION',
      ctc,
    );
    refused(
      'plan.adopt',
      { year: YEAR, decisionRef: '', decidedOn: '2026-11-20' },
      'VALIDATION',
      ctc,
    );
    refused(
      'plan.adopt',
      { year: YEAR, decisionRef: 'X/1', decidedOn: '20 Nov 2026' },
      'VALIDATION',
      ctc,
    );
  });

  it('enforces roles: planners build and amend, CTC members decide and comment, field users read', () => {
    refused('plan.saveDraft', { year: YEAR, capacity: 10 }, 'FORBIDDEN', ctc);
    refused('plan.saveDraft', { year: YEAR, capacity: 10 }, 'FORBIDDEN', field);
    ok('plan.saveDraft', { year: YEAR, capacity: 10 });
    ok('plan.propose', { year: YEAR });
    refused(
      'plan.adopt',
      { year: YEAR, decisionRef: 'X/1', decidedOn: '2026-11-20' },
      'FORBIDDEN',
      planner,
    );
    ok('plan.adopt', { year: YEAR, decisionRef: 'X/1', decidedOn: TODAY }, ctc);
    const selected = ok('plan.get', { year: YEAR }, field)!.entries.find(
      (e) => e.selection === 'selected',
    )!.iso3;
    refused(
      'plan.proposeAmendment',
      { year: YEAR, action: 'remove', iso3: selected, rationale: 'The State withdrew consent.' },
      'FORBIDDEN',
      ctc,
    );
    const amendment = ok('plan.proposeAmendment', {
      year: YEAR,
      action: 'remove',
      iso3: selected,
      rationale: 'The State withdrew consent.',
    });
    refused(
      'plan.decideAmendment',
      {
        amendmentId: amendment.id,
        decision: 'approved',
        decisionRef: 'X/2',
        decidedOn: '2026-11-25',
      },
      'FORBIDDEN',
      planner,
    );
    refused('plan.comment', { year: YEAR, text: 'Hello' }, 'FORBIDDEN', field);
    expect(
      ok(
        'plan.comment',
        { year: YEAR, amendmentId: amendment.id, text: 'Agreed in principle.' },
        ctc,
      ),
    ).toMatchObject({ author: expect.any(String), amendmentId: amendment.id });
  });
});

describe('amendments after adoption', () => {
  it('substitutes from the reserve by default; approval makes version 2 and the diff shows it', () => {
    const adopted = adoptDraft();
    const out = adopted.entries.find((e) => e.selection === 'selected')!;
    const firstReserve = adopted.entries.find((e) => e.selection === 'reserve')!;
    const a = ok('plan.proposeAmendment', {
      year: YEAR,
      action: 'substitute',
      iso3: out.iso3,
      rationale: 'The State asked to postpone to next year.',
    });
    expect(a).toMatchObject({
      action: 'substitute',
      replacementIso3: firstReserve.iso3,
      status: 'proposed',
      baseVersion: 1,
      scoreBefore: out.score,
      replacementScore: firstReserve.score,
    });
    refused(
      'plan.proposeAmendment',
      {
        year: YEAR,
        action: 'remove',
        iso3: out.iso3,
        rationale: 'A second change on the same State.',
      },
      'CONFLICT',
    );

    const decided = ok(
      'plan.decideAmendment',
      {
        amendmentId: a.id,
        decision: 'approved',
        decisionRef: 'CTC/2026/15',
        decidedOn: TODAY,
        comment: 'Approved.',
      },
      ctc,
    );
    expect(decided).toMatchObject({
      status: 'approved',
      resultVersion: 2,
      decisionRef: 'CTC/2026/15',
    });
    const current = ok('plan.get', { year: YEAR })!;
    expect(current.currentVersion).toBe(2);
    expect(current.entries.find((e) => e.iso3 === firstReserve.iso3)).toMatchObject({
      selection: 'selected',
      origin: 'amendment',
      selectionNote: 'Changed by the amendment approved on 29 November 2026 (CTC/2026/15).',
    });
    expect(ok('plan.diff', { year: YEAR, from: 1, to: 2 })).toEqual({
      from: 1,
      to: 2,
      added: [firstReserve.iso3],
      removed: [out.iso3],
      changed: [],
      reasons: [out.iso3, firstReserve.iso3].map((iso3) =>
        expect.objectContaining({ iso3, action: 'substitute', decisionRef: 'CTC/2026/15' }),
      ),
    });
    const versions = ok('plan.versions', { year: YEAR });
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(versions[0]!.states).toContain(out.iso3);
    expect(versions[1]!.states).not.toContain(out.iso3);
    refused(
      'plan.decideAmendment',
      {
        amendmentId: a.id,
        decision: 'rejected',
        decisionRef: 'CTC/2026/16',
        decidedOn: TODAY,
      },
      'INVALID_TRANSITION',
      ctc,
    );
  });

  it('never changes an adopted version', () => {
    const adopted = adoptDraft();
    const v1 = t.ws.db
      .prepare(
        'SELECT e.* FROM list_entries e JOIN list_versions v ON v.id = e.version_id WHERE v.version = 1 ORDER BY e.iso3',
      )
      .all();
    const target = adopted.entries.find((e) => e.selection === 'selected')!;
    const a = ok('plan.proposeAmendment', {
      year: YEAR,
      action: 'changeKind',
      iso3: target.iso3,
      kind: 'advocacy',
      rationale: 'A shorter advocacy visit suits the State.',
    });
    ok(
      'plan.decideAmendment',
      {
        amendmentId: a.id,
        decision: 'approved',
        decisionRef: 'CTC/2026/15',
        decidedOn: TODAY,
      },
      ctc,
    );
    expect(
      t.ws.db
        .prepare(
          'SELECT e.* FROM list_entries e JOIN list_versions v ON v.id = e.version_id WHERE v.version = 1 ORDER BY e.iso3',
        )
        .all(),
    ).toEqual(v1);
    expect(ok('plan.diff', { year: YEAR, from: 1, to: 2 }).changed).toEqual([
      { iso3: target.iso3, field: 'proposedKind', before: target.proposedKind, after: 'advocacy' },
    ]);
  });

  it('records a rejection without a new version', () => {
    const adopted = adoptDraft();
    const outside = adopted.entries.find((e) => e.selection === 'none')!;
    const a = ok('plan.proposeAmendment', {
      year: YEAR,
      action: 'add',
      iso3: outside.iso3,
      rationale: 'The State invited CTED this year.',
    });
    const r = ok(
      'plan.decideAmendment',
      {
        amendmentId: a.id,
        decision: 'rejected',
        decisionRef: 'CTC/2026/15',
        decidedOn: TODAY,
      },
      ctc,
    );
    expect(r).toMatchObject({ status: 'rejected', resultVersion: null });
    expect(ok('plan.versions', { year: YEAR })).toHaveLength(1);
  });

  it('refuses amendments that do not fit the list', () => {
    const adopted = adoptDraft();
    const inList = adopted.entries.find((e) => e.selection === 'selected')!;
    const outside = adopted.entries.find((e) => e.selection === 'none')!;
    const rationale = 'A long enough rationale.';
    refused(
      'plan.proposeAmendment',
      { year: YEAR, action: 'add', iso3: inList.iso3, rationale },
      'CONFLICT',
    );
    refused(
      'plan.proposeAmendment',
      { year: YEAR, action: 'remove', iso3: outside.iso3, rationale },
      'CONFLICT',
    );
    refused(
      'plan.proposeAmendment',
      {
        year: YEAR,
        action: 'substitute',
        iso3: inList.iso3,
        replacementIso3: inList.iso3,
        rationale,
      },
      'CONFLICT',
    );
    refused(
      'plan.proposeAmendment',
      { year: YEAR, action: 'changeKind', iso3: inList.iso3, rationale },
      'CONFLICT',
    );
    refused(
      'plan.proposeAmendment',
      { year: YEAR, action: 'remove', iso3: inList.iso3, rationale: 'short' },
      'VALIDATION',
    );
    refused(
      'plan.proposeAmendment',
      { year: YEAR, action: 'evict', iso3: inList.iso3, rationale },
      'VALIDATION',
    );
    refused(
      'plan.proposeAmendment',
      { year: YEAR, action: 'add', iso3: 'VAT', rationale },
      'VALIDATION',
    );
    refused(
      'plan.decideAmendment',
      { amendmentId: 'missing', decision: 'approved', decisionRef: 'X', decidedOn: '2026-11-20' },
      'NOT_FOUND',
      ctc,
    );
    refused('plan.diff', { year: YEAR, from: 1, to: 9 }, 'NOT_FOUND');
  });

  it('re-checks an amendment against the latest version when it is decided', () => {
    const adopted = adoptDraft();
    const [x, y] = adopted.entries.filter((e) => e.selection === 'selected');
    const outside = adopted.entries.filter((e) => e.selection === 'none');
    const first = ok('plan.proposeAmendment', {
      year: YEAR,
      action: 'substitute',
      iso3: x!.iso3,
      replacementIso3: outside[0]!.iso3,
      rationale: 'First substitution.',
    });
    const second = ok('plan.proposeAmendment', {
      year: YEAR,
      action: 'substitute',
      iso3: y!.iso3,
      replacementIso3: outside[1]!.iso3,
      rationale: 'Second substitution.',
    });
    ok(
      'plan.decideAmendment',
      { amendmentId: first.id, decision: 'approved', decisionRef: 'A', decidedOn: TODAY },
      ctc,
    );
    const d = ok(
      'plan.decideAmendment',
      { amendmentId: second.id, decision: 'approved', decisionRef: 'B', decidedOn: TODAY },
      ctc,
    );
    expect(d.resultVersion).toBe(3);
    expect(ok('plan.diff', { year: YEAR, from: 1, to: 3 })).toMatchObject({
      added: [outside[0]!.iso3, outside[1]!.iso3].sort(),
      removed: [x!.iso3, y!.iso3].sort(),
    });
  });

  it('refuses a decision on an amendment dated before the amendment was proposed', () => {
    ok('plan.saveDraft', { year: YEAR, capacity: 10 });
    ok('plan.propose', { year: YEAR });
    // The list was proposed and adopted earlier in November; the amendment is proposed today.
    const listId = ok('plan.get', { year: YEAR })!.id;
    t.seed((w) => w.update('annual_lists', listId, { proposed_on: '2026-11-02' }));
    const adopted = ok(
      'plan.adopt',
      { year: YEAR, decisionRef: 'CTC/2026/12', decidedOn: '2026-11-10' },
      ctc,
    );
    const amendment = ok('plan.proposeAmendment', {
      year: YEAR,
      action: 'remove',
      iso3: adopted.entries.find((e) => e.selection === 'selected')!.iso3,
      rationale: 'The State withdrew its consent.',
    });
    const decision = {
      amendmentId: amendment.id,
      decision: 'approved',
      decisionRef: 'CTC/2026/15',
      decidedOn: '2026-11-20',
    };
    const error = refused('plan.decideAmendment', decision, 'VALIDATION', ctc);
    expect(error!.message).toBe(
      'The decision cannot be dated before this amendment was proposed on 29 November 2026. Check the decision date.',
    );
    expect(error!.details).toEqual([
      { field: 'decidedOn', message: 'Before 29 November 2026, when this amendment was proposed.' },
    ]);
    refused(
      'plan.decideAmendment',
      { ...decision, decision: 'rejected', decidedOn: '2026-11-28' },
      'VALIDATION',
      ctc,
    );
    expect(ok('plan.decideAmendment', { ...decision, decidedOn: TODAY }, ctc).resultVersion).toBe(
      2,
    );
  });
});

describe('consent already given (factor)', () => {
  it('counts a State’s latest answer only when it is a grant, recent and not yet used', () => {
    const w = createTestWorkspace();
    try {
      w.seed((x) => {
        const consent = (iso3: string, reply: string, on: string, extra = {}) =>
          x.insert('consent_requests', { iso3, sent_on: on, reply, replied_on: on, ...extra });
        consent('KEN', 'granted', '2025-03-01');
        // Superseded by a later deferral, decline or withdrawal.
        consent('PER', 'granted', '2025-03-01');
        consent('PER', 'deferred', '2026-02-01');
        consent('JOR', 'granted', '2025-01-01');
        consent('JOR', 'declined', '2026-03-01');
        consent('GHA', 'withdrawn', '2025-04-01', { withdrawn_on: '2026-01-10' });
        // Too old for the default validity of 2 years.
        consent('FRA', 'granted', '2019-05-01');
        // Already used by a visit.
        consent('MAR', 'granted', '2025-02-01');
        x.insert('visits', {
          iso3: 'MAR',
          kind: 'focused',
          status: 'conducted',
          start_date: '2025-05-01',
          end_date: '2025-05-04',
        });
        // A grant after a decline stands; a request still awaiting its reply changes nothing.
        consent('TUN', 'declined', '2024-01-01');
        consent('TUN', 'granted', '2025-09-01');
        consent('CHL', 'granted', '2025-05-01');
        x.insert('consent_requests', { iso3: 'CHL', sent_on: '2026-06-01', reply: 'pending' });
        // Given after the as-of date of the list: not yet.
        consent('NPL', 'granted', '2026-12-01');
      });
      const counted = (params?: Record<string, unknown>) => {
        const built = w.value('plan.build', {
          year: YEAR,
          capacity: 5,
          ...(params ? { params } : {}),
        });
        return built.entries
          .filter((e) => e.breakdown.find((b) => b.factor === 'consent_expressed')!.raw === 1)
          .map((e) => e.iso3)
          .sort();
      };
      expect(counted()).toEqual(['CHL', 'KEN', 'TUN']);
      const inputs = new Map(w.value('plan.inputs', { year: YEAR }).states.map((s) => [s.iso3, s]));
      expect(inputs.get('FRA')!.unusedConsentOn).toBe('2019-05-01');
      expect(inputs.get('PER')!.unusedConsentOn).toBeNull();

      // The validity period is the methodology's: 10 years let the 2019 consent count.
      const id = w.value('methodologies.list', {})[0]!.id;
      expect(w.value('methodologies.list', {})[0]!.params.consentValidityYears).toBe(2);
      const longer = { ...DEFAULT_PARAMS, consentValidityYears: 10 };
      expect(counted(longer)).toEqual(['CHL', 'FRA', 'KEN', 'TUN']);
      expect(
        w.value('methodologies.update', { id, params: longer }).params.consentValidityYears,
      ).toBe(10);
      for (const consentValidityYears of [0.25, 11, '2']) {
        const before = snapshot(w.ws);
        const r = w.api.call('methodologies.update', {
          id,
          params: { ...DEFAULT_PARAMS, consentValidityYears },
        });
        expect(r.ok ? null : r.error.code).toBe('VALIDATION');
        expect(snapshot(w.ws)).toBe(before);
      }
    } finally {
      w.close();
    }
  });

  it('reads a methodology saved before the validity period existed with its default', () => {
    const { consentValidityYears: _new, ...older } = DEFAULT_PARAMS;
    const id = ok('methodologies.list', {})[0]!.id;
    t.seed((w) => w.update('methodologies', id, { params: older }));
    expect(ok('methodologies.list', {})[0]!.params).toEqual(DEFAULT_PARAMS);
    expect(ok('plan.build', { year: YEAR, capacity: 5, methodologyId: id }).entries).toHaveLength(
      193,
    );
  });
});

describe('methodologies', () => {
  it('ships a default, clones it and versions each edit', () => {
    const [def] = ok('methodologies.list', {});
    expect(def).toMatchObject({
      name: 'CTED default',
      isDefault: true,
      version: 1,
      weights: DEFAULT_WEIGHTS,
    });
    const tweaked = ok('methodologies.clone', {
      id: def!.id,
      name: 'Tweaked',
      weights: { ...DEFAULT_WEIGHTS, signals: 1 },
    });
    expect(tweaked.weights.signals).toBe(1);
    refused(
      'methodologies.clone',
      {
        id: def!.id,
        name: 'Nothing counts',
        weights: Object.fromEntries(Object.keys(DEFAULT_WEIGHTS).map((k) => [k, 0])),
      },
      'VALIDATION',
    );
    const copy = ok('methodologies.clone', { id: def!.id, name: 'Threat-heavy' });
    expect(copy).toMatchObject({
      name: 'Threat-heavy',
      version: 1,
      parentId: def!.id,
      isDefault: false,
    });
    const edited = ok('methodologies.update', {
      id: copy.id,
      weights: { ...DEFAULT_WEIGHTS, threat_indicators: 50 },
    });
    expect(edited).toMatchObject({ version: 2, weights: { threat_indicators: 50 } });
    expect(ok('methodologies.update', { id: copy.id, weights: edited.weights }).version).toBe(2);
    refused('methodologies.clone', { id: def!.id, name: 'threat-HEAVY' }, 'CONFLICT');
    refused(
      'methodologies.update',
      { id: copy.id, weights: Object.fromEntries(Object.keys(DEFAULT_WEIGHTS).map((k) => [k, 0])) },
      'VALIDATION',
    );
    refused(
      'methodologies.update',
      {
        id: copy.id,
        params: { horizonYears: 0, signalCap: 10, imputation: 'zero', comprehensiveAfterYears: 8 },
      },
      'VALIDATION',
    );
    refused('methodologies.clone', { id: def!.id, name: 'Mine' }, 'FORBIDDEN', ctc);
    const built = ok('plan.build', { year: YEAR, capacity: 5, methodologyId: copy.id });
    expect(built.methodology).toEqual({ id: copy.id, name: 'Threat-heavy', version: 2 });
  });
});
