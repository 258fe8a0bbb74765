// The one API contract (DESIGN §2): every method once, with its input schema, output type,
// whether it writes, and which roles may call it (admins may call everything).
import { z } from 'zod';
import { isIsoDate } from '../domain/dates';
import { ALL_ROLES, COMMITTEE, PLANNERS, type Role } from '../domain/roles';
import { FACTORS, IMPUTATIONS, type Factor } from '../domain/scoring';
import { VISIT_KINDS, VISIT_MODES, VISIT_STATUSES, visitFieldProblems } from '../domain/visits';
import type {
  Amendment,
  AnnualList,
  AssessmentReport,
  AuditEntry,
  ConsentRequest,
  CoverageSummary,
  ExportFile,
  Followup,
  ImportResult,
  IndicatorDefinitionRecord,
  ListComment,
  ListDiff,
  ListVersionSummary,
  Methodology,
  PlanInputs,
  PlanResult,
  Recommendation,
  RecommendationsSummary,
  ScheduledVisit,
  Signal,
  StateDossier,
  StateReference,
  StateRequest,
  StateSummary,
  User,
  Visit,
  WorkspaceInfo,
} from './types';

export const isoDate = z.string({ error: 'Enter a date.' }).refine(isIsoDate, {
  message: 'Use a real calendar date written as YYYY-MM-DD, e.g. 2025-03-31.',
});
export const iso3 = z.string({ error: 'Choose a Member State.' }).regex(/^[A-Z]{3}$/, {
  message: 'A Member State is given by its three-letter ISO code, e.g. KEN.',
});
const id = z
  .string({ error: 'An identifier is required.' })
  .min(1, { message: 'An identifier is required.' })
  .max(64);
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `Keep this under ${max} characters.` });
const names = z.array(text(200)).max(50, { message: 'List at most 50 names.' });

export interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  mutates: boolean;
  roles: readonly Role[];
  /** Phantom field carrying the output type; never set at run time. */
  readonly output?: O;
}

const method =
  <O>() =>
  <I extends z.ZodType>(spec: {
    input: I;
    mutates: boolean;
    roles: readonly Role[];
  }): MethodSpec<I, O> =>
    spec;

const visitFields = {
  kind: z.enum(VISIT_KINDS, { error: 'Choose the kind of visit.' }),
  mode: z.enum(VISIT_MODES, { error: 'Choose in person, virtual or hybrid.' }),
  status: z.enum(VISIT_STATUSES, { error: 'Choose a status.' }),
  startDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
  virtualStart: isoDate.nullable(),
  virtualEnd: isoDate.nullable(),
  physicalStart: isoDate.nullable(),
  physicalEnd: isoDate.nullable(),
  team: names,
  agenciesMet: names,
  notes: text(4000).nullable(),
  consentRequestId: id.nullable(),
  /** The State asked to keep this visit out of published documents (OP 19). */
  confidential: z.boolean({ error: 'Say whether the visit is confidential.' }),
};

const visitCreate = z
  .strictObject({
    iso3,
    ...visitFields,
    status: visitFields.status.default('planned'),
    startDate: visitFields.startDate.optional(),
    endDate: visitFields.endDate.optional(),
    virtualStart: visitFields.virtualStart.optional(),
    virtualEnd: visitFields.virtualEnd.optional(),
    physicalStart: visitFields.physicalStart.optional(),
    physicalEnd: visitFields.physicalEnd.optional(),
    team: names.default([]),
    agenciesMet: names.default([]),
    notes: visitFields.notes.optional(),
    consentRequestId: visitFields.consentRequestId.optional(),
    confidential: visitFields.confidential.default(false),
  })
  .superRefine((v, ctx) => {
    for (const p of visitFieldProblems(v))
      ctx.addIssue({ code: 'custom', path: [p.field], message: p.message });
  });

const withoutState = <Shape extends { iso3: unknown }>({ iso3: _state, ...rest }: Shape) => rest;

/** An update: the record's id and any of its editable fields (the State never changes). */
const updateOf = <Shape extends z.ZodRawShape>(fields: Shape) =>
  z.strictObject(fields).partial().extend({ id });

const visitUpdate = updateOf(visitFields);

const year = z
  .number({ error: 'Enter a year.' })
  .int({ message: 'Enter a whole year, e.g. 2027.' })
  .min(2005, { message: 'Choose a year from 2005.' })
  .max(2100, { message: 'Choose a year up to 2100.' });
const weights = z.strictObject(
  Object.fromEntries(
    FACTORS.map((f) => [
      f,
      z
        .number({ error: 'A weight is a number.' })
        .min(0, { message: 'Weights cannot be negative.' })
        .max(100, { message: 'Weights go up to 100.' }),
    ]),
  ) as Record<Factor, z.ZodNumber>,
);
const params = z.strictObject({
  horizonYears: z
    .number()
    .min(1, { message: 'The horizon is at least 1 year.' })
    .max(30, { message: 'The horizon is at most 30 years.' }),
  signalCap: z.number().min(0.1, { message: 'The signal cap must be positive.' }).max(100),
  imputation: z.enum(IMPUTATIONS, { error: 'Choose regional median, global median or zero.' }),
  comprehensiveAfterYears: z.number().min(1).max(30),
});
const regionLimits = z.record(
  z.string().min(1).max(60),
  z.number().int().min(0, { message: 'A regional limit cannot be negative.' }).max(193),
);
const constraints = z.strictObject({
  regionMin: regionLimits.optional(),
  regionMax: regionLimits.optional(),
  mustInclude: z.array(iso3).max(193).optional(),
  exclude: z.array(iso3).max(193).optional(),
  skipScheduled: z.boolean().optional(),
});
const capacity = z
  .number({ error: 'Enter how many visits the list holds.' })
  .int({ message: 'Capacity is a whole number.' })
  .min(1, { message: 'The list holds at least one visit.' })
  .max(60, { message: 'At most 60 visits a year.' });
const reserveSize = z
  .number()
  .int()
  .min(0, { message: 'The reserve cannot be negative.' })
  .max(50, { message: 'Keep at most 50 States in reserve.' });
const decision = {
  decisionRef: text(200).min(1, { message: 'Give the reference of the Committee’s decision.' }),
  decidedOn: isoDate,
};

const signalFields = {
  iso3,
  kind: z.enum(['emerging_issue', 'trend', 'event', 'analysis'], {
    error: 'Choose emerging issue, trend, event or analysis.',
  }),
  occurredOn: isoDate,
  severity: z
    .number({ error: 'Severity is a number from 1 to 5.' })
    .int()
    .min(1, { message: 'Severity goes from 1 to 5.' })
    .max(5, { message: 'Severity goes from 1 to 5.' }),
  halfLifeDays: z
    .number({ error: 'The half-life is a number of days.' })
    .int()
    .min(1, { message: 'The half-life is at least one day.' })
    .max(3650, { message: 'The half-life is at most ten years.' }),
  source: text(500).nullable(),
  text: text(4000).nullable(),
};
const requestFields = {
  iso3,
  kind: z.enum(['request', 'invitation'], { error: 'Choose request or invitation.' }),
  receivedOn: isoDate,
  status: z.enum(['open', 'fulfilled', 'withdrawn'], {
    error: 'Choose open, fulfilled or withdrawn.',
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
      indicator: z.string().max(100),
      asOf: z.string().max(40),
      value: z.string().max(100),
      source: z.string().max(500).optional(),
    }),
  )
  .max(200_000, { message: 'A file can hold at most 200,000 rows.' });

const tableFormat = z.enum(['csv', 'xlsx'], { error: 'Choose CSV or XLSX.' });

const nothing = z.strictObject({});
const asOf = z.strictObject({ asOf: isoDate.optional() });

export const API = {
  'workspace.info': method<WorkspaceInfo>()({ input: nothing, mutates: false, roles: ALL_ROLES }),
  'users.list': method<User[]>()({ input: nothing, mutates: false, roles: ALL_ROLES }),
  'states.list': method<StateSummary[]>()({ input: nothing, mutates: false, roles: ALL_ROLES }),
  'states.get': method<StateDossier>()({
    input: z.strictObject({ iso3 }),
    mutates: false,
    roles: ALL_ROLES,
  }),
  'visits.list': method<Visit[]>()({
    input: z.strictObject({
      iso3: iso3.optional(),
      year: z
        .number()
        .int()
        .min(1990, { message: 'Choose a year from 1990.' })
        .max(2100)
        .optional(),
    }),
    mutates: false,
    roles: ALL_ROLES,
  }),
  'visits.create': method<Visit>()({ input: visitCreate, mutates: true, roles: PLANNERS }),
  'visits.update': method<Visit>()({ input: visitUpdate, mutates: true, roles: PLANNERS }),
  'consent.list': method<ConsentRequest[]>()({
    input: z.strictObject({ iso3: iso3.optional(), asOf: isoDate.optional() }),
    mutates: false,
    roles: ALL_ROLES,
  }),
  'reports.list': method<AssessmentReport[]>()({
    input: z.strictObject({ iso3: iso3.optional() }),
    mutates: false,
    roles: ALL_ROLES,
  }),
  'recommendations.list': method<Recommendation[]>()({
    input: z.strictObject({ iso3: iso3.optional(), reportId: id.optional() }),
    mutates: false,
    roles: ALL_ROLES,
  }),
  'recommendations.summary': method<RecommendationsSummary>()({
    input: nothing,
    mutates: false,
    roles: ALL_ROLES,
  }),
  'followups.list': method<Followup[]>()({ input: asOf, mutates: false, roles: ALL_ROLES }),
  'coverage.summary': method<CoverageSummary>()({ input: asOf, mutates: false, roles: ALL_ROLES }),
  'audit.history': method<AuditEntry[]>()({
    input: z.strictObject({
      table: z.string().regex(/^[a-z_]+$/, { message: 'Unknown table.' }),
      id,
    }),
    mutates: false,
    roles: ALL_ROLES,
  }),
  'states.reference': method<StateReference[]>()({
    input: nothing,
    mutates: false,
    roles: ALL_ROLES,
  }),
  'indicators.definitions': method<IndicatorDefinitionRecord[]>()({
    input: nothing,
    mutates: false,
    roles: ALL_ROLES,
  }),
  'indicators.define': method<IndicatorDefinitionRecord>()({
    input: z.strictObject({
      key: z.string().regex(/^[a-z][a-z0-9_]{1,49}$/, {
        message: 'A key is 2–50 lower-case letters, digits or underscores, starting with a letter.',
      }),
      label: text(200).min(1, { message: 'Give the indicator a label.' }),
      unit: text(50).nullable().optional(),
      direction: z.enum(['higher_is_riskier', 'lower_is_riskier'], {
        error: 'Say whether a higher value means more or less risk.',
      }),
      normalisation: z.enum(['minmax', 'rank', 'thresholds'], {
        error: 'Choose min–max, rank or thresholds.',
      }),
      thresholds: z.array(z.number()).min(1).max(20).nullable().optional(),
      min: z.number().nullable().optional(),
      max: z.number().nullable().optional(),
      source: text(500).nullable().optional(),
    }),
    mutates: true,
    roles: PLANNERS,
  }),
  'indicators.import': method<ImportResult>()({
    input: z.strictObject({
      fileName: text(300),
      rows: importRows,
      /** Lines the user chose to leave out; the rest must be free of errors. */
      exclude: z.array(z.number().int().min(1)).max(200_000).default([]),
      dryRun: z.boolean().default(false),
    }),
    mutates: true,
    roles: PLANNERS,
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
  'methodologies.list': method<Methodology[]>()({
    input: nothing,
    mutates: false,
    roles: ALL_ROLES,
  }),
  'methodologies.clone': method<Methodology>()({
    input: z.strictObject({
      id,
      name: text(120).min(1, { message: 'Name the new methodology.' }),
      /** The copy's own weights and parameters, when they differ from the original's. */
      weights: weights.optional(),
      params: params.optional(),
    }),
    mutates: true,
    roles: PLANNERS,
  }),
  'methodologies.update': method<Methodology>()({
    input: z.strictObject({
      id,
      name: text(120).min(1).optional(),
      weights: weights.optional(),
      params: params.optional(),
    }),
    mutates: true,
    roles: PLANNERS,
  }),
  'plan.inputs': method<PlanInputs>()({
    input: z.strictObject({ year }),
    mutates: false,
    roles: ALL_ROLES,
  }),
  'plan.build': method<PlanResult>()({
    input: z.strictObject({
      year,
      methodologyId: id.optional(),
      weights: weights.optional(),
      params: params.optional(),
      capacity,
      reserveSize: reserveSize.optional(),
      constraints: constraints.optional(),
    }),
    mutates: false,
    roles: ALL_ROLES,
  }),
  'plan.get': method<AnnualList | null>()({
    input: z.strictObject({ year }),
    mutates: false,
    roles: ALL_ROLES,
  }),
  'plan.saveDraft': method<AnnualList>()({
    input: z.strictObject({
      year,
      methodologyId: id.optional(),
      capacity,
      reserveSize: reserveSize.optional(),
      constraints: constraints.optional(),
    }),
    mutates: true,
    roles: PLANNERS,
  }),
  'plan.propose': method<AnnualList>()({
    input: z.strictObject({ year }),
    mutates: true,
    roles: PLANNERS,
  }),
  'plan.adopt': method<AnnualList>()({
    input: z.strictObject({ year, ...decision }),
    mutates: true,
    roles: COMMITTEE,
  }),
  'plan.proposeAmendment': method<Amendment>()({
    input: z.strictObject({
      year,
      action: z.enum(['add', 'remove', 'substitute', 'changeKind'], {
        error: 'Choose add, remove, substitute or change kind.',
      }),
      iso3,
      replacementIso3: iso3.optional(),
      kind: z.enum(VISIT_KINDS, { error: 'Choose the kind of visit.' }).optional(),
      rationale: text(4000).min(10, {
        message: 'Explain the change in a sentence or more (at least 10 characters).',
      }),
    }),
    mutates: true,
    roles: PLANNERS,
  }),
  'plan.decideAmendment': method<Amendment>()({
    input: z.strictObject({
      amendmentId: id,
      decision: z.enum(['approved', 'rejected'], { error: 'Choose approved or rejected.' }),
      ...decision,
      comment: text(4000).optional(),
    }),
    mutates: true,
    roles: COMMITTEE,
  }),
  'plan.comment': method<ListComment>()({
    input: z.strictObject({
      year,
      amendmentId: id.optional(),
      text: text(4000).min(1, { message: 'Write a comment.' }),
    }),
    mutates: true,
    roles: [...PLANNERS, ...COMMITTEE],
  }),
  'plan.versions': method<ListVersionSummary[]>()({
    input: z.strictObject({ year }),
    mutates: false,
    roles: ALL_ROLES,
  }),
  'plan.diff': method<ListDiff>()({
    input: z.strictObject({ year, from: z.number().int().min(1), to: z.number().int().min(1) }),
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
} as const;

export type Api = typeof API;
export type MethodName = keyof Api;
export type MethodInput<M extends MethodName> = z.input<Api[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Api[M]['input']>;
export type MethodOutput<M extends MethodName> =
  Api[M] extends MethodSpec<z.ZodType, infer O> ? O : never;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(API, name);
}

export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'INVALID_TRANSITION',
  'INTEGRITY',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };
