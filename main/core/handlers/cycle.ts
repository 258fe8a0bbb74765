// After a visit: assessment reports, recommendations, OP 16 follow-ups.
import {
  DEFAULT_RECOMMENDATION_STATUS,
  isOpenRecommendation,
  RECOMMENDATION_STATUSES,
  type RecommendationStatus,
} from '../../../shared/domain/reports';
import { readFollowups, readRecommendations, readReports } from './queries';
import type { AreaHandlers } from './types';

export const reportsHandlers: AreaHandlers<'reports'> = {
  'reports.list': ({ iso3 }, ctx) => readReports(ctx.db, iso3),
};

export const recommendationsHandlers: AreaHandlers<'recommendations'> = {
  'recommendations.list': (input, ctx) => readRecommendations(ctx.db, input),

  /** How many recommendations stand at each latest status, counted in SQL (no list is built). */
  'recommendations.summary': (_input, ctx) => {
    const rows = ctx.db
      .prepare(
        `SELECT COALESCE((SELECT u.status FROM recommendation_updates u WHERE u.recommendation_id = x.id AND u.deleted = 0
                          ORDER BY u.as_of DESC, u.id DESC LIMIT 1), ?) AS status, COUNT(*) AS n
         FROM recommendations x WHERE x.deleted = 0 GROUP BY 1`,
      )
      .all(DEFAULT_RECOMMENDATION_STATUS) as { status: RecommendationStatus; n: number }[];
    const byStatus = Object.fromEntries(RECOMMENDATION_STATUSES.map((s) => [s, 0])) as Record<
      RecommendationStatus,
      number
    >;
    for (const r of rows) byStatus[r.status] = r.n;
    return {
      total: rows.reduce((sum, r) => sum + r.n, 0),
      open: rows.filter((r) => isOpenRecommendation(r.status)).reduce((sum, r) => sum + r.n, 0),
      byStatus,
    };
  },
};

export const followupsHandlers: AreaHandlers<'followups'> = {
  'followups.list': ({ asOf }, ctx) => readFollowups(ctx, asOf ?? ctx.today),
};
