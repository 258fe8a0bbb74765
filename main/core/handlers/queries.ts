// Reads shared by several handlers: each entity's rows mapped to its API shape, with an optional
// filter on one Member State, so that a list page and a State's dossier read the same way.
import type {
  AssessmentReport,
  ConsentRequest,
  ConsentStep,
  Followup,
  IndicatorValue,
  Invitation,
  Recommendation,
  Signal,
  StateRequest,
  Visit,
  VisitStep,
} from '../../../shared/api/types';
import { consentTiming } from '../../../shared/domain/consent';
import { daysBetween } from '../../../shared/domain/dates';
import {
  deadlineState,
  factualObservationsDue,
  followupReportDue,
  implementationReplyDue,
} from '../../../shared/domain/deadlines';
import { DEFAULT_RECOMMENDATION_STATUS } from '../../../shared/domain/reports';
import type { CallContext } from '../context';
import type { Db } from '../db/workspace';

type Raw = Record<string, string | number | null>;
const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
const json = <T>(v: unknown, fallback: T): T => {
  if (typeof v !== 'string' || v === '') return fallback;
  try {
    return JSON.parse(v) as T;
  } catch {
    return fallback;
  }
};

/** `AND <column> = ?` when filtering on one State, with its parameter. */
function stateFilter(column: string, iso3: string | undefined): [string, string[]] {
  return iso3 ? [`AND ${column} = ?`, [iso3]] : ['', []];
}

/** The live (not tombstoned) rows of a table, for one State or one id, or all of them. */
function liveRows<T>(
  db: Db,
  table: 'signals' | 'state_requests',
  orderBy: string,
  map: (row: Raw) => T,
  filter: { iso3?: string; id?: string },
): T[] {
  const where =
    filter.id !== undefined ? 'AND id = ?' : filter.iso3 !== undefined ? 'AND iso3 = ?' : '';
  const args =
    filter.id !== undefined ? [filter.id] : filter.iso3 !== undefined ? [filter.iso3] : [];
  const rows = db
    .prepare(`SELECT * FROM ${table} WHERE deleted = 0 ${where} ORDER BY ${orderBy}`)
    .all(...args);
  return (rows as Raw[]).map(map);
}

/**
 * Whether visit `v` (joined with its consent as `c`) is kept out of published documents (OP 19):
 * asked on the visit itself, by the State on its consent, or on another visit made from the same
 * consent (a visit recreated after a postponement stays confidential).
 */
export const VISIT_CONFIDENTIAL_SQL = `(v.confidential = 1 OR COALESCE(c.confidential, 0) = 1 OR EXISTS (
  SELECT 1 FROM visits w WHERE w.deleted = 0 AND w.confidential = 1 AND w.consent_request_id = v.consent_request_id))`;

export function readVisits(
  db: Db,
  filter: { iso3?: string; year?: number; id?: string } = {},
): Visit[] {
  const [stateSql, stateArgs] = stateFilter('v.iso3', filter.iso3);
  const args: (string | number)[] = [...stateArgs];
  let where = `v.deleted = 0 ${stateSql}`;
  if (filter.year !== undefined) {
    where += ' AND substr(v.start_date, 1, 4) = ?';
    args.push(String(filter.year));
  }
  if (filter.id !== undefined) {
    where += ' AND v.id = ?';
    args.push(filter.id);
  }
  const rows = db
    .prepare(
      `SELECT v.*, s.name_en AS state_name, COALESCE(c.confidential, 0) AS consent_confidential,
              ${VISIT_CONFIDENTIAL_SQL} AS effective_confidential,
              (SELECT r.id FROM assessment_reports r WHERE r.visit_id = v.id AND r.deleted = 0 ORDER BY r.id LIMIT 1) AS report_id
       FROM visits v JOIN member_states s ON s.iso3 = v.iso3
       LEFT JOIN consent_requests c ON c.id = v.consent_request_id AND c.deleted = 0
       WHERE ${where} ORDER BY COALESCE(v.start_date, '9999') DESC, v.id DESC`,
    )
    .all(...args) as Raw[];
  const steps = new Map<string, VisitStep[]>();
  for (const r of db
    .prepare(
      `SELECT t.* FROM visit_steps t JOIN visits v ON v.id = t.visit_id
       WHERE t.deleted = 0 AND ${where} ORDER BY t.on_date, t.rowid`,
    )
    .all(...args) as Raw[]) {
    const list = steps.get(String(r.visit_id)) ?? [];
    list.push({
      from: (r.from_status ?? null) as VisitStep['from'],
      to: r.to_status as VisitStep['to'],
      on: String(r.on_date),
      reason: str(r.reason),
    });
    steps.set(String(r.visit_id), list);
  }
  return rows.map((r) => ({
    id: String(r.id),
    iso3: String(r.iso3),
    stateName: String(r.state_name),
    kind: r.kind as Visit['kind'],
    mode: r.mode as Visit['mode'],
    status: r.status as Visit['status'],
    startDate: str(r.start_date),
    endDate: str(r.end_date),
    virtualStart: str(r.virtual_start),
    virtualEnd: str(r.virtual_end),
    physicalStart: str(r.physical_start),
    physicalEnd: str(r.physical_end),
    team: json(r.team, []),
    agenciesMet: json(r.agencies_met, []),
    notes: str(r.notes),
    consentRequestId: str(r.consent_request_id),
    confidential: Number(r.effective_confidential) === 1,
    confidentialByConsent: Number(r.consent_confidential) === 1,
    statusOn: str(r.status_on),
    statusReason: str(r.status_reason),
    steps: steps.get(String(r.id)) ?? [],
    reportId: str(r.report_id),
  }));
}

/** Which consent requests to read: one State's, one year's, or one request. */
export interface ConsentFilter {
  year?: number;
  id?: string;
}

export function readConsent(
  ctx: CallContext,
  asOf: string,
  iso3?: string,
  filter: ConsentFilter = {},
): ConsentRequest[] {
  const [stateSql, args] = stateFilter('c.iso3', iso3);
  let where = `c.deleted = 0 ${stateSql}`;
  const params: (string | number)[] = [...args];
  if (filter.year !== undefined) {
    where += ' AND c.list_year = ?';
    params.push(filter.year);
  }
  if (filter.id !== undefined) {
    where += ' AND c.id = ?';
    params.push(filter.id);
  }
  const rows = ctx.db
    .prepare(
      `SELECT c.*, s.name_en AS state_name FROM consent_requests c JOIN member_states s ON s.iso3 = c.iso3
       WHERE ${where} ORDER BY COALESCE(c.sent_on, '9999') DESC, c.id DESC`,
    )
    .all(...params) as Raw[];
  const steps = new Map<string, ConsentStep[]>();
  for (const r of ctx.db
    .prepare(
      `SELECT t.* FROM consent_steps t JOIN consent_requests c ON c.id = t.consent_request_id
       WHERE t.deleted = 0 AND ${where} ORDER BY t.on_date, t.rowid`,
    )
    .all(...params) as Raw[]) {
    const list = steps.get(String(r.consent_request_id)) ?? [];
    list.push({
      kind: r.step as ConsentStep['kind'],
      on: String(r.on_date),
      noteVerbaleRef: str(r.note_verbale_ref),
      reply: (r.reply ?? null) as ConsentStep['reply'],
      proposedFrom: str(r.proposed_from),
      proposedTo: str(r.proposed_to),
      note: str(r.step === 'withdrawal' ? r.reason : r.conditions),
      confidential: Number(r.confidential) === 1,
    });
    steps.set(String(r.consent_request_id), list);
  }
  return rows.map((r) => {
    const reply = (r.reply ?? 'pending') as ConsentRequest['reply'];
    const sentOn = str(r.sent_on);
    const lastReminderOn = str(r.last_reminder_on);
    const timing = consentTiming({ state: reply, sentOn, lastReminderOn }, ctx.settings, asOf);
    const noteVerbaleRef = str(r.note_verbale_ref);
    const requested: ConsentStep[] = sentOn
      ? [
          {
            kind: 'requested',
            on: sentOn,
            noteVerbaleRef,
            reply: null,
            proposedFrom: null,
            proposedTo: null,
            note: null,
            confidential: false,
          },
        ]
      : [];
    return {
      id: String(r.id),
      iso3: String(r.iso3),
      stateName: String(r.state_name),
      listYear: r.list_year === null ? null : Number(r.list_year),
      listEntryId: str(r.list_entry_id),
      noteVerbaleRef,
      sentOn,
      reminders: Number(r.reminders ?? 0),
      lastReminderOn,
      reply,
      repliedOn: str(r.replied_on),
      proposedFrom: str(r.proposed_from),
      proposedTo: str(r.proposed_to),
      conditions: str(r.conditions),
      confidential: Number(r.confidential) === 1,
      withdrawnOn: str(r.withdrawn_on),
      withdrawalReason: str(r.withdrawal_reason),
      daysWaiting: timing.daysWaiting,
      overdueReply: timing.overdue,
      nextReminderDue: timing.nextReminderDue,
      reminderDue: timing.reminderDue,
      steps: [...requested, ...(steps.get(String(r.id)) ?? [])],
    };
  });
}

export function readReports(db: Db, iso3?: string): AssessmentReport[] {
  const [stateSql, args] = stateFilter('v.iso3', iso3);
  const rows = db
    .prepare(
      `SELECT r.*, v.iso3, v.kind AS visit_kind, s.name_en AS state_name,
              (SELECT COUNT(*) FROM recommendations x WHERE x.report_id = r.id AND x.deleted = 0) AS rec_count
       FROM assessment_reports r JOIN visits v ON v.id = r.visit_id JOIN member_states s ON s.iso3 = v.iso3
       WHERE r.deleted = 0 ${stateSql} ORDER BY COALESCE(r.adopted_on, r.drafted_on, '9999') DESC, r.id DESC`,
    )
    .all(...args) as Raw[];
  return rows.map((r) => {
    const sent = str(r.sent_to_state_on);
    const transmitted = str(r.transmitted_on);
    return {
      id: String(r.id),
      visitId: String(r.visit_id),
      iso3: String(r.iso3),
      stateName: String(r.state_name),
      visitKind: r.visit_kind as AssessmentReport['visitKind'],
      title: str(r.title),
      status: (r.status ?? 'drafting') as AssessmentReport['status'],
      draftedOn: str(r.drafted_on),
      sentToStateOn: sent,
      observationsDue: sent ? factualObservationsDue(sent) : null,
      observationsReceivedOn: str(r.observations_received_on),
      submittedToCtcOn: str(r.submitted_to_ctc_on),
      adoptedOn: str(r.adopted_on),
      transmittedOn: transmitted,
      implementationReplyDue: transmitted ? implementationReplyDue(transmitted) : null,
      implementationReplyOn: str(r.implementation_reply_on),
      releaseConsent: (r.release_consent ?? 'none') as AssessmentReport['releaseConsent'],
      confidentialSections: json(r.confidential_sections, []),
      recommendationsCount: Number(r.rec_count),
    };
  });
}

export function readRecommendations(
  db: Db,
  filter: { iso3?: string; reportId?: string } = {},
): Recommendation[] {
  const [stateSql, args] = stateFilter('v.iso3', filter.iso3);
  let reportSql = '';
  if (filter.reportId) {
    reportSql = 'AND x.report_id = ?';
    args.push(filter.reportId);
  }
  const rows = db
    .prepare(
      `SELECT x.*, v.iso3, s.name_en AS state_name, u.status AS u_status, u.as_of AS u_as_of, u.evidence AS u_evidence, u.source AS u_source
       FROM recommendations x
       JOIN assessment_reports r ON r.id = x.report_id
       JOIN visits v ON v.id = r.visit_id
       JOIN member_states s ON s.iso3 = v.iso3
       LEFT JOIN recommendation_updates u ON u.id = (
         SELECT id FROM recommendation_updates WHERE recommendation_id = x.id AND deleted = 0 ORDER BY as_of DESC, id DESC LIMIT 1)
       WHERE x.deleted = 0 ${stateSql} ${reportSql}
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
    technicalAssistanceBy: str(r.ta_providers),
    confidential: Number(r.confidential) === 1,
    status: (r.u_status ?? DEFAULT_RECOMMENDATION_STATUS) as Recommendation['status'],
    statusAsOf: str(r.u_as_of),
    evidence: str(r.u_evidence),
    source: str(r.u_source),
  }));
}

/**
 * OP 16: every initial assessment report adopted on or after the start date owes a follow-up
 * report to the CTC within 12 months. Advocacy visits have no report; the report of a follow-up
 * visit is not an initial assessment.
 */
export function readFollowups(ctx: CallContext, asOf: string, iso3?: string): Followup[] {
  const [stateSql, args] = stateFilter('v.iso3', iso3);
  const rows = ctx.db
    .prepare(
      `SELECT r.id AS report_id, r.adopted_on, v.iso3, v.kind AS visit_kind, s.name_en AS state_name,
              f.id AS followup_id, f.submitted_on, f.recommended_followup, f.ta_partners
       FROM assessment_reports r
       JOIN visits v ON v.id = r.visit_id
       JOIN member_states s ON s.iso3 = v.iso3
       LEFT JOIN followups f ON f.id = (
         SELECT id FROM followups WHERE report_id = r.id AND deleted = 0 ORDER BY COALESCE(submitted_on, '9999'), id LIMIT 1)
       WHERE r.deleted = 0 AND v.deleted = 0 AND r.adopted_on IS NOT NULL AND r.adopted_on >= ? AND r.adopted_on <= ?
         AND v.kind NOT IN ('advocacy', 'follow_up') ${stateSql}`,
    )
    .all(ctx.settings.op16Start, asOf, ...args) as Raw[];
  return rows
    .map((r) => {
      const adopted = String(r.adopted_on);
      const dueOn = followupReportDue(adopted);
      const submitted = str(r.submitted_on);
      const submittedOn = submitted && submitted <= asOf ? submitted : null;
      return {
        reportId: String(r.report_id),
        followupId: str(r.followup_id),
        iso3: String(r.iso3),
        stateName: String(r.state_name),
        visitKind: r.visit_kind as Followup['visitKind'],
        reportAdoptedOn: adopted,
        dueOn,
        submittedOn,
        state: deadlineState(dueOn, submittedOn, asOf),
        daysLeft: submittedOn ? null : daysBetween(asOf, dueOn),
        recommendedFollowup: submittedOn
          ? ((r.recommended_followup ?? null) as Followup['recommendedFollowup'])
          : null,
        technicalAssistancePartners: submittedOn ? str(r.ta_partners) : null,
      };
    })
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.stateName.localeCompare(b.stateName));
}

function mapSignal(r: Raw): Signal {
  return {
    id: String(r.id),
    iso3: String(r.iso3),
    kind: r.kind as Signal['kind'],
    occurredOn: String(r.occurred_on),
    severity: Number(r.severity),
    halfLifeDays: Number(r.half_life_days),
    source: str(r.source),
    text: str(r.text),
  };
}

export const readSignals = (db: Db, iso3?: string): Signal[] =>
  liveRows(db, 'signals', 'occurred_on DESC, id DESC', mapSignal, { iso3 });
export const readSignal = (db: Db, id: string): Signal | null =>
  liveRows(db, 'signals', 'id', mapSignal, { id })[0] ?? null;

export function readIndicators(db: Db, iso3: string): IndicatorValue[] {
  const rows = db
    .prepare(
      `SELECT i.*, COALESCE(d.label, i.indicator_key) AS label FROM risk_indicators i
       LEFT JOIN indicator_definitions d ON d.key = i.indicator_key AND d.deleted = 0
       WHERE i.deleted = 0 AND i.iso3 = ? ORDER BY i.indicator_key, i.as_of DESC`,
    )
    .all(iso3) as Raw[];
  return rows.map((r) => ({
    id: String(r.id),
    iso3: String(r.iso3),
    key: String(r.indicator_key),
    label: String(r.label),
    asOf: String(r.as_of),
    value: Number(r.value),
    source: str(r.source),
  }));
}

function mapStateRequest(r: Raw): StateRequest {
  return {
    id: String(r.id),
    iso3: String(r.iso3),
    kind: (r.kind ?? 'request') as StateRequest['kind'],
    receivedOn: str(r.received_on),
    status: (r.status ?? 'open') as StateRequest['status'],
    description: str(r.description),
    source: str(r.source),
  };
}

export const readStateRequests = (db: Db, iso3?: string): StateRequest[] =>
  liveRows(db, 'state_requests', 'received_on DESC, id DESC', mapStateRequest, { iso3 });
export const readStateRequest = (db: Db, id: string): StateRequest | null =>
  liveRows(db, 'state_requests', 'id', mapStateRequest, { id })[0] ?? null;

export function readInvitations(db: Db, iso3: string): Invitation[] {
  const rows = db
    .prepare(
      `SELECT i.*, m.title AS meeting_title, m.held_on FROM invitations i LEFT JOIN ctc_meetings m ON m.id = i.meeting_id AND m.deleted = 0
       WHERE i.deleted = 0 AND i.iso3 = ? ORDER BY COALESCE(m.held_on, i.invited_on) DESC, i.id DESC`,
    )
    .all(iso3) as Raw[];
  return rows.map((r) => ({
    id: String(r.id),
    iso3: String(r.iso3),
    meetingId: str(r.meeting_id),
    meetingTitle: str(r.meeting_title),
    meetingOn: str(r.held_on),
    officialTitle: str(r.official_title),
    invitedOn: str(r.invited_on),
    attended: r.attended === null || r.attended === undefined ? null : Number(r.attended) === 1,
  }));
}
