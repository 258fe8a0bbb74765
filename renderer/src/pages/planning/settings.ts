// The planner's working settings: where they start (the saved list, else the default methodology)
// and whether they differ from what is saved (the methodology, the draft).
import type { AnnualList, Methodology } from '../../../../shared/api/types';
import {
  DEFAULT_PARAMS,
  FACTORS,
  type MethodologyParams,
  type PlanConstraints,
} from '../../../../shared/domain/scoring';
import type { PlanSettings } from '../../stores/plan';

const DEFAULT_CAPACITY = 10;
const DEFAULT_RESERVE = 5;
const PARAMS = Object.keys(DEFAULT_PARAMS) as (keyof MethodologyParams)[];

export function savedMethodology(
  methodologies: Methodology[],
  id: string | undefined,
): Methodology | undefined {
  return (
    methodologies.find((m) => m.id === id) ??
    methodologies.find((m) => m.isDefault) ??
    methodologies[0]
  );
}

/**
 * The methodologies as loaded, with one just saved taking the place of its loaded copy while that
 * copy is older (or not loaded yet): the newest version known wins.
 */
export function withSaved(methodologies: Methodology[], saved: Methodology | null): Methodology[] {
  if (!saved) return methodologies;
  const loaded = methodologies.find((m) => m.id === saved.id);
  if (!loaded) return [...methodologies, saved];
  return loaded.version >= saved.version
    ? methodologies
    : methodologies.map((m) => (m.id === saved.id ? saved : m));
}

export function initialSettings(list: AnnualList | null, methodology: Methodology): PlanSettings {
  return {
    methodologyId: methodology.id,
    weights: methodology.weights,
    params: methodology.params,
    capacity: list?.capacity ?? DEFAULT_CAPACITY,
    reserveSize: list?.reserveSize ?? DEFAULT_RESERVE,
    constraints: list?.constraints ?? {},
  };
}

/** The constraints without empty parts, as the API takes them. */
export function cleanConstraints(c: PlanConstraints): PlanConstraints {
  const limits = (r: Record<string, number> | undefined) =>
    r && Object.keys(r).length ? r : undefined;
  const states = (s: string[] | undefined) => (s?.length ? [...s].sort() : undefined);
  return {
    regionMin: limits(c.regionMin),
    regionMax: limits(c.regionMax),
    mustInclude: states(c.mustInclude),
    exclude: states(c.exclude),
    instructionRef: c.instructionRef?.trim() || undefined,
    skipScheduled: c.skipScheduled ?? true,
  };
}

/** A stable text form of constraints, to compare them. */
const constraintsKey = (c: PlanConstraints): string => {
  const clean = cleanConstraints(c);
  const sorted = (r: Record<string, number> | undefined) =>
    r ? Object.entries(r).sort(([a], [b]) => a.localeCompare(b)) : null;
  return JSON.stringify([
    sorted(clean.regionMin),
    sorted(clean.regionMax),
    clean.mustInclude ?? null,
    clean.exclude ?? null,
    clean.instructionRef ?? null,
    clean.skipScheduled,
  ]);
};

export function weightsDiffer(settings: PlanSettings, methodology: Methodology): boolean {
  return (
    FACTORS.some((f) => settings.weights[f] !== methodology.weights[f]) ||
    PARAMS.some((p) => settings.params[p] !== methodology.params[p])
  );
}

/** Whether the saved draft was built from other settings than the ones on screen. */
export function draftDiffers(
  settings: PlanSettings,
  list: AnnualList,
  methodology: Methodology,
): boolean {
  return (
    weightsDiffer(settings, methodology) ||
    list.methodology.id !== methodology.id ||
    list.methodology.version !== methodology.version ||
    list.capacity !== settings.capacity ||
    list.reserveSize !== settings.reserveSize ||
    constraintsKey(list.constraints) !== constraintsKey(settings.constraints)
  );
}
