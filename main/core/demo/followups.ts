// OP 16: the follow-up report to the CTC within 12 months of an initial assessment report adopted
// on or after 30 December 2021. CTED starts it a few months ahead, assesses each recommendation
// and submits it with its advice on further follow-up. Most arrive on time, some late, some are
// overdue as of today (started or not), the newest are not yet due, and those due in the coming
// months are under way. This year's are lived through the API (timeline.ts).
import { addDays, daysBetween } from '../../../shared/domain/dates';
import { DEFAULT_OP16_START, followupReportDue } from '../../../shared/domain/deadlines';
import type { FurtherFollowup, RecommendationStatus } from '../../../shared/domain/reports';
import type { DemoContext } from './context';
import { dateBetween, maxDate, minDate } from './days';
import type { Lifecycle } from './lives';
import type { Rng } from './random';
import type { VisitPlan } from './plans';
import { statusOn, type WrittenReport } from './reports';
import type { Timeline } from './timeline';
import type { DemoUsers } from './users';
import { ASSESSMENT_COMMENTS, PARTNERS } from './vocabulary';

const LATE_SHARE = 0.15;
const OVERDUE_SHARE = 0.15;

export interface FollowupStats {
  /** Reports that owe an OP 16 follow-up report. */
  owed: number;
  late: number;
  overdue: number;
}

/** The earliest an OP 16 report is written after the assessment report's adoption, in days. */
const EARLIEST_OP16_REPORT_DAYS = 60;
/** How long before a follow-up visit the OP 16 report recommending it was submitted, at least. */
const OP16_REPORT_BEFORE_VISIT_DAYS = 14;
/** OP 16 reports due within this many days are under way. */
const STARTED_AHEAD_DAYS = 120;

const owesOp16 = (visit: VisitPlan, adoptedOn: string | undefined): adoptedOn is string =>
  adoptedOn !== undefined && adoptedOn >= DEFAULT_OP16_START && visit.kind !== 'follow_up';

/**
 * No impossible histories: a follow-up visit comes after an earlier assessment whose report was
 * adopted before it and, where OP 16 applies to that report, after the OP 16 report that
 * recommended it. A follow-up visit for which there is no room for that becomes a focused visit.
 * Returns, for each assessed visit whose OP 16 report must recommend a follow-up visit, the last
 * day that report can be submitted.
 */
export function reconcileFollowUpVisits(
  history: VisitPlan[],
  lives: Map<VisitPlan, Lifecycle>,
): Map<VisitPlan, string> {
  const recommendBy = new Map<VisitPlan, string>();
  const lastAssessment = new Map<string, VisitPlan>();
  const chronological = [...history].sort((a, b) => a.startDate!.localeCompare(b.startDate!));
  for (const visit of chronological) {
    if (visit.kind === 'follow_up') {
      const earlier = lastAssessment.get(visit.iso3);
      const adopted = earlier && lives.get(earlier)?.adopted_on;
      const latest = addDays(visit.startDate!, -OP16_REPORT_BEFORE_VISIT_DAYS);
      const fits =
        earlier !== undefined &&
        adopted !== undefined &&
        adopted < latest &&
        (!owesOp16(earlier, adopted) || addDays(adopted, EARLIEST_OP16_REPORT_DAYS) <= latest);
      if (!fits) visit.kind = 'focused';
      else if (owesOp16(earlier, adopted)) recommendBy.set(earlier, latest);
    }
    if (visit.kind !== 'advocacy') lastAssessment.set(visit.iso3, visit);
  }
  return recommendBy;
}

/** One OP 16 report's life: started, partly assessed, submitted with CTED's advice. */
interface FollowupPlan {
  report: WrittenReport;
  dueOn: string;
  startedOn?: string;
  /** A report under way: half its recommendations assessed on that day. */
  progressOn?: string;
  submittedOn?: string;
  recommended?: FurtherFollowup;
}

export function writeFollowups(
  ctx: DemoContext,
  rng: Rng,
  reports: WrittenReport[],
  recommendBy: Map<VisitPlan, string>,
  users: DemoUsers,
  timeline: Timeline,
): FollowupStats {
  const { today } = ctx;
  const owing = reports.filter((r) => owesOp16(r.visit, r.adoptedOn));
  const plans: FollowupPlan[] = [];
  const plan = (report: WrittenReport, rest: Omit<FollowupPlan, 'report' | 'dueOn'> = {}) =>
    plans.push({ report, dueOn: followupReportDue(report.adoptedOn!), ...rest });

  // The OP 16 reports that recommended a follow-up visit came in time for it.
  for (const report of owing.filter((r) => recommendBy.has(r.visit))) {
    const earliest = addDays(report.adoptedOn!, EARLIEST_OP16_REPORT_DAYS);
    const latest = minDate(recommendBy.get(report.visit)!, followupReportDue(report.adoptedOn!));
    plan(report, {
      submittedOn: dateBetween(rng, earliest, latest),
      recommended: 'follow_up_visit',
    });
  }
  const free = owing.filter((r) => !recommendBy.has(r.visit));
  const pastDue = rng.shuffle(free.filter((r) => followupReportDue(r.adoptedOn!) < today));
  const lateCount = Math.ceil(pastDue.length * LATE_SHARE);
  const overdueCount = Math.ceil(pastDue.length * OVERDUE_SHARE);
  // One of this year's submissions is late, when one can be.
  const lateThisYear = (r: WrittenReport) =>
    timeline.lived(addDays(followupReportDue(r.adoptedOn!), 5));
  if (lateCount > 0 && !pastDue.slice(0, lateCount).some(lateThisYear)) {
    const j = pastDue.findIndex(lateThisYear);
    if (j > 0) [pastDue[0], pastDue[j]] = [pastDue[j]!, pastDue[0]!];
  }
  const stats: FollowupStats = { owed: owing.length, late: 0, overdue: 0 };

  pastDue.forEach((report, i) => {
    const due = followupReportDue(report.adoptedOn!);
    if (i < lateCount) {
      plan(report, { submittedOn: minDate(addDays(due, rng.int(5, 120)), today) });
      stats.late += 1;
    } else if (i < lateCount + overdueCount) {
      // Overdue: half of them started, none submitted yet.
      const startedOn = maxDate(addDays(due, -rng.int(20, 90)), addDays(report.adoptedOn!, 60));
      plan(report, rng.chance(0.5) ? { startedOn } : {});
      stats.overdue += 1;
    } else {
      plan(report, {
        submittedOn: maxDate(addDays(due, -rng.int(0, 60)), addDays(report.adoptedOn!, 180)),
      });
    }
  });
  // Not yet due: a few submitted early, those due in the coming months under way.
  for (const report of free.filter((r) => followupReportDue(r.adoptedOn!) >= today)) {
    const due = followupReportDue(report.adoptedOn!);
    const earliest = addDays(report.adoptedOn!, 200);
    if (earliest < today && rng.chance(0.2))
      plan(report, {
        submittedOn: dateBetween(rng, maxDate(earliest, addDays(today, -60)), addDays(today, -1)),
      });
    else if (daysBetween(today, due) <= STARTED_AHEAD_DAYS) {
      const startedOn = maxDate(
        addDays(due, -rng.int(90, 150)),
        addDays(report.adoptedOn!, EARLIEST_OP16_REPORT_DAYS),
      );
      const progressOn = addDays(startedOn, rng.int(10, 40));
      if (startedOn <= today) plan(report, { startedOn, progressOn });
    }
  }

  for (const p of plans) {
    if (p.submittedOn) {
      p.startedOn = maxDate(
        addDays(minDate(p.submittedOn, p.dueOn), -rng.int(30, 120)),
        addDays(p.report.adoptedOn!, 30),
      );
      p.recommended ??= furtherFollowup(
        rng,
        p.report.recommendations.map((r) => statusOn(r.changes, p.submittedOn!)),
      );
    }
  }
  adviseThisYear(plans, timeline);
  for (const p of plans) writeFollowup(ctx, rng, p, users, timeline);
  return stats;
}

/**
 * This year's submissions show CTED's advice of every kind the demo needs: one recommends a
 * follow-up visit, another technical assistance with its partners.
 */
function adviseThisYear(plans: FollowupPlan[], timeline: Timeline): void {
  const submitted = plans
    .filter((p) => p.submittedOn && timeline.lived(p.submittedOn))
    .sort((a, b) => a.submittedOn!.localeCompare(b.submittedOn!));
  const wanted: FurtherFollowup[] = ['follow_up_visit', 'technical_assistance'];
  const changed = new Set<FollowupPlan>();
  for (const advice of wanted) {
    if (submitted.some((p) => p.recommended === advice)) continue;
    const p = submitted.find((x) => !changed.has(x) && !wanted.includes(x.recommended!));
    if (!p) continue;
    p.recommended = advice;
    changed.add(p);
  }
}

function writeFollowup(
  ctx: DemoContext,
  rng: Rng,
  p: FollowupPlan,
  users: DemoUsers,
  timeline: Timeline,
): void {
  const { api } = timeline;
  const { report } = p;
  if (!p.startedOn) return;
  const history = (d: string | undefined): d is string => d !== undefined && !timeline.lived(d);
  const assessmentOn = (on: string) =>
    report.recommendations.map((r) => {
      const status = statusOn(r.changes, on);
      return { recommendation: r, status, comment: ASSESSMENT_COMMENTS[status]! };
    });
  const partners =
    p.recommended === 'technical_assistance'
      ? rng.sample(PARTNERS, rng.int(2, 3))
      : p.recommended && rng.chance(0.3)
        ? rng.sample(PARTNERS, rng.int(1, 3))
        : undefined;
  const submitted = p.submittedOn ? assessmentOn(p.submittedOn) : [];
  const summary = (on: string, of: { status: RecommendationStatus }[]) =>
    summaryOf(
      of.map((a) => a.status),
      daysBetween(report.adoptedOn!, on),
    );
  const entries = (of: ReturnType<typeof assessmentOn>) =>
    of.map((a) => ({
      recommendationId: a.recommendation.id,
      status: a.status,
      comment: a.comment,
    }));
  const progress =
    p.progressOn && !p.submittedOn
      ? assessmentOn(p.progressOn).slice(0, Math.ceil(report.recommendations.length / 2))
      : [];
  const user = rng.pick(users.planner);
  const followup = { id: '' };

  if (history(p.startedOn)) {
    const done = history(p.submittedOn);
    const progressed = history(p.progressOn) && progress.length > 0;
    followup.id = ctx.insert('followups', {
      report_id: report.id,
      started_on: p.startedOn,
      due_on: p.dueOn,
      submitted_on: done ? p.submittedOn : undefined,
      assessment: done ? entries(submitted) : progressed ? entries(progress) : [],
      recommended_followup: done ? p.recommended : undefined,
      ta_partners: done ? (partners ?? []) : [],
      summary: done
        ? summary(p.submittedOn!, submitted)
        : progressed
          ? summary(p.progressOn!, progress)
          : undefined,
    });
  } else {
    const startedOn = p.startedOn;
    timeline.at(startedOn, () => {
      followup.id = api.call(startedOn, user, 'followups.create', {
        reportId: report.id,
        startedOn,
      }).followupId!;
    });
  }
  if (progress.length > 0 && p.progressOn && !history(p.progressOn)) {
    const on = p.progressOn;
    timeline.at(on, () =>
      api.call(on, user, 'followups.update', {
        id: followup.id,
        summary: summary(on, progress),
        assessment: entries(progress),
      }),
    );
  }
  if (p.submittedOn && !history(p.submittedOn)) {
    const on = p.submittedOn;
    timeline.at(on, () => {
      api.call(on, user, 'followups.update', {
        id: followup.id,
        summary: summary(on, submitted),
        assessment: entries(submitted),
      });
      api.call(on, user, 'followups.submit', {
        id: followup.id,
        submittedOn: on,
        recommendedFollowup: p.recommended!,
        ...(partners ? { partners } : {}),
      });
    });
  }
}

/** Many open recommendations call for a visit; few for a desk review or nothing more. */
function furtherFollowup(rng: Rng, statuses: RecommendationStatus[]): FurtherFollowup {
  const open =
    statuses.filter((s) => s !== 'implemented' && s !== 'no_longer_relevant').length /
    Math.max(1, statuses.length);
  return open > 0.6
    ? rng.odds({ follow_up_visit: 4, focused_visit: 3, technical_assistance: 3, desk_review: 1 })
    : rng.odds({ none: 3, desk_review: 3, technical_assistance: 3, follow_up_visit: 1 });
}

function summaryOf(statuses: RecommendationStatus[], daysSinceAdoption: number): string {
  const count = (s: RecommendationStatus) => statuses.filter((x) => x === s).length;
  return (
    `Steps taken in the ${Math.round(daysSinceAdoption / 30)} months since adoption: of ${statuses.length} recommendations, ` +
    `${count('implemented')} implemented, ${count('partially_implemented')} partially implemented, ${count('in_progress')} in progress, ` +
    `${count('not_started') + count('no_information')} not started or without information.`
  );
}
