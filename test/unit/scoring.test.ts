import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PARAMS,
  DEFAULT_WEIGHTS,
  FACTORS,
  normaliseIndicator,
  scorePlan,
  signalLoad,
  type ScoringInput,
  type StateInputs,
} from '../../shared/domain/scoring';

const REGIONS = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'];
const day = fc
  .integer({ min: 0, max: 7000 })
  .map((n) => new Date(Date.UTC(2006, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));

const stateArb = (i: number): fc.Arbitrary<StateInputs> =>
  fc.record({
    iso3: fc.constant(`S${String(i).padStart(2, '0')}`),
    name: fc.constant(`State ${i}`),
    region: fc.constantFrom(...REGIONS),
    lastVisit: fc.option(day, { nil: null }),
    lastComprehensive: fc.option(day, { nil: null }),
    priorityRecommendations: fc.option(
      fc
        .integer({ min: 1, max: 30 })
        .chain((total) =>
          fc.record({ total: fc.constant(total), open: fc.integer({ min: 0, max: total }) }),
        ),
      { nil: null },
    ),
    indicators: fc.record(
      {
        incidents: fc.integer({ min: 0, max: 500 }),
        capacity: fc.double({ min: 0, max: 1, noNaN: true }),
      },
      { requiredKeys: [] },
    ),
    signals: fc.array(
      fc.record({
        occurredOn: day,
        severity: fc.integer({ min: 1, max: 5 }),
        halfLifeDays: fc.integer({ min: 30, max: 720 }),
      }),
      { maxLength: 4 },
    ),
    openRequest: fc.boolean(),
    unusedConsentOn: fc.option(day, { nil: null }),
    followupPending: fc.boolean(),
    scheduled: fc.boolean(),
  });

const inputArb: fc.Arbitrary<ScoringInput> = fc.integer({ min: 1, max: 25 }).chain((n) =>
  fc.record({
    asOf: fc.constant('2026-01-01'),
    states: fc.tuple(...Array.from({ length: n }, (_, i) => stateArb(i))),
    indicatorDefinitions: fc.constant([
      {
        key: 'incidents',
        direction: 'higher_is_riskier' as const,
        normalisation: 'minmax' as const,
      },
      { key: 'capacity', direction: 'lower_is_riskier' as const, normalisation: 'rank' as const },
    ]),
    weights: fc.record(
      Object.fromEntries(FACTORS.map((f) => [f, fc.integer({ min: 0, max: 30 })])) as Record<
        (typeof FACTORS)[number],
        fc.Arbitrary<number>
      >,
    ),
    params: fc.record({
      horizonYears: fc.integer({ min: 1, max: 15 }),
      signalCap: fc.integer({ min: 1, max: 20 }),
      imputation: fc.constantFrom(
        'regional_median' as const,
        'global_median' as const,
        'zero' as const,
      ),
      comprehensiveAfterYears: fc.integer({ min: 1, max: 15 }),
      consentValidityYears: fc.constantFrom(0.5, 1, 2, 5, 10),
    }),
    capacity: fc.integer({ min: 0, max: 12 }),
    reserveSize: fc.integer({ min: 0, max: 5 }),
  }),
);

describe('the OP 12 scorer (properties)', () => {
  it('gives every State a score in [0,100] whose breakdown adds up to it', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        for (const e of scorePlan(input)) {
          expect(e.score).toBeGreaterThanOrEqual(0);
          expect(e.score).toBeLessThanOrEqual(100);
          expect(Math.abs(e.breakdown.reduce((s, b) => s + b.points, 0) - e.score)).toBeLessThan(
            1e-9,
          );
          for (const b of e.breakdown) expect(b.normalized).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it('never lowers a State’s score when one of its factors rises under a positive weight', () => {
    const flags = ['openRequest', 'followupPending'] as const;
    fc.assert(
      fc.property(
        inputArb,
        fc.nat(),
        fc.constantFrom(...flags, 'signal' as const, 'gaps' as const, 'consent' as const),
        (input, pick, what) => {
          const i = pick % input.states.length;
          const before = scorePlan(input).find((e) => e.iso3 === input.states[i]!.iso3)!.score;
          const s = { ...input.states[i]! };
          if (what === 'signal')
            s.signals = [
              ...s.signals,
              { occurredOn: '2025-12-01', severity: 5, halfLifeDays: 365 },
            ];
          else if (what === 'consent') s.unusedConsentOn = '2025-12-01';
          else if (what === 'gaps') {
            if (!s.priorityRecommendations) return;
            s.priorityRecommendations = {
              total: s.priorityRecommendations.total,
              open: Math.min(s.priorityRecommendations.total, s.priorityRecommendations.open + 1),
            };
          } else s[what] = true;
          const states = input.states.map((x, j) => (j === i ? s : x));
          const after = scorePlan({ ...input, states }).find((e) => e.iso3 === s.iso3)!.score;
          expect(after).toBeGreaterThanOrEqual(before - 1e-9);
        },
      ),
    );
  });

  it('does not depend on the order of its input, and the same input gives the same output', () => {
    fc.assert(
      fc.property(inputArb, fc.nat(), (input, seed) => {
        const shuffled = [...input.states].sort(
          (a, b) =>
            ((a.iso3.charCodeAt(2) * 31 + seed) % 97) - ((b.iso3.charCodeAt(2) * 31 + seed) % 97),
        );
        const a = scorePlan(input);
        expect(scorePlan({ ...input, states: shuffled })).toEqual(a);
        expect(scorePlan(input)).toEqual(a);
      }),
    );
  });

  it('never puts a State of a region at its maximum on the list or the reserve', () => {
    const limits = fc.dictionary(fc.constantFrom(...REGIONS), fc.integer({ min: 0, max: 3 }));
    fc.assert(
      fc.property(inputArb, limits, (input, regionMax) => {
        const entries = scorePlan({ ...input, constraints: { regionMax } });
        const taken = (region: string) =>
          entries.filter((e) => e.selected && e.region === region).length;
        for (const [region, max] of Object.entries(regionMax)) {
          expect(taken(region)).toBeLessThanOrEqual(max);
          if (taken(region) >= max)
            expect(entries.filter((e) => e.reserve && e.region === region)).toEqual([]);
        }
      }),
    );
  });

  it('selects at most `capacity` States and keeps a reserve of the next eligible ones', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const entries = scorePlan(input);
        const selected = entries.filter((e) => e.selected);
        expect(selected.length).toBeLessThanOrEqual(input.capacity);
        expect(entries.filter((e) => e.reserve).length).toBeLessThanOrEqual(input.reserveSize);
        expect(entries.every((e) => !(e.selected && e.reserve))).toBe(true);
        expect(entries.map((e) => e.rank)).toEqual(entries.map((_, i) => i + 1));
      }),
    );
  });
});

describe('the OP 12 scorer (examples)', () => {
  const base = (over: Partial<StateInputs>): StateInputs => ({
    iso3: 'AAA',
    name: 'Aland',
    region: 'Europe',
    lastVisit: '2020-01-01',
    lastComprehensive: '2020-01-01',
    priorityRecommendations: { total: 10, open: 5 },
    indicators: {},
    signals: [],
    openRequest: false,
    unusedConsentOn: null,
    followupPending: false,
    scheduled: false,
    ...over,
  });
  const input = (states: StateInputs[], extra: Partial<ScoringInput> = {}): ScoringInput => ({
    asOf: '2026-01-01',
    states,
    indicatorDefinitions: [],
    weights: DEFAULT_WEIGHTS,
    params: DEFAULT_PARAMS,
    capacity: 1,
    reserveSize: 1,
    ...extra,
  });

  it('treats a never-visited State as fully due and proposes a comprehensive visit', () => {
    const [e] = scorePlan(
      input([base({ lastVisit: null, lastComprehensive: null, priorityRecommendations: null })]),
    );
    const by = Object.fromEntries(e!.breakdown.map((b) => [b.factor, b]));
    expect(by.never_visited!.normalized).toBe(1);
    expect(by.time_since_last_visit!.normalized).toBe(1);
    expect(by.implementation_gaps!.imputed).toBe(true);
    expect(e!.proposedKind).toBe('comprehensive');
  });

  it('imputes a never-assessed State’s gaps with its region’s median and says so', () => {
    const states = [
      base({ iso3: 'AAA', priorityRecommendations: { total: 10, open: 2 } }),
      base({ iso3: 'BBB', name: 'Borduria', priorityRecommendations: { total: 10, open: 6 } }),
      base({ iso3: 'CCC', name: 'Carpania', priorityRecommendations: null }),
      base({
        iso3: 'DDD',
        name: 'Dolmatia',
        region: 'Asia',
        priorityRecommendations: { total: 4, open: 4 },
      }),
    ];
    const ccc = scorePlan(input(states)).find((e) => e.iso3 === 'CCC')!;
    expect(ccc.breakdown.find((b) => b.factor === 'implementation_gaps')).toMatchObject({
      imputed: true,
      raw: null,
      normalized: 0.4,
    });
  });

  it('proposes a focused follow-up after a recent assessment with open recommendations', () => {
    const [e] = scorePlan(
      input([base({ lastVisit: '2023-05-01', lastComprehensive: '2023-05-01' })]),
    );
    expect(e!.proposedKind).toBe('follow_up');
    expect(e!.kindReason).toMatch(/5 of 10 priority recommendations/);
  });

  it('breaks ties by time since the last visit, then by name', () => {
    const zero = Object.fromEntries(FACTORS.map((f) => [f, 0])) as typeof DEFAULT_WEIGHTS;
    const states = [
      base({ iso3: 'BBB', name: 'Borduria', lastVisit: '2019-01-01' }),
      base({ iso3: 'CCC', name: 'Carpania', lastVisit: '2015-01-01' }),
      base({ iso3: 'AAA', name: 'Aland', lastVisit: '2019-01-01' }),
    ];
    expect(
      scorePlan(input(states, { weights: { ...zero, prior_request: 1 } })).map((e) => e.iso3),
    ).toEqual(['CCC', 'AAA', 'BBB']);
  });

  it('applies must-include and exclude by CTC instruction, already scheduled and regional limits', () => {
    const states = [
      base({
        iso3: 'E1',
        name: 'E1',
        openRequest: true,
        unusedConsentOn: '2025-06-01',
        followupPending: true,
      }),
      base({ iso3: 'E2', name: 'E2', openRequest: true, unusedConsentOn: '2025-06-01' }),
      base({ iso3: 'E3', name: 'E3', openRequest: true, scheduled: true }),
      base({ iso3: 'A1', name: 'A1', region: 'Africa' }),
      base({ iso3: 'A2', name: 'A2', region: 'Africa', lastVisit: '2010-01-01' }),
    ];
    const entries = scorePlan(
      input(states, {
        capacity: 3,
        reserveSize: 2,
        constraints: {
          exclude: ['E2'],
          mustInclude: ['A1'],
          instructionRef: 'CTC/2025/7',
          regionMax: { Europe: 1 },
          regionMin: { Africa: 2 },
        },
      }),
    );
    const selected = entries
      .filter((e) => e.selected)
      .map((e) => e.iso3)
      .sort();
    expect(selected).toEqual(['A1', 'A2', 'E1']);
    const entry = (iso3: string) => entries.find((e) => e.iso3 === iso3)!;
    expect(entry('E2')).toMatchObject({
      selectionNote: 'Excluded by CTC instruction (CTC/2025/7).',
      origin: 'ctc_instruction',
    });
    expect(entry('A1')).toMatchObject({
      selectionNote: 'Included by CTC instruction (CTC/2025/7).',
      origin: 'ctc_instruction',
    });
    expect(entry('E3')).toMatchObject({ selectionNote: /already planned/, origin: 'model' });
    expect(entry('E1')).toMatchObject({ selectionNote: null, origin: 'model' });
  });

  it('calls must-include and exclude the planners’ choice when no CTC instruction is cited', () => {
    const states = [
      base({ iso3: 'AAA', name: 'Aland', openRequest: true }),
      base({ iso3: 'BBB', name: 'Borduria' }),
    ];
    const entries = scorePlan(
      input(states, { constraints: { mustInclude: ['BBB'], exclude: ['AAA'] } }),
    );
    expect(entries.find((e) => e.iso3 === 'BBB')).toMatchObject({
      selected: true,
      selectionNote: 'Included by the planners’ choice.',
      origin: 'planner_choice',
    });
    expect(entries.find((e) => e.iso3 === 'AAA')).toMatchObject({
      selected: false,
      reserve: false,
      selectionNote: 'Left out by the planners’ choice.',
      origin: 'planner_choice',
    });
  });

  it('keeps a State whose region has its maximum off the reserve too, and says why', () => {
    const states = [
      base({ iso3: 'E1', name: 'E1', openRequest: true, followupPending: true }),
      base({ iso3: 'E2', name: 'E2', openRequest: true }),
      base({ iso3: 'E3', name: 'E3', openRequest: true }),
      base({ iso3: 'A1', name: 'A1', region: 'Africa' }),
    ];
    const entries = scorePlan(
      input(states, { capacity: 1, reserveSize: 2, constraints: { regionMax: { Europe: 1 } } }),
    );
    expect(entries.filter((e) => e.selected).map((e) => e.iso3)).toEqual(['E1']);
    expect(entries.filter((e) => e.reserve).map((e) => e.iso3)).toEqual(['A1']);
    for (const iso3 of ['E2', 'E3'])
      expect(entries.find((e) => e.iso3 === iso3)!.selectionNote).toBe(
        'Europe already has its maximum of 1 visit, so it is neither selected nor kept in reserve.',
      );
  });

  it('counts consent already given only while it is within the validity period', () => {
    const consent = (unusedConsentOn: string | null, consentValidityYears = 2) =>
      scorePlan(
        input([base({ unusedConsentOn })], {
          params: { ...DEFAULT_PARAMS, consentValidityYears },
        }),
      )[0]!.breakdown.find((b) => b.factor === 'consent_expressed')!.normalized;
    expect(consent('2025-06-01')).toBe(1);
    expect(consent('2024-01-02')).toBe(1);
    expect(consent('2023-06-01')).toBe(0);
    expect(consent('2023-06-01', 5)).toBe(1);
    expect(consent('2025-06-01', 0.5)).toBe(0);
    expect(consent(null, 10)).toBe(0);
  });

  it('says when the last comprehensive assessment was, in words that agree with the threshold', () => {
    const reason = (lastComprehensive: string, comprehensiveAfterYears = 8) =>
      scorePlan(
        input([base({ lastVisit: '2025-03-01', lastComprehensive })], {
          params: { ...DEFAULT_PARAMS, comprehensiveAfterYears },
        }),
      )[0]!;
    expect(reason('2017-06-01')).toMatchObject({
      proposedKind: 'comprehensive',
      kindReason: 'Last comprehensive assessment in 2017, more than 8 years ago.',
    });
    expect(reason('2024-06-01', 1).kindReason).toBe(
      'Last comprehensive assessment in 2024, more than 1 year ago.',
    );
    expect(reason('2024-06-01').proposedKind).toBe('follow_up');
  });

  it('normalises indicators by min–max, rank and thresholds in the stated direction', () => {
    const values = new Map([
      ['A', 0],
      ['B', 5],
      ['C', 10],
    ]);
    expect([
      ...normaliseIndicator(
        { key: 'k', direction: 'higher_is_riskier', normalisation: 'minmax' },
        values,
      ),
    ]).toEqual([
      ['A', 0],
      ['B', 0.5],
      ['C', 1],
    ]);
    expect(
      normaliseIndicator(
        { key: 'k', direction: 'lower_is_riskier', normalisation: 'rank' },
        values,
      ).get('A'),
    ).toBe(1);
    expect(
      normaliseIndicator(
        {
          key: 'k',
          direction: 'higher_is_riskier',
          normalisation: 'thresholds',
          thresholds: [4, 8],
        },
        values,
      ).get('B'),
    ).toBe(0.5);
  });

  it('decays signals by their half-life', () => {
    expect(
      signalLoad([{ occurredOn: '2025-01-01', severity: 4, halfLifeDays: 365 }], '2026-01-01'),
    ).toBeCloseTo(2, 6);
    expect(
      signalLoad([{ occurredOn: '2026-06-01', severity: 4, halfLifeDays: 365 }], '2026-01-01'),
    ).toBe(0);
  });
});
