import { describe, expect, it } from 'vitest';
import { extent, yearsSpanning } from '../../main/core/coverage/years';

describe('spans of years', () => {
  it('finds the span of more values than a call can take as arguments', () => {
    // Math.min(...values) throws "Maximum call stack size exceeded" at this size.
    const years = Array.from({ length: 300_000 }, (_, i) => 2005 + (i % 22));
    expect(() => Math.min(...years)).toThrow(RangeError);
    expect(extent(years)).toEqual([2005, 2026]);
    expect(yearsSpanning(years)).toHaveLength(22);
  });

  it('lists every year between, in order, and nothing for no values', () => {
    expect(yearsSpanning(new Set([2012, 2009, 2010]).values())).toEqual([2009, 2010, 2011, 2012]);
    expect(extent([])).toBeNull();
    expect(yearsSpanning([])).toEqual([]);
  });
});
