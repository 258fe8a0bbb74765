// "Never visited" means one thing everywhere (DESIGN §4): no conducted assessment visit
// (comprehensive, focused, regional or follow-up) that had ended by the as-of date; advocacy
// visits are shown but do not count. The Member States list, a dossier, coverage (which the
// dashboard shows) and the OP 12 list must agree on it, whatever the workspace's today.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { copyOfDemo, demoTemplate, TODAY, type TestWorkspace } from './helpers';

let template: string;
let t: TestWorkspace | null = null;

beforeAll(() => {
  template = demoTemplate();
});
afterEach(() => {
  t?.close();
  t = null;
});

const conductedBy = (asOf: string, kinds: string) => `
  SELECT DISTINCT iso3 FROM visits WHERE deleted = 0 AND status = 'conducted'
    AND kind IN (${kinds}) AND COALESCE(end_date, start_date) <= '${asOf}'`;
const ASSESSMENTS = "'comprehensive', 'focused', 'regional', 'follow_up'";

/** The rule, written out here on its own, as the yardstick for every method. */
function yardstick(ws: TestWorkspace, asOf: string) {
  const iso3s = (sql: string) =>
    (ws.ws.db.prepare(sql).all() as { iso3: string }[]).map((r) => r.iso3).sort();
  return {
    never: iso3s(
      `SELECT iso3 FROM member_states WHERE iso3 NOT IN (${conductedBy(asOf, ASSESSMENTS)})`,
    ),
    advocacyOnly: iso3s(
      `${conductedBy(asOf, "'advocacy'")} EXCEPT ${conductedBy(asOf, ASSESSMENTS)} ORDER BY iso3`,
    ),
  };
}

const sorted = (iso3s: string[]) => [...iso3s].sort();

describe('never visited, for any as-of date', () => {
  it.each(['2015-01-01', '2020-06-30', TODAY])(
    'is the same set of States in states.list, coverage.summary and plan.build as of %s',
    (asOf) => {
      t = copyOfDemo(template, asOf);
      const { never, advocacyOnly } = yardstick(t, asOf);
      expect(never.length).toBeGreaterThan(60);
      expect(never.length).toBeLessThan(193);

      const states = t.value('states.list', {});
      expect(sorted(states.filter((s) => s.neverVisited).map((s) => s.iso3))).toEqual(never);
      for (const s of states) expect(s.lastVisit === null).toBe(s.neverVisited);

      // The dashboard and the Coverage page both show coverage.summary as of today.
      const coverage = t.value('coverage.summary', {});
      expect(coverage).toMatchObject({
        asOf,
        neverVisited: never.length,
        visitedOnce: 193 - never.length,
      });
      expect(coverage.byRegion.reduce((sum, r) => sum + r.neverVisited, 0)).toBe(never.length);
      expect(coverage.byYear.at(-1)?.visitedCumulative).toBe(193 - never.length);

      // Next year's list is built as of today.
      const year = Number(asOf.slice(0, 4)) + 1;
      const plan = t.value('plan.build', { year, capacity: 10 });
      expect(plan.asOf).toBe(asOf);
      const neverInPlan = plan.entries.filter(
        (e) => e.breakdown.find((b) => b.factor === 'never_visited')!.raw === 1,
      );
      expect(sorted(neverInPlan.map((e) => e.iso3))).toEqual(never);
      const inputs = t.value('plan.inputs', { year }).states;
      expect(sorted(inputs.filter((s) => s.lastVisit === null).map((s) => s.iso3))).toEqual(never);

      // A State visited only for advocacy is shown with its visit, but counts as never visited.
      for (const iso3 of advocacyOnly) {
        expect(never).toContain(iso3);
        const dossier = t.value('states.get', { iso3 });
        expect(dossier).toMatchObject({ neverVisited: true, lastVisit: null, visitsCount: 0 });
        expect(dossier.visits.some((v) => v.kind === 'advocacy' && v.status === 'conducted')).toBe(
          true,
        );
      }
    },
  );

  it('has States visited only for advocacy in the demo, to check the rule against', () => {
    t = copyOfDemo(template);
    expect(yardstick(t, TODAY).advocacyOnly.length).toBeGreaterThan(0);
  });

  it('counts only assessment visits ended by today in a State’s last visit and visits', () => {
    t = copyOfDemo(template, '2020-06-30');
    const counts = new Map(
      (
        t.ws.db
          .prepare(
            `SELECT iso3, COUNT(*) AS n, MAX(COALESCE(end_date, start_date)) AS last FROM visits
             WHERE deleted = 0 AND status = 'conducted' AND kind IN (${ASSESSMENTS})
               AND COALESCE(end_date, start_date) <= '2020-06-30' GROUP BY iso3`,
          )
          .all() as { iso3: string; n: number; last: string }[]
      ).map((r) => [r.iso3, r]),
    );
    for (const s of t.value('states.list', {})) {
      expect({ iso3: s.iso3, lastVisit: s.lastVisit, visitsCount: s.visitsCount }).toEqual({
        iso3: s.iso3,
        lastVisit: counts.get(s.iso3)?.last ?? null,
        visitsCount: counts.get(s.iso3)?.n ?? 0,
      });
    }
    // The same workspace, asked about another date, agrees with itself.
    expect(t.value('coverage.summary', { asOf: '2015-01-01' }).neverVisited).toBe(
      yardstick(t, '2015-01-01').never.length,
    );
  });
});
