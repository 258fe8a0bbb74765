// The implementation of recommendations over time: at the end of each year, the recommendations of
// the reports adopted by then, by status (their latest evidenced status by that day), overall, by
// priority and by thematic area; for all States or one.
import type { ImplementationOverTime, StatusCounts } from '../../../shared/api/types';
import { yearOf } from '../../../shared/domain/dates';
import {
  DEFAULT_RECOMMENDATION_STATUS,
  PRIORITIES,
  RECOMMENDATION_STATUSES,
  THEMATIC_AREAS,
  type RecommendationStatus,
} from '../../../shared/domain/reports';
import type { CallContext } from '../context';
import { memoised } from './memo';
import { extent } from './years';

const STATUS_INDEX = new Map<string, number>(RECOMMENDATION_STATUSES.map((s, i) => [s, i]));
const STATUSES = RECOMMENDATION_STATUSES.length;
const DEFAULT_STATUS = STATUS_INDEX.get(DEFAULT_RECOMMENDATION_STATUS)!;

/**
 * Counts by (group, year, status), kept as changes: a recommendation adds one to its status in the
 * year it starts counting, and each update moves that one from the old status to the new in the
 * year of the update. Summing the changes year by year gives the counts at each year's end.
 */
class StatusChanges {
  readonly changes: Int32Array;
  constructor(
    readonly groups: number,
    readonly firstYear: number,
    readonly years: number,
  ) {
    this.changes = new Int32Array(groups * years * STATUSES);
  }

  add(groups: readonly number[], year: number, status: number, delta: number): void {
    const y = Math.min(Math.max(year - this.firstYear, 0), this.years - 1);
    for (const g of groups) this.changes[(g * this.years + y) * STATUSES + status]! += delta;
  }

  series(group: number): StatusCounts[] {
    const running = new Array<number>(STATUSES).fill(0);
    return Array.from({ length: this.years }, (_, y) => {
      for (let s = 0; s < STATUSES; s++)
        running[s]! += this.changes[(group * this.years + y) * STATUSES + s]!;
      return {
        year: this.firstYear + y,
        total: running.reduce((a, b) => a + b, 0),
        byStatus: Object.fromEntries(
          RECOMMENDATION_STATUSES.map((status, s) => [status, running[s]!]),
        ) as Record<RecommendationStatus, number>,
      };
    });
  }
}

function compute(ctx: CallContext, asOf: string, iso3: string | null): ImplementationOverTime {
  const ofState = iso3
    ? 'JOIN visits v ON v.id = r.visit_id AND v.deleted = 0 AND v.iso3 = @iso3'
    : '';
  const recommendationsSql = `
    SELECT x.id, x.thematic_area, x.priority, r.adopted_on
    FROM assessment_reports r ${ofState}
    JOIN recommendations x ON x.report_id = r.id AND x.deleted = 0
    WHERE r.deleted = 0 AND r.adopted_on IS NOT NULL AND r.adopted_on <= @asOf`;
  const params = iso3 ? { asOf, iso3 } : { asOf };
  const recommendations = ctx.db.prepare(recommendationsSql).raw().all(params) as [
    string,
    string | null,
    string | null,
    string,
  ][];
  const empty: ImplementationOverTime = { asOf, iso3, overall: [], byPriority: [], byArea: [] };
  if (recommendations.length === 0) return empty;

  // Groups: 0 is every recommendation, then one per priority, then one per thematic area.
  const areaKeys = [
    ...THEMATIC_AREAS.map((a) => a.key as string),
    ...new Set(
      recommendations
        .map((r) => r[1])
        .filter((k): k is string => !!k && !THEMATIC_AREAS.some((a) => a.key === k)),
    ),
  ];
  const groupOf = new Map<string, number>([
    ...PRIORITIES.map((p, i) => [`priority:${p}`, 1 + i] as const),
    ...areaKeys.map((k, i) => [`area:${k}`, 1 + PRIORITIES.length + i] as const),
  ]);
  const [firstYear] = extent(recommendations.map((r) => yearOf(r[3])))!;
  const changes = new StatusChanges(
    1 + PRIORITIES.length + areaKeys.length,
    firstYear,
    yearOf(asOf) - firstYear + 1,
  );

  const current = new Map<string, { groups: number[]; adopted: number; status: number }>();
  for (const [id, area, priority, adoptedOn] of recommendations) {
    const groups = [0];
    const p = groupOf.get(`priority:${priority}`);
    const a = groupOf.get(`area:${area}`);
    if (p !== undefined) groups.push(p);
    if (a !== undefined) groups.push(a);
    const adopted = yearOf(adoptedOn);
    current.set(id, { groups, adopted, status: DEFAULT_STATUS });
    changes.add(groups, adopted, DEFAULT_STATUS, 1);
  }

  const updatesSql = `
    SELECT u.recommendation_id, u.as_of, u.status FROM recommendation_updates u
    WHERE u.deleted = 0 AND u.as_of <= @asOf
      ${iso3 ? `AND u.recommendation_id IN (SELECT id FROM (${recommendationsSql}))` : ''}
    ORDER BY u.recommendation_id, u.as_of, u.id`;
  for (const [id, on, status] of ctx.db.prepare(updatesSql).raw().iterate(params) as Iterable<
    [string, string, string]
  >) {
    const rec = current.get(id);
    const next = STATUS_INDEX.get(status);
    if (!rec || next === undefined) continue;
    // An update recorded before the report's adoption counts from the adoption.
    const year = Math.max(yearOf(on), rec.adopted);
    changes.add(rec.groups, year, rec.status, -1);
    changes.add(rec.groups, year, next, 1);
    rec.status = next;
  }

  const label = new Map<string, string>(THEMATIC_AREAS.map((a) => [a.key, a.label]));
  const overall = changes.series(0);
  return {
    asOf,
    iso3,
    overall,
    byPriority: PRIORITIES.map((priority) => ({
      priority,
      series: changes.series(groupOf.get(`priority:${priority}`)!),
    })).filter((p) => p.series.at(-1)!.total > 0),
    byArea: areaKeys
      .map((key) => ({
        key,
        label: label.get(key) ?? key,
        series: changes.series(groupOf.get(`area:${key}`)!),
      }))
      .filter((a) => a.series.at(-1)!.total > 0),
  };
}

/**
 * Every recommendation and status update is read, which at ten times CTED's history takes longer
 * than a page should wait: the result is kept until the workspace changes (see ./memo.ts).
 */
export function implementationOverTime(
  ctx: CallContext,
  asOf: string,
  iso3: string | null,
): ImplementationOverTime {
  return memoised(ctx.db, `implementation ${asOf} ${iso3 ?? '*'}`, () => compute(ctx, asOf, iso3));
}
