// exports.partnerPack: reads a State's (or every State's) reports, recommendations and technical
// assistance, lets partnerPack.ts choose what the audience may receive, and writes the file.
import { getMeta } from '../db/workspace';
import { selectPartnerPack } from '../exports/partnerPack';
import { inAskedLanguage, stateName } from '../language';
import { partnerPackFile } from '../exports/partnerPackFile';
import { speakerOf } from '../exports/speak';
import { readRecommendations, readReports, readTechnicalAssistance } from './reports';
import { readVisits } from './queries';
import { requireMemberState } from './rules';
import type { AreaHandlers } from './types';

export const partnerPackHandlers: Pick<
  AreaHandlers<'exports'>,
  'exports.partnerPack'
> = inAskedLanguage({
  'exports.partnerPack': async ({ iso3, audience, format }, ctx) => {
    if (iso3 !== 'all') requireMemberState(ctx, iso3);
    const state = iso3 === 'all' ? undefined : iso3;
    // Everything is read before the first await (the file is written after).
    const selection = selectPartnerPack(
      {
        reports: readReports(ctx, { iso3: state }),
        confidentialVisitIds: new Set(
          readVisits(ctx, { iso3: state })
            .filter((v) => v.confidential)
            .map((v) => v.id),
        ),
        recommendations: readRecommendations(ctx, { iso3: state }),
        assistance: readTechnicalAssistance(ctx, { iso3: state }),
      },
      audience,
      ctx.language,
    );
    const s = speakerOf(ctx.language);
    const file = await partnerPackFile(
      selection,
      {
        scope: iso3 === 'all' ? s('doc.partner.allStates') : stateName(ctx.db, iso3, ctx.language),
        fileScope: iso3,
        today: ctx.today,
        synthetic: getMeta(ctx.db, 'demo') === '1',
        speaker: s,
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
});
