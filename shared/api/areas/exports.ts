// Files for people outside the app (the list, amendments, diffs, review pack, published
// schedule) and the schedule itself.
import { z } from 'zod';
import { ALL_ROLES } from '../../domain/roles';
import type { VisitKind, VisitMode, VisitStatus } from '../../domain/visits';
import { isoDate, method, year } from '../schema';

/** A file made by the backend for the user to save or open. */
export interface ExportFile {
  fileName: string;
  mimeType: string;
  /** Text files are utf8; XLSX is base64. */
  encoding: 'utf8' | 'base64';
  content: string;
  /** True when made from the synthetic demo workspace (the file says so too). */
  synthetic: boolean;
}

/** A visit of the list year with the State's consent, as the schedule shows it. */
export interface ScheduledVisit {
  visitId: string;
  iso3: string;
  stateName: string;
  kind: VisitKind;
  mode: VisitMode;
  status: VisitStatus;
  startDate: string | null;
  endDate: string | null;
  /** 1–12, from the start date or the State's proposed dates. */
  month: number | null;
  consentOn: string | null;
  /** The State asked to keep this visit out of published documents (OP 19). */
  confidential: boolean;
}

const tableFormat = z.enum(['csv', 'xlsx'], { error: 'Choose CSV or XLSX.' });

export const exportsMethods = {
  /** Every deadline of every State's cycle as of a date, from the one deadline engine. */
  'exports.deadlines': method<ExportFile>()({
    input: z.strictObject({
      asOf: isoDate.optional(),
      open: z.boolean().optional(),
      format: tableFormat,
    }),
    mutates: false,
    roles: ALL_ROLES,
  }),
  'exports.list': method<ExportFile>()({
    input: z.strictObject({
      year,
      format: tableFormat,
      version: z.number().int().min(0).optional(),
    }),
    mutates: false,
    roles: ALL_ROLES,
  }),
  'exports.amendments': method<ExportFile>()({
    input: z.strictObject({ year, format: tableFormat }),
    mutates: false,
    roles: ALL_ROLES,
  }),
  'exports.diff': method<ExportFile>()({
    input: z.strictObject({
      year,
      from: z.number().int().min(1),
      to: z.number().int().min(1),
      format: tableFormat,
    }),
    mutates: false,
    roles: ALL_ROLES,
  }),
  /** One self-contained HTML file for circulation to Committee members (print it to PDF). */
  'exports.reviewPack': method<ExportFile>()({
    input: z.strictObject({
      year,
      subject: z.enum(['list', 'amendments'], { error: 'Choose the list or its amendments.' }),
    }),
    mutates: false,
    roles: ALL_ROLES,
  }),
  /** The published schedule: consented visits only, without what a State asked to keep confidential. */
  'exports.schedule': method<ExportFile>()({
    input: z.strictObject({
      year,
      precision: z.enum(['month', 'dates'], { error: 'Choose by month or by dates.' }),
      format: z.enum(['html', 'csv', 'xlsx'], { error: 'Choose HTML, CSV or XLSX.' }),
    }),
    mutates: false,
    roles: ALL_ROLES,
  }),
  'schedule.get': method<ScheduledVisit[]>()({
    input: z.strictObject({ year }),
    mutates: false,
    roles: ALL_ROLES,
  }),
};
