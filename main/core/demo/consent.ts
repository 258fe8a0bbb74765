// Consent requests (notes verbales) and their replies; the visits that fell through in past years.
import { addDays, daysBetween, yearOf } from '../../../shared/domain/dates';
import type { ConsentState } from '../../../shared/domain/consent';
import type { StateRef } from './context';
import { dayOfYear, minDate } from './days';
import { datesFor, modeFor, teamFor } from './details';
import { CONSENT_LEAD_DAYS, FIRST_YEAR, memberOn, stateWeight } from './history';
import type { ConsentPlan, VisitPlan } from './plans';
import type { Rng } from './random';
import { CONSENT_CONDITIONS } from './vocabulary';

/**
 * A request sent on `sentOn`; a reply (if any) comes 2 to 20 weeks later, but by `replyBy`, after
 * 0 to 3 reminders. Without a reply, the reminders run until `replyBy`.
 */
export function requestConsent(
  rng: Rng,
  iso3: string,
  sentOn: string,
  reply: ConsentState,
  replyBy: string,
): ConsentPlan {
  const replied = reply !== 'pending' && reply !== 'no_reply';
  const gap = Math.max(1, daysBetween(sentOn, replyBy));
  const repliedOn = replied
    ? addDays(sentOn, rng.int(Math.min(14, gap), Math.min(140, gap)))
    : undefined;
  const waited = daysBetween(sentOn, repliedOn ?? replyBy);
  const possible = Math.min(3, Math.floor(waited / 30));
  const reminders = possible === 0 ? 0 : rng.int(possible - 1, possible);
  return {
    iso3,
    sentOn,
    reminders,
    lastReminderOn:
      reminders > 0
        ? addDays(sentOn, Math.floor((waited * reminders) / (reminders + 1)))
        : undefined,
    reply,
    repliedOn,
  };
}

/** The consent a visit needed: asked 2 to 9 months before it, granted at least two weeks before. */
export function consentForVisit(
  rng: Rng,
  visit: VisitPlan,
  startDate: string,
  endDate: string,
): ConsentPlan {
  const sentOn = addDays(startDate, -rng.int(60, CONSENT_LEAD_DAYS));
  const consent = requestConsent(
    rng,
    visit.iso3,
    sentOn,
    'granted',
    addDays(startDate, -rng.int(14, 30)),
  );
  consent.proposedFrom = addDays(startDate, -rng.int(0, 14));
  consent.proposedTo = addDays(endDate, rng.int(0, 14));
  if (rng.chance(0.1)) consent.conditions = rng.pick(CONSENT_CONDITIONS);
  return consent;
}

export interface Setbacks {
  visits: VisitPlan[];
  /** Requests declined, deferred or left without reply, which led to no visit. */
  requests: ConsentPlan[];
}

/** A few visits postponed or cancelled after consent, and a few requests that went nowhere, per year. */
export function planSetbacks(rng: Rng, states: StateRef[], today: string, scale: number): Setbacks {
  const lastYear = yearOf(today) - 1;
  const out: Setbacks = { visits: [], requests: [] };
  for (let year = FIRST_YEAR; year <= lastYear; year++) {
    // Each year's requests, and the consent of its visits that fell through, are sent from the
    // year before at the earliest: only States that were members by then.
    const members = states.filter((s) => memberOn(s, `${year - 1}-01-01`));
    const anyState = () => rng.weighted(members, stateWeight);
    for (let k = 0; k < scale; k++) {
      if (rng.chance(0.3)) out.visits.push(fallenThrough(rng, anyState(), year, 'postponed'));
      if (rng.chance(0.25)) out.visits.push(fallenThrough(rng, anyState(), year, 'cancelled'));
      for (const reply of ['declined', 'deferred', 'no_reply'] as const) {
        if (!rng.chance(0.3)) continue;
        const sentOn = dayOfYear(year - 1, rng.int(270, 600));
        const closedOn = minDate(addDays(sentOn, 180), addDays(today, -1));
        out.requests.push(requestConsent(rng, anyState().iso3, sentOn, reply, closedOn));
      }
    }
  }
  return out;
}

function fallenThrough(
  rng: Rng,
  state: StateRef,
  year: number,
  status: 'postponed' | 'cancelled',
): VisitPlan {
  const proposed = dayOfYear(year, rng.int(30, 300));
  const mode = modeFor(rng, proposed);
  const kind = rng.odds({ comprehensive: 3, focused: 2 });
  const dates = datesFor(rng, mode, proposed);
  const visit: VisitPlan = {
    iso3: state.iso3,
    kind,
    mode,
    status,
    listYear: year,
    ...dates,
    team: teamFor(rng, kind),
    agenciesMet: [],
    notes:
      status === 'postponed'
        ? 'Postponed at the State’s request; new dates to be agreed.'
        : 'Cancelled: the dates could not be kept by either side.',
  };
  visit.consent = consentForVisit(rng, visit, dates.startDate, dates.endDate);
  return visit;
}

/** Visits conducted or scheduled, with the consent they needed. */
export function withConsent(rng: Rng, visits: VisitPlan[]): void {
  for (const v of visits) {
    if (v.startDate && v.endDate && !v.consent)
      v.consent = consentForVisit(rng, v, v.startDate, v.endDate);
  }
}

/** Numbers notes verbales in the order they were sent, per year: CTED/NV/2023/041. */
export function numberNotesVerbales(requests: ConsentPlan[]): void {
  const sorted = [...requests].sort(
    (a, b) => a.sentOn.localeCompare(b.sentOn) || a.iso3.localeCompare(b.iso3),
  );
  const next = new Map<number, number>();
  for (const r of sorted) {
    const year = yearOf(r.sentOn);
    const n = (next.get(year) ?? 0) + 1;
    next.set(year, n);
    r.noteVerbaleRef = `CTED/NV/${year}/${String(n).padStart(3, '0')}`;
  }
}
