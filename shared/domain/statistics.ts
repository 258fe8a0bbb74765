// Small statistics shared by the scorer and the timeliness figures.

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The nearest-rank percentile (p in (0, 1]): the smallest value with at least p of them at or below it. */
export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil(p * s.length) - 1)]!;
}

/** A share in [0, 1], or null when there is nothing to share out. */
export const share = (part: number, whole: number): number | null =>
  whole === 0 ? null : part / whole;
