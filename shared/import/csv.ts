// CSV as spreadsheets write it (RFC 4180): quoted values with "" for a quote, commas and line
// breaks inside quotes, CRLF or LF, an optional UTF-8 byte order mark, and `,`, `;` or tab as the
// separator, chosen from the header line (or an Excel `sep=;` line).
import { text as sentence } from '../messages';
import { fileError, toTable, type Table, type TableRow } from './table';

const SEPARATORS = [',', ';', '\t'] as const;
const QUOTE = 34;
const LF = 10;
const CR = 13;

/** The separator used most often outside quotes on the first line; a comma when none is. */
function detectSeparator(firstLine: string): string {
  let best: string = ',';
  let bestCount = 0;
  for (const sep of SEPARATORS) {
    let count = 0;
    let quoted = false;
    for (const ch of firstLine) {
      if (ch === '"') quoted = !quoted;
      else if (ch === sep && !quoted) count++;
    }
    if (count > bestCount) [best, bestCount] = [sep, count];
  }
  return best;
}

/** The first line, ignoring line breaks inside quotes. */
function firstLineOf(text: string): string {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if ((c === LF || c === CR) && !quoted) return text.slice(0, i);
  }
  return text;
}

export function parseCsv(input: string): Table {
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let line = 1;
  let separator: string;
  const hint = /^sep=(.)\r?\n/i.exec(text);
  if (hint) {
    separator = hint[1]!;
    text = text.slice(hint[0].length);
    line = 2;
  } else {
    separator = detectSeparator(firstLineOf(text));
  }
  return parseRecords(text, separator.charCodeAt(0), line);
}

function parseRecords(text: string, sep: number, firstLine: number): Table {
  const records: TableRow[] = [];
  let cells: string[] = [];
  let field = '';
  let line = firstLine;
  let recordLine = firstLine;
  let i = 0;
  const n = text.length;
  const endRecord = () => {
    cells.push(field);
    records.push({ line: recordLine, cells });
    cells = [];
    field = '';
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === QUOTE && field === '') {
      // A quoted value: runs to the next lone quote, whatever it holds.
      const openedOn = line;
      let j = i + 1;
      let value = '';
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0)
          return toTable(records, [
            fileError(sentence('import.unclosedQuote', { line: openedOn }), openedOn),
          ]);
        const chunk = text.slice(j, q);
        value += chunk;
        line += countLineBreaks(chunk);
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += '"';
          j = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      field = value;
      continue;
    }
    if (c === sep) {
      cells.push(field);
      field = '';
    } else if (c === LF || c === CR) {
      endRecord();
      if (c === CR && text.charCodeAt(i + 1) === LF) i++;
      line++;
      recordLine = line;
    } else {
      // Plain text up to the next separator, quote-free line break: copied in one slice.
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === sep || d === LF || d === CR) break;
        j++;
      }
      field += text.slice(i, j);
      i = j;
      continue;
    }
    i++;
  }
  if (field !== '' || cells.length > 0) endRecord();
  return toTable(records);
}

function countLineBreaks(s: string): number {
  let count = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === LF || (c === CR && s.charCodeAt(i + 1) !== LF)) count++;
  }
  return count;
}
