import { describe, expect, it } from 'vitest';
import { ClockDriftError, HybridLogicalClock, MAX_DRIFT_MS, parseHlc } from '../../shared/hlc';
import { uuidv7, UUID_RE } from '../../shared/ids';

describe('hybrid logical clock', () => {
  it('never moves backwards when the wall clock does, and sorts as text', () => {
    let wall = Date.parse('2026-01-01T00:00:00Z');
    const clock = new HybridLogicalClock('aaaa', () => wall);
    const a = clock.tick();
    wall -= 60_000;
    const b = clock.tick();
    const c = clock.tick();
    wall += 120_000;
    const d = clock.tick();
    expect([a, b, c, d]).toEqual([...[a, b, c, d]].sort());
    expect(new Set([a, b, c, d]).size).toBe(4);
    expect(parseHlc(d).counter).toBe(0);
  });

  it('resumes after the last persisted timestamp', () => {
    const wall = Date.parse('2026-01-01T00:00:00Z');
    const first = new HybridLogicalClock('s1', () => wall + 10_000).tick();
    const resumed = new HybridLogicalClock('s1', () => wall, first);
    expect(resumed.tick() > first).toBe(true);
  });

  it('merges a remote timestamp and refuses one from a clock too far ahead', () => {
    const wall = Date.parse('2026-01-01T00:00:00Z');
    const here = new HybridLogicalClock('here', () => wall);
    const there = new HybridLogicalClock('there', () => wall + 1000);
    const remote = there.tick();
    here.receive(remote);
    expect(here.tick() > remote).toBe(true);
    const farAhead = new HybridLogicalClock('far', () => wall + MAX_DRIFT_MS + 1000).tick();
    expect(() => here.receive(farAhead)).toThrow(ClockDriftError);
  });
});

describe('uuid v7', () => {
  it('is well formed, version 7 and ordered by time', () => {
    const a = uuidv7(1_700_000_000_000);
    const b = uuidv7(1_700_000_000_001);
    expect(a).toMatch(UUID_RE);
    expect(a[14]).toBe('7');
    expect(a < b).toBe(true);
  });

  it('spells the time, version, variant and random bytes in place (RFC 9562)', () => {
    const random = (bytes: Uint8Array) => bytes.map((_, i) => 0xf0 + i);
    // 1_700_000_000_000 ms is 0x018bcfe56800; the version nibble and variant bits overwrite bytes 6 and 8.
    expect(uuidv7(1_700_000_000_000, random)).toBe('018bcfe5-6800-76f7-b8f9-fafbfcfdfeff');
  });

  it('never repeats, across many ids drawn from its random pool', () => {
    const ids = Array.from({ length: 2000 }, () => uuidv7(1_700_000_000_000));
    expect(new Set(ids).size).toBe(2000);
    expect(ids.every((id) => UUID_RE.test(id))).toBe(true);
  });
});
