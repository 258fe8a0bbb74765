// The annual review and forecast (OP 17) with the Chair's figures (OP 18), as a document for the
// Committee: HTML, the same laid out for printing to PDF, or the XLSX annex of its tables.
import type { ExportFile } from '../../../shared/api/types';
import { yearOf } from '../../../shared/domain/dates';
import { annualReviewAnnex } from '../annualReview/annex';
import { collectAnnualReview } from '../annualReview/collect';
import { annualReviewHtml } from '../annualReview/html';
import { getMeta } from '../db/workspace';
import { ApiError } from '../errors';
import { speakerOf } from '../exports/speak';
import { text } from '../../../shared/messages';
import { inAskedLanguage } from '../language';
import { classifiedFileName } from '../exports/classification';
import type { Handlers } from './types';

export const annualReviewHandlers: Pick<Handlers, 'reports.annualReview'> = inAskedLanguage({
  'reports.annualReview': async ({ year, format }, ctx): Promise<ExportFile> => {
    const thisYear = yearOf(ctx.today);
    const s = speakerOf(ctx.language);
    if (year > thisYear)
      throw new ApiError('VALIDATION', text('doc.review.notBegun', { year, thisYear }), [
        { field: 'year', message: text('doc.review.chooseYear', { thisYear }) },
      ]);
    // Everything is read before the first await (the workbook is written asynchronously).
    const figures = collectAnnualReview(ctx, year);
    const synthetic = getMeta(ctx.db, 'demo') === '1';
    if (format === 'xlsx')
      return {
        fileName: classifiedFileName(
          `cted-annual-review-${year}-annex`,
          'restricted',
          synthetic,
          'xlsx',
        ),
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        encoding: 'base64',
        content: Buffer.from(await annualReviewAnnex(figures, synthetic, s)).toString('base64'),
        synthetic,
      };
    const baseName = `cted-annual-review-${year}${format === 'print' ? '-print' : ''}`;
    return {
      fileName: classifiedFileName(baseName, 'restricted', synthetic, 'html'),
      mimeType: 'text/html',
      encoding: 'utf8',
      content: annualReviewHtml(figures, format, synthetic, s),
      synthetic,
    };
  },
});
