// The list fields of forms: entries written one a line or with commas, as the API takes them.

/** The entries of `text` between `separator`s, trimmed, the blank ones dropped. */
export const entriesOf = (text: string, separator: string | RegExp): string[] =>
  text
    .split(separator)
    .map((s) => s.trim())
    .filter(Boolean);

/** "UNODC, INTERPOL , " → ["UNODC", "INTERPOL"]. */
export const commaList = (text: string): string[] => entriesOf(text, ',');

/** One entry per line, blank lines dropped. */
export const lineList = (text: string): string[] => entriesOf(text, '\n');
