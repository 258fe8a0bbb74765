// Reads of the field records (issue 9), each row mapped to its API shape with its authors' names:
// a visit's records (`where` on its visit_id) or one record (on its id).
import type {
  FieldFinding,
  FieldMeeting,
  FieldObservation,
  PracticalDetails,
  StatusProposal,
  Visit,
} from '../../../shared/api/types';
import { DEFAULT_RECOMMENDATION_STATUS } from '../../../shared/domain/reports';
import type { CallContext } from '../context';
import { nameColumn } from '../language';
import { json, str, type Raw } from './queries';

/** The name of the user a column names, as `<column>_name`. */
const userNameAs = (alias: string, column: string) =>
  `(SELECT name FROM users WHERE id = ${alias}.${column}) AS ${column}_name`;

export function readMeetings(ctx: CallContext, where: string, arg: string): FieldMeeting[] {
  return (
    ctx.db
      .prepare(
        `SELECT m.*, ${userNameAs('m', 'author_id')} FROM field_meetings m
         WHERE m.deleted = 0 AND ${where} ORDER BY m.held_on, m.id`,
      )
      .all(arg) as Raw[]
  ).map((r) => ({
    id: String(r.id),
    visitId: String(r.visit_id),
    heldOn: String(r.held_on),
    institution: String(r.institution ?? ''),
    participants: json(r.participants, []),
    topics: json(r.topics, []),
    summary: str(r.summary),
    authorName: str(r.author_id_name),
  }));
}

export function readObservations(ctx: CallContext, where: string, arg: string): FieldObservation[] {
  return (
    ctx.db
      .prepare(
        `SELECT o.*, ${userNameAs('o', 'author_id')},
                (SELECT m.id FROM field_meetings m WHERE m.id = o.meeting_id AND m.deleted = 0) AS live_meeting
         FROM field_observations o WHERE o.deleted = 0 AND ${where} ORDER BY o.thematic_area, o.id`,
      )
      .all(arg) as Raw[]
  ).map((r) => ({
    id: String(r.id),
    visitId: String(r.visit_id),
    thematicArea: String(r.thematic_area ?? ''),
    text: String(r.text ?? ''),
    meetingId: str(r.live_meeting),
    authorName: str(r.author_id_name),
    recordedOn: str(r.recorded_on),
  }));
}

export function readFindings(ctx: CallContext, where: string, arg: string): FieldFinding[] {
  return (
    ctx.db
      .prepare(
        `SELECT f.*, ${userNameAs('f', 'author_id')} FROM field_findings f
         WHERE f.deleted = 0 AND ${where} ORDER BY f.thematic_area, f.id`,
      )
      .all(arg) as Raw[]
  ).map((r) => ({
    id: String(r.id),
    visitId: String(r.visit_id),
    thematicArea: String(r.thematic_area ?? ''),
    text: String(r.text ?? ''),
    status: r.status === 'ready' ? 'ready' : 'draft',
    authorName: str(r.author_id_name),
    updatedOn: str(r.updated_on),
  }));
}

export function readProposals(ctx: CallContext, where: string, args: string[]): StatusProposal[] {
  return (
    ctx.db
      .prepare(
        `SELECT p.*, x.code, x.text AS rec_text, v.iso3, s.${nameColumn(ctx.language)} AS state_name,
                ${userNameAs('p', 'proposed_by')}, ${userNameAs('p', 'decided_by')},
                (SELECT u.status FROM recommendation_updates u WHERE u.recommendation_id = x.id AND u.deleted = 0
                 ORDER BY u.as_of DESC, u.id DESC LIMIT 1) AS current_status
         FROM status_proposals p
         JOIN recommendations x ON x.id = p.recommendation_id
         JOIN visits v ON v.id = p.visit_id JOIN member_states s ON s.iso3 = v.iso3
         WHERE p.deleted = 0 AND ${where} ORDER BY p.proposed_on DESC, p.id DESC`,
      )
      .all(...args) as Raw[]
  ).map((r) => ({
    id: String(r.id),
    visitId: String(r.visit_id),
    iso3: String(r.iso3),
    stateName: String(r.state_name),
    recommendationId: String(r.recommendation_id),
    recommendationCode: str(r.code),
    recommendationText: String(r.rec_text ?? ''),
    currentStatus: (r.current_status ??
      DEFAULT_RECOMMENDATION_STATUS) as StatusProposal['currentStatus'],
    proposedStatus: r.proposed_status as StatusProposal['proposedStatus'],
    evidence: String(r.evidence ?? ''),
    source: String(r.source ?? ''),
    proposedBy: str(r.proposed_by),
    proposedByName: str(r.proposed_by_name),
    proposedOn: String(r.proposed_on),
    decision: (r.decision ?? 'pending') as StatusProposal['decision'],
    decisionReason: str(r.decision_reason),
    decidedByName: str(r.decided_by_name),
    decidedOn: str(r.decided_on),
  }));
}

export const proposalById = (ctx: CallContext, id: string) =>
  readProposals(ctx, 'p.id = ?', [id])[0]!;

export function readPracticalDetails(ctx: CallContext, visit: Visit): PracticalDetails {
  const parts = (
    ctx.db
      .prepare(
        'SELECT * FROM visit_parts WHERE visit_id = ? AND deleted = 0 ORDER BY start_date, rowid',
      )
      .all(visit.id) as Raw[]
  ).map((r) => ({
    id: String(r.id),
    label: String(r.label ?? ''),
    place: str(r.place),
    startDate: String(r.start_date),
    endDate: String(r.end_date),
  }));
  return {
    visitId: visit.id,
    startDate: visit.startDate,
    endDate: visit.endDate,
    agenciesMet: visit.agenciesMet,
    parts,
  };
}
