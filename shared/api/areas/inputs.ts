// The inputs of the risk model: indicator definitions and values, signals, States' own requests.
import { z } from 'zod';
import { ALL_ROLES, PLANNERS } from '../../domain/roles';
import { id, iso3, isoDate, method, nothing, text, updateOf, withoutState } from '../schema';

export interface Signal {
  id: string;
  iso3: string;
  kind: 'emerging_issue' | 'trend' | 'event' | 'analysis';
  occurredOn: string;
  severity: number;
  halfLifeDays: number;
  source: string | null;
  text: string | null;
}

export interface IndicatorValue {
  id: string;
  iso3: string;
  key: string;
  label: string;
  asOf: string;
  value: number;
  source: string | null;
}

export interface StateRequest {
  id: string;
  iso3: string;
  kind: 'request' | 'invitation';
  receivedOn: string | null;
  status: 'open' | 'fulfilled' | 'withdrawn';
  description: string | null;
  source: string | null;
}

export interface IndicatorDefinitionRecord {
  id: string;
  key: string;
  label: string;
  unit: string | null;
  direction: 'higher_is_riskier' | 'lower_is_riskier';
  normalisation: 'minmax' | 'rank' | 'thresholds';
  thresholds: number[] | null;
  min: number | null;
  max: number | null;
  source: string | null;
  /** The indicator's code at its publisher (e.g. the World Bank's VC.IHR.PSRC.P5), matched on import. */
  externalCode: string | null;
}

/** One problem found in an imported row (or the whole file when `line` is null). */
export interface ImportFinding {
  line: number | null;
  severity: 'error' | 'warning';
  column: string | null;
  message: string;
  /**
   * What kind of State problem it is, where one applies: an aggregate (a region or income group),
   * a territory or non-member, or a name close to one Member State's (`suggestion`).
   */
  kind?: 'aggregate' | 'nonMember' | 'nearMiss';
  /** The Member State a near-miss probably means; applied only once the user confirms it. */
  suggestion?: { iso3: string; name: string };
}

/** A State name of the file that is close to one Member State's, and the lines that write it. */
export interface ImportSuggestion {
  written: string;
  iso3: string;
  name: string;
  lines: number[];
  /** The user confirmed it: the name is read as this State. */
  confirmed: boolean;
}

export interface ImportRowPreview {
  line: number;
  state: string;
  iso3: string | null;
  stateName: string | null;
  indicator: string;
  asOf: string | null;
  value: number | null;
  excluded: boolean;
  findings: ImportFinding[];
  /** The Member State suggested for a near-miss name (read as it once the user confirms). */
  suggestion?: { iso3: string; name: string };
}

export interface ImportResult {
  /** True when nothing was written (a dry run, or a file with errors). */
  dryRun: boolean;
  rows: number;
  /** Lines of the file the rows come from (a wide file has one row per line and year). */
  lines: number;
  imported: number;
  excluded: number;
  errors: number;
  warnings: number;
  /** File-level findings and the findings of every row, in line order. */
  findings: ImportFinding[];
  /** The first rows, as they were read and matched, for the preview table. */
  preview: ImportRowPreview[];
  /** Per indicator: how many values were (or would be) imported. */
  byIndicator: { key: string; values: number }[];
  /** Lines (not excluded) naming a regional or income aggregate, and a territory or non-member. */
  aggregates: number;
  nonMembers: number;
  /** Names close to a Member State's, confirmed or not. */
  suggestions: ImportSuggestion[];
}

const signalFields = {
  iso3,
  kind: z.enum(['emerging_issue', 'trend', 'event', 'analysis'], {
    error: 'schema.inputs.signalKind',
  }),
  occurredOn: isoDate,
  severity: z
    .number({ error: 'schema.inputs.severityType' })
    .int()
    .min(1, { message: 'schema.inputs.severityRange' })
    .max(5, { message: 'schema.inputs.severityRange' }),
  halfLifeDays: z
    .number({ error: 'schema.inputs.halfLifeType' })
    .int()
    .min(1, { message: 'schema.inputs.halfLifeMin' })
    .max(3650, { message: 'schema.inputs.halfLifeMax' }),
  source: text(500).nullable(),
  text: text(4000).nullable(),
};
const requestFields = {
  iso3,
  kind: z.enum(['request', 'invitation'], { error: 'schema.inputs.requestKind' }),
  receivedOn: isoDate,
  status: z.enum(['open', 'fulfilled', 'withdrawn'], {
    error: 'schema.inputs.requestStatus',
  }),
  description: text(4000).nullable(),
  source: text(500).nullable(),
};
/** An imported file's rows as read, cells as text; the server checks them again itself. */
const importRows = z
  .array(
    z.strictObject({
      line: z.number().int().min(1),
      state: z.string().max(200),
      /** The State's code, when the file gives a code beside the name (World Bank tables do). */
      stateCode: z.string().max(20).optional(),
      indicator: z.string().max(100),
      /** The indicator's name, when the file gives it beside a code. */
      indicatorName: z.string().max(300).optional(),
      asOf: z.string().max(40),
      value: z.string().max(100),
      source: z.string().max(500).optional(),
    }),
  )
  .max(200_000, { message: 'schema.inputs.rowsTooMany' });
const importInput = z.strictObject({
  fileName: text(300),
  rows: importRows,
  /** Lines the user chose to leave out; the rest must be free of errors. */
  exclude: z.array(z.number().int().min(1)).max(200_000).default([]),
  /** Suggestions the user confirmed: a State name as written, read as the Member State suggested. */
  confirmed: z
    .array(z.strictObject({ written: z.string().max(200), iso3 }))
    .max(1000)
    .default([]),
  dryRun: z.boolean().default(false),
});

export const inputsMethods = {
  'indicators.definitions': method<IndicatorDefinitionRecord[]>()({
    input: nothing,
    mutates: false,
    roles: ALL_ROLES,
  }),
  'indicators.define': method<IndicatorDefinitionRecord>()({
    input: z.strictObject({
      key: z.string().regex(/^[a-z][a-z0-9_]{1,49}$/, {
        message: 'schema.inputs.indicatorKey',
      }),
      label: text(200).min(1, { message: 'schema.inputs.indicatorLabel' }),
      unit: text(50).nullable().optional(),
      direction: z.enum(['higher_is_riskier', 'lower_is_riskier'], {
        error: 'schema.inputs.direction',
      }),
      normalisation: z.enum(['minmax', 'rank', 'thresholds'], {
        error: 'schema.inputs.normalisation',
      }),
      thresholds: z.array(z.number()).min(1).max(20).nullable().optional(),
      min: z.number().nullable().optional(),
      max: z.number().nullable().optional(),
      source: text(500).nullable().optional(),
      externalCode: z
        .string()
        .trim()
        .max(100, { message: 'schema.inputs.externalCodeTooLong' })
        .regex(/^[^\s]*$/, { message: 'schema.inputs.externalCodeSpaces' })
        .transform((v) => v || null)
        .nullable()
        .optional(),
    }),
    mutates: true,
    roles: PLANNERS,
  }),
  'indicators.import': method<ImportResult>()({
    input: importInput,
    mutates: true,
    roles: PLANNERS,
  }),
  /**
   * The same check as an import, on a workspace that may be read-only: nothing is written, so any
   * role may check a file (only planners import one).
   */
  'indicators.check': method<ImportResult>()({
    input: importInput,
    mutates: false,
    roles: ALL_ROLES,
  }),
  'signals.list': method<Signal[]>()({
    input: z.strictObject({ iso3: iso3.optional() }),
    mutates: false,
    roles: ALL_ROLES,
  }),
  'signals.create': method<Signal>()({
    input: z.strictObject({
      ...signalFields,
      source: signalFields.source.optional(),
      text: signalFields.text.optional(),
    }),
    mutates: true,
    roles: PLANNERS,
  }),
  'signals.update': method<Signal>()({
    input: updateOf(withoutState(signalFields)),
    mutates: true,
    roles: PLANNERS,
  }),
  'signals.delete': method<{ id: string; deleted: true }>()({
    input: z.strictObject({ id }),
    mutates: true,
    roles: PLANNERS,
  }),
  'stateRequests.list': method<StateRequest[]>()({
    input: z.strictObject({ iso3: iso3.optional() }),
    mutates: false,
    roles: ALL_ROLES,
  }),
  'stateRequests.create': method<StateRequest>()({
    input: z.strictObject({
      ...requestFields,
      status: requestFields.status.default('open'),
      description: requestFields.description.optional(),
      source: requestFields.source.optional(),
    }),
    mutates: true,
    roles: PLANNERS,
  }),
  'stateRequests.update': method<StateRequest>()({
    input: updateOf(withoutState(requestFields)),
    mutates: true,
    roles: PLANNERS,
  }),
};
