// Assessment reports through their steps, their recommendations, the recommendations' status over
// time (every change with evidence and a source), and the technical assistance States asked for.
// What happened before this year is written as history; this year's steps are lived through the
// API on their own day (timeline.ts): the planners record the steps, a CTC member the adoption.
import { addDays, MONTH_NAMES, yearOf } from '../../../shared/domain/dates';
import {
  REPORT_STEPS,
  reportStatus,
  THEMATIC_AREAS,
  type Priority,
  type RecommendationStatus,
  type ReleaseConsent,
  type ReportStep,
} from '../../../shared/domain/reports';
import type { VisitKind } from '../../../shared/domain/visits';
import type { DemoContext } from './context';
import { minDate } from './days';
import { hasReport, type Lifecycle, type StepColumn } from './lives';
import type { VisitPlan } from './plans';
import type { Rng } from './random';
import type { Timeline } from './timeline';
import type { DemoUsers } from './users';
import {
  AREAS,
  ASSISTANCE_REQUESTS,
  CONFIDENTIAL_SECTIONS,
  EVIDENCE,
  IMPLEMENTATION_REPLIES,
  UPDATE_SOURCES,
} from './vocabulary';

export interface StatusChange {
  asOf: string;
  status: RecommendationStatus;
}

/** A recommendation as planned; its id is set once written (at once, or on its report's draft day). */
export interface WrittenRecommendation {
  id: string;
  code: string;
  changes: StatusChange[];
  taNeeded: boolean;
  partners: string[];
}

export interface WrittenReport {
  /** Set once written: at once for a report drafted before this year, on its draft day otherwise. */
  id: string;
  visit: VisitPlan;
  life: Lifecycle;
  adoptedOn?: string;
  recommendations: WrittenRecommendation[];
}

const STEP_COLUMN: Record<ReportStep, StepColumn> = {
  sent_to_state: 'sent_to_state_on',
  observations_received: 'observations_received_on',
  submitted_to_ctc: 'submitted_to_ctc_on',
  adopted: 'adopted_on',
  transmitted: 'transmitted_on',
};

/**
 * Every conducted visit except advocacy visits has an assessment report once drafted, at the step
 * of its life: history before this year, this year's steps through the API.
 */
export function writeReports(
  ctx: DemoContext,
  rng: Rng,
  visits: VisitPlan[],
  lives: Map<VisitPlan, Lifecycle>,
  users: DemoUsers,
  timeline: Timeline,
): WrittenReport[] {
  return visits
    .filter((v) => hasReport(v) && lives.get(v)!.drafted_on !== undefined)
    .map((visit) => writeReport(ctx, rng, visit, lives.get(visit)!, users, timeline));
}

interface PlannedRecommendation extends WrittenRecommendation {
  text: string;
  area: string;
  priority: Priority;
  confidential: boolean;
  updates: (StatusChange & { evidence: string; source: string; author: string })[];
}

function writeReport(
  ctx: DemoContext,
  rng: Rng,
  visit: VisitPlan,
  life: Lifecycle,
  users: DemoUsers,
  timeline: Timeline,
): WrittenReport {
  const { api } = timeline;
  const history = (d: string | undefined): d is string => d !== undefined && !timeline.lived(d);
  const drafted = life.drafted_on!;
  const title = reportTitle(ctx, visit);
  const release = releaseOf(rng, life.transmitted_on, ctx.today);
  const sections = rng.chance(0.2) ? rng.sample(CONFIDENTIAL_SECTIONS, rng.int(1, 2)) : undefined;
  const replySummary = rng.pick(IMPLEMENTATION_REPLIES);
  const recommendations = planRecommendations(rng, visit, life.adopted_on, ctx.today, users);
  const report: WrittenReport = {
    id: '',
    visit,
    life,
    adoptedOn: life.adopted_on,
    recommendations,
  };
  const planner = () => rng.pick(users.planner);

  if (history(drafted)) {
    const known = (column: StepColumn) => (history(life[column]) ? life[column] : undefined);
    const replied = known('implementation_reply_on');
    report.id = ctx.insert('assessment_reports', {
      visit_id: visit.id,
      title,
      status: reportStatus({
        drafted,
        ...(Object.fromEntries(
          REPORT_STEPS.map((s) => [s, known(STEP_COLUMN[s]) ?? null]),
        ) as Record<ReportStep, string | null>),
      }),
      drafted_on: drafted,
      sent_to_state_on: known('sent_to_state_on'),
      observations_received_on: known('observations_received_on'),
      observations_none:
        known('observations_received_on') && life.observations_none ? true : undefined,
      submitted_to_ctc_on: known('submitted_to_ctc_on'),
      adopted_on: known('adopted_on'),
      transmitted_on: known('transmitted_on'),
      implementation_reply_on: replied,
      implementation_reply_summary: replied && replySummary,
      release_consent: history(release?.on) ? release.consent : 'none',
      release_consent_on: history(release?.on) ? release.on : undefined,
      confidential_sections: sections,
    });
    for (const r of recommendations)
      r.id = ctx.insert('recommendations', {
        report_id: report.id,
        code: r.code,
        text: r.text,
        thematic_area: r.area,
        priority: r.priority,
        ta_needed: r.taNeeded,
        ta_providers: r.taNeeded ? r.partners : undefined,
        confidential: r.confidential || undefined,
      });
  } else {
    const author = planner();
    timeline.at(drafted, () => {
      report.id = api.call(drafted, author, 'reports.create', {
        visitId: visit.id!,
        title,
        draftedOn: drafted,
      }).id;
      if (sections)
        api.call(drafted, author, 'reports.update', {
          id: report.id,
          confidentialSections: sections,
        });
      for (const r of recommendations)
        r.id = api.call(drafted, author, 'recommendations.create', {
          reportId: report.id,
          code: r.code,
          text: r.text,
          thematicArea: r.area,
          priority: r.priority,
          technicalAssistanceNeeded: r.taNeeded,
          partners: r.partners,
          confidential: r.confidential,
        }).id;
    });
  }

  // This year's steps, each on its day: the Committee's members adopt, the planners record the rest.
  for (const step of REPORT_STEPS) {
    const on = life[STEP_COLUMN[step]];
    if (on === undefined || history(on)) continue;
    const user = step === 'adopted' ? rng.pick(users.ctc_member) : planner();
    const noneReceived = step === 'observations_received' && life.observations_none === true;
    timeline.at(on, () =>
      api.call(on, user, 'reports.advance', {
        id: report.id,
        step,
        on,
        ...(noneReceived ? { noneReceived } : {}),
      }),
    );
  }
  const replied = life.implementation_reply_on;
  if (replied && !history(replied)) {
    const user = planner();
    timeline.at(replied, () =>
      api.call(replied, user, 'reports.recordImplementationReply', {
        id: report.id,
        receivedOn: replied,
        summary: replySummary,
      }),
    );
  }
  if (release && !history(release.on)) {
    const user = planner();
    timeline.at(release.on, () =>
      api.call(release.on, user, 'reports.update', {
        id: report.id,
        releaseConsent: release.consent,
        releaseConsentOn: release.on,
      }),
    );
  }
  // The status updates of a report lived this year are recorded through the API too; the routine
  // monitoring of reports whose cycle closed before this year stays with the history.
  const livedThisYear = (
    ['drafted_on', ...REPORT_STEPS.map((s) => STEP_COLUMN[s]), 'implementation_reply_on'] as const
  ).some((column) => life[column] !== undefined && timeline.lived(life[column]));
  for (const r of recommendations)
    for (const u of r.updates) {
      if (history(u.asOf) || !livedThisYear)
        ctx.insert('recommendation_updates', {
          recommendation_id: r.id,
          as_of: u.asOf,
          status: u.status,
          evidence: u.evidence,
          source: u.source,
          author_id: u.author,
        });
      else
        timeline.at(u.asOf, () =>
          api.call(u.asOf, u.author, 'recommendations.addUpdate', {
            id: r.id,
            asOf: u.asOf,
            status: u.status,
            evidence: u.evidence,
            source: u.source,
          }),
        );
    }
  return report;
}

/** Whether and when the State consented to the release of its transmitted report (none until it did). */
function releaseOf(
  rng: Rng,
  transmitted: string | undefined,
  today: string,
): { consent: Exclude<ReleaseConsent, 'none'>; on: string } | undefined {
  if (!transmitted) return undefined;
  const consent = rng.odds({ none: 45, partial: 30, full: 25 });
  const on = addDays(transmitted, rng.int(0, 45));
  return consent === 'none' || on > today ? undefined : { consent, on };
}

function reportTitle(ctx: DemoContext, visit: VisitPlan): string {
  const start = visit.startDate!;
  const month = MONTH_NAMES[Number(start.slice(5, 7)) - 1];
  return `Report on the ${visit.kind.replace('_', '-')} visit to ${ctx.stateByIso3.get(visit.iso3)!.name} (${month} ${yearOf(start)})`;
}

const RECOMMENDATION_COUNT: Record<VisitKind, [number, number]> = {
  comprehensive: [20, 40],
  focused: [10, 18],
  regional: [10, 16],
  follow_up: [10, 20],
  advocacy: [0, 0],
};

function planRecommendations(
  rng: Rng,
  visit: VisitPlan,
  adoptedOn: string | undefined,
  today: string,
  users: DemoUsers,
): PlannedRecommendation[] {
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
    const text = texts.draw(area);
    const priority = rng.odds({ high: 30, medium: 50, low: 20 });
    const partners = taNeeded ? rng.sample(AREAS[area]!.providers, rng.int(1, 2)) : [];
    const confidential = rng.chance(0.05);
    const changes = adoptedOn ? statusChanges(rng, adoptedOn, today) : [];
    return {
      id: '',
      code: `R-${String(i + 1).padStart(2, '0')}`,
      text,
      area,
      priority,
      taNeeded,
      partners,
      confidential,
      changes,
      updates: changes.map((c) => ({
        ...c,
        evidence: rng.pick(EVIDENCE[c.status]!),
        source: rng.pick(UPDATE_SOURCES),
        author: rng.pick(users.planner),
      })),
    };
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

/** A recommendation's status on a date: its last change by then. */
export function statusOn(changes: StatusChange[], date: string): RecommendationStatus {
  let status: RecommendationStatus = 'no_information';
  for (const c of changes) if (c.asOf <= date) status = c.status;
  return status;
}

/** How many of the reports lived this year lead to a State's request for assistance. */
const REQUESTS_THIS_YEAR = 3;

/**
 * Technical assistance a State asked for after its report was transmitted (often in its
 * implementation reply), for the recommendations that need it: some delivered in the past years,
 * a few requested this year.
 */
export function requestAssistance(
  ctx: DemoContext,
  rng: Rng,
  reports: WrittenReport[],
  users: DemoUsers,
  timeline: Timeline,
): void {
  let thisYear = 0;
  const candidates = reports
    .filter((r) => r.life.transmitted_on && r.recommendations.some((x) => x.taNeeded))
    .sort((a, b) => b.life.transmitted_on!.localeCompare(a.life.transmitted_on!));
  for (const report of candidates) {
    const transmitted = report.life.transmitted_on!;
    const reply = report.life.implementation_reply_on;
    const requestedOn = reply ?? addDays(transmitted, rng.int(20, 90));
    if (requestedOn > ctx.today) continue;
    const needing = report.recommendations.filter((x) => x.taNeeded).slice(0, rng.int(1, 3));
    const partner = rng.pick(needing[0]!.partners);
    const description = rng.pick(ASSISTANCE_REQUESTS);
    const requestedBy = reply ? 'The State (implementation reply)' : 'The State (request to CTED)';
    if (timeline.lived(requestedOn)) {
      if (thisYear >= REQUESTS_THIS_YEAR) continue;
      thisYear += 1;
      // Planned with the partner a month or three later, if that day has come.
      const plannedOn = addDays(requestedOn, rng.int(30, 90));
      const user = rng.pick(users.planner);
      const record = { id: '' };
      timeline.at(requestedOn, () => {
        record.id = timeline.api.call(requestedOn, user, 'ta.create', {
          reportId: report.id,
          recommendationIds: needing.map((x) => x.id),
          description,
          requestedBy,
          requestedOn,
          partner,
          status: 'requested',
          statusOn: requestedOn,
        }).id;
      });
      timeline.at(plannedOn, () =>
        timeline.api.call(plannedOn, user, 'ta.update', {
          id: record.id,
          status: 'planned',
          statusOn: plannedOn,
          notes: `${partner} agreed to deliver the assistance; dates to be set with the State.`,
        }),
      );
    } else if (rng.chance(0.15) && yearOf(transmitted) >= 2012) {
      const decidedOn = minDate(addDays(requestedOn, rng.int(60, 400)), addDays(timeline.cut, -1));
      const status = rng.odds({ delivered: 6, planned: 2, declined: 1 });
      ctx.insert('technical_assistance', {
        iso3: report.visit.iso3,
        report_id: report.id,
        recommendation_ids: needing.map((x) => x.id),
        description,
        requested_by: requestedBy,
        requested_on: requestedOn,
        partner,
        status,
        status_on: decidedOn > requestedOn ? decidedOn : requestedOn,
      });
    }
  }
}
