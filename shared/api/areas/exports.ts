// Files for people outside the app (the list, amendments, diffs, review pack, published
// schedule) and the schedule itself.
import { z } from 'zod';
import { ALL_ROLES, PLANNERS } from '../../domain/roles';
import { PARTNER_AUDIENCES, type PartnerAudience } from '../../domain/sharing';
import type { VisitKind, VisitMode, VisitStatus } from '../../domain/visits';
import { iso3, isoDate, language, method, year } from '../schema';

/** The language of the file's State names and their order; the caller's by default. */
export const exportLanguage = language.optional();

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

/** What a partner pack left out, as counts: never what the items say (OP 19). */
export interface PartnerPackWithheld {
  /** Adopted reports of visits the State asked to keep confidential. */
  reportsOfConfidentialVisits: number;
  /** Adopted reports whose release the State did not consent to. */
  reportsWithoutReleaseConsent: number;
  /** Adopted reports the State released only in part, for an audience that gets full releases only. */
  reportsReleasedOnlyInPart: number;
  /** Adopted reports with a confidential section that names no thematic area: what it covers is unknown. */
  reportsWithUnplacedSections: number;
  /** Confidential sections of the reports shared: their thematic areas' recommendations stay out. */
  confidentialSections: number;
  /** Recommendations of the reports shared, marked confidential or in a confidential section. */
  recommendations: number;
  /** Open technical-assistance records of the reports shared that serve a withheld recommendation (or none), or are not for this audience. */
  technicalAssistance: number;
}

/** A partner pack: the file, and what it shares and withheld, for the planner to see. */
export interface PartnerPackFile extends ExportFile {
  audience: PartnerAudience;
  shared: { reports: number; recommendations: number; technicalAssistance: number };
  withheld: PartnerPackWithheld;
}

const tableFormat = z.enum(['csv', 'xlsx'], { error: 'schema.exports.tableFormat' });
// Methods that can make an XLSX file answer later (answersLater): exceljs writes asynchronously.

export const exportsMethods = {
  /** Every deadline of every State's cycle as of a date, from the one deadline engine. */
  'exports.deadlines': method<ExportFile>()({
    input: z.strictObject({
      language: exportLanguage,
      asOf: isoDate.optional(),
      open: z.boolean().optional(),
      format: tableFormat,
    }),
    mutates: false,
    answersLater: true,
    roles: ALL_ROLES,
  }),
  'exports.list': method<ExportFile>()({
    input: z.strictObject({
      language: exportLanguage,
      year,
      format: tableFormat,
      version: z.number().int().min(0).optional(),
    }),
    mutates: false,
    answersLater: true,
    roles: ALL_ROLES,
  }),
  'exports.amendments': method<ExportFile>()({
    input: z.strictObject({ language: exportLanguage, year, format: tableFormat }),
    mutates: false,
    answersLater: true,
    roles: ALL_ROLES,
  }),
  'exports.diff': method<ExportFile>()({
    input: z.strictObject({
      language: exportLanguage,
      year,
      from: z.number().int().min(1),
      to: z.number().int().min(1),
      format: tableFormat,
    }),
    mutates: false,
    answersLater: true,
    roles: ALL_ROLES,
  }),
  /** One self-contained HTML file for circulation to Committee members (print it to PDF). */
  'exports.reviewPack': method<ExportFile>()({
    input: z.strictObject({
      language: exportLanguage,
      year,
      subject: z.enum(['list', 'amendments'], { error: 'schema.exports.reviewSubject' }),
    }),
    mutates: false,
    roles: ALL_ROLES,
  }),
  /** The published schedule: consented visits only, without what a State asked to keep confidential. */
  'exports.schedule': method<ExportFile>()({
    input: z.strictObject({
      language: exportLanguage,
      year,
      precision: z.enum(['month', 'dates'], { error: 'schema.exports.schedulePrecision' }),
      format: z.enum(['html', 'csv', 'xlsx'], { error: 'schema.exports.documentFormat' }),
    }),
    mutates: false,
    answersLater: true,
    roles: ALL_ROLES,
  }),
  /**
   * Assessments' recommendations, thematic gaps and technical-assistance needs for UNOCT and
   * partners (OP 19, OP 23), without anything a State asked to keep confidential.
   */
  'exports.partnerPack': method<PartnerPackFile>()({
    input: z.strictObject({
      language: exportLanguage,
      iso3: z.union([z.literal('all'), iso3], {
        error: 'schema.exports.partnerState',
      }),
      audience: z.enum(PARTNER_AUDIENCES, {
        error: 'schema.exports.audience',
      }),
      format: z.enum(['html', 'csv', 'xlsx'], { error: 'schema.exports.documentFormat' }),
    }),
    mutates: false,
    answersLater: true,
    roles: PLANNERS,
  }),
  'schedule.get': method<ScheduledVisit[]>()({
    input: z.strictObject({ year }),
    mutates: false,
    roles: ALL_ROLES,
  }),
};
