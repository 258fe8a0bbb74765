// How the cells of an indicator file are read as numbers and dates: strictly, with a reason when not.
import { formatDate, isIsoDate } from '../domain/dates';
import { text as sentence, type Text } from '../messages';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: Text };

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/;
const SCIENTIFIC = /^[+-]?\d+(?:\.\d+)?[eE][+-]?\d+$/;
/** "1,234" or "12,500": a comma that may be a thousands separator as well as a decimal one. */
const THOUSANDS_OR_DECIMAL = /^[+-]?[1-9]\d{0,2},\d{3}$/;

/** A plain decimal number, with '.' or ',' as the decimal separator and nothing else. */
export function parseNumber(text: string): Parsed<number> {
  const s = text.trim();
  if (THOUSANDS_OR_DECIMAL.test(s)) {
    const [whole, part] = s.split(',');
    return {
      ok: false,
      reason: sentence('import.ambiguousNumber', {
        text: s,
        joined: `${whole}${part}`,
        decimal: `${whole}.${part}`,
      }),
    };
  }
  if (PLAIN_NUMBER.test(s) || SCIENTIFIC.test(s)) {
    const value = Number(s.replace(',', '.'));
    if (Number.isFinite(value)) return { ok: true, value };
  }
  return {
    ok: false,
    reason: sentence('import.notNumber', { text: s }),
  };
}

const DAY_MS = 86_400_000;
/** Day 0 of Excel's 1900 date system (it counts a 29 February 1900 that never was). */
const EXCEL_EPOCH_1900 = Date.UTC(1899, 11, 30);
const EXCEL_EPOCH_1904 = Date.UTC(1904, 0, 1);

/** An Excel date serial (days, maybe with a time of day) as YYYY-MM-DD. */
export function excelSerialToDate(serial: number, date1904 = false): string {
  const epoch = date1904 ? EXCEL_EPOCH_1904 : EXCEL_EPOCH_1900;
  return new Date(epoch + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

/** Serials of 1 January 1990 and 31 December 2100: numbers in this range in a date column are dates. */
const PLAUSIBLE_SERIALS = [32_874, 73_415] as const;

const ISO_DAY =
  /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const YEAR = /^\d{4}$/;
const SERIAL = /^\d{5}(?:\.\d+)?$/;

/**
 * The as-of date of a value: YYYY-MM-DD (a time of day is ignored), a year alone (read as
 * 1 January of that year), or an Excel date serial that lost its date format on the way.
 */
export function parseAsOf(text: string): Parsed<string> {
  const s = text.trim();
  const day = ISO_DAY.exec(s)?.[1];
  if (day)
    return isIsoDate(day)
      ? { ok: true, value: day }
      : { ok: false, reason: sentence('import.notRealDate', { text: s }) };
  if (YEAR.test(s)) return { ok: true, value: formatDate(Number(s), 1, 1) };
  if (SERIAL.test(s)) {
    const serial = Number(s);
    if (serial >= PLAUSIBLE_SERIALS[0] && serial <= PLAUSIBLE_SERIALS[1])
      return { ok: true, value: excelSerialToDate(serial) };
  }
  return {
    ok: false,
    reason: sentence('import.notDate', { text: s }),
  };
}
