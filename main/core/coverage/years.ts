// Spans of years over many rows. A loop rather than Math.min(...values): spreading a list into a
// call's arguments overflows the stack past some 100,000 values (recommendations at ×100).

/** The smallest and largest of the values; null when there are none. */
export function extent(values: Iterable<number>): [number, number] | null {
  let low = Infinity;
  let high = -Infinity;
  for (const v of values) {
    if (v < low) low = v;
    if (v > high) high = v;
  }
  return low <= high ? [low, high] : null;
}

/** Every year from the earliest to the latest of the years given, in order. */
export function yearsSpanning(years: Iterable<number>): number[] {
  const span = extent(years);
  if (!span) return [];
  return Array.from({ length: span[1] - span[0] + 1 }, (_, i) => span[0] + i);
}
