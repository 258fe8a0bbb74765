// What the risk-based list reads besides the visit history: indicator values for every State,
// signals (emerging issues, trends, events, analysis) and the States' own requests and invitations.
import { addDays, addMonths, yearOf } from '../../../shared/domain/dates';
import { admittedOn } from '../reference/admissions';
import type { DemoContext, DemoRow, StateRef } from './context';
import { maxDate } from './days';
import { memberOn, stateWeight } from './history';
import type { VisitPlan } from './plans';
import type { Rng } from './random';
import { REQUEST_SOURCES, REQUEST_TEXTS, SIGNAL_SOURCES, SIGNAL_TEXTS } from './vocabulary';

const SYNTHETIC_SOURCE = 'Synthetic';
/** Odds of severities 1 to 5: most signals are moderate. */
const SEVERITY_WEIGHTS = [15, 30, 30, 18, 7];

interface IndicatorSpec {
  key: string;
  label: string;
  unit: string;
  direction: 'higher_is_riskier' | 'lower_is_riskier';
  normalisation: 'minmax' | 'rank' | 'thresholds';
  thresholds?: number[];
  min: number;
  max: number;
  decimals: number;
  /** The value for a State's latent risk in [0, 1], before noise. */
  value(risk: number): number;
}

const INDICATORS: IndicatorSpec[] = [
  {
    key: 'terrorism_incidents',
    label: 'Terrorism-related incidents',
    unit: 'incidents per year',
    direction: 'higher_is_riskier',
    normalisation: 'minmax',
    min: 0,
    max: 200,
    decimals: 0,
    value: (risk) => 200 * risk ** 3,
  },
  {
    key: 'cft_effectiveness',
    label: 'Effectiveness of measures against terrorist financing',
    unit: 'score 0–100',
    direction: 'lower_is_riskier',
    normalisation: 'minmax',
    min: 0,
    max: 100,
    decimals: 0,
    value: (risk) => 100 * (1 - 0.7 * risk),
  },
  {
    key: 'border_capacity',
    label: 'Border management capacity',
    unit: 'index 0–10',
    direction: 'lower_is_riskier',
    normalisation: 'thresholds',
    thresholds: [2, 4, 6, 8],
    min: 0,
    max: 10,
    decimals: 1,
    value: (risk) => 10 * (1 - 0.6 * risk),
  },
  {
    key: 'online_propaganda_exposure',
    label: 'Exposure to online terrorist propaganda',
    unit: 'index 0–5',
    direction: 'higher_is_riskier',
    normalisation: 'rank',
    min: 0,
    max: 5,
    decimals: 1,
    value: (risk) => 5 * risk,
  },
];

/** Definitions, then a value per State, indicator and date: yearly at scale 1, more often at larger scales. */
export function writeIndicators(ctx: DemoContext, rng: Rng): void {
  for (const spec of INDICATORS) {
    ctx.insert('indicator_definitions', {
      key: spec.key,
      label: spec.label,
      unit: spec.unit,
      direction: spec.direction,
      normalisation: spec.normalisation,
      thresholds: spec.thresholds,
      min_value: spec.min,
      max_value: spec.max,
      source: SYNTHETIC_SOURCE,
    });
  }
  const dates = indicatorDates(ctx.today, ctx.scale);
  for (const state of ctx.states) {
    const risk = rng.next() ** 1.5;
    for (const spec of INDICATORS) {
      for (const asOf of dates.filter((d) => memberOn(state, d))) {
        ctx.insert('risk_indicators', {
          iso3: state.iso3,
          indicator_key: spec.key,
          as_of: asOf,
          value: noisy(rng, spec, risk),
          source: SYNTHETIC_SOURCE,
        });
      }
    }
  }
}

/** The ends of the last three years (scale 1), or 3 × scale month-ends over the same three years. */
function indicatorDates(today: string, scale: number): string[] {
  const lastYearEnd = `${yearOf(today) - 1}-12-31`;
  const points = Array.from({ length: 3 * scale }, (_, i) =>
    addMonths(lastYearEnd, -Math.round((i * 12) / scale)),
  );
  return [...new Set(points)].sort();
}

function noisy(rng: Rng, spec: IndicatorSpec, risk: number): number {
  const raw = spec.value(risk) * (0.8 + 0.4 * rng.next());
  const clamped = Math.min(spec.max, Math.max(spec.min, raw));
  const factor = 10 ** spec.decimals;
  return Math.round(clamped * factor) / factor;
}

/** Recent signals for about 40 States, more of them in the regions visited most. */
export function writeSignals(ctx: DemoContext, rng: Rng): void {
  for (const state of rng.weightedSample(ctx.states, stateWeight, rng.int(36, 44))) {
    const count = rng.int(1, 4) * ctx.scale;
    for (let i = 0; i < count; i++) {
      const kind = rng.odds({ emerging_issue: 3, trend: 3, event: 2, analysis: 2 });
      ctx.insert('signals', {
        iso3: state.iso3,
        kind,
        occurred_on: sinceAdmission(state, addDays(ctx.today, -rng.int(0, 730))),
        severity: rng.weighted([1, 2, 3, 4, 5], (n) => SEVERITY_WEIGHTS[n - 1]!),
        half_life_days: rng.pick([90, 120, 180, 270, 365, 540, 720]),
        source: rng.pick(SIGNAL_SOURCES),
        text: rng.pick(SIGNAL_TEXTS[kind]!),
      });
    }
  }
}

/**
 * Requests and invitations from about 15 States: half were followed by a visit (fulfilled),
 * half come from States never visited and are still open (a few withdrawn).
 */
export function writeStateRequests(ctx: DemoContext, rng: Rng, visits: VisitPlan[]): void {
  const conducted = visits.filter((v) => v.status === 'conducted');
  const visited = new Set(conducted.map((v) => v.iso3));
  const neverVisited = ctx.states.filter((s) => !visited.has(s.iso3));
  const count = rng.int(13, 17) * ctx.scale;
  for (let i = 0; i < count; i++) {
    const fulfilled = conducted.length > 0 && (neverVisited.length === 0 || rng.chance(0.5));
    ctx.insert(
      'state_requests',
      fulfilled
        ? answeredRequest(rng, rng.pick(conducted))
        : openRequest(rng, rng.weighted(neverVisited, stateWeight), ctx.today),
    );
  }
}

/** A request received some months before the consent request of the visit that answered it. */
function answeredRequest(rng: Rng, visit: VisitPlan): DemoRow {
  const kind = rng.odds({ request: 3, invitation: 2 });
  const before = visit.consent?.sentOn ?? visit.startDate!;
  return {
    iso3: visit.iso3,
    kind,
    received_on: sinceAdmission(visit, addDays(before, -rng.int(30, 240))),
    status: 'fulfilled',
    ...wording(rng, kind),
  };
}

function openRequest(rng: Rng, state: StateRef, today: string): DemoRow {
  const kind = rng.odds({ request: 3, invitation: 2 });
  return {
    iso3: state.iso3,
    kind,
    received_on: sinceAdmission(state, addDays(today, -rng.int(20, 1000))),
    status: rng.chance(0.15) ? 'withdrawn' : 'open',
    ...wording(rng, kind),
  };
}

/** The date, or the State's admission to the United Nations when that came later. */
const sinceAdmission = (state: { iso3: string }, date: string): string =>
  maxDate(date, admittedOn(state.iso3) ?? date);

const wording = (rng: Rng, kind: 'request' | 'invitation') => ({
  description: rng.pick(REQUEST_TEXTS[kind]),
  source: rng.pick(REQUEST_SOURCES),
});
