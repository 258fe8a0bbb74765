// The annual review's XLSX annex: one sheet per table of the document, with real dates and
// numbers, frozen headers and filters (main/core/exports/workbook.ts), in the document's language.
import { classificationLabel } from '../exports/classification';
import type { Speaker } from '../exports/speak';
import { writeWorkbook } from '../exports/workbook';
import type { AnnualReviewFigures } from './collect';
import { reviewTables } from './tables';

export function annualReviewAnnex(
  f: AnnualReviewFigures,
  synthetic: boolean,
  s: Speaker,
): Promise<Uint8Array> {
  const sheets = Object.values(reviewTables(f, s)).map(({ caption, ...sheet }) => ({
    ...sheet,
    notes: [caption],
  }));
  return writeWorkbook(sheets, {
    title: s('doc.review.annexTitle', { year: f.year, next: f.year + 1, date: s.date(f.asOf) }),
    classification: classificationLabel('restricted', s),
    synthetic,
    speaker: s,
  });
}
