// The statistics of timeliness (OP 11, OP 14) over a period: report intervals, deadlines met on
// time, consent, OP 16 reports and the implementation of recommendations. Deadlines come from the
// one engine (deadlines.ts); reports from the reports' reader.
import type {
  DeadlineStats,
  ImplementationShare,
  IntervalStats,
  ReportIntervals,
  TimelinessStats,
} from '../../shared/api/types';
import { daysBetween } from '../../shared/domain/dates';
import { DEADLINE_KINDS, type DeadlineKind } from '../../shared/domain/deadlines';
import {
  DEFAULT_RECOMMENDATION_STATUS,
  PRIORITIES,
  THEMATIC_AREAS,
  thematicAreaLabel,
  type Priority,
} from '../../shared/domain/reports';
import { median, percentile, share } from '../../shared/domain/statistics';
import type { CallContext } from './context';
import { readDeadlines } from './deadlines';
import { str, type Raw } from './handlers/queries';
import { intervalsOf } from './handlers/reports';

function intervalStats(values: number[]): IntervalStats {
  return { count: values.length, median: median(values), p90: percentile(values, 0.9) };
}

/** The column of the step that ends each interval: it is counted in the period in which it ends. */
export const INTERVAL_END: Record<keyof ReportIntervals, string> = {
  visitToDraft: 'drafted_on',
  draftToAdoption: 'adopted_on',
  adoptionToTransmission: 'transmitted_on',
  transmissionToReply: 'implementation_reply_on',
};

export function timeliness(ctx: CallContext, from: string, to: string): TimelinessStats {
  // Nothing after today is known: a deadline due later is not yet late.
  const asOf = to < ctx.today ? to : ctx.today;
  const within = (d: string | null) => d !== null && d >= from && d <= asOf;

  // The reports with a step in the period: only they can end an interval in it.
  const reports = (
    ctx.db
      .prepare(
        `SELECT r.drafted_on, r.adopted_on, r.transmitted_on, r.implementation_reply_on, v.end_date AS visit_end
         FROM assessment_reports r JOIN visits v ON v.id = r.visit_id AND v.deleted = 0
         WHERE r.deleted = 0 AND (r.drafted_on BETWEEN @from AND @asOf OR r.adopted_on BETWEEN @from AND @asOf
           OR r.transmitted_on BETWEEN @from AND @asOf OR r.implementation_reply_on BETWEEN @from AND @asOf)`,
      )
      .all({ from, asOf }) as Raw[]
  ).map((r) => ({ row: r, intervals: intervalsOf(r) }));
  const intervals = Object.fromEntries(
    (Object.keys(INTERVAL_END) as (keyof ReportIntervals)[]).map((key) => [
      key,
      intervalStats(
        reports
          .filter((r) => r.intervals[key] !== null && within(str(r.row[INTERVAL_END[key]])))
          .map((r) => r.intervals[key]!),
      ),
    ]),
  ) as TimelinessStats['intervals'];

  const due = readDeadlines(ctx, asOf, { dueSince: from }).filter(
    (d) => d.dueOn >= from && d.dueOn <= asOf,
  );
  const statsOf = (kind: DeadlineKind): DeadlineStats => {
    const of = due.filter((d) => d.kind === kind);
    const onTime = of.filter((d) => d.state === 'done').length;
    return {
      kind,
      due: of.length,
      onTime,
      late: of.filter((d) => d.state === 'done_late').length,
      overdue: of.filter((d) => d.state === 'overdue').length,
      shareOnTime: share(onTime, of.length),
    };
  };

  const requests = ctx.db
    .prepare(
      `SELECT reply, sent_on, replied_on FROM consent_requests
       WHERE deleted = 0 AND sent_on >= ? AND sent_on <= ?`,
    )
    .all(from, asOf) as { reply: string; sent_on: string; replied_on: string | null }[];
  const answered = requests.filter(
    (r) => r.reply !== 'pending' && r.reply !== 'no_reply' && r.replied_on && r.replied_on <= asOf,
  );
  const granted = answered.filter((r) => r.reply === 'granted').length;

  return {
    from,
    to,
    intervals,
    deadlines: DEADLINE_KINDS.filter((k) => k !== 'op16_report' && k !== 'consent_reminder').map(
      statsOf,
    ),
    consent: {
      requests: requests.length,
      answered: answered.length,
      granted,
      rate: share(granted, answered.length),
      medianDaysToReply: median(answered.map((r) => daysBetween(r.sent_on, r.replied_on!))),
    },
    op16: statsOf('op16_report'),
    implementation: implementation(ctx, from, to, asOf),
  };
}

/** The recommendations of reports adopted in the period, and how many were implemented by its end. */
function implementation(
  ctx: CallContext,
  from: string,
  to: string,
  asOf: string,
): TimelinessStats['implementation'] {
  const rows = ctx.db
    .prepare(
      `SELECT x.thematic_area AS area, x.priority,
              COALESCE((SELECT u.status FROM recommendation_updates u WHERE u.recommendation_id = x.id AND u.deleted = 0 AND u.as_of <= @asOf
                        ORDER BY u.as_of DESC, u.id DESC LIMIT 1), @none) AS status
       FROM recommendations x JOIN assessment_reports r ON r.id = x.report_id AND r.deleted = 0
       WHERE x.deleted = 0 AND r.adopted_on >= @from AND r.adopted_on <= @to`,
    )
    .all({ asOf, from, to, none: DEFAULT_RECOMMENDATION_STATUS }) as {
    area: string;
    priority: Priority;
    status: string;
  }[];
  const shareBy = (key: string, label: string, of: typeof rows): ImplementationShare => {
    const implemented = of.filter((r) => r.status === 'implemented').length;
    return { key, label, total: of.length, implemented, share: share(implemented, of.length) };
  };
  return {
    byThematicArea: THEMATIC_AREAS.map((a) =>
      shareBy(
        a.key,
        thematicAreaLabel(a.key, ctx.language),
        rows.filter((r) => r.area === a.key),
      ),
    ).filter((a) => a.total > 0),
    byPriority: PRIORITIES.map((p) => ({
      ...shareBy(
        p,
        p,
        rows.filter((r) => r.priority === p),
      ),
      key: p,
    })),
  };
}
