// The conducted visits from 2005 to last year, calibrated on the CTC's public figures: about 205
// visits to about 119 Member States (so about 74 never visited), 8 to 13 a year, most first visits
// early on, more visits in Africa and Asia than in Oceania and the small island States.
import { addDays, daysBetween, yearOf } from '../../../shared/domain/dates';
import type { VisitKind } from '../../../shared/domain/visits';
import { admittedOn } from '../reference/admissions';
import type { StateRef } from './context';
import { dayOfYear } from './days';
import { agenciesFor, datesFor, modeFor, teamFor } from './details';
import type { VisitPlan } from './plans';
import type { Rng } from './random';

export const FIRST_YEAR = 2005;
const VISITS_AT_SCALE_1 = 205;
const STATES_VISITED = 119;
const MIN_PER_YEAR = 8;
const MAX_PER_YEAR = 13;
/** How fast the share of first visits falls over the years (in years). */
const FIRST_VISIT_DECAY_YEARS = 6;
const REGIONAL_GROUP_CHANCE = 0.04;

const REGION_WEIGHT: Record<string, number> = {
  Africa: 3,
  Asia: 2.6,
  Americas: 1.6,
  Europe: 1.2,
  Oceania: 1,
};
const SMALL_STATE_SUBREGIONS = new Set(['Caribbean', 'Micronesia', 'Polynesia', 'Melanesia']);

/** The longest a visit's consent is asked before it starts. */
export const CONSENT_LEAD_DAYS = 270;

/** Whether a State was a Member State on `date`: nothing of a State is dated before it joined. */
export function memberOn(s: StateRef, date: string): boolean {
  const admitted = admittedOn(s.iso3);
  return admitted === null || admitted <= date;
}

/** How likely CTED is to visit a State, from its region (small island States less often). */
export function stateWeight(s: StateRef): number {
  return (REGION_WEIGHT[s.region] ?? 1) * (SMALL_STATE_SUBREGIONS.has(s.subregion) ? 0.5 : 1);
}

interface Group {
  region?: string;
  members: Map<string, StateRef>;
}

interface Slot {
  start: string;
  /** Drawn to be a State's first visit (else a return to a State already visited). */
  first: boolean;
  /** Regional visits share one group: same dates and mode, States of one region. */
  group?: Group;
  state?: StateRef;
}

export function planHistory(
  rng: Rng,
  states: StateRef[],
  lastYear: number,
  scale: number,
): VisitPlan[] {
  const years = range(FIRST_YEAR, lastYear);
  if (years.length === 0) return [];
  const counts = yearlyCounts(rng, years.length);
  const slots = years.flatMap((year, i) => yearSlots(rng, year, counts[i]! * scale));
  const visitedCount = Math.min(slots.length, STATES_VISITED + rng.int(-2, 2));
  markFirstVisits(rng, slots, visitedCount);
  groupRegionalVisits(rng, slots);
  assignStates(rng, slots, rng.weightedSample(states, stateWeight, visitedCount));
  return toVisits(rng, slots);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

/** Visits per year within [8, 13], adding up to about 205 over the period. */
function yearlyCounts(rng: Rng, yearCount: number): number[] {
  const counts = Array.from({ length: yearCount }, () => rng.int(MIN_PER_YEAR, MAX_PER_YEAR));
  const target = Math.min(
    Math.max(VISITS_AT_SCALE_1, MIN_PER_YEAR * yearCount),
    MAX_PER_YEAR * yearCount,
  );
  let total = counts.reduce((s, n) => s + n, 0);
  while (total !== target) {
    const step = total < target ? 1 : -1;
    const movable = counts
      .map((n, i) => [n, i] as const)
      .filter(([n]) => (step > 0 ? n < MAX_PER_YEAR : n > MIN_PER_YEAR));
    const i = rng.pick(movable)[1];
    counts[i]! += step;
    total += step;
  }
  return counts;
}

function yearSlots(rng: Rng, year: number, count: number): Slot[] {
  // Up to early November, so that even a hybrid visit ends within the year.
  const offsets = Array.from({ length: count }, () => rng.int(14, 310)).sort((a, b) => a - b);
  return offsets.map((offset) => ({ start: dayOfYear(year, offset), first: false }));
}

/** First visits are drawn with a weight that falls over the years; the very first visit is one. */
function markFirstVisits(rng: Rng, slots: Slot[], count: number): void {
  slots[0]!.first = true;
  const weight = (s: Slot) => Math.exp(-(yearOf(s.start) - FIRST_YEAR) / FIRST_VISIT_DECAY_YEARS);
  for (const s of rng.weightedSample(slots.slice(1), weight, count - 1)) s.first = true;
}

/** Now and then two or three consecutive visits of a year form one regional visit. */
function groupRegionalVisits(rng: Rng, slots: Slot[]): void {
  for (let i = 0; i < slots.length; i++) {
    if (!rng.chance(REGIONAL_GROUP_CHANCE)) continue;
    const year = yearOf(slots[i]!.start);
    const size = rng.int(2, 3);
    const members = slots.slice(i, i + size).filter((s) => yearOf(s.start) === year);
    if (members.length < 2) continue;
    const group: Group = { members: new Map() };
    for (const s of members) Object.assign(s, { group, start: slots[i]!.start });
    i += members.length - 1;
  }
}

function assignStates(rng: Rng, slots: Slot[], toVisit: StateRef[]): void {
  const unvisited = new Map(toVisit.map((s) => [s.iso3, s]));
  const visited = new Map<string, { state: StateRef; last: string }>();
  // A State is visited only once a Member State long enough before for its consent to be asked.
  const allowed = (s: StateRef, slot: Slot, group?: Group) =>
    memberOn(s, addDays(slot.start, -CONSENT_LEAD_DAYS)) &&
    (!group || ((!group.region || group.region === s.region) && !group.members.has(s.iso3)));

  const pickFirst = (slot: Slot, group?: Group) => {
    const pool = [...unvisited.values()].filter((s) => allowed(s, slot, group));
    return pool.length ? rng.weighted(pool, stateWeight) : undefined;
  };
  // Returns favour States not seen for a while; one visited in the last four months only as a last resort.
  const pickReturn = (slot: Slot, group?: Group) => {
    const pool = [...visited.values()].filter((v) => allowed(v.state, slot, group));
    if (!pool.length) return undefined;
    const gapYears = (v: { last: string }) => daysBetween(v.last, slot.start) / 365;
    const weight = (v: { state: StateRef; last: string }) =>
      gapYears(v) < 1 / 3
        ? 1e-6
        : stateWeight(v.state) * (Math.min(1, gapYears(v) / 3) ** 2 + 0.02);
    return rng.weighted(pool, weight).state;
  };
  const pick = (slot: Slot, group?: Group) =>
    slot.first
      ? (pickFirst(slot, group) ?? pickReturn(slot, group))
      : (pickReturn(slot, group) ?? pickFirst(slot, group));

  for (const slot of slots) {
    let state = pick(slot, slot.group);
    if (!state) {
      // No State of the group's region is left: this one becomes a visit on its own.
      slot.group = undefined;
      state = pick(slot)!;
    }
    slot.state = state;
    unvisited.delete(state.iso3);
    visited.set(state.iso3, { state, last: slot.start });
    if (slot.group) {
      slot.group.region = state.region;
      slot.group.members.set(state.iso3, state);
    }
  }
}

function toVisits(rng: Rng, slots: Slot[]): VisitPlan[] {
  const lastStart = new Map<string, string>();
  const groupDates = new Map<Group, ReturnType<typeof datesFor> & { mode: VisitPlan['mode'] }>();
  return slots.map((slot) => {
    const state = slot.state!;
    const regional = slot.group !== undefined && slot.group.members.size > 1;
    let shared = slot.group && groupDates.get(slot.group);
    if (!shared) {
      const mode = modeFor(rng, slot.start);
      shared = { mode, ...datesFor(rng, mode, slot.start) };
      if (slot.group) groupDates.set(slot.group, shared);
    }
    const previous = lastStart.get(state.iso3);
    lastStart.set(state.iso3, slot.start);
    const kind: VisitKind = regional ? 'regional' : kindFor(rng, slot.start, previous);
    const { mode, ...dates } = shared;
    return {
      iso3: state.iso3,
      kind,
      mode,
      status: 'conducted',
      listYear: yearOf(slot.start),
      ...dates,
      team: teamFor(rng, kind),
      agenciesMet: agenciesFor(rng, kind),
      notes: regional ? regionalNote(slot.group!, state) : undefined,
    } satisfies VisitPlan;
  });
}

/** Comprehensive assessments first (almost only in the early years); then returns of every kind. */
function kindFor(rng: Rng, start: string, previousStart: string | undefined): VisitKind {
  if (!previousStart) {
    if (yearOf(start) <= 2010) return rng.chance(0.95) ? 'comprehensive' : 'focused';
    return rng.odds({ comprehensive: 70, focused: 18, advocacy: 12 });
  }
  if (daysBetween(previousStart, start) >= 6 * 365)
    return rng.odds({ comprehensive: 35, follow_up: 30, focused: 20, advocacy: 15 });
  return rng.odds({ follow_up: 50, focused: 30, advocacy: 20 });
}

function regionalNote(group: Group, state: StateRef): string {
  const others = [...group.members.values()]
    .filter((s) => s.iso3 !== state.iso3)
    .map((s) => s.name);
  return `Part of a regional visit that also covered ${others.join(' and ')}.`;
}
