// OP 16 follow-up reports: every initial assessment report adopted on or after the start date
// (a setting) owes the Committee a report on the implementation of its recommendations within
// 12 months. CTED starts it, assesses each recommendation, and submits it with its advice on
// further follow-up; late submissions are allowed and recorded as late.
import type { Followup, FollowupAssessment, FollowupDetail } from '../../../shared/api/types';
import { daysBetween } from '../../../shared/domain/dates';
import { deadlineState, followupReportDue, op16Applies } from '../../../shared/domain/deadlines';
import { needsEvidence, type RecommendationStatus } from '../../../shared/domain/reports';
import { text } from '../../../shared/messages';
import type { CallContext } from '../context';
import { compareNames, nameColumn } from '../language';
import { ApiError } from '../errors';
import { recordEvent } from './events';
import { json, list, stateFilter, str, type Raw } from './queries';
import {
  addRecommendationUpdate,
  readRecommendations,
  recommendationStatusWord,
  reportById,
} from './reports';
import { refuse, refuseBefore, refuseFuture } from './rules';
import type { AreaHandlers } from './types';

interface StoredAssessment {
  recommendationId: string;
  status: RecommendationStatus;
  comment: string;
}

/** Kinds of visit whose report is not an initial assessment: no OP 16 report is owed for them. */
const NOT_INITIAL_SQL = "('advocacy', 'follow_up')";

/**
 * The OP 16 reports owed as of `asOf`, started or not: one per initial assessment report adopted
 * on or after the start date. A submission after `asOf` is not known yet.
 */
export function readFollowups(
  ctx: CallContext,
  asOf: string,
  filter: { iso3?: string; reportId?: string; followupId?: string } = {},
): Followup[] {
  const [stateSql, args] = stateFilter('v.iso3', filter.iso3);
  let extraSql = '';
  if (filter.reportId) {
    extraSql += ' AND r.id = ?';
    args.push(filter.reportId);
  }
  if (filter.followupId) {
    extraSql += ' AND f.id = ?';
    args.push(filter.followupId);
  }
  const rows = ctx.db
    .prepare(
      `SELECT r.id AS report_id, r.adopted_on, v.iso3, v.kind AS visit_kind, s.${nameColumn(ctx.language)} AS state_name,
              f.id AS followup_id, f.started_on, f.due_on, f.submitted_on, f.recommended_followup, f.ta_partners
       FROM assessment_reports r
       JOIN visits v ON v.id = r.visit_id
       JOIN member_states s ON s.iso3 = v.iso3
       LEFT JOIN followups f ON f.id = (
         SELECT id FROM followups WHERE report_id = r.id AND deleted = 0 ORDER BY COALESCE(submitted_on, '9999'), id LIMIT 1)
       WHERE r.deleted = 0 AND v.deleted = 0 AND r.adopted_on IS NOT NULL AND r.adopted_on >= ? AND r.adopted_on <= ?
         AND v.kind NOT IN ${NOT_INITIAL_SQL} ${stateSql} ${extraSql}`,
    )
    .all(ctx.settings.op16Start, asOf, ...args) as Raw[];
  const compare = compareNames(ctx.language);
  return rows
    .map((r) => {
      const adopted = String(r.adopted_on);
      const dueOn = str(r.due_on) ?? followupReportDue(adopted);
      const submitted = str(r.submitted_on);
      const submittedOn = submitted && submitted <= asOf ? submitted : null;
      return {
        reportId: String(r.report_id),
        followupId: str(r.followup_id),
        iso3: String(r.iso3),
        stateName: String(r.state_name),
        visitKind: r.visit_kind as Followup['visitKind'],
        reportAdoptedOn: adopted,
        startedOn: str(r.started_on),
        dueOn,
        submittedOn,
        late: submittedOn !== null && submittedOn > dueOn,
        state: deadlineState(dueOn, submittedOn, asOf, ctx.settings),
        daysLeft: submittedOn ? null : daysBetween(asOf, dueOn),
        recommendedFollowup: submittedOn
          ? ((r.recommended_followup ?? null) as Followup['recommendedFollowup'])
          : null,
        partners: submittedOn ? list(r.ta_partners) : [],
      };
    })
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || compare(a.stateName, b.stateName));
}

function storedOf(
  ctx: CallContext,
  id: string,
): { summary: string | null; assessment: StoredAssessment[] } {
  const row = ctx.db
    .prepare('SELECT summary, assessment FROM followups WHERE id = ? AND deleted = 0')
    .get(id) as Raw | undefined;
  return { summary: str(row?.summary), assessment: json<StoredAssessment[]>(row?.assessment, []) };
}

export function readFollowupDetail(ctx: CallContext, id: string): FollowupDetail {
  const followup = readFollowups(ctx, '9999-12-31', { followupId: id })[0];
  if (!followup) throw new ApiError('NOT_FOUND', text('followup.notFound'));
  const known = readFollowups(ctx, ctx.today, { followupId: id })[0] ?? followup;
  const stored = storedOf(ctx, id);
  const byRecommendation = new Map(stored.assessment.map((a) => [a.recommendationId, a]));
  const assessment: FollowupAssessment[] = readRecommendations(ctx, {
    reportId: followup.reportId,
  }).map((r) => {
    const entry = byRecommendation.get(r.id);
    return {
      recommendationId: r.id,
      code: r.code,
      text: r.text,
      currentStatus: r.status,
      status: entry?.status ?? null,
      comment: entry?.comment ?? null,
    };
  });
  return {
    ...known,
    summary: stored.summary,
    assessment,
    unassessed: assessment.filter((a) => a.status === null).length,
  };
}

function openFollowup(ctx: CallContext, id: string): FollowupDetail {
  const detail = readFollowupDetail(ctx, id);
  if (detail.submittedOn)
    throw new ApiError(
      'INVALID_TRANSITION',
      text('followup.submitted', { on: detail.submittedOn }),
    );
  return detail;
}

const TA_REQUESTED_BY = 'CTED (OP 16 follow-up report)';

export const followupsHandlers: AreaHandlers<'followups'> = {
  'followups.list': ({ asOf }, ctx) => readFollowups(ctx, asOf ?? ctx.today),

  'followups.get': ({ id }, ctx) => readFollowupDetail(ctx, id),

  'followups.create': ({ reportId, startedOn }, ctx) => {
    const report = reportById(ctx, reportId);
    if (!report.adoptedOn)
      throw new ApiError('INVALID_TRANSITION', text('followup.reportNotAdopted'));
    const initialAssessment = report.visitKind !== 'follow_up' && report.visitKind !== 'advocacy';
    if (!initialAssessment) throw new ApiError('INVALID_TRANSITION', text('followup.notInitial'));
    if (!op16Applies({ adoptedOn: report.adoptedOn, initialAssessment }, ctx.settings))
      throw new ApiError(
        'INVALID_TRANSITION',
        text('followup.beforeOp16', {
          start: ctx.settings.op16Start,
          adoptedOn: report.adoptedOn,
        }),
      );
    const existing = ctx.db
      .prepare('SELECT id FROM followups WHERE deleted = 0 AND report_id = ?')
      .get(reportId) as { id: string } | undefined;
    if (existing)
      throw new ApiError('CONFLICT', text('followup.alreadyStarted'), {
        existingId: existing.id,
      });
    const on = startedOn ?? ctx.today;
    const start = text('followup.date.start');
    refuseFuture(ctx, 'startedOn', start, on);
    refuseBefore('startedOn', start, on, {
      what: text('followup.earlier.reportAdopted'),
      on: report.adoptedOn,
    });
    const dueOn = followupReportDue(report.adoptedOn);
    const id = ctx.write.insert('followups', {
      report_id: reportId,
      started_on: on,
      due_on: dueOn,
      assessment: [],
      ta_partners: [],
    });
    recordEvent(ctx, 'followup.started', 'followups', id, { reportId, startedOn: on, dueOn });
    return readFollowupDetail(ctx, id);
  },

  'followups.update': ({ id, summary, assessment }, ctx) => {
    const detail = openFollowup(ctx, id);
    const stored = storedOf(ctx, id);
    const merged = new Map(stored.assessment.map((a) => [a.recommendationId, a]));
    const mine = new Set(detail.assessment.map((a) => a.recommendationId));
    const seen = new Set<string>();
    (assessment ?? []).forEach((entry, i) => {
      if (!mine.has(entry.recommendationId))
        throw refuse(`assessment.${i}.recommendationId`, text('followup.onlyThisReport'));
      if (seen.has(entry.recommendationId))
        throw refuse(`assessment.${i}.recommendationId`, text('followup.assessedOnce'));
      seen.add(entry.recommendationId);
      if (needsEvidence(entry.status) && !entry.comment)
        throw refuse(
          `assessment.${i}.comment`,
          text('followup.commentNeeded', {
            code:
              detail.assessment.find((a) => a.recommendationId === entry.recommendationId)?.code ??
              '',
            status: recommendationStatusWord(entry.status),
          }),
        );
      merged.set(entry.recommendationId, entry);
    });
    const changed = ctx.write.update('followups', id, {
      ...(summary !== undefined ? { summary } : {}),
      ...(assessment !== undefined ? { assessment: [...merged.values()] } : {}),
    });
    if (changed)
      recordEvent(ctx, 'followup.assessed', 'followups', id, {
        assessed: assessment?.length ?? 0,
        summary: summary !== undefined,
      });
    return readFollowupDetail(ctx, id);
  },

  'followups.submit': ({ id, submittedOn, recommendedFollowup, partners }, ctx) => {
    const detail = openFollowup(ctx, id);
    const submission = text('followup.date.submission');
    refuseFuture(ctx, 'submittedOn', submission, submittedOn);
    refuseBefore('submittedOn', submission, submittedOn, {
      what: text('followup.earlier.started'),
      on: detail.startedOn,
    });
    if (detail.unassessed)
      throw refuse(
        'assessment',
        text('followup.unassessed', {
          count: detail.unassessed,
          total: detail.assessment.length,
        }),
      );
    if (!detail.summary) throw refuse('summary', text('followup.summaryNeeded'));
    const late = submittedOn > detail.dueOn;
    ctx.write.update('followups', id, {
      submitted_on: submittedOn,
      recommended_followup: recommendedFollowup,
      ta_partners: partners ?? [],
    });
    // The assessment becomes each recommendation's status as of the submission, with the
    // comment as evidence (a later update already recorded stays the current one).
    const source = `OP 16 follow-up report submitted to the Committee on ${submittedOn}`;
    const recommendations = readRecommendations(ctx, { reportId: detail.reportId });
    for (const a of detail.assessment) {
      const recommendation = recommendations.find((r) => r.id === a.recommendationId)!;
      if (recommendation.statusAsOf && recommendation.statusAsOf > submittedOn) continue;
      addRecommendationUpdate(ctx, recommendation, {
        asOf: submittedOn,
        status: a.status!,
        evidence: a.comment ?? undefined,
        source,
      });
    }
    // CTED's advice of technical assistance becomes proposed records, one per partner.
    if (recommendedFollowup === 'technical_assistance') {
      const open = recommendations.filter((r) =>
        detail.assessment.some(
          (a) =>
            a.recommendationId === r.id &&
            a.status !== 'implemented' &&
            a.status !== 'no_longer_relevant',
        ),
      );
      const served = open.some((r) => r.technicalAssistanceNeeded)
        ? open.filter((r) => r.technicalAssistanceNeeded)
        : open;
      for (const partner of partners?.length ? partners : [null])
        ctx.write.insert('technical_assistance', {
          iso3: detail.iso3,
          report_id: detail.reportId,
          followup_id: id,
          recommendation_ids: served.map((r) => r.id),
          description: `Technical assistance recommended by CTED in its OP 16 follow-up report${served.length ? ` (${served.map((r) => r.code ?? r.id).join(', ')})` : ''}.`,
          requested_by: TA_REQUESTED_BY,
          requested_on: submittedOn,
          partner,
          status: 'proposed',
          status_on: submittedOn,
        });
    }
    recordEvent(ctx, 'followup.submitted', 'followups', id, {
      submittedOn,
      dueOn: detail.dueOn,
      late,
      recommendedFollowup,
    });
    return readFollowupDetail(ctx, id);
  },
};
