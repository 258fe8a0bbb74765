// `cted-planner import indicators FILE`: the import of indicator values from the command line, with
// the app's own reading of the file (shared/import) and the app's own check and all-or-nothing
// commit (indicators.check, then indicators.import). The check runs first on a read-only look at
// the workspace, so that a refused file or a dry run leaves the workspace file exactly as it was.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Caller, Dispatcher } from '../core/dispatcher';
import type { ImportFinding, ImportResult } from '../../shared/api/types';
import { readImportRows, readTableFile, type ImportRows } from '../../shared/import';
import { sayText } from '../../shared/messages';

export const IMPORT_OPTIONS = {
  'dry-run': { type: 'boolean', default: false },
  'exclude-errors': { type: 'boolean', default: false },
  'exclude-non-members': { type: 'boolean', default: false },
  confirm: { type: 'string', multiple: true },
} as const;

export const IMPORT_HELP = `  import indicators FILE --db F [--dry-run] [--exclude-errors] [--exclude-non-members]
                                                     import indicator values from a CSV or XLSX file
                                                     (one value per line, or one column per year as
                                                     World Bank and UN downloads have them), with the
                                                     app's checks; all or nothing: a file with errors
                                                     imports nothing (exit 1) unless their lines are
                                                     left out (--exclude-errors: every line with an
                                                     error; --exclude-non-members: the lines of
                                                     aggregates and non-Member States); a name close
                                                     to a State's is suggested, and read as that
                                                     State once confirmed: --confirm "NAME=ISO3"
                                                     (once per name); --dry-run checks and writes
                                                     nothing`;

/** How many problems the summary lists before "…and N more". */
const LISTED = 20;

export interface ImportRequest {
  path: string;
  fileName: string;
  read: ImportRows;
  dryRun: boolean;
  excludeErrors: boolean;
  excludeNonMembers: boolean;
  /** Suggestions the user confirmed: a name as written in the file → its ISO3 code. */
  confirmed: { written: string; iso3: string }[];
}

/** The file read into rows, or what is wrong with the command (a sentence). */
export function importRequest(
  rest: string[],
  values: {
    'dry-run'?: boolean | undefined;
    'exclude-errors'?: boolean | undefined;
    'exclude-non-members'?: boolean | undefined;
    confirm?: string[] | undefined;
  },
): ImportRequest | string {
  const confirmed: ImportRequest['confirmed'] = [];
  for (const pair of values.confirm ?? []) {
    const m = /^(.+)=([A-Za-z]{3})$/.exec(pair);
    if (!m)
      return `--confirm takes a name as the file writes it and the ISO3 code suggested for it, e.g. --confirm "Marocco=MAR", not "${pair}".`;
    confirmed.push({ written: m[1]!.trim(), iso3: m[2]!.toUpperCase() });
  }
  const [what, path, extra] = rest;
  if (what !== 'indicators')
    return 'Use "import indicators FILE --db F": indicator values are what can be imported.';
  if (!path) return 'Name the file to import: cted-planner import indicators FILE --db F.';
  if (extra !== undefined) return `Import one file at a time ("${extra}" is one too many).`;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch (e) {
    const code = (e as { code?: string }).code;
    return code === 'ENOENT'
      ? `There is no file at ${path}.`
      : code === 'EISDIR'
        ? `${path} is a folder: name a CSV or XLSX file.`
        : `${path} cannot be read (${(e as Error).message}).`;
  }
  const fileName = basename(path);
  return {
    path,
    fileName,
    read: readImportRows(readTableFile(fileName, bytes)),
    dryRun: values['dry-run'] ?? false,
    excludeErrors: values['exclude-errors'] ?? false,
    excludeNonMembers: values['exclude-non-members'] ?? false,
    confirmed,
  };
}

/** The API's input for the file: its rows, and the lines left out as the options ask. */
function inputOf(request: ImportRequest, checked: ImportResult | null) {
  const exclude = new Set<number>();
  for (const f of checked?.findings ?? []) {
    if (f.line === null || f.severity !== 'error') continue;
    const nonMember = f.kind === 'aggregate' || f.kind === 'nonMember';
    if (request.excludeErrors || (request.excludeNonMembers && nonMember)) exclude.add(f.line);
  }
  return {
    fileName: request.fileName,
    rows: request.read.rows,
    exclude: [...exclude].sort((a, b) => a - b),
    confirmed: request.confirmed,
  };
}

/**
 * Checks the file against a read-only look at the workspace and prints the summary. Returns the
 * input to import when there is something to import and nothing stops it; null otherwise.
 */
export function checkImportFile(
  api: Dispatcher,
  caller: Caller,
  request: ImportRequest,
  print: (line: string) => void = console.log,
): { input: ReturnType<typeof inputOf>; result: ImportResult } | { exitCode: number } {
  const { read } = request;
  const fileErrors = read.findings.filter((f) => f.severity === 'error');
  for (const f of read.findings)
    print(`${f.severity === 'error' ? 'Error' : 'Note'}: ${sayText('en', f.message)}`);
  if (fileErrors.length) {
    print(`Nothing was imported: ${request.path} cannot be imported as it is.`);
    return { exitCode: 1 };
  }
  const first = api.call('indicators.check', inputOf(request, null), caller);
  if (!first.ok) {
    print(first.error.message);
    return { exitCode: 1 };
  }
  const input = inputOf(request, first.value);
  if (input.exclude.length === 0) return report(request, first.value, input, print);
  // Checked again with the lines left out, as the import will be.
  const again = api.call('indicators.check', input, caller);
  if (!again.ok) {
    print(again.error.message);
    return { exitCode: 1 };
  }
  return report(request, again.value, input, print);
}

function report(
  request: ImportRequest,
  result: ImportResult,
  input: ReturnType<typeof inputOf>,
  print: (line: string) => void,
): { input: ReturnType<typeof inputOf>; result: ImportResult } | { exitCode: number } {
  const { read } = request;
  const layout = read.years
    ? `one column per year, ${read.years.from}–${read.years.to}`
    : 'one value per line';
  const good = result.byIndicator.reduce((n, b) => n + b.values, 0);
  const lines = (n: number) => `${n} line${n === 1 ? '' : 's'}`;
  print(`${request.fileName} (${layout}):`);
  print(`  lines read: ${read.lines}`);
  print(`  values read: ${result.rows}`);
  if (read.years) print(`  empty cells (missing values, not imported): ${read.missing}`);
  print(`  aggregates (regions, income groups): ${lines(countLines(result, 'aggregate'))}`);
  print(
    `  not UN Member States (territories, non-members): ${lines(countLines(result, 'nonMember'))}`,
  );
  print(`  left out: ${lines(input.exclude.length)} (${result.excluded} values)`);
  print(
    result.errors > 0
      ? `  values to write: none while errors remain (${good} values have none)`
      : `  values to write: ${good}`,
  );
  for (const b of result.byIndicator) print(`    ${b.key}: ${b.values}`);
  if (result.warnings > 0) print(`  values that replace one already held: ${result.warnings}`);
  for (const s of result.suggestions)
    print(
      s.confirmed
        ? `  confirmed: '${s.written}' is read as ${s.name} (${s.iso3})`
        : `  suggestion: '${s.written}' (line${s.lines.length > 1 ? 's' : ''} ${s.lines.join(', ')}) could be ${s.name} (${s.iso3}): confirm it with --confirm "${s.written}=${s.iso3}", or correct the file`,
    );
  const errors = blocking(result, input.exclude);
  if (errors.length) {
    const grouped = groupByLine(errors);
    print(`Errors (${errors.length}, on ${lines(grouped.length)}):`);
    for (const g of grouped.slice(0, LISTED))
      print(`  line ${g.line ?? '-'}: ${g.message}${g.values > 1 ? ` (${g.values} values)` : ''}`);
    if (grouped.length > LISTED) print(`  …and ${grouped.length - LISTED} more.`);
    print(
      `Nothing was imported: correct the file, or leave the lines out (--exclude-errors, or --exclude-non-members for aggregates and non-Member States).`,
    );
    return { exitCode: 1 };
  }
  if (good === 0) {
    print('Nothing was imported: no value is left to import.');
    return { exitCode: 1 };
  }
  return { input, result };
}

/** Lines of the file (not left out) naming an aggregate, or a territory or non-member. */
function countLines(result: ImportResult, kind: 'aggregate' | 'nonMember'): number {
  return new Set(result.findings.filter((f) => f.kind === kind).map((f) => f.line)).size;
}

/** The same problem on the values of one line (a wide file's years) is told once, with a count. */
function groupByLine(
  findings: ImportFinding[],
): { line: number | null; message: string; values: number }[] {
  const groups = new Map<string, { line: number | null; message: string; values: number }>();
  for (const f of findings) {
    const key = `${f.line}|${f.message}`;
    const g = groups.get(key);
    if (g) g.values++;
    else groups.set(key, { line: f.line, message: f.message, values: 1 });
  }
  return [...groups.values()];
}

function blocking(result: ImportResult, exclude: number[]): ImportFinding[] {
  const out = new Set(exclude);
  return result.findings.filter(
    (f) => f.severity === 'error' && (f.line === null || !out.has(f.line)),
  );
}

/** Imports the checked file: the app's all-or-nothing commit. Returns the exit code. */
export function commitImportFile(
  api: Dispatcher,
  caller: Caller,
  checked: { input: ReturnType<typeof inputOf> },
  print: (line: string) => void = console.log,
): number {
  const result = api.call('indicators.import', checked.input, caller);
  if (!result.ok) {
    print(result.error.message);
    return 1;
  }
  print(
    `Imported ${result.value.imported} value${result.value.imported === 1 ? '' : 's'} from ${checked.input.fileName}.`,
  );
  return 0;
}
