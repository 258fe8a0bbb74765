// The OP 12 risk model (DESIGN §5): a pure, deterministic scorer. Score of a State =
// Σ wᵢ·fᵢ / Σ wᵢ × 100 with every factor fᵢ in [0,1]; each factor's points add up to the score.
// The same code runs in main/core (plan.build) and in the renderer (live re-ranking).
import type { LanguageCode } from '../api/schema';
import { isText, sayText, text, type Text } from '../messages';
import { daysBetween, yearOf } from './dates';
import { regionName } from './m49Regions';
import { median } from './statistics';

export const FACTORS = [
  'implementation_gaps',
  'threat_indicators',
  'signals',
  'time_since_last_visit',
  'never_visited',
  'prior_request',
  'consent_expressed',
  'followup_pending',
] as const;
export type Factor = (typeof FACTORS)[number];

/** Plain-English names of the factors, for exports and as the UI's fallback. */
export const FACTOR_LABELS: Record<Factor, string> = {
  implementation_gaps: 'Implementation gaps',
  threat_indicators: 'Threat and risk indicators',
  signals: 'Emerging issues, trends and events',
  time_since_last_visit: 'Time since the last visit',
  never_visited: 'Never visited',
  prior_request: 'Request or invitation by the State',
  consent_expressed: 'Consent already given',
  followup_pending: 'Follow-up pending',
};
export type Weights = Record<Factor, number>;

export const IMPUTATIONS = ['regional_median', 'global_median', 'zero'] as const;
export type Imputation = (typeof IMPUTATIONS)[number];

export interface MethodologyParams {
  /** Years after which "time since last visit" counts in full. */
  horizonYears: number;
  /** Signal points (Σ severity × decay) that count in full. */
  signalCap: number;
  /** How a missing gap or indicator value is filled in; always shown as imputed. */
  imputation: Imputation;
  /** A State whose last comprehensive assessment is older than this gets a comprehensive visit. */
  comprehensiveAfterYears: number;
  /** A consent counts as "already given" for this many years after it was given. */
  consentValidityYears: number;
}

export const DEFAULT_WEIGHTS: Weights = {
  implementation_gaps: 20,
  threat_indicators: 20,
  signals: 15,
  time_since_last_visit: 15,
  never_visited: 10,
  prior_request: 8,
  consent_expressed: 6,
  followup_pending: 6,
};

export const DEFAULT_PARAMS: MethodologyParams = {
  horizonYears: 8,
  signalCap: 10,
  imputation: 'regional_median',
  comprehensiveAfterYears: 8,
  consentValidityYears: 2,
};

export type Direction = 'higher_is_riskier' | 'lower_is_riskier';
export type Normalisation = 'minmax' | 'rank' | 'thresholds';

export interface IndicatorDefinition {
  key: string;
  direction: Direction;
  normalisation: Normalisation;
  /** Ascending cut points for `thresholds`: a value at or past the k-th of n cut points scores k/n. */
  thresholds?: number[] | null;
  /** Fixed bounds for `minmax`; the observed range when absent. */
  min?: number | null;
  max?: number | null;
}

export interface StateSignal {
  occurredOn: string;
  severity: number;
  halfLifeDays: number;
}

export interface StateInputs {
  iso3: string;
  /** The State's name in the reader's language. */
  name: string;
  /**
   * The name ties are broken by (the English UN name), so that the ranking is the same whatever
   * the reader's language; `name` when absent.
   */
  tieName?: string;
  region: string;
  /** End of the last conducted assessment visit (advocacy visits do not count); null: never visited. */
  lastVisit: string | null;
  lastComprehensive: string | null;
  /** Priority recommendations of the State's assessments; null when never assessed. */
  priorityRecommendations: { total: number; open: number } | null;
  /** Latest value of each indicator, by key. */
  indicators: Record<string, number>;
  signals: StateSignal[];
  openRequest: boolean;
  /**
   * When the State gave the consent that still stands: its latest answer is a grant, not yet used
   * by a conducted visit. Null otherwise. It counts while within the consent validity period.
   */
  unusedConsentOn: string | null;
  followupPending: boolean;
  /** A visit to the State is already planned or scheduled. */
  scheduled: boolean;
}

export interface PlanConstraints {
  regionMin?: Record<string, number>;
  regionMax?: Record<string, number>;
  /** States included, or left out, whatever their rank. */
  mustInclude?: string[];
  exclude?: string[];
  /**
   * The reference of the CTC instruction behind `mustInclude` and `exclude`; without one, they are
   * the planners' own choice.
   */
  instructionRef?: string;
  /** Leave out States that already have a planned or scheduled visit (default true). */
  skipScheduled?: boolean;
}

export interface ScoringInput {
  asOf: string;
  states: StateInputs[];
  indicatorDefinitions: IndicatorDefinition[];
  weights: Weights;
  params: MethodologyParams;
  capacity: number;
  reserveSize: number;
  constraints?: PlanConstraints;
  /** The language `scorePlan` says the reasons and notes in (English when absent). */
  language?: LanguageCode;
}

export interface BreakdownItem {
  factor: Factor;
  raw: number | null;
  normalized: number;
  weight: number;
  points: number;
  imputed: boolean;
}

export type ProposedKind = 'comprehensive' | 'follow_up' | 'focused';

/** How a State got its place: by the model (rank and regional limits), or forced in or out. */
export type SelectionOrigin = 'model' | 'ctc_instruction' | 'planner_choice';

export interface ScoredEntry {
  iso3: string;
  name: string;
  region: string;
  rank: number;
  score: number;
  selected: boolean;
  reserve: boolean;
  /** Why a State was left out or forced in, in plain words; null when the model alone decided. */
  selectionNote: string | null;
  origin: SelectionOrigin;
  proposedKind: ProposedKind;
  kindReason: string;
  breakdown: BreakdownItem[];
}

/**
 * A scored entry whose reason and note are still sentences to be said (shared/messages, keys
 * plan.kind.* and plan.selection.*): what a saved list stores, so that each reader reads them in
 * their own language.
 */
export type ScoredEntryTexts = Omit<ScoredEntry, 'kindReason' | 'selectionNote'> & {
  kindReason: Text;
  selectionNote: Text | null;
};

/**
 * A reason or note of the plan said in `language`; a `{region}` in it (stored by its English M49
 * name) is named in that language too.
 */
export function sayPlanText(language: LanguageCode, sentence: Text): string {
  const region = sentence.params?.region;
  return sayText(
    language,
    typeof region === 'string'
      ? { ...sentence, params: { ...sentence.params, region: regionName(region, language) } }
      : sentence,
  );
}

/**
 * A reason or note as a list entry stores it (a Text as JSON, see storeText), said in `language`;
 * prose stored before reasons were stored as Texts is shown as it is.
 */
export function sayPlanStored(language: LanguageCode, stored: string): string;
export function sayPlanStored(language: LanguageCode, stored: string | null): string | null;
export function sayPlanStored(language: LanguageCode, stored: string | null): string | null {
  if (stored === null || !stored.startsWith('{')) return stored;
  try {
    const parsed: unknown = JSON.parse(stored);
    return isText(parsed) ? sayPlanText(language, parsed) : stored;
  } catch {
    return stored;
  }
}

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

/** Normalises every State's value of one indicator to [0,1], 1 being the riskiest. */
export function normaliseIndicator(
  def: IndicatorDefinition,
  values: Map<string, number>,
): Map<string, number> {
  const out = new Map<string, number>();
  const entries = [...values.entries()]
    .filter(([, v]) => Number.isFinite(v))
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  if (entries.length === 0) return out;
  const orient = (x: number) => (def.direction === 'higher_is_riskier' ? x : 1 - x);
  if (def.normalisation === 'rank') {
    // Ties share the mean of their positions, so the order of the input never matters.
    let i = 0;
    while (i < entries.length) {
      let j = i;
      while (j + 1 < entries.length && entries[j + 1]![1] === entries[i]![1]) j++;
      const position = entries.length === 1 ? 1 : (i + j) / 2 / (entries.length - 1);
      for (let k = i; k <= j; k++) out.set(entries[k]![0], orient(position));
      i = j + 1;
    }
  } else if (def.normalisation === 'thresholds') {
    const cuts = [...(def.thresholds ?? [])].sort((a, b) => a - b);
    for (const [iso3, v] of entries) {
      const passed = cuts.filter((c) => v >= c).length;
      out.set(iso3, orient(cuts.length ? passed / cuts.length : 0));
    }
  } else {
    const lo = def.min ?? entries[0]![1];
    const hi = def.max ?? entries.at(-1)![1];
    for (const [iso3, v] of entries)
      out.set(iso3, orient(hi > lo ? clamp01((v - lo) / (hi - lo)) : 0.5));
  }
  return out;
}

/** Σ severity × 0.5^(age / half-life), over signals up to `asOf`. */
export function signalLoad(signals: StateSignal[], asOf: string): number {
  let total = 0;
  for (const s of signals) {
    const age = daysBetween(s.occurredOn, asOf);
    if (age < 0 || s.halfLifeDays <= 0) continue;
    total += s.severity * Math.pow(0.5, age / s.halfLifeDays);
  }
  return total;
}

interface FactorValue {
  raw: number | null;
  normalized: number | null;
}

/** Raw and normalised factor values before imputation (null = unknown). */
function factorValues(input: ScoringInput): Map<string, Record<Factor, FactorValue>> {
  const { asOf, params } = input;
  const indicatorScores = input.indicatorDefinitions.map((def) =>
    normaliseIndicator(
      def,
      new Map(
        input.states
          .filter((s) => s.indicators[def.key] !== undefined)
          .map((s) => [s.iso3, s.indicators[def.key]!]),
      ),
    ),
  );
  const out = new Map<string, Record<Factor, FactorValue>>();
  for (const s of input.states) {
    const gaps =
      s.priorityRecommendations && s.priorityRecommendations.total > 0
        ? s.priorityRecommendations.open / s.priorityRecommendations.total
        : null;
    const known = indicatorScores
      .map((m) => m.get(s.iso3))
      .filter((v): v is number => v !== undefined);
    const threat = known.length ? known.reduce((a, b) => a + b, 0) / known.length : null;
    const load = signalLoad(s.signals, asOf);
    const years = s.lastVisit ? Math.max(0, daysBetween(s.lastVisit, asOf)) / 365.25 : null;
    const flag = (b: boolean): FactorValue => ({ raw: b ? 1 : 0, normalized: b ? 1 : 0 });
    out.set(s.iso3, {
      implementation_gaps: { raw: gaps, normalized: gaps === null ? null : clamp01(gaps) },
      threat_indicators: { raw: threat, normalized: threat === null ? null : clamp01(threat) },
      signals: {
        raw: load,
        normalized: params.signalCap > 0 ? clamp01(load / params.signalCap) : 0,
      },
      time_since_last_visit: {
        raw: years,
        normalized:
          years === null ? 1 : params.horizonYears > 0 ? clamp01(years / params.horizonYears) : 1,
      },
      never_visited: flag(s.lastVisit === null),
      prior_request: flag(s.openRequest),
      consent_expressed: flag(
        s.unusedConsentOn !== null && consentStands(s.unusedConsentOn, asOf, params),
      ),
      followup_pending: flag(s.followupPending),
    });
  }
  return out;
}

/** A consent given on `givenOn` still counts on `asOf`: given by then, within the validity period. */
function consentStands(givenOn: string, asOf: string, params: MethodologyParams): boolean {
  const age = daysBetween(givenOn, asOf);
  return age >= 0 && age / 365.25 <= params.consentValidityYears;
}

/** The value that stands in for an unknown one, by the methodology's imputation rule. */
function imputer(
  input: ScoringInput,
  values: Map<string, Record<Factor, FactorValue>>,
  factor: Factor,
): (region: string) => number {
  if (input.params.imputation === 'zero') return () => 0;
  const known = (region: string | null) =>
    input.states
      .filter((s) => region === null || s.region === region)
      .map((s) => values.get(s.iso3)![factor].normalized)
      .filter((v): v is number => v !== null);
  const global = median(known(null)) ?? 0;
  if (input.params.imputation === 'global_median') return () => global;
  const byRegion = new Map<string, number>();
  return (region) => {
    if (!byRegion.has(region)) byRegion.set(region, median(known(region)) ?? global);
    return byRegion.get(region)!;
  };
}

function proposeKind(
  s: StateInputs,
  params: MethodologyParams,
  asOf: string,
): { kind: ProposedKind; reason: Text } {
  if (s.lastVisit === null)
    return { kind: 'comprehensive', reason: text('plan.kind.neverVisited') };
  const sinceComprehensive = s.lastComprehensive
    ? daysBetween(s.lastComprehensive, asOf) / 365.25
    : null;
  if (sinceComprehensive === null || sinceComprehensive > params.comprehensiveAfterYears) {
    return {
      kind: 'comprehensive',
      reason:
        s.lastComprehensive === null
          ? text('plan.kind.noComprehensive')
          : text('plan.kind.comprehensiveLongAgo', {
              year: yearOf(s.lastComprehensive),
              count: params.comprehensiveAfterYears,
            }),
    };
  }
  const recs = s.priorityRecommendations;
  if (recs && recs.open > 0) {
    return {
      kind: 'follow_up',
      reason: text('plan.kind.followUp', { open: recs.open, count: recs.total }),
    };
  }
  return {
    kind: 'focused',
    reason: text('plan.kind.focused'),
  };
}

const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * Scores, ranks and selects every State, its reason and note said in `input.language` (English
 * when absent). Same input (in any order), same output.
 */
export function scorePlan(input: ScoringInput): ScoredEntry[] {
  const language = input.language ?? 'en';
  return scorePlanTexts(input).map((e) => ({
    ...e,
    kindReason: sayPlanText(language, e.kindReason),
    selectionNote: e.selectionNote && sayPlanText(language, e.selectionNote),
  }));
}

/** Scores, ranks and selects every State, its reason and note left as Texts (to store them). */
export function scorePlanTexts(input: ScoringInput): ScoredEntryTexts[] {
  const values = factorValues(input);
  const totalWeight = FACTORS.reduce((sum, f) => sum + Math.max(0, input.weights[f] ?? 0), 0);
  const impute = Object.fromEntries(FACTORS.map((f) => [f, imputer(input, values, f)])) as Record<
    Factor,
    (region: string) => number
  >;

  const scored = input.states.map((s) => {
    const v = values.get(s.iso3)!;
    const breakdown = FACTORS.map((factor): BreakdownItem => {
      const weight = Math.max(0, input.weights[factor] ?? 0);
      const imputed = v[factor].normalized === null;
      const normalized = imputed ? impute[factor](s.region) : v[factor].normalized!;
      const points = totalWeight > 0 ? round((weight * normalized * 100) / totalWeight) : 0;
      return {
        factor,
        raw: v[factor].raw === null ? null : round(v[factor].raw!),
        normalized: round(normalized),
        weight,
        points,
        imputed,
      };
    });
    // The score is the sum of the points as shown, so the breakdown always adds up.
    const score = round(breakdown.reduce((sum, b) => sum + b.points, 0));
    const kind = proposeKind(s, input.params, input.asOf);
    return { s, score, breakdown, kind };
  });

  // Ties: longer since the last visit first (never visited first of all), then name.
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      (a.s.lastVisit ?? '').localeCompare(b.s.lastVisit ?? '') ||
      (a.s.tieName ?? a.s.name).localeCompare(b.s.tieName ?? b.s.name, 'en') ||
      a.s.iso3.localeCompare(b.s.iso3),
  );

  const selection = select(
    scored.map((x) => x.s),
    input,
  );
  return scored.map(
    (x, i): ScoredEntryTexts => ({
      iso3: x.s.iso3,
      name: x.s.name,
      region: x.s.region,
      rank: i + 1,
      score: x.score,
      selected: selection.selected.has(x.s.iso3),
      reserve: selection.reserve.has(x.s.iso3),
      selectionNote: selection.notes.get(x.s.iso3) ?? null,
      origin: selection.forced.get(x.s.iso3) ?? 'model',
      proposedKind: x.kind.kind,
      kindReason: x.kind.reason,
      breakdown: x.breakdown,
    }),
  );
}

interface Selection {
  selected: Set<string>;
  reserve: Set<string>;
  notes: Map<string, Text>;
  /** The States forced in or out by `mustInclude` and `exclude`, and on whose word. */
  forced: Map<string, SelectionOrigin>;
}

/**
 * Takes `capacity` States in rank order, subject to the constraints; the next ones form the
 * reserve. Neither takes a State whose region already has its maximum.
 */
function select(ranked: StateInputs[], input: ScoringInput): Selection {
  const c = input.constraints ?? {};
  const selected = new Set<string>();
  const notes = new Map<string, Text>();
  const perRegion = new Map<string, number>();
  const exclude = new Set(c.exclude ?? []);
  const must = new Set(c.mustInclude ?? []);
  const skipScheduled = c.skipScheduled ?? true;
  // Forced in or out by the Committee when its instruction is cited, else by the planners.
  const ref = c.instructionRef?.trim();
  const forcedBy: SelectionOrigin = ref ? 'ctc_instruction' : 'planner_choice';
  const forced = new Map([...must, ...exclude].map((iso3) => [iso3, forcedBy]));
  const included = ref
    ? text('plan.selection.includedByInstruction', { ref })
    : text('plan.selection.includedByPlanners');
  const excluded = ref
    ? text('plan.selection.excludedByInstruction', { ref })
    : text('plan.selection.excludedByPlanners');

  const eligible = ranked.filter((s) => {
    if (exclude.has(s.iso3)) return (notes.set(s.iso3, excluded), false);
    if (must.has(s.iso3)) return true;
    if (skipScheduled && s.scheduled)
      return (notes.set(s.iso3, text('plan.selection.scheduled')), false);
    return true;
  });
  const take = (s: StateInputs, note: Text | null) => {
    selected.add(s.iso3);
    perRegion.set(s.region, (perRegion.get(s.region) ?? 0) + 1);
    if (note) notes.set(s.iso3, note);
  };
  const regionFull = (region: string) =>
    c.regionMax?.[region] !== undefined && (perRegion.get(region) ?? 0) >= c.regionMax[region]!;
  /** Leaves a State out of the list and the reserve alike, because its region is full. */
  const regionFullNote = (s: StateInputs) => {
    notes.set(
      s.iso3,
      text('plan.selection.regionFull', { region: s.region, count: c.regionMax![s.region]! }),
    );
  };

  for (const s of eligible) if (must.has(s.iso3)) take(s, included);
  for (const [region, min] of Object.entries(c.regionMin ?? {}).sort(([a], [b]) =>
    a.localeCompare(b),
  )) {
    for (const s of eligible) {
      if (selected.size >= input.capacity || (perRegion.get(region) ?? 0) >= min) break;
      if (s.region === region && !selected.has(s.iso3) && !regionFull(region))
        take(s, text('plan.selection.regionMinimum', { region, count: min }));
    }
  }
  for (const s of eligible) {
    if (selected.size >= input.capacity) break;
    if (selected.has(s.iso3)) continue;
    if (regionFull(s.region)) regionFullNote(s);
    else take(s, null);
  }
  const reserve = new Set<string>();
  for (const s of eligible) {
    if (reserve.size >= input.reserveSize) break;
    if (selected.has(s.iso3)) continue;
    if (regionFull(s.region)) regionFullNote(s);
    else reserve.add(s.iso3);
  }
  return { selected, reserve, notes, forced };
}
