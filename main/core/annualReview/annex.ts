// The annual review's XLSX annex: one sheet per table of the document, with real dates and
// numbers, frozen headers and filters (main/core/exports/workbook.ts).
import { classificationLabel } from '../exports/classification';
import { writeWorkbook } from '../exports/workbook';
import type { AnnualReviewFigures } from './collect';
import { reviewTables } from './tables';

export function annualReviewAnnex(f: AnnualReviewFigures, synthetic: boolean): Promise<Uint8Array> {
  const sheets = Object.values(reviewTables(f)).map(({ caption, ...sheet }) => ({
    ...sheet,
    notes: [caption],
  }));
  return writeWorkbook(sheets, {
    title: `CTED annual review ${f.year} and forecast ${f.year + 1} — annex (figures as of ${f.asOf})`,
    classification: classificationLabel('restricted'),
    synthetic,
  });
}
