// The implementation of recommendations over time: at the end of each year, the recommendations of
// the reports adopted by then, by status (their latest evidenced status by that day), overall, by
// priority and by thematic area; for all States or one.
import type { ImplementationOverTime, LanguageCode, StatusCounts } from '../../../shared/api/types';
import { yearOf } from '../../../shared/domain/dates';
import {
  DEFAULT_RECOMMENDATION_STATUS,
  PRIORITIES,
  RECOMMENDATION_STATUSES,
  THEMATIC_AREAS,
  thematicAreaLabel,
  type RecommendationStatus,
} from '../../../shared/domain/reports';
import type { CallContext } from '../context';
import type { Db } from '../db/workspace';
import { maintained, type LoggedChange } from './memo';
import { extent } from './years';

const STATUS_INDEX = new Map<string, number>(RECOMMENDATION_STATUSES.map((s, i) => [s, i]));
const STATUSES = RECOMMENDATION_STATUSES.length;
const DEFAULT_STATUS = STATUS_INDEX.get(DEFAULT_RECOMMENDATION_STATUS)!;
const KNOWN_AREAS = new Set<string>(THEMATIC_AREAS.map((a) => a.key));

/** The tables the series read; one State's also reads its visits. */
const TABLES = ['assessment_reports', 'recommendations', 'recommendation_updates'];
const STATE_TABLES = [...TABLES, 'visits'];

/** More recommendations touched than this: the series are computed again from scratch. */
const MAX_TOUCHED = 2000;

/** The adopted reports' recommendations (`@asOf`), of one State when `@iso3` is bound. */
function recommendationsSql(iso3: string | null): string {
  const ofState = iso3
    ? 'JOIN visits v ON v.id = r.visit_id AND v.deleted = 0 AND v.iso3 = @iso3'
    : '';
  return `
    SELECT x.id, x.thematic_area, x.priority, r.adopted_on
    FROM assessment_reports r ${ofState}
    JOIN recommendations x ON x.report_id = r.id AND x.deleted = 0
    WHERE r.deleted = 0 AND r.adopted_on IS NOT NULL AND r.adopted_on <= @asOf`;
}

type RecommendationRow = [
  id: string,
  area: string | null,
  priority: string | null,
  adopted: string,
];

/**
 * One recommendation's part in the counts: its groups, and the statuses it takes as pairs of the
 * year from which each counts and the status (the first: the default status, from its adoption).
 */
interface Part {
  groups: readonly number[];
  steps: number[];
}

/**
 * Counts by (group, year, status), kept as changes: a recommendation adds one to its status in the
 * year it starts counting, and each update moves that one from the old status to the new in the
 * year of the update. Summing the changes year by year gives the counts at each year's end. Each
 * recommendation's part is kept too, so that a change to a few recommendations is counted by
 * taking their old parts out and putting their new ones in.
 */
class Tally {
  private readonly groupOf: Map<string, number>;
  private readonly groupsOf = new Map<string, readonly number[]>();
  private readonly changes: Int32Array;
  private readonly years: number;
  private readonly parts = new Map<string, Part>();
  private result: ImplementationOverTime | null = null;

  private constructor(
    private readonly asOf: string,
    private readonly iso3: string | null,
    private readonly areaKeys: string[],
    private readonly firstYear: number,
  ) {
    // Groups: 0 is every recommendation, then one per priority, then one per thematic area.
    this.groupOf = new Map<string, number>([
      ...PRIORITIES.map((p, i) => [`priority:${p}`, 1 + i] as const),
      ...areaKeys.map((k, i) => [`area:${k}`, 1 + PRIORITIES.length + i] as const),
    ]);
    this.years = yearOf(asOf) - firstYear + 1;
    this.changes = new Int32Array((1 + this.groupOf.size) * this.years * STATUSES);
  }

  /** Every recommendation read afresh: two queries over the whole history. */
  static build(db: Db, asOf: string, iso3: string | null): Tally {
    const params = iso3 ? { asOf, iso3 } : { asOf };
    const sql = recommendationsSql(iso3);
    const rows = db.prepare(sql).raw().all(params) as RecommendationRow[];
    const unknownAreas = new Set<string>();
    for (const [, area] of rows) if (area && !KNOWN_AREAS.has(area)) unknownAreas.add(area);
    const tally = new Tally(
      asOf,
      iso3,
      [...KNOWN_AREAS, ...[...unknownAreas].sort()],
      extent(rows.map((r) => yearOf(r[3])))?.[0] ?? yearOf(asOf),
    );
    for (const [id, area, priority, adoptedOn] of rows)
      tally.parts.set(id, tally.newPart(area, priority, adoptedOn)!);
    const updates = db.prepare(`
      SELECT u.recommendation_id, u.as_of, u.status FROM recommendation_updates u
      WHERE u.deleted = 0 AND u.as_of <= @asOf
        ${iso3 ? `AND u.recommendation_id IN (SELECT id FROM (${sql}))` : ''}
      ORDER BY u.recommendation_id, u.as_of, u.id`);
    for (const [id, on, status] of updates.raw().iterate(params) as Iterable<
      [string, string, string]
    >) {
      const part = tally.parts.get(id);
      if (part) step(part, on, status);
    }
    for (const part of tally.parts.values()) tally.count(part, 1);
    return tally;
  }

  /**
   * Counts again the recommendations the logged changes touch, each read afresh; false when that
   * is not possible (a new thematic area, an adoption before the first year, too many changes).
   */
  apply(db: Db, logged: LoggedChange[]): boolean {
    const touched = touchedRecommendations(db, logged);
    if (touched === null || touched.size > MAX_TOUCHED) return false;
    const params = this.iso3 ? { asOf: this.asOf, iso3: this.iso3 } : { asOf: this.asOf };
    const one = db.prepare(`${recommendationsSql(this.iso3)} AND x.id = @id`).raw();
    const updatesOf = db
      .prepare(
        `SELECT as_of, status FROM recommendation_updates
         WHERE recommendation_id = ? AND deleted = 0 AND as_of <= ? ORDER BY as_of, id`,
      )
      .raw();
    for (const id of touched) {
      const old = this.parts.get(id);
      if (old) {
        this.count(old, -1);
        this.parts.delete(id);
      }
      const row = one.get({ ...params, id }) as RecommendationRow | undefined;
      if (!row) continue;
      const part = this.newPart(row[1], row[2], row[3]);
      if (!part) return false;
      for (const [on, status] of updatesOf.all(id, this.asOf) as [string, string][])
        step(part, on, status);
      this.parts.set(id, part);
      this.count(part, 1);
    }
    this.result = null;
    return true;
  }

  /**
   * The series, from the first year with a recommendation. Kept whatever the reader's language:
   * an area's label is its key here, said by `inLanguage`.
   */
  series(): ImplementationOverTime {
    if (this.result) return this.result;
    const overall = this.seriesOf(0);
    const start = overall.findIndex((y) => y.total > 0);
    const from = (series: StatusCounts[]) => series.slice(start);
    this.result =
      start < 0
        ? { asOf: this.asOf, iso3: this.iso3, overall: [], byPriority: [], byArea: [] }
        : {
            asOf: this.asOf,
            iso3: this.iso3,
            overall: from(overall),
            byPriority: PRIORITIES.map((priority) => ({
              priority,
              series: from(this.seriesOf(this.groupOf.get(`priority:${priority}`)!)),
            })).filter((p) => p.series.at(-1)!.total > 0),
            byArea: this.areaKeys
              .map((key) => ({
                key,
                label: key,
                series: from(this.seriesOf(this.groupOf.get(`area:${key}`)!)),
              }))
              .filter((a) => a.series.at(-1)!.total > 0),
          };
    return this.result;
  }

  /** A recommendation's part before its updates; null when its area or year has no place here. */
  private newPart(area: string | null, priority: string | null, adoptedOn: string): Part | null {
    const adopted = yearOf(adoptedOn);
    const a = area ? this.groupOf.get(`area:${area}`) : undefined;
    if (adopted < this.firstYear || (area && a === undefined)) return null;
    const key = `${priority}|${area}`;
    let groups = this.groupsOf.get(key);
    if (!groups) {
      const p = this.groupOf.get(`priority:${priority}`);
      groups = [0, ...(p === undefined ? [] : [p]), ...(a === undefined ? [] : [a])];
      this.groupsOf.set(key, groups);
    }
    return { groups, steps: [adopted, DEFAULT_STATUS] };
  }

  /** Adds (sign 1) or takes out (-1) a recommendation's part. */
  private count({ groups, steps }: Part, sign: 1 | -1): void {
    for (let i = 0; i < steps.length; i += 2) {
      const y = steps[i]! - this.firstYear;
      for (const g of groups) {
        const at = (g * this.years + y) * STATUSES;
        this.changes[at + steps[i + 1]!]! += sign;
        if (i > 0) this.changes[at + steps[i - 1]!]! -= sign;
      }
    }
  }

  private seriesOf(group: number): StatusCounts[] {
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

/**
 * An update in order (by its date, then id): the recommendation takes its status from the update's
 * year, or from the adoption's when the update was recorded before it. Unknown statuses are passed.
 */
function step(part: Part, on: string, status: string): void {
  const next = STATUS_INDEX.get(status);
  if (next === undefined) return;
  part.steps.push(Math.max(yearOf(on), part.steps[0]!), next);
}

/** For a changed row of each table read, the recommendations it may count in. */
const TOUCHED_BY: Record<string, string> = {
  recommendations: 'SELECT ? AS id',
  recommendation_updates: 'SELECT recommendation_id FROM recommendation_updates WHERE id = ?',
  assessment_reports: 'SELECT id FROM recommendations WHERE report_id = ?',
  visits:
    'SELECT x.id FROM assessment_reports r JOIN recommendations x ON x.report_id = r.id WHERE r.visit_id = ?',
};

/** The recommendations whose part the logged changes may have changed; null when too many. */
function touchedRecommendations(db: Db, logged: LoggedChange[]): Set<string> | null {
  const rows = new Map<string, Set<string>>();
  const touched = new Set<string>();
  for (const c of logged) {
    if (!rows.has(c.tbl)) rows.set(c.tbl, new Set());
    rows.get(c.tbl)!.add(c.row_id);
    // An update moved to another recommendation changes the old one too.
    if (c.tbl === 'recommendation_updates' && c.col === 'recommendation_id' && c.old_value)
      touched.add(c.old_value);
  }
  for (const [table, ids] of rows) {
    const read = db.prepare(TOUCHED_BY[table]!).pluck();
    for (const id of ids) {
      for (const rec of read.all(id) as (string | null)[]) if (rec) touched.add(rec);
      if (touched.size > MAX_TOUCHED) return null;
    }
  }
  return touched;
}

/** The series as read in each language, for as long as the series themselves are kept. */
const said = new WeakMap<ImplementationOverTime, Map<LanguageCode, ImplementationOverTime>>();

/** The series with their areas' labels in `language` (the same object while nothing changes). */
function inLanguage(
  series: ImplementationOverTime,
  language: LanguageCode,
): ImplementationOverTime {
  let byLanguage = said.get(series);
  if (!byLanguage) {
    byLanguage = new Map();
    said.set(series, byLanguage);
  }
  let result = byLanguage.get(language);
  if (!result) {
    result = {
      ...series,
      byArea: series.byArea.map((a) => ({ ...a, label: thematicAreaLabel(a.key, language) })),
    };
    byLanguage.set(language, result);
  }
  return result;
}

/**
 * Every recommendation and status update is read once, which at ten times CTED's history takes
 * longer than a page should wait; the counts are then kept (./memo.ts), and a change to some
 * recommendations counts only those again.
 */
export function implementationOverTime(
  ctx: CallContext,
  asOf: string,
  iso3: string | null,
): ImplementationOverTime {
  const series = maintained(
    ctx.db,
    `implementation ${asOf} ${iso3 ?? '*'}`,
    iso3 ? STATE_TABLES : TABLES,
    () => Tally.build(ctx.db, asOf, iso3),
    (tally, changes) => (tally.apply(ctx.db, changes) ? tally : null),
  ).series();
  return inLanguage(series, ctx.language);
}
