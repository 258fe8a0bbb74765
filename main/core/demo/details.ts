// The details of one visit: its mode for the period, its dates, its team and the agencies met.
import { addDays } from '../../../shared/domain/dates';
import type { VisitKind, VisitMode } from '../../../shared/domain/visits';
import { onOrAfterWeekday } from './days';
import type { VisitDatesPlan } from './plans';
import type { Rng } from './random';
import { AGENCIES, PARTNERS, TEAM_NAMES } from './vocabulary';

const MONDAY_OR_TUESDAY = [1, 2];

/** Before 2020 every visit was in person; virtual in the pandemic; hybrid visits from 2021. */
export function modeFor(rng: Rng, start: string): VisitMode {
  if (start < '2020-03-15') return 'in_person';
  if (start < '2021-01-01') return rng.chance(0.9) ? 'virtual' : 'in_person';
  if (start < '2022-01-01') return rng.odds({ virtual: 55, hybrid: 35, in_person: 10 });
  if (start < '2023-01-01') return rng.odds({ in_person: 60, hybrid: 30, virtual: 10 });
  return rng.odds({ in_person: 75, hybrid: 18, virtual: 7 });
}

/**
 * Dates from a proposed first day: 3 to 5 days on site (or online); a hybrid visit has a short
 * virtual part, then a physical part two to five weeks later.
 */
export function datesFor(
  rng: Rng,
  mode: VisitMode,
  proposedStart: string,
): Required<Pick<VisitDatesPlan, 'startDate' | 'endDate'>> & VisitDatesPlan {
  const startDate = onOrAfterWeekday(proposedStart, MONDAY_OR_TUESDAY);
  if (mode !== 'hybrid') return { startDate, endDate: addDays(startDate, rng.int(2, 4)) };
  const virtualEnd = addDays(startDate, rng.int(1, 2));
  const physicalStart = onOrAfterWeekday(addDays(virtualEnd, rng.int(14, 35)), MONDAY_OR_TUESDAY);
  const physicalEnd = addDays(physicalStart, rng.int(2, 3));
  return {
    startDate,
    endDate: physicalEnd,
    virtualStart: startDate,
    virtualEnd,
    physicalStart,
    physicalEnd,
  };
}

export function teamFor(rng: Rng, kind: VisitKind): string[] {
  const size = kind === 'advocacy' ? rng.int(2, 3) : rng.int(3, 5);
  const team: string[] = rng.sample(TEAM_NAMES, size);
  if (kind !== 'advocacy' && rng.chance(0.5)) team.push(`${rng.pick(PARTNERS)} expert`);
  return team;
}

export function agenciesFor(rng: Rng, kind: VisitKind): string[] {
  const count = kind === 'comprehensive' ? rng.int(8, 12) : rng.int(3, 7);
  return rng.sample(AGENCIES, count);
}
