// The annual review and forecast of CTED's visits (resolution 2617, OP 17) and the figures of the
// Committee Chair's yearly report to the Council (OP 18): one document for a year, made from the
// workspace only, so that the same workspace and year always give the same file.
import { z } from 'zod';
import { ALL_ROLES } from '../../domain/roles';
import { method, year } from '../schema';
import { exportLanguage, type ExportFile } from './exports';

/**
 * `html` reads on screen and travels by e-mail; `print` is the same document laid out for A4
 * pages (the classification on every page, each part on a new page), which the app prints to PDF;
 * `xlsx` is the annex: one sheet per table of the document.
 */
export const ANNUAL_REVIEW_FORMATS = ['html', 'print', 'xlsx'] as const;
export type AnnualReviewFormat = (typeof ANNUAL_REVIEW_FORMATS)[number];

export const annualReviewMethods = {
  /** A document for the Committee: every role may read it. */
  'reports.annualReview': method<ExportFile>()({
    input: z.strictObject({
      language: exportLanguage,
      year,
      format: z.enum(ANNUAL_REVIEW_FORMATS, {
        error: 'schema.annualReview.format',
      }),
    }),
    mutates: false,
    roles: ALL_ROLES,
    // The XLSX annex is written asynchronously (exceljs): call it with the dispatcher's callAsync.
    answersLater: true,
  }),
};
