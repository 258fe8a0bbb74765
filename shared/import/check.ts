// The one check of indicator rows, run by the renderer for the preview and again by the server
// before it writes anything: every row's State, indicator, date and value, duplicates within the
// file, and values the workspace already holds (which an import replaces).
import type { LanguageCode } from '../api/schema';
import type {
  ImportFinding,
  ImportRowPreview,
  ImportSuggestion,
  IndicatorDefinitionRecord,
} from '../api/types';
import { sayText, text, type Text } from '../messages';
import { COLUMN_LABEL, type ImportColumn, type ImportRow } from './columns';
import type { StateMatch, StateMatcher, StateRef } from './states';
import { fileError, orList, type Finding } from './table';

/** A checked row: an ImportRowPreview whose findings' messages are Texts. */
export type CheckedRow = Omit<ImportRowPreview, 'findings'> & { findings: Finding[] };
import { parseAsOf, parseNumber } from './values';

export interface CheckContext {
  states: StateMatcher;
  definitions: readonly IndicatorDefinitionRecord[];
  /** YYYY-MM-DD: a value dated after today is refused. */
  today: string;
  /** Lines the user chose to leave out: still checked, never imported, never counted as duplicates. */
  exclude?: ReadonlySet<number>;
  /** The value the workspace already holds for a State, indicator and date, if any. */
  existingValue?: (iso3: string, key: string, asOf: string) => number | undefined;
  /**
   * Suggestions the user confirmed: a State name as written → the ISO3 code suggested for it. A
   * confirmation counts only when it is the suggestion the check itself makes for that name.
   */
  confirmed?: ReadonlyMap<string, string>;
}

export interface CheckedImport {
  rows: CheckedRow[];
  /** Problems with the file as a whole. */
  fileFindings: Finding[];
  /** File-level findings, then every row's, in the order of the rows. */
  findings: Finding[];
  excluded: number;
  /** Errors that block the import: file-level ones and those on lines not excluded. */
  errors: number;
  warnings: number;
  /** Per indicator, how many values would be imported. */
  byIndicator: { key: string; values: number }[];
  /** Lines the rows come from. */
  lines: number;
  /** Lines not excluded that name an aggregate, and a territory or non-member. */
  aggregates: number;
  nonMembers: number;
  /** The lines, not excluded, of aggregates and non-members: what one step leaves out. */
  notMemberLines: number[];
  /** Names close to one Member State's, with the lines that write them. */
  suggestions: ImportSuggestion[];
}

export interface IndicatorChecker {
  check(row: ImportRow): CheckedRow;
}

/** The identity of a value: one per State, indicator and date. */
export const valueKey = (iso3: string, key: string, asOf: string) => `${iso3}|${key}|${asOf}`;

/** "Line 12: 'Narnia' is not a UN Member State.", whether the message is still a Text or said. */
export function describeFinding(f: Finding): Text;
export function describeFinding(f: Finding | ImportFinding): Text | string;
export function describeFinding(f: Finding | ImportFinding): Text | string {
  return f.line === null
    ? f.message
    : text('inputs.findingOnLine', { line: f.line, message: f.message });
}

/** A finding said in `language`, as the API answers it. */
export const sayFinding = (language: LanguageCode, f: Finding): ImportFinding => ({
  ...f,
  message: sayText(language, f.message),
});

/** A checked row with its findings said in `language`, as the API answers it. */
export const sayRow = (language: LanguageCode, row: CheckedRow): ImportRowPreview => ({
  ...row,
  findings: row.findings.map((f) => sayFinding(language, f)),
});

type Problem = (column: ImportColumn, message: Text, severity?: Finding['severity']) => void;

/** A value read from a row without any problem of its own. */
interface ValueOnLine {
  line: number;
  state: { iso3: string; name: string };
  key: string;
  asOf: string;
  value: number;
}

/** A checker keeps the lines seen so far, so that a file can be checked a chunk at a time. */
export function createIndicatorChecker(ctx: CheckContext): IndicatorChecker {
  const definitions = indexDefinitions(ctx.definitions);
  const firstLineOf = new Map<string, number>();

  /** A repeat of an earlier line is an error; replacing a different value already held, a warning. */
  const compareWithOthers = (v: ValueOnLine, problem: Problem) => {
    const identity = valueKey(v.state.iso3, v.key, v.asOf);
    const first = firstLineOf.get(identity);
    if (first !== undefined) {
      problem(
        'state',
        text('import.duplicate', {
          state: v.state.name,
          indicator: v.key,
          asOf: v.asOf,
          first,
        }),
      );
      return;
    }
    firstLineOf.set(identity, v.line);
    const old = ctx.existingValue?.(v.state.iso3, v.key, v.asOf);
    if (old !== undefined && old !== v.value) {
      problem(
        'value',
        text('import.replaces', {
          state: v.state.name,
          old,
          indicator: v.key,
          asOf: v.asOf,
          value: v.value,
        }),
        'warning',
      );
    }
  };

  return {
    check(row) {
      const findings: Finding[] = [];
      const problem: Problem = (column, message, severity = 'error') =>
        findings.push({ line: row.line, severity, column: COLUMN_LABEL[column], message });
      const state = matchState(row, ctx, (m, extra) =>
        findings.push({
          line: row.line,
          severity: 'error',
          column: COLUMN_LABEL.state,
          message: m,
          ...extra,
        }),
      );
      const definition = findDefinition(row, definitions, (m) => problem('indicator', m));
      const asOf = readDate(row.asOf, ctx.today, (m) => problem('asOf', m));
      const value = readValue(row.value, definition, (m) => problem('value', m));
      const excluded = ctx.exclude?.has(row.line) ?? false;
      const suggestion =
        findings.find((f) => f.suggestion)?.suggestion ??
        (state?.confirmed ? { iso3: state.iso3, name: state.name } : undefined);
      if (
        findings.length === 0 &&
        !excluded &&
        state &&
        definition &&
        asOf !== null &&
        value !== null
      ) {
        compareWithOthers({ line: row.line, state, key: definition.key, asOf, value }, problem);
      }
      return {
        line: row.line,
        state: row.state,
        iso3: state?.iso3 ?? null,
        stateName: state?.name ?? null,
        indicator: definition?.key ?? row.indicator,
        asOf,
        value,
        excluded,
        findings,
        ...(suggestion && { suggestion }),
      };
    },
  };
}

export function checkIndicatorRows(
  rows: readonly ImportRow[],
  ctx: CheckContext,
  fileFindings: Finding[] = [],
): CheckedImport {
  const checker = createIndicatorChecker(ctx);
  return summariseCheck(
    rows.map((r) => checker.check(r)),
    fileFindings,
    ctx.confirmed,
  );
}

/** Totals of checked rows; a file without rows is itself an error. */
export function summariseCheck(
  rows: CheckedRow[],
  fileFindings: Finding[] = [],
  confirmed: ReadonlyMap<string, string> = new Map(),
): CheckedImport {
  const nothingToImport = rows.length === 0 && !fileFindings.some((f) => f.severity === 'error');
  const fileLevel = nothingToImport
    ? [...fileFindings, fileError(text('import.noRows'))]
    : fileFindings;
  const findings = [...fileLevel];
  let excluded = 0;
  let errors = findings.filter((f) => f.severity === 'error').length;
  let warnings = findings.length - errors;
  const perIndicator = new Map<string, number>();
  const lines = new Set<number>();
  const aggregates = new Set<number>();
  const nonMembers = new Set<number>();
  const suggestions = new Map<string, ImportSuggestion>();
  for (const row of rows) {
    lines.add(row.line);
    findings.push(...row.findings);
    const suggestion = row.suggestion;
    if (suggestion) {
      const s = suggestions.get(row.state) ?? {
        written: row.state,
        ...suggestion,
        lines: [],
        confirmed: confirmed.get(row.state) === suggestion.iso3,
      };
      if (s.lines.at(-1) !== row.line) s.lines.push(row.line);
      suggestions.set(row.state, s);
    }
    if (row.excluded) {
      excluded++;
      continue;
    }
    for (const f of row.findings) {
      if (f.kind === 'aggregate') aggregates.add(row.line);
      else if (f.kind === 'nonMember') nonMembers.add(row.line);
    }
    const rowErrors = row.findings.filter((f) => f.severity === 'error').length;
    errors += rowErrors;
    warnings += row.findings.length - rowErrors;
    if (rowErrors === 0)
      perIndicator.set(row.indicator, (perIndicator.get(row.indicator) ?? 0) + 1);
  }
  const byIndicator = [...perIndicator]
    .map(([key, values]) => ({ key, values }))
    .sort((a, b) => a.key.localeCompare(b.key));
  return {
    rows,
    fileFindings: fileLevel,
    findings,
    excluded,
    errors,
    warnings,
    byIndicator,
    lines: lines.size,
    aggregates: aggregates.size,
    nonMembers: nonMembers.size,
    notMemberLines: [...new Set([...aggregates, ...nonMembers])].sort((a, b) => a - b),
    suggestions: [...suggestions.values()].sort((a, b) => a.written.localeCompare(b.written)),
  };
}

/** The errors that stop the import: file-level ones and those on lines not excluded. */
export function blockingErrors(checked: CheckedImport): Finding[] {
  const rowFindings = checked.rows.filter((r) => !r.excluded).flatMap((r) => r.findings);
  return [...checked.fileFindings, ...rowFindings].filter((f) => f.severity === 'error');
}

// ── One cell at a time ───────────────────────────────────────────────────────────────────────

type Report = (message: Text) => void;

type StateReport = (message: Text, extra?: Pick<Finding, 'kind' | 'suggestion'>) => void;

/** The row's State: by its code when the file gives one that is known, else by its name. */
function matchState(
  row: ImportRow,
  ctx: CheckContext,
  report: StateReport,
): (StateRef & { confirmed?: true }) | null {
  const name = row.state;
  if (!name) {
    report(text('import.noState'));
    return null;
  }
  let m: StateMatch = ctx.states.match(name);
  if (row.stateCode) {
    const byCode = ctx.states.match(row.stateCode);
    if (byCode.kind !== 'unknown' && byCode.kind !== 'ambiguous') m = byCode;
  }
  switch (m.kind) {
    case 'match':
      return { iso3: m.iso3, name: m.name };
    case 'aggregate':
      report(text('import.aggregate', { name }), { kind: 'aggregate' });
      return null;
    case 'nonMember':
      report(text('import.nonMember', { name }), { kind: 'nonMember' });
      return null;
    case 'ambiguous':
      report(
        text('import.ambiguous', {
          name,
          names: orList(m.candidates.map((c) => c.name)),
          codes: orList(m.candidates.map((c) => c.iso3)),
        }),
      );
      return null;
    case 'unknown': {
      const s = m.suggestion;
      if (!s) {
        report(text('import.unknownState', { name }));
        return null;
      }
      if (ctx.confirmed?.get(name) === s.iso3) return { ...s, confirmed: true };
      report(text('import.nearMiss', { name, suggested: s.name, iso3: s.iso3 }), {
        kind: 'nearMiss',
        suggestion: s,
      });
      return null;
    }
  }
}

interface Definitions {
  /** By key and by label, both compared without regard to case. */
  byName: Map<string, IndicatorDefinitionRecord>;
  /** What the message about an unknown indicator suggests instead. */
  known: Text;
}

function indexDefinitions(definitions: readonly IndicatorDefinitionRecord[]): Definitions {
  const byName = new Map<string, IndicatorDefinitionRecord>();
  for (const d of definitions) byName.set(d.label.trim().toLowerCase(), d);
  for (const d of definitions)
    if (d.externalCode) byName.set(d.externalCode.trim().toLowerCase(), d);
  for (const d of definitions) byName.set(d.key, d);
  const keys = definitions.slice(0, 8).map((d) => d.key);
  const known = keys.length
    ? text(
        definitions.length > keys.length
          ? 'import.definedIndicatorsMore'
          : 'import.definedIndicators',
        { keys: keys.join(', ') },
      )
    : text('import.noIndicatorDefined');
  return { byName, known };
}

/** By key, external code or label; a file that gives a code and a name is matched by either. */
function findDefinition(
  row: ImportRow,
  definitions: Definitions,
  report: Report,
): IndicatorDefinitionRecord | null {
  const name = row.indicator;
  if (!name) {
    report(text('import.noIndicator'));
    return null;
  }
  const found =
    definitions.byName.get(name.toLowerCase()) ??
    (row.indicatorName
      ? definitions.byName.get(row.indicatorName.trim().toLowerCase())
      : undefined);
  if (!found) report(text('import.unknownIndicator', { name, known: definitions.known }));
  return found ?? null;
}

function readDate(written: string, today: string, report: Report): string | null {
  if (!written) {
    report(text('import.noDate'));
    return null;
  }
  const parsed = parseAsOf(written);
  if (!parsed.ok) {
    report(parsed.reason);
    return null;
  }
  if (parsed.value > today) {
    report(text('import.futureDate', { date: parsed.value, today }));
    return null;
  }
  return parsed.value;
}

function readValue(
  written: string,
  definition: IndicatorDefinitionRecord | null,
  report: Report,
): number | null {
  if (!written) {
    report(text('import.noValue'));
    return null;
  }
  const parsed = parseNumber(written);
  if (!parsed.ok) {
    report(parsed.reason);
    return null;
  }
  const outside = definition && outOfRange(parsed.value, definition);
  if (outside) {
    report(outside);
    return null;
  }
  return parsed.value;
}

function outOfRange(value: number, d: IndicatorDefinitionRecord): Text | null {
  const below = d.min !== null && value < d.min;
  const above = d.max !== null && value > d.max;
  if (!below && !above) return null;
  if (d.min !== null && d.max !== null)
    return text('import.outsideRange', { value, label: d.label, min: d.min, max: d.max });
  return below
    ? text('import.belowMinimum', { value, label: d.label, min: d.min! })
    : text('import.aboveMaximum', { value, label: d.label, max: d.max! });
}
