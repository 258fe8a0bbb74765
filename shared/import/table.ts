// A table read from an imported file, before anything is interpreted: a header and rows of text.
import type { ImportFinding } from '../api/types';

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
  findings: ImportFinding[];
}

export const fileError = (message: string, line: number | null = null): ImportFinding => ({
  line,
  severity: 'error',
  column: null,
  message,
});

/** Splits records into a header and data rows, skipping blank rows (all cells empty). */
export function toTable(records: TableRow[], findings: ImportFinding[] = []): Table {
  const filled = records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const [head, ...rows] = filled;
  return {
    header: head ? head.cells.map((c) => c.trim()) : [],
    headerLine: head?.line ?? 1,
    rows,
    findings,
  };
}
