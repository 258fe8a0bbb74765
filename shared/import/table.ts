// A table read from an imported file, before anything is interpreted: a header and rows of text.
import type { ImportFinding } from '../api/types';
import { text, type Text } from '../messages';

/**
 * A problem the check finds: an ImportFinding whose message is a Text, said in its reader's
 * language where it leaves the check (the API in the caller's, the preview in the user's).
 */
export type Finding = Omit<ImportFinding, 'message'> & { message: Text };

/** "'a', 'b', 'c'": names as a file writes them, quoted, in a list. */
export const quotedList = (names: readonly string[]): Text =>
  joined(
    names.map((name) => text('import.quoted', { name })),
    'import.listMore',
  );

/** "A or B": a list of alternatives (a Text only when it has more than one item). */
export const orList = (items: readonly string[]): Text | string => joined(items, 'import.or');

function joined<T extends string | Text>(
  items: readonly T[],
  key: 'import.or' | 'import.listMore',
): T | Text {
  return items.slice(1).reduce<T | Text>((first, then) => text(key, { first, then }), items[0]!);
}

export interface TableRow {
  /** Where the row is in the file, as the person who wrote it sees it (line or spreadsheet row). */
  line: number;
  cells: string[];
}

export interface Table {
  header: string[];
  /** The line of the header, so that messages about it can say where it is. */
  headerLine: number;
  rows: TableRow[];
  /** Problems that stop the file from being read at all (a broken workbook, an unclosed quote). */
  findings: Finding[];
}

export const fileError = (message: Text, line: number | null = null): Finding => ({
  line,
  severity: 'error',
  column: null,
  message,
});

/** Splits records into a header and data rows, skipping blank rows (all cells empty). */
export function toTable(records: TableRow[], findings: Finding[] = []): Table {
  const filled = records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const [head, ...rows] = filled;
  return {
    header: head ? head.cells.map((c) => c.trim()) : [],
    headerLine: head?.line ?? 1,
    rows,
    findings,
  };
}
