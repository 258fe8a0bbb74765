// The coverage map's data: every Member State with its conducted visits and the adopted lists that
// selected it, so that the map can replay any year (shared/domain/coverage.ts decides the colours).
import type { CoverageMap, CoverageMapState } from '../../../shared/api/types';
import { yearOf } from '../../../shared/domain/dates';
import type { VisitKind } from '../../../shared/domain/visits';
import type { CallContext } from '../context';
import { nameColumn, sortByName } from '../language';
import { admittedOn } from '../reference/admissions';
import { memberStates } from '../reference/memberStates';
import { CONDUCTED_VISITS_SQL } from '../visited';
import { memoised } from './memo';

/**
 * The States selected by each adopted list (its current version: amendments included), for lists
 * adopted by the date bound to `?`.
 */
export const ADOPTED_SELECTIONS_SQL = `
  SELECT l.year, e.iso3 FROM annual_lists l
  JOIN list_versions v ON v.list_id = l.id AND v.deleted = 0
   AND v.version = (SELECT MAX(w.version) FROM list_versions w WHERE w.list_id = l.id AND w.deleted = 0)
  JOIN list_entries e ON e.version_id = v.id AND e.deleted = 0 AND e.selection = 'selected'
  WHERE l.deleted = 0 AND l.status = 'adopted' AND (l.decided_on IS NULL OR l.decided_on <= ?)`;

/** The tables the map reads: it is kept until one of them changes (./memo.ts). */
const MAP_TABLES = ['member_states', 'visits', 'annual_lists', 'list_versions', 'list_entries'];

/** Every State's coverage for the map. */
export function coverageMap(ctx: CallContext, asOf: string): CoverageMap {
  return memoised(ctx.db, `map ${asOf} ${ctx.language}`, MAP_TABLES, () => computeMap(ctx, asOf));
}

function computeMap(ctx: CallContext, asOf: string): CoverageMap {
  const latlng = new Map(memberStates().map((s) => [s.iso3, s.latlng]));
  const states = new Map<string, CoverageMapState>();
  const rows = ctx.db
    .prepare(
      `SELECT iso3, m49, ${nameColumn(ctx.language)} AS name, region, subregion FROM member_states`,
    )
    .all() as Pick<CoverageMapState, 'iso3' | 'm49' | 'name' | 'region' | 'subregion'>[];
  for (const s of sortByName(rows, (r) => r.name, ctx.language))
    states.set(s.iso3, {
      ...s,
      latlng: latlng.get(s.iso3) ?? [0, 0],
      visits: [],
      listYears: [],
      admittedOn: admittedOn(s.iso3),
    });

  let firstYear = yearOf(asOf);
  for (const v of ctx.db
    .prepare(
      `SELECT iso3, kind, ended_on FROM (${CONDUCTED_VISITS_SQL}) WHERE kind IS NOT NULL ORDER BY ended_on, iso3`,
    )
    .all(asOf) as { iso3: string; kind: VisitKind; ended_on: string }[]) {
    states.get(v.iso3)?.visits.push({ endedOn: v.ended_on, kind: v.kind });
    firstYear = Math.min(firstYear, yearOf(v.ended_on));
  }
  for (const e of ctx.db.prepare(`${ADOPTED_SELECTIONS_SQL} ORDER BY l.year`).all(asOf) as {
    year: number;
    iso3: string;
  }[])
    states.get(e.iso3)?.listYears.push(e.year);

  return { asOf, firstYear, states: [...states.values()] };
}
