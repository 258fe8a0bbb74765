// Inputs of the risk model (OP 12): indicator definitions and the import of their values, signals
// (emerging issues, trends, events, analysis) and the States' own requests and invitations.
import type { ParsedInput } from '../../../shared/api/contract';
import type {
  ImportResult,
  IndicatorDefinitionRecord,
  Signal,
  StateRequest,
} from '../../../shared/api/types';
import { uuidv7 } from '../../../shared/ids';
import {
  blockingErrors,
  checkIndicatorRows,
  createStateMatcher,
  describeFinding,
  sayFinding,
  sayRow,
  valueKey,
  type CheckedImport,
} from '../../../shared/import';
import type { CallContext } from '../context';
import type { Db } from '../db/workspace';
import type { Row } from '../db/write';
import { text, type Text } from '../../../shared/messages';
import { ApiError } from '../errors';
import { recordEvent } from './events';
import { refuse, refuseFuture, requireMemberState, toColumns } from './rules';
import { readSignal, readSignals, readStateRequest, readStateRequests } from './queries';
import { statesHandlers } from './states';
import type { AreaHandlers } from './types';

/** How many checked rows an import answers with, for the preview table. */
const PREVIEW_ROWS = 100;
/** How many problems the message of a refused import spells out. */
const PROBLEMS_IN_MESSAGE = 3;

// ── Indicator definitions ────────────────────────────────────────────────────────────────────

interface DefinitionRow {
  id: string;
  key: string;
  label: string;
  unit: string | null;
  direction: IndicatorDefinitionRecord['direction'];
  normalisation: IndicatorDefinitionRecord['normalisation'];
  thresholds: string | null;
  min_value: number | null;
  max_value: number | null;
  source: string | null;
  external_code: string | null;
}

const toDefinition = (r: DefinitionRow): IndicatorDefinitionRecord => ({
  id: r.id,
  key: r.key,
  label: r.label,
  unit: r.unit,
  direction: r.direction,
  normalisation: r.normalisation,
  thresholds: r.thresholds ? (JSON.parse(r.thresholds) as number[]) : null,
  min: r.min_value,
  max: r.max_value,
  source: r.source,
  externalCode: r.external_code,
});

function readDefinitions(db: Db, key?: string): IndicatorDefinitionRecord[] {
  const rows = db
    .prepare(
      `SELECT * FROM indicator_definitions WHERE deleted = 0 ${key ? 'AND key = ?' : ''} ORDER BY key, id`,
    )
    .all(...(key ? [key] : [])) as DefinitionRow[];
  return rows.map(toDefinition);
}

const DEFINITION_COLUMNS = {
  key: 'key',
  label: 'label',
  unit: 'unit',
  direction: 'direction',
  normalisation: 'normalisation',
  thresholds: 'thresholds',
  min: 'min_value',
  max: 'max_value',
  source: 'source',
  externalCode: 'external_code',
} as const;

function checkDefinition(d: Omit<IndicatorDefinitionRecord, 'id'>): void {
  if (d.normalisation === 'thresholds' && !d.thresholds?.length) {
    throw refuse('thresholds', text('inputs.thresholdsNeeded'));
  }
  if (d.min !== null && d.max !== null && d.min >= d.max) {
    throw refuse('max', text('inputs.maxAboveMin', { max: d.max, min: d.min }));
  }
}

/** Another indicator already known by this external code: a file's column would match both. */
function refuseSharedCode(db: Db, key: string, code: string | null): void {
  if (!code) return;
  const other = readDefinitions(db).find(
    (d) => d.key !== key && d.externalCode?.toLowerCase() === code.toLowerCase(),
  );
  if (other)
    throw refuse(
      'externalCode',
      text('inputs.codeShared', { code, label: other.label, key: other.key }),
    );
}

/** Creates the definition of a key, or updates it: fields left out keep their current value. */
function defineIndicator(
  input: ParsedInput<'indicators.define'>,
  ctx: CallContext,
): IndicatorDefinitionRecord {
  const current = readDefinitions(ctx.db, input.key)[0];
  const given = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  const base = current ?? {
    unit: null,
    thresholds: null,
    min: null,
    max: null,
    source: null,
    externalCode: null,
  };
  const next = { ...base, ...given } as Omit<IndicatorDefinitionRecord, 'id'>;
  next.thresholds = next.thresholds ? [...next.thresholds].sort((a, b) => a - b) : null;
  checkDefinition(next);
  refuseSharedCode(ctx.db, input.key, next.externalCode);
  const columns = toColumns(next, DEFINITION_COLUMNS);
  const id = current ? current.id : ctx.write.insert('indicator_definitions', columns);
  if (current) ctx.write.update('indicator_definitions', id, columns);
  recordEvent(ctx, 'indicator.defined', 'indicator_definitions', id, {
    key: input.key,
    created: !current,
  });
  return readDefinitions(ctx.db, input.key)[0]!;
}

// ── Import of indicator values ───────────────────────────────────────────────────────────────

type ExistingValues = Map<string, { id: string; value: number }>;

/** The values the workspace holds, by State, indicator and date. */
function readExistingValues(db: Db): ExistingValues {
  const rows = db
    .prepare(
      'SELECT id, iso3, indicator_key, as_of, value FROM risk_indicators WHERE deleted = 0 ORDER BY id',
    )
    .all() as {
    id: string;
    iso3: string;
    indicator_key: string;
    as_of: string;
    value: number;
  }[];
  const values: ExistingValues = new Map();
  for (const r of rows) {
    const key = valueKey(r.iso3, r.indicator_key, r.as_of);
    if (!values.has(key)) values.set(key, { id: r.id, value: r.value });
  }
  return values;
}

/**
 * The refusal of a file with errors, naming the first few. The findings' own words come from the
 * check shared with the interface's preview (shared/import), as Texts: the message is said by the
 * dispatcher, the findings (its details, `said`) by checkImport, both in the caller's language.
 */
function refusal(checked: CheckedImport, said: ImportResult['findings']): ApiError {
  const errors = blockingErrors(checked);
  const listed = errors.slice(0, PROBLEMS_IN_MESSAGE).map((f) => describeFinding(f));
  const more =
    errors.length > PROBLEMS_IN_MESSAGE
      ? text('inputs.importMore', { count: errors.length - PROBLEMS_IN_MESSAGE })
      : '';
  return new ApiError(
    'VALIDATION',
    text('inputs.importRefused', {
      count: errors.length,
      listed: listed.reduce<Text | string>(
        (first, then) => (first === '' ? then : text('inputs.sentences', { first, then })),
        '',
      ),
      more,
    }),
    said,
  );
}

/**
 * Writes every row not excluded: new values in one batch through the write path (each with its
 * chained change_log rows, as one insert at a time would write them), then the updates of values
 * held. Returns how many changed an existing value.
 */
function writeValues(
  ctx: CallContext,
  input: ParsedInput<'indicators.import'>,
  checked: CheckedImport,
  existing: ExistingValues,
): number {
  let updated = 0;
  const added: Row[] = [];
  const changed: { id: string; value: Row }[] = [];
  checked.rows.forEach((row, i) => {
    if (row.excluded) return;
    const value = { value: row.value, source: input.rows[i]!.source || input.fileName || null };
    const current = existing.get(valueKey(row.iso3!, row.indicator, row.asOf!));
    if (current) changed.push({ id: current.id, value });
    else added.push({ iso3: row.iso3, indicator_key: row.indicator, as_of: row.asOf, ...value });
  });
  ctx.write.insertMany('risk_indicators', added);
  for (const c of changed)
    updated += ctx.write.update('risk_indicators', c.id, c.value) > 0 ? 1 : 0;
  return updated;
}

/** Checks a file's rows against the workspace as it is: the same check before any import. */
function checkImport(
  input: ParsedInput<'indicators.import'>,
  ctx: CallContext,
): { checked: CheckedImport; existing: ExistingValues; result: ImportResult } {
  const existing = readExistingValues(ctx.db);
  const checked = checkIndicatorRows(input.rows, {
    states: createStateMatcher(statesHandlers['states.reference']({}, ctx), ctx.language),
    definitions: readDefinitions(ctx.db),
    today: ctx.today,
    exclude: new Set(input.exclude),
    existingValue: (iso3, key, asOf) => existing.get(valueKey(iso3, key, asOf))?.value,
    confirmed: new Map(input.confirmed.map((c) => [c.written, c.iso3])),
  });
  const result: ImportResult = {
    dryRun: true,
    rows: checked.rows.length,
    lines: checked.lines,
    imported: checked.errors > 0 ? 0 : checked.rows.length - checked.excluded,
    excluded: checked.excluded,
    errors: checked.errors,
    warnings: checked.warnings,
    findings: checked.findings.map((f) => sayFinding(ctx.language, f)),
    preview: checked.rows.slice(0, PREVIEW_ROWS).map((r) => sayRow(ctx.language, r)),
    byIndicator: checked.byIndicator,
    aggregates: checked.aggregates,
    nonMembers: checked.nonMembers,
    suggestions: checked.suggestions,
  };
  return { checked, existing, result };
}

/**
 * All or nothing: any error on a line not excluded refuses the whole file. A value for a State,
 * indicator and date the workspace already holds is updated rather than added again.
 */
function importIndicators(input: ParsedInput<'indicators.import'>, ctx: CallContext): ImportResult {
  const { checked, existing, result } = checkImport(input, ctx);
  if (checked.errors > 0) throw refusal(checked, result.findings);
  if (input.dryRun) return result;
  const updated = writeValues(ctx, input, checked, existing);
  // An import is no single row: its event gets an id of its own as subject.
  recordEvent(ctx, 'indicators.imported', 'risk_indicators', uuidv7(ctx.nowMs), {
    fileName: input.fileName,
    rows: result.rows,
    imported: result.imported,
    updated,
    excluded: result.excluded,
    byIndicator: result.byIndicator,
    ...(input.confirmed.length > 0 && { confirmed: input.confirmed }),
  });
  return { ...result, dryRun: false };
}

export const indicatorsHandlers: AreaHandlers<'indicators'> = {
  'indicators.definitions': (_input, ctx) => readDefinitions(ctx.db),
  'indicators.define': defineIndicator,
  'indicators.import': importIndicators,
  'indicators.check': (input, ctx) => checkImport(input, ctx).result,
};

// ── Signals ──────────────────────────────────────────────────────────────────────────────────

const SIGNAL_COLUMNS = {
  iso3: 'iso3',
  kind: 'kind',
  occurredOn: 'occurred_on',
  severity: 'severity',
  halfLifeDays: 'half_life_days',
  source: 'source',
  text: 'text',
} as const;

function signalById(ctx: CallContext, id: string): Signal {
  const signal = readSignal(ctx.db, id);
  if (!signal) throw new ApiError('NOT_FOUND', text('inputs.noSuchSignal'));
  return signal;
}

export const signalsHandlers: AreaHandlers<'signals'> = {
  'signals.list': ({ iso3 }, ctx) => readSignals(ctx.db, iso3),

  'signals.create': (input, ctx) => {
    requireMemberState(ctx, input.iso3);
    refuseFuture(ctx, 'occurredOn', text('inputs.theDate'), input.occurredOn);
    const id = ctx.write.insert('signals', toColumns(input, SIGNAL_COLUMNS));
    recordEvent(ctx, 'signal.created', 'signals', id, {
      iso3: input.iso3,
      kind: input.kind,
      severity: input.severity,
    });
    return signalById(ctx, id);
  },

  'signals.update': ({ id, ...patch }, ctx) => {
    signalById(ctx, id);
    refuseFuture(ctx, 'occurredOn', text('inputs.theDate'), patch.occurredOn);
    ctx.write.update('signals', id, toColumns(patch, SIGNAL_COLUMNS));
    return signalById(ctx, id);
  },

  'signals.delete': ({ id }, ctx) => {
    const signal = signalById(ctx, id);
    ctx.write.remove('signals', id);
    recordEvent(ctx, 'signal.deleted', 'signals', id, { iso3: signal.iso3 });
    return { id, deleted: true };
  },
};

// ── Requests and invitations from States ─────────────────────────────────────────────────────

const REQUEST_COLUMNS = {
  iso3: 'iso3',
  kind: 'kind',
  receivedOn: 'received_on',
  status: 'status',
  description: 'description',
  source: 'source',
} as const;

function requestById(ctx: CallContext, id: string): StateRequest {
  const request = readStateRequest(ctx.db, id);
  if (!request) throw new ApiError('NOT_FOUND', text('inputs.noSuchRequest'));
  return request;
}

export const stateRequestsHandlers: AreaHandlers<'stateRequests'> = {
  'stateRequests.list': ({ iso3 }, ctx) => readStateRequests(ctx.db, iso3),

  'stateRequests.create': (input, ctx) => {
    requireMemberState(ctx, input.iso3);
    refuseFuture(ctx, 'receivedOn', text('inputs.theDateReceived'), input.receivedOn);
    const id = ctx.write.insert('state_requests', toColumns(input, REQUEST_COLUMNS));
    recordEvent(ctx, 'state_request.created', 'state_requests', id, {
      iso3: input.iso3,
      kind: input.kind,
    });
    return requestById(ctx, id);
  },

  'stateRequests.update': ({ id, ...patch }, ctx) => {
    const before = requestById(ctx, id);
    refuseFuture(ctx, 'receivedOn', text('inputs.theDateReceived'), patch.receivedOn);
    ctx.write.update('state_requests', id, toColumns(patch, REQUEST_COLUMNS));
    if (patch.status && patch.status !== before.status) {
      recordEvent(ctx, 'state_request.status_changed', 'state_requests', id, {
        from: before.status,
        to: patch.status,
      });
    }
    return requestById(ctx, id);
  },
};
