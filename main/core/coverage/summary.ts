// Who has been visited, as of a date: the key figures, by region and by year.
import type { CoverageSummary } from '../../../shared/api/types';
import { yearOf } from '../../../shared/domain/dates';
import type { CallContext } from '../context';
import { CONDUCTED_VISITS_SQL } from '../visited';

/**
 * States with a conducted assessment visit that had ended by `asOf` (main/core/visited.ts) are
 * visited; the visits per year count every conducted visit, advocacy too.
 */
export function coverageSummary(ctx: CallContext, asOf: string): CoverageSummary {
  const visits = ctx.db
    .prepare(`SELECT iso3, ended_on AS day, assessment FROM (${CONDUCTED_VISITS_SQL}) ORDER BY day`)
    .all(asOf) as { iso3: string; day: string; assessment: 0 | 1 }[];
  const states = ctx.db.prepare('SELECT iso3, region FROM member_states ORDER BY region').all() as {
    iso3: string;
    region: string;
  }[];

  const visited = new Set(visits.filter((v) => v.assessment).map((v) => v.iso3));
  const byRegion = new Map<
    string,
    { region: string; memberStates: number; neverVisited: number }
  >();
  for (const s of states) {
    const r = byRegion.get(s.region) ?? { region: s.region, memberStates: 0, neverVisited: 0 };
    r.memberStates += 1;
    if (!visited.has(s.iso3)) r.neverVisited += 1;
    byRegion.set(s.region, r);
  }

  const byYear: CoverageSummary['byYear'] = [];
  if (visits.length > 0) {
    const seen = new Set<string>();
    let i = 0;
    for (let year = yearOf(visits[0]!.day); year <= yearOf(asOf); year++) {
      let count = 0;
      while (i < visits.length && yearOf(visits[i]!.day) === year) {
        if (visits[i]!.assessment) seen.add(visits[i]!.iso3);
        count += 1;
        i += 1;
      }
      byYear.push({ year, visits: count, visitedCumulative: seen.size });
    }
  }

  return {
    asOf,
    memberStates: states.length,
    visitedOnce: visited.size,
    neverVisited: states.length - visited.size,
    byRegion: [...byRegion.values()],
    byYear,
  };
}
