// Assessment reports (DESIGN §4): drafted after a conducted assessment visit, then sent to the
// State, its factual observations received (or none within 30 days), submitted to the Committee,
// adopted by it and transmitted to the State, which replies on implementation within 6 months.
// Their recommendations carry an append-only, evidenced status history; technical assistance
// serves them as records of its own.
import type {
  AssessmentReport,
  Recommendation,
  RecommendationUpdate,
  ReportIntervals,
  TechnicalAssistance,
} from '../../../shared/api/types';
import { daysBetween } from '../../../shared/domain/dates';
import { factualObservationsDue, implementationReplyDue } from '../../../shared/domain/deadlines';
import {
  DEFAULT_RECOMMENDATION_STATUS,
  isOpenRecommendation,
  needsEvidence,
  nextReportStep,
  RECOMMENDATION_STATUSES,
  reportStatus,
  reportStepRefusal,
  reportStepWord,
  type RecommendationStatus,
  type ReportDates,
  type ReportStep,
} from '../../../shared/domain/reports';
import { text, type Text } from '../../../shared/messages';
import type { CallContext, Reader } from '../context';
import type { Db } from '../db/workspace';
import { ApiError } from '../errors';
import { nameColumn } from '../language';
import { readDeadlines } from '../deadlines';
import { recordEvent } from './events';
import { readFollowupDetail, readFollowups } from './followups';
import { json, list, stateFilter, str, type Raw } from './queries';
import { readVisits } from './queries';
import { refuse, refuseBefore, refuseFuture, toColumns } from './rules';
import type { AreaHandlers } from './types';
import { statusWord } from './visits';

/** A recommendation's status as words of the reader's language ("partially implemented"). */
export const recommendationStatusWord = (status: RecommendationStatus): Text =>
  text(`report.recommendationStatus.${status}`);

const STEP_COLUMN: Record<ReportStep, string> = {
  sent_to_state: 'sent_to_state_on',
  observations_received: 'observations_received_on',
  submitted_to_ctc: 'submitted_to_ctc_on',
  adopted: 'adopted_on',
  transmitted: 'transmitted_on',
};

const reportDates = (r: Raw): ReportDates => ({
  drafted: str(r.drafted_on),
  sent_to_state: str(r.sent_to_state_on),
  observations_received: str(r.observations_received_on),
  submitted_to_ctc: str(r.submitted_to_ctc_on),
  adopted: str(r.adopted_on),
  transmitted: str(r.transmitted_on),
});

const interval = (from: string | null, to: string | null) =>
  from && to ? daysBetween(from, to) : null;

/** The days between a report's steps, from its row joined with its visit's end (`visit_end`). */
export function intervalsOf(r: Raw): ReportIntervals {
  return {
    visitToDraft: interval(str(r.visit_end), str(r.drafted_on)),
    draftToAdoption: interval(str(r.drafted_on), str(r.adopted_on)),
    adoptionToTransmission: interval(str(r.adopted_on), str(r.transmitted_on)),
    transmissionToReply: interval(str(r.transmitted_on), str(r.implementation_reply_on)),
  };
}

export function readReports(
  { db, language }: Reader,
  filter: { iso3?: string; id?: string } = {},
): AssessmentReport[] {
  const [stateSql, args] = stateFilter('v.iso3', filter.iso3);
  if (filter.id) args.push(filter.id);
  const rows = db
    .prepare(
      `SELECT r.*, v.iso3, v.kind AS visit_kind, v.end_date AS visit_end, s.${nameColumn(language)} AS state_name,
              (SELECT COUNT(*) FROM recommendations x WHERE x.report_id = r.id AND x.deleted = 0) AS rec_count
       FROM assessment_reports r JOIN visits v ON v.id = r.visit_id JOIN member_states s ON s.iso3 = v.iso3
       WHERE r.deleted = 0 ${stateSql} ${filter.id ? 'AND r.id = ?' : ''}
       ORDER BY COALESCE(r.adopted_on, r.drafted_on, '9999') DESC, r.id DESC`,
    )
    .all(...args) as Raw[];
  return rows.map((r) => {
    const dates = reportDates(r);
    const visitEnd = str(r.visit_end);
    const replyOn = str(r.implementation_reply_on);
    return {
      id: String(r.id),
      visitId: String(r.visit_id),
      iso3: String(r.iso3),
      stateName: String(r.state_name),
      visitKind: r.visit_kind as AssessmentReport['visitKind'],
      visitEndDate: visitEnd,
      title: str(r.title),
      status: reportStatus(dates),
      nextStep: nextReportStep(dates),
      draftedOn: dates.drafted,
      sentToStateOn: dates.sent_to_state,
      observationsDue: dates.sent_to_state ? factualObservationsDue(dates.sent_to_state) : null,
      observationsReceivedOn: dates.observations_received,
      observationsNoneReceived: Number(r.observations_none) === 1,
      submittedToCtcOn: dates.submitted_to_ctc,
      adoptedOn: dates.adopted,
      transmittedOn: dates.transmitted,
      implementationReplyDue: dates.transmitted ? implementationReplyDue(dates.transmitted) : null,
      implementationReplyOn: replyOn,
      implementationReplySummary: str(r.implementation_reply_summary),
      releaseConsent: (r.release_consent ?? 'none') as AssessmentReport['releaseConsent'],
      releaseConsentOn: str(r.release_consent_on),
      confidentialSections: json(r.confidential_sections, []),
      recommendationsCount: Number(r.rec_count),
      intervals: intervalsOf(r),
    };
  });
}

export function readRecommendations(
  { db, language }: Reader,
  filter: { iso3?: string; reportId?: string; id?: string } = {},
): Recommendation[] {
  const [stateSql, args] = stateFilter('v.iso3', filter.iso3);
  let extraSql = '';
  if (filter.reportId) {
    extraSql += ' AND x.report_id = ?';
    args.push(filter.reportId);
  }
  if (filter.id) {
    extraSql += ' AND x.id = ?';
    args.push(filter.id);
  }
  const rows = db
    .prepare(
      `SELECT x.*, v.iso3, s.${nameColumn(language)} AS state_name, u.status AS u_status, u.as_of AS u_as_of, u.evidence AS u_evidence, u.source AS u_source
       FROM recommendations x
       JOIN assessment_reports r ON r.id = x.report_id
       JOIN visits v ON v.id = r.visit_id
       JOIN member_states s ON s.iso3 = v.iso3
       LEFT JOIN recommendation_updates u ON u.id = (
         SELECT id FROM recommendation_updates WHERE recommendation_id = x.id AND deleted = 0 ORDER BY as_of DESC, id DESC LIMIT 1)
       WHERE x.deleted = 0 ${stateSql} ${extraSql}
       ORDER BY x.report_id, x.code, x.id`,
    )
    .all(...args) as Raw[];
  return rows.map((r) => ({
    id: String(r.id),
    reportId: String(r.report_id),
    iso3: String(r.iso3),
    stateName: String(r.state_name),
    code: str(r.code),
    text: String(r.text ?? ''),
    thematicArea: String(r.thematic_area ?? ''),
    priority: (r.priority ?? 'medium') as Recommendation['priority'],
    technicalAssistanceNeeded: Number(r.ta_needed) === 1,
    partners: list(r.ta_providers),
    confidential: Number(r.confidential) === 1,
    status: (r.u_status ?? DEFAULT_RECOMMENDATION_STATUS) as Recommendation['status'],
    statusAsOf: str(r.u_as_of),
    evidence: str(r.u_evidence),
    source: str(r.u_source),
  }));
}

export function readTechnicalAssistance(
  { db, language }: Reader,
  filter: { iso3?: string; reportId?: string; id?: string } = {},
): TechnicalAssistance[] {
  const [stateSql, args] = stateFilter('t.iso3', filter.iso3);
  let extraSql = '';
  if (filter.reportId) {
    extraSql += ' AND t.report_id = ?';
    args.push(filter.reportId);
  }
  if (filter.id) {
    extraSql += ' AND t.id = ?';
    args.push(filter.id);
  }
  const rows = db
    .prepare(
      `SELECT t.*, s.${nameColumn(language)} AS state_name FROM technical_assistance t JOIN member_states s ON s.iso3 = t.iso3
       WHERE t.deleted = 0 ${stateSql} ${extraSql} ORDER BY t.requested_on DESC, t.id DESC`,
    )
    .all(...args) as Raw[];
  return rows.map((r) => ({
    id: String(r.id),
    iso3: String(r.iso3),
    stateName: String(r.state_name),
    reportId: str(r.report_id),
    followupId: str(r.followup_id),
    recommendationIds: json(r.recommendation_ids, []),
    description: String(r.description ?? ''),
    requestedBy: String(r.requested_by ?? ''),
    requestedOn: String(r.requested_on ?? ''),
    partner: str(r.partner),
    status: (r.status ?? 'requested') as TechnicalAssistance['status'],
    statusOn: str(r.status_on),
    notes: str(r.notes),
  }));
}

function readHistory(db: Db, recommendationId: string): RecommendationUpdate[] {
  return (
    db
      .prepare(
        `SELECT u.*, p.name AS author_name FROM recommendation_updates u LEFT JOIN users p ON p.id = u.author_id
         WHERE u.deleted = 0 AND u.recommendation_id = ? ORDER BY u.as_of DESC, u.id DESC`,
      )
      .all(recommendationId) as Raw[]
  ).map((r) => ({
    id: String(r.id),
    recommendationId: String(r.recommendation_id),
    asOf: String(r.as_of),
    status: r.status as RecommendationStatus,
    evidence: str(r.evidence),
    source: str(r.source),
    authorName: str(r.author_name),
  }));
}

export function reportById(ctx: CallContext, id: string): AssessmentReport {
  const report = readReports(ctx, { id })[0];
  if (!report) throw new ApiError('NOT_FOUND', text('report.notFound'));
  return report;
}

function recommendationById(ctx: CallContext, id: string): Recommendation {
  const recommendation = readRecommendations(ctx, { id })[0];
  if (!recommendation) throw new ApiError('NOT_FOUND', text('report.recommendationNotFound'));
  return recommendation;
}

function assistanceById(ctx: CallContext, id: string): TechnicalAssistance {
  const record = readTechnicalAssistance(ctx, { id })[0];
  if (!record) throw new ApiError('NOT_FOUND', text('report.taNotFound'));
  return record;
}

/** A report's recommendations are fixed once the Committee has adopted it. */
function refuseIfAdopted(
  report: AssessmentReport,
  refusal: 'report.adoptedNoNewRecommendations' | 'report.adoptedWordingFixed',
): void {
  if (report.adoptedOn)
    throw new ApiError('INVALID_TRANSITION', text(refusal, { on: report.adoptedOn }));
}

function refuseDuplicateCode(ctx: CallContext, reportId: string, code: string, except?: string) {
  const used = ctx.db
    .prepare(
      'SELECT id FROM recommendations WHERE deleted = 0 AND report_id = ? AND code = ? AND id <> ?',
    )
    .get(reportId, code, except ?? '');
  if (used)
    throw new ApiError('CONFLICT', text('report.duplicateCode', { code }), [
      { field: 'code', message: text('report.codeUsed', { code }) },
    ]);
}

function refuseForeignRecommendations(
  ctx: CallContext,
  reportId: string,
  ids: string[] | undefined,
) {
  if (!ids?.length) return;
  const mine = new Set(readRecommendations(ctx, { reportId }).map((r) => r.id));
  const foreign = ids.filter((id) => !mine.has(id));
  if (foreign.length)
    throw refuse(
      'recommendationIds',
      text('report.foreignRecommendations', { count: foreign.length }),
    );
}

function refuseTaDates(
  ctx: CallContext,
  requestedOn: string,
  statusOn: string | null | undefined,
): void {
  refuseFuture(ctx, 'requestedOn', text('report.date.taRequest'), requestedOn);
  const status = text('report.date.status');
  refuseFuture(ctx, 'statusOn', status, statusOn);
  refuseBefore('statusOn', status, statusOn, {
    what: text('report.earlier.request'),
    on: requestedOn,
  });
}

const RECOMMENDATION_COLUMN = {
  code: 'code',
  text: 'text',
  thematicArea: 'thematic_area',
  priority: 'priority',
  technicalAssistanceNeeded: 'ta_needed',
  partners: 'ta_providers',
  confidential: 'confidential',
} as const;

const TA_COLUMN = {
  recommendationIds: 'recommendation_ids',
  description: 'description',
  requestedBy: 'requested_by',
  requestedOn: 'requested_on',
  partner: 'partner',
  status: 'status',
  statusOn: 'status_on',
  notes: 'notes',
} as const;

/** Adds a status to a recommendation's history, checked like every other update. */
export function addRecommendationUpdate(
  ctx: CallContext,
  recommendation: Recommendation,
  update: { asOf: string; status: RecommendationStatus; evidence?: string; source?: string },
): void {
  if (needsEvidence(update.status)) {
    if (!update.evidence)
      throw refuse(
        'evidence',
        text('report.evidenceNeeded', { status: recommendationStatusWord(update.status) }),
      );
    if (!update.source) throw refuse('source', text('report.sourceNeeded'));
  }
  const status = text('report.date.status');
  refuseFuture(ctx, 'asOf', status, update.asOf);
  const report = reportById(ctx, recommendation.reportId);
  refuseBefore('asOf', status, update.asOf, {
    what: text('report.earlier.drafted'),
    on: report.draftedOn,
  });
  if (recommendation.statusAsOf && update.asOf < recommendation.statusAsOf)
    throw new ApiError(
      'INVALID_TRANSITION',
      text('report.historyAppendOnly', {
        latest: recommendation.statusAsOf,
        asOf: update.asOf,
      }),
      [
        {
          field: 'asOf',
          message: text('report.useLaterDate', { latest: recommendation.statusAsOf }),
        },
      ],
    );
  ctx.write.insert('recommendation_updates', {
    recommendation_id: recommendation.id,
    as_of: update.asOf,
    status: update.status,
    evidence: update.evidence || null,
    source: update.source || null,
    author_id: ctx.user.id,
  });
}

// The annual review (reports.annualReview) has a module of its own: ./annualReview.ts.
export const reportsHandlers: Omit<AreaHandlers<'reports'>, 'reports.annualReview'> = {
  'reports.list': ({ iso3 }, ctx) => readReports(ctx, { iso3 }),

  'reports.get': ({ id }, ctx) => {
    const report = reportById(ctx, id);
    const followup = readFollowups(ctx, ctx.today, { reportId: id })[0];
    const visit = readVisits(ctx, { id: report.visitId })[0];
    return {
      ...report,
      visitConfidential: visit?.confidential ?? false,
      recommendations: readRecommendations(ctx, { reportId: id }),
      technicalAssistance: readTechnicalAssistance(ctx, { reportId: id }),
      followup: followup?.followupId ? readFollowupDetail(ctx, followup.followupId) : null,
      deadlines: readDeadlines(ctx, ctx.today, { iso3: report.iso3 }).filter(
        (d) => d.subject === 'report' && d.subjectId === id,
      ),
    };
  },

  'reports.create': ({ visitId, title, draftedOn }, ctx) => {
    const visit = readVisits(ctx, { id: visitId })[0];
    if (!visit) throw new ApiError('NOT_FOUND', text('visit.notFound'));
    if (visit.kind === 'advocacy')
      throw new ApiError('INVALID_TRANSITION', text('report.advocacyHasNoReport'));
    if (visit.status !== 'conducted')
      throw new ApiError(
        'INVALID_TRANSITION',
        text('report.visitNotConducted', { status: statusWord(visit.status) }),
        { status: visit.status },
      );
    if (visit.reportId)
      throw new ApiError('CONFLICT', text('report.alreadyExists'), {
        existingId: visit.reportId,
      });
    const draft = text('report.date.draft');
    refuseFuture(ctx, 'draftedOn', draft, draftedOn);
    refuseBefore('draftedOn', draft, draftedOn, {
      what: text('report.earlier.visitBegan'),
      on: visit.startDate,
    });
    const id = ctx.write.insert('assessment_reports', {
      visit_id: visitId,
      title,
      status: 'drafting',
      drafted_on: draftedOn,
      release_consent: 'none',
      confidential_sections: [],
      observations_none: 0,
    });
    recordEvent(ctx, 'report.drafted', 'assessment_reports', id, { visitId, draftedOn });
    return reportById(ctx, id);
  },

  'reports.advance': ({ id, step, on, noneReceived }, ctx) => {
    const report = reportById(ctx, id);
    const role = ctx.user.role;
    if (step === 'adopted' && role !== 'ctc_member' && role !== 'admin')
      throw new ApiError('FORBIDDEN', text('report.adoptionByCommittee'));
    if (step !== 'adopted' && role === 'ctc_member')
      throw new ApiError(
        'FORBIDDEN',
        text('report.stepByPlanners', { step: reportStepWord(step) }),
      );
    const dates: ReportDates = {
      drafted: report.draftedOn,
      sent_to_state: report.sentToStateOn,
      observations_received: report.observationsReceivedOn,
      submitted_to_ctc: report.submittedToCtcOn,
      adopted: report.adoptedOn,
      transmitted: report.transmittedOn,
    };
    const refusal = reportStepRefusal(dates, step, on, noneReceived === true);
    if (refusal)
      throw new ApiError('INVALID_TRANSITION', refusal, {
        expected: nextReportStep(dates),
        status: report.status,
      });
    refuseFuture(ctx, 'on', text('report.date.step', { step: reportStepWord(step) }), on);
    ctx.write.update('assessment_reports', id, {
      [STEP_COLUMN[step]]: on,
      status: step,
      ...(step === 'observations_received' ? { observations_none: noneReceived === true } : {}),
    });
    recordEvent(ctx, `report.${step}`, 'assessment_reports', id, {
      on,
      ...(noneReceived ? { noneReceived: true } : {}),
    });
    return reportById(ctx, id);
  },

  'reports.update': (input, ctx) => {
    const report = reportById(ctx, input.id);
    const consent = input.releaseConsent ?? report.releaseConsent;
    const consentOn =
      input.releaseConsentOn !== undefined ? input.releaseConsentOn : report.releaseConsentOn;
    if (consent === 'none' && input.releaseConsentOn)
      throw refuse('releaseConsentOn', text('report.releaseDateWithoutConsent'));
    if (consent !== 'none' && !consentOn)
      throw refuse('releaseConsentOn', text('report.releaseDateNeeded'));
    const released = text('report.date.releaseConsent');
    refuseFuture(ctx, 'releaseConsentOn', released, consentOn);
    refuseBefore('releaseConsentOn', released, consentOn, {
      what: text('report.earlier.drafted'),
      on: report.draftedOn,
    });
    const columns = toColumns(input, {
      title: 'title',
      releaseConsent: 'release_consent',
      releaseConsentOn: 'release_consent_on',
      confidentialSections: 'confidential_sections',
    });
    if (consent === 'none') columns.release_consent_on = null;
    if (ctx.write.update('assessment_reports', input.id, columns))
      recordEvent(ctx, 'report.updated', 'assessment_reports', input.id, { ...input });
    return reportById(ctx, input.id);
  },

  'reports.recordImplementationReply': ({ id, receivedOn, summary }, ctx) => {
    const report = reportById(ctx, id);
    if (!report.transmittedOn)
      throw new ApiError('INVALID_TRANSITION', text('report.replyBeforeTransmission'));
    if (report.implementationReplyOn)
      throw new ApiError(
        'INVALID_TRANSITION',
        text('report.replyAlreadyRecorded', { on: report.implementationReplyOn }),
      );
    const reply = text('report.date.reply');
    refuseFuture(ctx, 'receivedOn', reply, receivedOn);
    refuseBefore('receivedOn', reply, receivedOn, {
      what: text('report.earlier.transmitted'),
      on: report.transmittedOn,
    });
    ctx.write.update('assessment_reports', id, {
      implementation_reply_on: receivedOn,
      implementation_reply_summary: summary,
    });
    recordEvent(ctx, 'report.implementation_reply', 'assessment_reports', id, {
      receivedOn,
      late: report.implementationReplyDue !== null && receivedOn > report.implementationReplyDue,
    });
    return reportById(ctx, id);
  },
};

export const recommendationsHandlers: AreaHandlers<'recommendations'> = {
  'recommendations.list': (input, ctx) => readRecommendations(ctx, input),

  /** How many recommendations stand at each latest status, counted in SQL (no list is built). */
  'recommendations.summary': (_input, ctx) => {
    const rows = ctx.db
      .prepare(
        `SELECT COALESCE((SELECT u.status FROM recommendation_updates u WHERE u.recommendation_id = x.id AND u.deleted = 0
                          ORDER BY u.as_of DESC, u.id DESC LIMIT 1), ?) AS status, COUNT(*) AS n
         FROM recommendations x WHERE x.deleted = 0 GROUP BY 1`,
      )
      .all(DEFAULT_RECOMMENDATION_STATUS) as { status: RecommendationStatus; n: number }[];
    const byStatus = Object.fromEntries(RECOMMENDATION_STATUSES.map((s) => [s, 0])) as Record<
      RecommendationStatus,
      number
    >;
    for (const r of rows) byStatus[r.status] = r.n;
    return {
      total: rows.reduce((sum, r) => sum + r.n, 0),
      open: rows.filter((r) => isOpenRecommendation(r.status)).reduce((sum, r) => sum + r.n, 0),
      byStatus,
    };
  },

  'recommendations.history': ({ id }, ctx) => {
    recommendationById(ctx, id);
    return readHistory(ctx.db, id);
  },

  'recommendations.create': (input, ctx) => {
    const report = reportById(ctx, input.reportId);
    refuseIfAdopted(report, 'report.adoptedNoNewRecommendations');
    refuseDuplicateCode(ctx, report.id, input.code);
    const id = ctx.write.insert('recommendations', {
      report_id: report.id,
      ...toColumns(input, RECOMMENDATION_COLUMN),
      ta_needed: input.technicalAssistanceNeeded ?? false,
      ta_providers: input.partners ?? [],
      confidential: input.confidential ?? false,
    });
    recordEvent(ctx, 'recommendation.created', 'recommendations', id, {
      reportId: report.id,
      code: input.code,
    });
    return recommendationById(ctx, id);
  },

  'recommendations.update': (input, ctx) => {
    const recommendation = recommendationById(ctx, input.id);
    const report = reportById(ctx, recommendation.reportId);
    const wording = (['code', 'text', 'thematicArea', 'priority'] as const).filter(
      (k) => input[k] !== undefined && input[k] !== recommendation[k],
    );
    if (wording.length) refuseIfAdopted(report, 'report.adoptedWordingFixed');
    if (input.code) refuseDuplicateCode(ctx, report.id, input.code, recommendation.id);
    if (ctx.write.update('recommendations', input.id, toColumns(input, RECOMMENDATION_COLUMN)))
      recordEvent(ctx, 'recommendation.updated', 'recommendations', input.id, { ...input });
    return recommendationById(ctx, input.id);
  },

  'recommendations.addUpdate': ({ id, ...update }, ctx) => {
    const recommendation = recommendationById(ctx, id);
    addRecommendationUpdate(ctx, recommendation, update);
    recordEvent(ctx, 'recommendation.status', 'recommendations', id, {
      asOf: update.asOf,
      status: update.status,
    });
    return recommendationById(ctx, id);
  },
};

export const taHandlers: AreaHandlers<'ta'> = {
  'ta.list': (input, ctx) => readTechnicalAssistance(ctx, input),

  'ta.create': (input, ctx) => {
    const report = reportById(ctx, input.reportId);
    refuseForeignRecommendations(ctx, report.id, input.recommendationIds);
    refuseTaDates(ctx, input.requestedOn, input.statusOn);
    const id = ctx.write.insert('technical_assistance', {
      iso3: report.iso3,
      report_id: report.id,
      ...toColumns(input, TA_COLUMN),
      recommendation_ids: input.recommendationIds ?? [],
      status: input.status ?? 'requested',
      status_on: input.statusOn ?? input.requestedOn,
    });
    recordEvent(ctx, 'ta.created', 'technical_assistance', id, {
      reportId: report.id,
      status: input.status ?? 'requested',
    });
    return assistanceById(ctx, id);
  },

  'ta.update': (input, ctx) => {
    const record = assistanceById(ctx, input.id);
    if (record.reportId)
      refuseForeignRecommendations(ctx, record.reportId, input.recommendationIds);
    const statusChanged = input.status !== undefined && input.status !== record.status;
    const statusOn =
      input.statusOn !== undefined ? input.statusOn : statusChanged ? ctx.today : record.statusOn;
    refuseTaDates(ctx, input.requestedOn ?? record.requestedOn, statusOn);
    if (
      ctx.write.update('technical_assistance', input.id, {
        ...toColumns(input, TA_COLUMN),
        status_on: statusOn,
      })
    )
      recordEvent(ctx, 'ta.updated', 'technical_assistance', input.id, { ...input });
    return assistanceById(ctx, input.id);
  },
};
