// Assessment reports through their lifecycle, their recommendations, and the recommendations'
// status over time (every change with evidence and a source).
import { addDays, yearOf } from '../../../shared/domain/dates';
import {
  THEMATIC_AREAS,
  type RecommendationStatus,
  type ReportStatus,
} from '../../../shared/domain/reports';
import type { VisitKind } from '../../../shared/domain/visits';
import type { DemoContext } from './context';
import { MONTH_NAMES } from '../../../shared/domain/dates';
import type { VisitPlan } from './plans';
import type { Rng } from './random';
import { AREAS, CONFIDENTIAL_SECTIONS, EVIDENCE, UPDATE_SOURCES } from './vocabulary';

export interface StatusChange {
  asOf: string;
  status: RecommendationStatus;
}

export interface WrittenRecommendation {
  id: string;
  changes: StatusChange[];
}

export interface WrittenReport {
  id: string;
  visit: VisitPlan;
  adoptedOn?: string;
  recommendations: WrittenRecommendation[];
}

export interface Lifecycle {
  status: ReportStatus;
  drafted_on?: string;
  sent_to_state_on?: string;
  observations_received_on?: string;
  submitted_to_ctc_on?: string;
  adopted_on?: string;
  transmitted_on?: string;
  implementation_reply_on?: string;
}

const hasReport = (v: VisitPlan) => v.status === 'conducted' && v.kind !== 'advocacy';

/**
 * The life of the report of every conducted visit except advocacy visits, decided before anything
 * is written (a follow-up visit depends on when the earlier report was adopted).
 */
export function planReports(
  rng: Rng,
  visits: VisitPlan[],
  today: string,
): Map<VisitPlan, Lifecycle> {
  return new Map(visits.filter(hasReport).map((v) => [v, lifecycle(rng, v.endDate!, today)]));
}

/** Every conducted visit except advocacy visits has an assessment report, at the stage of its life. */
export function writeReports(
  ctx: DemoContext,
  rng: Rng,
  visits: VisitPlan[],
  lives: Map<VisitPlan, Lifecycle>,
  planners: string[],
): WrittenReport[] {
  return visits.filter(hasReport).map((visit) => {
    const life = lives.get(visit)!;
    const transmitted = life.transmitted_on !== undefined;
    const id = ctx.insert('assessment_reports', {
      visit_id: visit.id,
      title: reportTitle(ctx, visit),
      ...life,
      release_consent: transmitted ? rng.odds({ none: 45, partial: 30, full: 25 }) : 'none',
      confidential_sections: rng.chance(0.2)
        ? rng.sample(CONFIDENTIAL_SECTIONS, rng.int(1, 2))
        : undefined,
    });
    const recommendations = writeRecommendations(ctx, rng, id, visit, life.adopted_on, planners);
    return { id, visit, adoptedOn: life.adopted_on, recommendations };
  });
}

function reportTitle(ctx: DemoContext, visit: VisitPlan): string {
  const start = visit.startDate!;
  const month = MONTH_NAMES[Number(start.slice(5, 7)) - 1];
  return `Report on the ${visit.kind.replace('_', '-')} visit to ${ctx.stateByIso3.get(visit.iso3)!.name} (${month} ${yearOf(start)})`;
}

/**
 * Drafted 2 to 5 months after the visit, sent to the State, factual observations within 30 days
 * (sometimes late, sometimes never), submitted to the CTC, adopted, transmitted, and the State's
 * implementation reply; one report in four moves much more slowly. Stages after `today` have not
 * happened yet, so the reports of recent visits are at earlier stages.
 */
function lifecycle(rng: Rng, visitEnd: string, today: string): Lifecycle {
  const pace = rng.chance(0.25) ? 1.5 + rng.next() : 1;
  const after = (date: string, min: number, max: number) =>
    addDays(date, Math.round(rng.int(min, max) * pace));
  const drafted = after(visitEnd, 60, 150);
  const sent = after(drafted, 14, 90);
  const observationsOdds = rng.odds({ on_time: 75, late: 15, never: 10 });
  const observations =
    observationsOdds === 'never'
      ? undefined
      : addDays(sent, observationsOdds === 'on_time' ? rng.int(10, 30) : rng.int(31, 75));
  const submitted = after(observations ?? addDays(sent, 30), 20, 120);
  const adopted = after(submitted, 30, 240);
  const transmitted = after(adopted, 14, 90);
  const reply = rng.chance(0.7) ? addDays(transmitted, rng.int(60, 270)) : undefined;

  const life: Lifecycle = { status: 'drafting' };
  const stages: [keyof Omit<Lifecycle, 'status'>, string | undefined, ReportStatus | null][] = [
    ['drafted_on', drafted, null],
    ['sent_to_state_on', sent, 'sent_to_state'],
    ['observations_received_on', observations, 'observations_received'],
    ['submitted_to_ctc_on', submitted, 'submitted_to_ctc'],
    ['adopted_on', adopted, 'adopted'],
    ['transmitted_on', transmitted, 'transmitted'],
    ['implementation_reply_on', reply, null],
  ];
  for (const [column, date, status] of stages) {
    if (date === undefined) continue;
    if (date > today) break;
    life[column] = date;
    if (status) life.status = status;
  }
  return life;
}

const RECOMMENDATION_COUNT: Record<VisitKind, [number, number]> = {
  comprehensive: [20, 40],
  focused: [10, 18],
  regional: [10, 16],
  follow_up: [10, 20],
  advocacy: [0, 0],
};

function writeRecommendations(
  ctx: DemoContext,
  rng: Rng,
  reportId: string,
  visit: VisitPlan,
  adoptedOn: string | undefined,
  planners: string[],
): WrittenRecommendation[] {
  // Areas without vocabulary (added to the list later) are left out rather than given empty texts.
  const areas = THEMATIC_AREAS.map((a) => a.key as string).filter(
    (key) => (AREAS[key]?.since ?? Infinity) <= yearOf(visit.startDate!),
  );
  const weight = (key: string) => AREAS[key]!.weight;
  // A comprehensive assessment draws on every area; the other kinds focus on a few.
  const focus =
    visit.kind === 'comprehensive' ? areas : rng.weightedSample(areas, weight, rng.int(2, 4));
  const texts = new TextDeck(rng);
  const [min, max] = RECOMMENDATION_COUNT[visit.kind];
  return Array.from({ length: rng.int(min, max) }, (_, i) => {
    const area = rng.weighted(focus, weight);
    const taNeeded = rng.chance(0.35);
    const id = ctx.insert('recommendations', {
      report_id: reportId,
      code: `R-${String(i + 1).padStart(2, '0')}`,
      text: texts.draw(area),
      thematic_area: area,
      priority: rng.odds({ high: 30, medium: 50, low: 20 }),
      ta_needed: taNeeded,
      ta_providers: taNeeded
        ? rng.sample(AREAS[area]!.providers, rng.int(1, 2)).join(', ')
        : undefined,
      confidential: rng.chance(0.05) ? true : undefined,
    });
    const changes = adoptedOn ? statusChanges(rng, adoptedOn, ctx.today) : [];
    for (const change of changes) writeStatusChange(ctx, rng, id, change, rng.pick(planners));
    return { id, changes };
  });
}

/** Draws an area's texts in a shuffled order, so that one report rarely repeats itself. */
class TextDeck {
  private readonly decks = new Map<string, string[]>();
  constructor(private readonly rng: Rng) {}

  draw(area: string): string {
    let deck = this.decks.get(area);
    if (!deck || deck.length === 0) {
      deck = this.rng.shuffle(AREAS[area]!.texts);
      this.decks.set(area, deck);
    }
    return deck.pop()!;
  }
}

/** Which status may follow which; implemented and no longer relevant are final. */
const NEXT_STATUS: Record<
  RecommendationStatus | 'none',
  Partial<Record<RecommendationStatus, number>>
> = {
  none: { not_started: 25, in_progress: 45, partially_implemented: 15, no_information: 15 },
  not_started: { in_progress: 60, partially_implemented: 15, no_information: 25 },
  in_progress: {
    partially_implemented: 50,
    implemented: 35,
    no_information: 10,
    no_longer_relevant: 5,
  },
  partially_implemented: { implemented: 70, no_information: 15, no_longer_relevant: 15 },
  no_information: { in_progress: 50, partially_implemented: 30, not_started: 20 },
  implemented: {},
  no_longer_relevant: {},
};

/** Up to three status changes after adoption, a year or two apart, none after today. */
function statusChanges(rng: Rng, adoptedOn: string, today: string): StatusChange[] {
  const changes: StatusChange[] = [];
  let status: RecommendationStatus | 'none' = 'none';
  let asOf = addDays(adoptedOn, rng.int(90, 400));
  while (asOf <= today && changes.length < 3 && Object.keys(NEXT_STATUS[status]).length > 0) {
    status = rng.odds(NEXT_STATUS[status] as Record<RecommendationStatus, number>);
    changes.push({ asOf, status });
    asOf = addDays(asOf, rng.int(300, 900));
  }
  return changes;
}

function writeStatusChange(
  ctx: DemoContext,
  rng: Rng,
  recommendationId: string,
  change: StatusChange,
  authorId: string,
): void {
  ctx.insert('recommendation_updates', {
    recommendation_id: recommendationId,
    as_of: change.asOf,
    status: change.status,
    evidence: rng.pick(EVIDENCE[change.status]!),
    source: rng.pick(UPDATE_SOURCES),
    author_id: authorId,
  });
}

/** A recommendation's status on a date: its last change by then. */
export function statusOn(changes: StatusChange[], date: string): RecommendationStatus {
  let status: RecommendationStatus = 'no_information';
  for (const c of changes) if (c.asOf <= date) status = c.status;
  return status;
}
