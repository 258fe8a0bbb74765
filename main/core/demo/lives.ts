// The life of each assessment report, decided before anything is written (a follow-up visit
// depends on when the earlier report was adopted): drafted 2 to 5 months after the visit, sent to
// the State, factual observations within 30 days (sometimes late, sometimes none, the step then
// closed as "none received" after the 30 days), submitted to the Committee, adopted (mostly within
// its usual wait), transmitted (mostly within a month), and the State's implementation reply. One
// report in four moves much more slowly through CTED's own steps. Steps after
// today have not happened yet, so the reports of recent visits are at earlier steps.
import { addDays, daysBetween } from '../../../shared/domain/dates';
import { FACTUAL_OBSERVATIONS_DAYS } from '../../../shared/domain/deadlines';
import type { ReportStatus } from '../../../shared/domain/reports';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';
import type { VisitPlan } from './plans';
import type { Rng } from './random';

export interface Lifecycle {
  status: ReportStatus;
  drafted_on?: string;
  sent_to_state_on?: string;
  observations_received_on?: string;
  /** The 30 days passed without observations: the step was closed as "none received". */
  observations_none?: boolean;
  submitted_to_ctc_on?: string;
  adopted_on?: string;
  transmitted_on?: string;
  implementation_reply_on?: string;
}

export type StepColumn = Exclude<keyof Lifecycle, 'status' | 'observations_none'>;

export const hasReport = (v: VisitPlan) => v.status === 'conducted' && v.kind !== 'advocacy';

/** The life of the report of every conducted visit except advocacy visits, as of today. */
export function planReports(
  rng: Rng,
  visits: VisitPlan[],
  today: string,
): Map<VisitPlan, Lifecycle> {
  return new Map(visits.filter(hasReport).map((v) => [v, lifecycle(rng, v.endDate!, today)]));
}

function lifecycle(rng: Rng, visitEnd: string, today: string): Lifecycle {
  const pace = rng.chance(0.25) ? 1.5 + rng.next() : 1;
  const after = (date: string, min: number, max: number) =>
    addDays(date, Math.round(rng.int(min, max) * pace));
  const drafted = addDays(visitEnd, rng.int(60, 150));
  const sent = after(drafted, 14, 90);
  const observationsOdds = rng.odds({ on_time: 75, late: 15, none: 10 });
  const observations = addDays(
    sent,
    observationsOdds === 'on_time'
      ? rng.int(10, FACTUAL_OBSERVATIONS_DAYS)
      : observationsOdds === 'late'
        ? rng.int(FACTUAL_OBSERVATIONS_DAYS + 1, 75)
        : rng.int(FACTUAL_OBSERVATIONS_DAYS + 1, 45),
  );
  const submitted = after(observations, 20, 120);
  // Most decisions come within the Committee's usual wait, and most transmissions within a month.
  const adopted = rng.chance(0.7)
    ? addDays(submitted, rng.int(21, DEFAULT_SETTINGS.committeeWaitDays))
    : after(submitted, DEFAULT_SETTINGS.committeeWaitDays + 1, 240);
  const transmitted = rng.chance(0.75)
    ? addDays(adopted, rng.int(7, DEFAULT_SETTINGS.transmissionDays))
    : addDays(adopted, rng.int(DEFAULT_SETTINGS.transmissionDays + 1, 90));
  const reply = rng.chance(0.7) ? addDays(transmitted, rng.int(60, 270)) : undefined;

  const life: Lifecycle = { status: 'drafting' };
  const stages: [StepColumn, string | undefined, ReportStatus | null][] = [
    ['drafted_on', drafted, null],
    ['sent_to_state_on', sent, 'sent_to_state'],
    ['observations_received_on', observations, 'observations_received'],
    ['submitted_to_ctc_on', submitted, 'submitted_to_ctc'],
    ['adopted_on', adopted, 'adopted'],
    ['transmitted_on', transmitted, 'transmitted'],
    ['implementation_reply_on', reply, null],
  ];
  for (const [column, date, status] of stages) {
    if (date === undefined || date > today) break;
    life[column] = date;
    if (status) life.status = status;
    if (column === 'observations_received_on' && observationsOdds === 'none')
      life.observations_none = true;
  }
  return life;
}

/** Something the demo must show as of today, e.g. a report waiting at the Committee too long. */
export interface Situation {
  name: string;
  holds(life: Lifecycle): boolean;
}

/** The situations of the report cycle the demo shows as of `today` (`cut`: 1 January). */
export function reportSituations(today: string, cut: string) {
  const waited = (since: string | undefined, days: number) =>
    since !== undefined && daysBetween(since, today) > days;
  const situation = (name: string, holds: (l: Lifecycle) => boolean): Situation => ({
    name,
    holds,
  });
  return {
    drafting: situation('a draft not yet sent', (l) => l.status === 'drafting' && !!l.drafted_on),
    observationsOverdue: situation(
      'factual observations overdue',
      (l) => l.status === 'sent_to_state' && waited(l.sent_to_state_on, FACTUAL_OBSERVATIONS_DAYS),
    ),
    observationsReceived: situation(
      'observations in, not yet submitted',
      (l) => l.status === 'observations_received',
    ),
    noneReceivedThisYear: situation(
      'observations closed as none received this year',
      (l) => l.observations_none === true && l.observations_received_on! >= cut,
    ),
    committeeOverdue: situation(
      'a report waiting at the Committee beyond the setting',
      (l) =>
        l.status === 'submitted_to_ctc' &&
        waited(l.submitted_to_ctc_on, DEFAULT_SETTINGS.committeeWaitDays),
    ),
    awaitingTransmission: situation(
      'an adopted report not yet transmitted',
      (l) => l.status === 'adopted',
    ),
  };
}

const CANDIDATES = 12;
const DRAWS = 200;

/**
 * Makes sure each wanted situation holds for some report (here or `elsewhere`): when none does,
 * the life of one of the most recent visits is drawn again (from the same distribution) until it
 * does. Lives that already show a wanted situation are kept.
 */
export function steerReports(
  rng: Rng,
  lives: Map<VisitPlan, Lifecycle>,
  today: string,
  wanted: Situation[],
  elsewhere: Lifecycle[] = [],
): void {
  const kept = new Set<VisitPlan>();
  const recentFirst = [...lives.keys()].sort((a, b) => b.endDate!.localeCompare(a.endDate!));
  for (const s of wanted) {
    if (elsewhere.some((l) => s.holds(l))) continue;
    const holder = recentFirst.find((v) => s.holds(lives.get(v)!));
    if (holder) {
      kept.add(holder);
      continue;
    }
    search: for (const visit of recentFirst.filter((v) => !kept.has(v)).slice(0, CANDIDATES)) {
      for (let i = 0; i < DRAWS; i++) {
        const life = lifecycle(rng, visit.endDate!, today);
        if (s.holds(life)) {
          lives.set(visit, life);
          kept.add(visit);
          break search;
        }
      }
    }
  }
}
