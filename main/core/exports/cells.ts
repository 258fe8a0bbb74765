// What a cell of an exported file holds: the one rule against formula injection, shared by the
// CSV writer (tables.ts) and the XLSX writer (workbook.ts).

/**
 * Formula injection (OWASP, "CSV Injection"): a spreadsheet reads a cell that starts with `=`, `+`,
 * `-`, `@`, a tab or a carriage return as a formula, which can run commands (DDE) or send data away
 * (HYPERLINK, WEBSERVICE). Every text cell that starts so is written with a leading single quote,
 * in CSV and XLSX alike, so both formats carry the same text and a sheet saved again as CSV stays
 * inert. Numbers written as numbers (a negative score, "days left" of an overdue deadline) are
 * values, not text: they keep their sign and get no quote. Text that merely looks like a negative
 * number ("-5") is quoted like any other text: the rule does not guess what is harmless.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The text a cell shows: finite numbers as they are, anything else as text, neutralised. */
export function cellText(value: string | number): { text: string; number: boolean } {
  if (typeof value === 'number' && Number.isFinite(value))
    return { text: String(value), number: true };
  return { text: neutralise(String(value)), number: false };
}

/** Text as a spreadsheet must receive it: behind a single quote when it would start a formula. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
