// OP 16: the follow-up report to the CTC within 12 months of an initial assessment report adopted
// on or after 30 December 2021. Most arrive on time, some late, some are overdue as of today, and
// the newest are not yet due.
import { addDays, daysBetween } from '../../../shared/domain/dates';
import { DEFAULT_OP16_START, followupReportDue } from '../../../shared/domain/deadlines';
import type { FurtherFollowup, RecommendationStatus } from '../../../shared/domain/reports';
import type { DemoContext } from './context';
import { dateBetween, maxDate, minDate } from './days';
import type { Rng } from './random';
import type { VisitPlan } from './plans';
import { statusOn, type Lifecycle, type WrittenReport } from './reports';
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

export function writeFollowups(
  ctx: DemoContext,
  rng: Rng,
  reports: WrittenReport[],
  recommendBy: Map<VisitPlan, string>,
): FollowupStats {
  const owing = reports.filter((r) => owesOp16(r.visit, r.adoptedOn));
  // The OP 16 reports that recommended a follow-up visit came in time for it.
  for (const report of owing.filter((r) => recommendBy.has(r.visit))) {
    const earliest = addDays(report.adoptedOn!, EARLIEST_OP16_REPORT_DAYS);
    const latest = minDate(recommendBy.get(report.visit)!, followupReportDue(report.adoptedOn!));
    writeFollowup(ctx, rng, report, dateBetween(rng, earliest, latest), 'follow_up_visit');
  }
  const free = owing.filter((r) => !recommendBy.has(r.visit));
  const pastDue = rng.shuffle(free.filter((r) => followupReportDue(r.adoptedOn!) < ctx.today));
  const lateCount = Math.ceil(pastDue.length * LATE_SHARE);
  const overdueCount = Math.ceil(pastDue.length * OVERDUE_SHARE);
  const stats: FollowupStats = { owed: owing.length, late: 0, overdue: 0 };

  pastDue.forEach((report, i) => {
    const due = followupReportDue(report.adoptedOn!);
    if (i < lateCount) {
      writeFollowup(ctx, rng, report, minDate(addDays(due, rng.int(5, 120)), ctx.today));
      stats.late += 1;
    } else if (i < lateCount + overdueCount) {
      stats.overdue += 1;
    } else {
      writeFollowup(
        ctx,
        rng,
        report,
        maxDate(addDays(due, -rng.int(0, 60)), addDays(report.adoptedOn!, 180)),
      );
    }
  });
  // A few reports not yet due were submitted early.
  for (const report of free.filter((r) => followupReportDue(r.adoptedOn!) >= ctx.today)) {
    const earliest = addDays(report.adoptedOn!, 200);
    if (earliest < ctx.today && rng.chance(0.2))
      writeFollowup(
        ctx,
        rng,
        report,
        dateBetween(rng, maxDate(earliest, addDays(ctx.today, -60)), addDays(ctx.today, -1)),
      );
  }
  return stats;
}

function writeFollowup(
  ctx: DemoContext,
  rng: Rng,
  report: WrittenReport,
  submittedOn: string,
  recommended?: FurtherFollowup,
): void {
  const assessment = report.recommendations.map((r) => {
    const status = statusOn(r.changes, submittedOn);
    return { recommendationId: r.id, status, comment: ASSESSMENT_COMMENTS[status] };
  });
  const further =
    recommended ??
    furtherFollowup(
      rng,
      assessment.map((a) => a.status),
    );
  const partners =
    further === 'technical_assistance' || rng.chance(0.3)
      ? rng.sample(PARTNERS, rng.int(1, 3)).join(', ')
      : undefined;
  ctx.insert('followups', {
    report_id: report.id,
    submitted_on: submittedOn,
    assessment,
    recommended_followup: further,
    ta_partners: partners,
    summary: summaryOf(
      assessment.map((a) => a.status),
      daysBetween(report.adoptedOn!, submittedOn),
    ),
  });
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
