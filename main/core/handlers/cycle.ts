// The assessment cycle's lists: consent requests, reports, recommendations, OP 16 follow-ups.
import { readConsent, readFollowups, readRecommendations, readReports } from './queries';
import type { AreaHandlers } from './types';

export const consentHandlers: AreaHandlers<'consent'> = {
  'consent.list': ({ iso3, asOf }, ctx) => readConsent(ctx, asOf ?? ctx.today, iso3),
};

export const reportsHandlers: AreaHandlers<'reports'> = {
  'reports.list': ({ iso3 }, ctx) => readReports(ctx.db, iso3),
};

export const recommendationsHandlers: AreaHandlers<'recommendations'> = {
  'recommendations.list': (input, ctx) => readRecommendations(ctx.db, input),
};

export const followupsHandlers: AreaHandlers<'followups'> = {
  'followups.list': ({ asOf }, ctx) => readFollowups(ctx, asOf ?? ctx.today),
};
