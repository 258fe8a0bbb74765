// The reads behind the dossier's rank, Review's summary of changes and the dashboard's "awaiting
// your decision", on the demo workspace: this year's list adopted (and amended), next year's
// proposed, the year after without a list.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MethodName, MethodOutput } from '../../shared/api/contract';
import {
  copyOfDemo,
  demoTemplate,
  expectRefused,
  TODAY,
  userWithRole,
  type TestWorkspace,
} from './helpers';

const THIS_YEAR = Number(TODAY.slice(0, 4));
const NEXT_YEAR = THIS_YEAR + 1;
const NO_LIST_YEAR = THIS_YEAR + 2;

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

/** A refusal in words that leaves the workspace exactly as it was (helpers.expectRefused). */
const refused = (method: string, input: unknown, code: string, user: string = planner) =>
  expectRefused(t, method, input, code, user);

const selectedOf = (list: MethodOutput<'plan.get'>) =>
  new Set(list!.entries.filter((e) => e.selection === 'selected').map((e) => e.iso3));

describe('plan.standing', () => {
  it('reads a State’s rank, score and breakdown from the year’s list as it stands', () => {
    const list = ok('plan.get', { year: NEXT_YEAR })!;
    expect(list.status).toBe('proposed');
    const third = list.entries.find((e) => e.rank === 3)!;
    const standing = ok('plan.standing', { year: NEXT_YEAR, iso3: third.iso3 }, field);
    expect(standing).toMatchObject({
      year: NEXT_YEAR,
      source: 'list',
      listStatus: 'proposed',
      version: 0,
      total: 193,
      capacity: list.capacity,
      methodology: list.methodology,
    });
    expect(standing.entry).toEqual(third);
    const points = standing.entry.breakdown.reduce((sum, b) => sum + b.points, 0);
    expect(points).toBeCloseTo(standing.entry.score, 6);
    expect(standing.entry.breakdown.length).toBeGreaterThan(1);

    const firstReserve = list.entries.find((e) => e.selection === 'reserve')!;
    expect(ok('plan.standing', { year: NEXT_YEAR, iso3: firstReserve.iso3 }).reservePosition).toBe(
      1,
    );
    expect(standing.reservePosition).toBe(third.selection === 'reserve' ? 1 : null);
  });

  it('ranks a State live with the default methodology when its year has no list yet', () => {
    expect(ok('plan.get', { year: NO_LIST_YEAR })).toBeNull();
    const built = ok('plan.build', { year: NO_LIST_YEAR, capacity: 10 });
    const tenth = built.entries.find((e) => e.rank === 10)!;
    const standing = ok('plan.standing', { year: NO_LIST_YEAR, iso3: tenth.iso3 }, ctc);
    expect(standing).toMatchObject({
      source: 'live',
      listStatus: null,
      version: null,
      total: 193,
      capacity: 10,
      methodology: built.methodology,
    });
    expect(standing.entry).toMatchObject({
      iso3: tenth.iso3,
      rank: 10,
      score: tenth.score,
      selection: tenth.selected ? 'selected' : tenth.reserve ? 'reserve' : 'none',
      breakdown: tenth.breakdown,
    });
    // Reading never writes: the year still has no list.
    expect(ok('plan.get', { year: NO_LIST_YEAR })).toBeNull();
  });

  it('refuses an unknown or malformed State and a year out of range, changing nothing', () => {
    refused('plan.standing', { year: NEXT_YEAR, iso3: 'XXX' }, 'NOT_FOUND');
    refused('plan.standing', { year: NO_LIST_YEAR, iso3: 'XXX' }, 'NOT_FOUND');
    refused('plan.standing', { year: NEXT_YEAR, iso3: 'kenya' }, 'VALIDATION');
    refused('plan.standing', { year: 1800, iso3: 'KEN' }, 'VALIDATION');
    refused('plan.standing', { year: NEXT_YEAR }, 'VALIDATION');
  });
});

describe('plan.changes', () => {
  it('compares a proposed list with the current version of the last adopted one', () => {
    const next = ok('plan.get', { year: NEXT_YEAR })!;
    const current = ok('plan.get', { year: THIS_YEAR })!;
    expect(current.status).toBe('adopted');
    const changes = ok('plan.changes', { year: NEXT_YEAR }, field);
    expect(changes.since).toMatchObject({ year: THIS_YEAR, version: current.currentVersion });
    expect(changes).toMatchObject({ year: NEXT_YEAR, status: 'proposed', version: 0 });

    const was = selectedOf(current);
    const is = selectedOf(next);
    const rankNow = new Map(next.entries.map((e) => [e.iso3, e.rank]));
    const rankThen = new Map(current.entries.map((e) => [e.iso3, e.rank]));
    expect(changes.entered.map((c) => c.iso3).sort()).toEqual(
      [...is].filter((x) => !was.has(x)).sort(),
    );
    expect(changes.left.map((c) => c.iso3).sort()).toEqual(
      [...was].filter((x) => !is.has(x)).sort(),
    );
    const both = [...is].filter((x) => was.has(x));
    const moved = both.filter((x) => rankNow.get(x) !== rankThen.get(x));
    expect(changes.moved.map((c) => c.iso3).sort()).toEqual(moved.sort());
    expect(changes.unchanged).toBe(both.length - moved.length);
    for (const c of [...changes.entered, ...changes.left, ...changes.moved]) {
      expect(c.rankBefore).toBe(rankThen.get(c.iso3));
      expect(c.rankAfter).toBe(rankNow.get(c.iso3));
      expect(c.name).toBe(next.entries.find((e) => e.iso3 === c.iso3)!.name);
    }
    // The largest moves first.
    const distances = changes.moved.map((c) => Math.abs(c.rankBefore! - c.rankAfter!));
    expect(distances).toEqual([...distances].sort((a, b) => b - a));
    // A new year's list is not the same list: something came on or went off.
    expect(changes.entered.length + changes.left.length).toBeGreaterThan(0);
  });

  it('compares an amended list with its version before, as the diff does', () => {
    const current = ok('plan.get', { year: THIS_YEAR })!;
    expect(current.currentVersion).toBeGreaterThanOrEqual(2);
    const changes = ok('plan.changes', { year: THIS_YEAR });
    const version = current.currentVersion;
    expect(changes.since).toMatchObject({ year: THIS_YEAR, version: version - 1 });
    const diff = ok('plan.diff', { year: THIS_YEAR, from: version - 1, to: version });
    expect(changes.entered.map((c) => c.iso3)).toEqual(diff.added);
    expect(changes.left.map((c) => c.iso3)).toEqual(diff.removed);
    // An amendment changes who is on the list, not the ranks.
    expect(changes.moved).toEqual([]);
    expect(diff.added.length).toBeGreaterThan(0);
  });

  it('says there is nothing to compare with before the first adopted list', () => {
    const fresh = ok('plan.get', { year: NO_LIST_YEAR });
    expect(fresh).toBeNull();
    refused('plan.changes', { year: NO_LIST_YEAR }, 'NOT_FOUND');
    refused('plan.changes', { year: 'next' }, 'VALIDATION');
    // A draft for a year before every adopted list has nothing to be compared with.
    const lists = t.ws.db
      .prepare('SELECT MIN(year) AS y FROM annual_lists WHERE deleted = 0')
      .get() as { y: number };
    const earliest = lists.y - 1;
    ok('plan.saveDraft', { year: earliest, capacity: 10 });
    expect(ok('plan.changes', { year: earliest })).toEqual({
      year: earliest,
      status: 'draft',
      version: 0,
      since: null,
      entered: [],
      left: [],
      moved: [],
      unchanged: 0,
    });
  });
});

describe('plan.awaitingDecision', () => {
  it('lists the proposed lists and amendments until the Committee decides them', () => {
    const next = ok('plan.get', { year: NEXT_YEAR })!;
    const first = ok('plan.awaitingDecision', {}, ctc);
    expect(first.lists).toEqual([
      {
        year: NEXT_YEAR,
        proposedOn: next.proposedOn,
        selected: next.entries.filter((e) => e.selection === 'selected').length,
        reserve: next.entries.filter((e) => e.selection === 'reserve').length,
      },
    ]);
    expect(first.amendments).toEqual([]);

    const current = ok('plan.get', { year: THIS_YEAR })!;
    const outside = current.entries.find((e) => e.selection === 'none')!;
    const amendment = ok('plan.proposeAmendment', {
      year: THIS_YEAR,
      action: 'add',
      iso3: outside.iso3,
      rationale: 'The Committee asked for an additional visit this year.',
    });
    const waiting = ok('plan.awaitingDecision', {}, field);
    expect(waiting.amendments.map((a) => a.id)).toEqual([amendment.id]);
    expect(waiting.amendments[0]).toMatchObject({ iso3: outside.iso3, status: 'proposed' });

    ok(
      'plan.decideAmendment',
      {
        amendmentId: amendment.id,
        decision: 'rejected',
        decisionRef: 'CTC/AM/9',
        decidedOn: TODAY,
      },
      ctc,
    );
    ok('plan.adopt', { year: NEXT_YEAR, decisionRef: 'CTC/DEC/1', decidedOn: TODAY }, ctc);
    expect(ok('plan.awaitingDecision', {}, ctc)).toEqual({ lists: [], amendments: [] });
  });

  it('takes no input', () => {
    refused('plan.awaitingDecision', { year: NEXT_YEAR }, 'VALIDATION');
  });
});
