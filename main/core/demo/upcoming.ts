// This year's and next year's lists: consent asked (some replies still pending, some for more than
// 60 days), visits planned, and visits scheduled on dates after today.
import { addDays, daysBetween, yearOf } from '../../../shared/domain/dates';
import type { VisitKind, VisitStatus } from '../../../shared/domain/visits';
import type { StateRef } from './context';
import { dateBetween, dayOfYear, maxDate } from './days';
import { datesFor, modeFor, teamFor } from './details';
import { requestConsent } from './consent';
import { stateWeight } from './history';
import type { ConsentPlan, VisitPlan } from './plans';
import type { Rng } from './random';

type Outcome = 'long_pending' | 'recent_pending' | 'granted' | 'deferred' | 'declined';

/** Planned, scheduled and postponed visits for this year and next, and requests that led to none. */
export function planUpcoming(
  rng: Rng,
  states: StateRef[],
  history: VisitPlan[],
  today: string,
  scale: number,
): { visits: VisitPlan[]; requests: ConsentPlan[] } {
  const thisYear = yearOf(today);
  const lastVisit = lastConducted(history);
  const thisYearCount = rng.int(8, 11) * scale;
  const nextYearCount = rng.int(3, 5) * scale;
  const chosen = chooseStates(rng, states, lastVisit, today, thisYearCount + nextYearCount);
  const visits: VisitPlan[] = [];
  const requests: ConsentPlan[] = [];
  chosen.slice(0, thisYearCount).forEach((state, i) => {
    const consent = thisYearRequest(rng, state.iso3, thisYear, today, outcomeOf(rng, i, scale));
    const visit = thisYearVisit(
      rng,
      state.iso3,
      kindFor(rng, lastVisit.has(state.iso3)),
      consent,
      today,
    );
    if (visit) visits.push(visit);
    else requests.push(consent);
  });
  chosen.slice(thisYearCount).forEach((state, i) => {
    visits.push(
      nextYearVisit(rng, state.iso3, kindFor(rng, lastVisit.has(state.iso3)), today, i < scale),
    );
  });
  return { visits, requests };
}

function lastConducted(history: VisitPlan[]): Map<string, string> {
  const last = new Map<string, string>();
  for (const v of history)
    if (v.endDate && v.endDate > (last.get(v.iso3) ?? '')) last.set(v.iso3, v.endDate);
  return last;
}

/** Never-visited States are favoured; among the others, those not seen for longest. */
function chooseStates(
  rng: Rng,
  states: StateRef[],
  lastVisit: Map<string, string>,
  today: string,
  count: number,
): StateRef[] {
  const yearsSince = (s: StateRef) =>
    daysBetween(lastVisit.get(s.iso3) ?? '1990-01-01', today) / 365;
  const weight = (s: StateRef) =>
    stateWeight(s) * (lastVisit.has(s.iso3) ? Math.min(1, yearsSince(s) / 5) : 1.2);
  return rng.weightedSample(states, weight, Math.min(count, states.length));
}

/** The first requests of each scale unit cover the cases the app must show: long and recent waits. */
function outcomeOf(rng: Rng, index: number, scale: number): Outcome {
  if (index < 2 * scale) return 'long_pending';
  if (index < 3 * scale) return 'recent_pending';
  return rng.odds({ granted: 70, deferred: 15, declined: 15 });
}

function kindFor(rng: Rng, visitedBefore: boolean): VisitKind {
  return visitedBefore
    ? rng.odds({ follow_up: 45, focused: 35, comprehensive: 20 })
    : 'comprehensive';
}

function thisYearRequest(
  rng: Rng,
  iso3: string,
  year: number,
  today: string,
  outcome: Outcome,
): ConsentPlan {
  if (outcome === 'long_pending')
    return requestConsent(rng, iso3, year, addDays(today, -rng.int(61, 150)), 'pending', today);
  if (outcome === 'recent_pending')
    return requestConsent(rng, iso3, year, addDays(today, -rng.int(5, 45)), 'pending', today);
  const sentOn = dateBetween(rng, addDays(today, -330), addDays(today, -30));
  return requestConsent(rng, iso3, year, sentOn, outcome, addDays(today, -1));
}

/** A granted request becomes a scheduled (or not yet dated) visit; a deferred one a postponed visit. */
function thisYearVisit(
  rng: Rng,
  iso3: string,
  kind: VisitKind,
  consent: ConsentPlan,
  today: string,
): VisitPlan | null {
  if (consent.reply === 'declined') return null;
  const year = consent.listYear;
  const mode = modeFor(rng, today);
  let status: VisitStatus = 'planned';
  if (consent.reply === 'deferred') status = 'postponed';
  else if (consent.reply === 'granted' && rng.chance(0.7)) status = 'scheduled';
  const dates =
    status === 'scheduled'
      ? datesFor(
          rng,
          mode,
          dateBetween(rng, addDays(today, 14), maxDate(addDays(today, 60), `${year}-12-10`)),
        )
      : {};
  return {
    iso3,
    kind,
    mode,
    status,
    listYear: year,
    ...dates,
    team: teamFor(rng, kind),
    agenciesMet: [],
    consent,
  };
}

/** Next year's list: a few visits already scheduled with consent, the others planned. */
function nextYearVisit(
  rng: Rng,
  iso3: string,
  kind: VisitKind,
  today: string,
  scheduled: boolean,
): VisitPlan {
  const year = yearOf(today) + 1;
  const mode = modeFor(rng, today);
  const visit: VisitPlan = {
    iso3,
    kind,
    mode,
    status: scheduled ? 'scheduled' : 'planned',
    listYear: year,
    team: [],
    agenciesMet: [],
  };
  if (scheduled) {
    const dates = datesFor(rng, mode, dayOfYear(year, rng.int(20, 150)));
    const sentOn = addDays(today, -rng.int(60, 120));
    Object.assign(visit, dates, { team: teamFor(rng, kind) });
    visit.consent = requestConsent(rng, iso3, year, sentOn, 'granted', addDays(today, -1));
    visit.consent.proposedFrom = dates.startDate;
    visit.consent.proposedTo = dates.endDate;
  } else if (rng.chance(0.5)) {
    visit.consent = requestConsent(
      rng,
      iso3,
      year,
      addDays(today, -rng.int(3, 30)),
      'pending',
      today,
    );
  }
  return visit;
}
