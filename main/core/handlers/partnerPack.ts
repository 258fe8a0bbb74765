// exports.partnerPack: reads a State's (or every State's) reports, recommendations and technical
// assistance, lets partnerPack.ts choose what the audience may receive, and writes the file.
import type { CallContext } from '../context';
import { getMeta } from '../db/workspace';
import { selectPartnerPack } from '../exports/partnerPack';
import { partnerPackFile } from '../exports/partnerPackFile';
import { readRecommendations, readReports, readTechnicalAssistance } from './reports';
import { readVisits } from './queries';
import { requireMemberState } from './rules';
import type { AreaHandlers } from './types';

function scopeName(ctx: CallContext, iso3: string): string {
  const row = ctx.db.prepare('SELECT name_en FROM member_states WHERE iso3 = ?').get(iso3) as {
    name_en: string;
  };
  return row.name_en;
}

export const partnerPackHandlers: Pick<AreaHandlers<'exports'>, 'exports.partnerPack'> = {
  'exports.partnerPack': async ({ iso3, audience, format }, ctx) => {
    if (iso3 !== 'all') requireMemberState(ctx, iso3);
    const state = iso3 === 'all' ? undefined : iso3;
    // Everything is read before the first await (the file is written after).
    const selection = selectPartnerPack(
      {
        reports: readReports(ctx.db, { iso3: state }),
        confidentialVisitIds: new Set(
          readVisits(ctx.db, { iso3: state })
            .filter((v) => v.confidential)
            .map((v) => v.id),
        ),
        recommendations: readRecommendations(ctx.db, { iso3: state }),
        assistance: readTechnicalAssistance(ctx.db, { iso3: state }),
      },
      audience,
    );
    const file = await partnerPackFile(
      selection,
      {
        scope: iso3 === 'all' ? 'all Member States' : scopeName(ctx, iso3),
        fileScope: iso3,
        today: ctx.today,
        synthetic: getMeta(ctx.db, 'demo') === '1',
      },
      format,
    );
    return {
      ...file,
      audience,
      shared: {
        reports: selection.reports.length,
        recommendations: selection.recommendations.length,
        technicalAssistance: selection.assistance.length,
      },
      withheld: selection.withheld,
    };
  },
};
