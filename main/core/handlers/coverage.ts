// Coverage (OP 11, OP 14): the key figures, the map's data, the charts' series and the
// implementation of recommendations over time, each as of a date (today by default).
import { coverageMap } from '../coverage/map';
import { implementationOverTime } from '../coverage/implementation';
import { coverageSummary } from '../coverage/summary';
import { coverageTrends } from '../coverage/trends';
import { text } from '../../../shared/messages';
import { ApiError } from '../errors';
import type { AreaHandlers } from './types';

export const coverageHandlers: AreaHandlers<'coverage'> = {
  'coverage.summary': ({ asOf }, ctx) => coverageSummary(ctx, asOf ?? ctx.today),
  'coverage.map': ({ asOf }, ctx) => coverageMap(ctx, asOf ?? ctx.today),
  'coverage.trends': ({ asOf }, ctx) => coverageTrends(ctx, asOf ?? ctx.today),
  'coverage.implementation': ({ asOf, iso3 }, ctx) => {
    if (iso3 && !ctx.db.prepare('SELECT 1 FROM member_states WHERE iso3 = ?').get(iso3))
      throw new ApiError('NOT_FOUND', text('rule.notMemberState', { iso3 }));
    return implementationOverTime(ctx, asOf ?? ctx.today, iso3 ?? null);
  },
};
