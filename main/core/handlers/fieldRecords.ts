// Field records (issue 9): a visit's meeting log, observations, draft findings, proposed status
// updates of the State's recommendations (decided by a planner at HQ) and practical details. A
// field team member writes only on the visits whose team names them; planners on every visit.
// Every write goes through the write path (so it syncs) and records an event for the timeline.
import type { StatusProposal, Visit } from '../../../shared/api/types';
import { isOnTeam } from '../../../shared/domain/fieldRecords';
import type { CallContext } from '../context';
import { ApiError } from '../errors';
import { recordEvent } from './events';
import {
  proposalById,
  readFindings,
  readMeetings,
  readObservations,
  readPracticalDetails,
  readProposals,
} from './fieldRecordsRead';
import { readVisits } from './queries';
import { addRecommendationUpdate, readRecommendations } from './reports';
import { refuse, refuseFuture, toColumns } from './rules';
import type { AreaHandlers } from './types';

type RecordTable = 'field_meetings' | 'field_observations' | 'status_proposals' | 'field_findings';

const WHAT: Record<RecordTable, string> = {
  field_meetings: 'meeting',
  field_observations: 'observation',
  status_proposals: 'status proposal',
  field_findings: 'finding',
};

const stateOf = (visit: Visit) => ({ visitId: visit.id, iso3: visit.iso3 });

const recommendationWords = (code: string | null) =>
  code ? `Recommendation ${code}` : 'This recommendation';

function visitById(ctx: CallContext, id: string): Visit {
  const visit = readVisits(ctx, { id })[0];
  if (!visit)
    throw new ApiError('NOT_FOUND', 'This visit does not exist (it may have been removed).');
  return visit;
}

/** The visit a record is written on, once the caller may write there. */
function visitToWrite(ctx: CallContext, id: string): Visit {
  const visit = visitById(ctx, id);
  if (ctx.user.role === 'field' && !isOnTeam(visit.team, ctx.user.name))
    throw new ApiError(
      'FORBIDDEN',
      `${ctx.user.name} is not on the team of this visit to ${visit.stateName}, so cannot write its field records. A planner can add you to the visit's team.`,
    );
  if (visit.status === 'cancelled')
    throw new ApiError(
      'INVALID_TRANSITION',
      `This visit to ${visit.stateName} was cancelled${visit.statusOn ? ` on ${visit.statusOn}` : ''}: nothing more is recorded on it.`,
    );
  return visit;
}

/** The visit a live field record belongs to, once the caller may change the record. */
function recordToChange(ctx: CallContext, table: RecordTable, id: string): Visit {
  const row = ctx.db
    .prepare(`SELECT visit_id FROM ${table} WHERE id = ? AND deleted = 0`)
    .get(id) as { visit_id: string } | undefined;
  if (!row)
    throw new ApiError(
      'NOT_FOUND',
      `This ${WHAT[table]} does not exist (it may have been deleted).`,
    );
  return visitToWrite(ctx, row.visit_id);
}

/** A meeting is logged once held, on a day of the visit. */
function checkMeetingDate(ctx: CallContext, visit: Visit, heldOn: string): void {
  if (!visit.startDate)
    throw refuse(
      'heldOn',
      `This visit to ${visit.stateName} has no dates yet: a planner records them before meetings are logged.`,
    );
  const lastDay = visit.endDate ?? visit.startDate;
  if (heldOn < visit.startDate || heldOn > lastDay)
    throw refuse(
      'heldOn',
      `The meeting is dated ${heldOn}, outside the visit's dates (${visit.startDate} to ${lastDay}).`,
    );
  refuseFuture(ctx, 'heldOn', 'The meeting’s date,', heldOn);
}

function checkMeetingOfVisit(ctx: CallContext, visit: Visit, meetingId: string | null | undefined) {
  if (!meetingId) return;
  const meeting = ctx.db
    .prepare('SELECT 1 FROM field_meetings WHERE id = ? AND visit_id = ? AND deleted = 0')
    .get(meetingId, visit.id);
  if (!meeting) throw refuse('meetingId', 'Choose a meeting of this visit’s log.');
}

const MEETING_COLUMN = {
  heldOn: 'held_on',
  institution: 'institution',
  participants: 'participants',
  topics: 'topics',
  summary: 'summary',
} as const;

const OBSERVATION_COLUMN = {
  thematicArea: 'thematic_area',
  text: 'text',
  meetingId: 'meeting_id',
} as const;

/** Tombstones a field record and records the event `<kind>.deleted`. */
function deleteRecord(ctx: CallContext, table: RecordTable, kind: string, id: string) {
  const visit = recordToChange(ctx, table, id);
  ctx.write.remove(table, id);
  recordEvent(ctx, `${kind}.deleted`, table, id, stateOf(visit));
  return { id };
}

export const meetingsHandlers: AreaHandlers<'meetings'> = {
  'meetings.list': ({ visitId }, ctx) =>
    readMeetings(ctx, 'm.visit_id = ?', visitById(ctx, visitId).id),

  'meetings.create': ({ visitId, ...fields }, ctx) => {
    const visit = visitToWrite(ctx, visitId);
    checkMeetingDate(ctx, visit, fields.heldOn);
    const id = ctx.write.insert('field_meetings', {
      visit_id: visit.id,
      ...toColumns(fields, MEETING_COLUMN),
      author_id: ctx.user.id,
    });
    recordEvent(ctx, 'meeting.logged', 'field_meetings', id, {
      ...stateOf(visit),
      heldOn: fields.heldOn,
      institution: fields.institution,
    });
    return readMeetings(ctx, 'm.id = ?', id)[0]!;
  },

  'meetings.update': ({ id, ...patch }, ctx) => {
    const visit = recordToChange(ctx, 'field_meetings', id);
    if (patch.heldOn) checkMeetingDate(ctx, visit, patch.heldOn);
    if (ctx.write.update('field_meetings', id, toColumns(patch, MEETING_COLUMN)))
      recordEvent(ctx, 'meeting.updated', 'field_meetings', id, stateOf(visit));
    return readMeetings(ctx, 'm.id = ?', id)[0]!;
  },

  'meetings.delete': ({ id }, ctx) => {
    // Observations made at the meeting stay, no longer tied to it.
    const made = ctx.db
      .prepare('SELECT id FROM field_observations WHERE meeting_id = ? AND deleted = 0')
      .all(id) as { id: string }[];
    const result = deleteRecord(ctx, 'field_meetings', 'meeting', id);
    for (const o of made) ctx.write.update('field_observations', o.id, { meeting_id: null });
    return result;
  },
};

export const observationsHandlers: AreaHandlers<'observations'> = {
  'observations.list': ({ visitId }, ctx) =>
    readObservations(ctx, 'o.visit_id = ?', visitById(ctx, visitId).id),

  'observations.create': ({ visitId, ...fields }, ctx) => {
    const visit = visitToWrite(ctx, visitId);
    checkMeetingOfVisit(ctx, visit, fields.meetingId);
    const id = ctx.write.insert('field_observations', {
      visit_id: visit.id,
      ...toColumns(fields, OBSERVATION_COLUMN),
      author_id: ctx.user.id,
      recorded_on: ctx.today,
    });
    recordEvent(ctx, 'observation.recorded', 'field_observations', id, {
      ...stateOf(visit),
      thematicArea: fields.thematicArea,
    });
    return readObservations(ctx, 'o.id = ?', id)[0]!;
  },

  'observations.update': ({ id, ...patch }, ctx) => {
    const visit = recordToChange(ctx, 'field_observations', id);
    checkMeetingOfVisit(ctx, visit, patch.meetingId);
    if (ctx.write.update('field_observations', id, toColumns(patch, OBSERVATION_COLUMN)))
      recordEvent(ctx, 'observation.updated', 'field_observations', id, stateOf(visit));
    return readObservations(ctx, 'o.id = ?', id)[0]!;
  },

  'observations.delete': ({ id }, ctx) =>
    deleteRecord(ctx, 'field_observations', 'observation', id),
};

/** A proposal still open to a decision, or INVALID_TRANSITION naming what became of it. */
function pendingProposal(ctx: CallContext, id: string): StatusProposal {
  recordToChange(ctx, 'status_proposals', id); // it exists, and the caller may act on its visit
  const proposal = proposalById(ctx, id);
  if (proposal.decision !== 'pending')
    throw new ApiError(
      'INVALID_TRANSITION',
      `This proposal was already ${proposal.decision}${proposal.decidedOn ? ` on ${proposal.decidedOn}` : ''}; it can no longer change.`,
    );
  return proposal;
}

export const statusProposalsHandlers: AreaHandlers<'statusProposals'> = {
  'statusProposals.list': ({ visitId, pending }, ctx) => {
    const where = [visitId ? 'p.visit_id = ?' : '1', pending ? "p.decision = 'pending'" : '1'];
    return readProposals(ctx, where.join(' AND '), visitId ? [visitById(ctx, visitId).id] : []);
  },

  'statusProposals.create': (input, ctx) => {
    const visit = visitToWrite(ctx, input.visitId);
    const recommendation = readRecommendations(ctx, { id: input.recommendationId })[0];
    if (!recommendation)
      throw new ApiError(
        'NOT_FOUND',
        'This recommendation does not exist (it may have been removed).',
      );
    if (recommendation.iso3 !== visit.iso3)
      throw refuse(
        'recommendationId',
        `${recommendationWords(recommendation.code)} is addressed to ${recommendation.stateName}, not to ${visit.stateName}: propose updates of the visited State's recommendations.`,
      );
    if (recommendation.status === input.proposedStatus)
      throw refuse(
        'proposedStatus',
        `${recommendationWords(recommendation.code)} already stands at “${input.proposedStatus.replaceAll('_', ' ')}”${recommendation.statusAsOf ? ` (since ${recommendation.statusAsOf})` : ''}: propose another status.`,
      );
    const open = ctx.db
      .prepare(
        "SELECT proposed_on FROM status_proposals WHERE recommendation_id = ? AND decision = 'pending' AND deleted = 0",
      )
      .get(recommendation.id) as { proposed_on: string } | undefined;
    if (open)
      throw new ApiError(
        'CONFLICT',
        `${recommendationWords(recommendation.code)} already has a proposal, made on ${open.proposed_on}, awaiting HQ's decision: withdraw it before proposing another.`,
      );
    const id = ctx.write.insert('status_proposals', {
      visit_id: visit.id,
      recommendation_id: recommendation.id,
      proposed_status: input.proposedStatus,
      evidence: input.evidence,
      source: input.source,
      proposed_by: ctx.user.id,
      proposed_on: ctx.today,
      decision: 'pending',
    });
    recordEvent(ctx, 'statusProposal.made', 'status_proposals', id, {
      ...stateOf(visit),
      recommendationId: recommendation.id,
      proposedStatus: input.proposedStatus,
    });
    return proposalById(ctx, id);
  },

  'statusProposals.withdraw': ({ id }, ctx) => {
    const proposal = pendingProposal(ctx, id);
    if (ctx.user.role === 'field' && proposal.proposedBy !== ctx.user.id)
      throw new ApiError(
        'FORBIDDEN',
        `Only ${proposal.proposedByName ?? 'its author'}, who made this proposal, or a planner can withdraw it.`,
      );
    ctx.write.update('status_proposals', id, {
      decision: 'withdrawn',
      decided_by: ctx.user.id,
      decided_on: ctx.today,
    });
    recordEvent(ctx, 'statusProposal.withdrawn', 'status_proposals', id, {
      visitId: proposal.visitId,
      iso3: proposal.iso3,
    });
    return proposalById(ctx, id);
  },

  'statusProposals.decide': ({ id, decision, reason }, ctx) => {
    const proposal = pendingProposal(ctx, id);
    if (decision === 'accepted') {
      const recommendation = readRecommendations(ctx, { id: proposal.recommendationId })[0];
      if (!recommendation)
        throw new ApiError('NOT_FOUND', 'The recommendation of this proposal no longer exists.');
      if (recommendation.statusAsOf && recommendation.statusAsOf > proposal.proposedOn)
        throw new ApiError(
          'INVALID_TRANSITION',
          `A newer status (“${recommendation.status.replaceAll('_', ' ')}”, ${recommendation.statusAsOf}) was recorded after this proposal (${proposal.proposedOn}): decline it, saying so.`,
        );
      addRecommendationUpdate(ctx, recommendation, {
        asOf: proposal.proposedOn,
        status: proposal.proposedStatus,
        evidence: proposal.evidence,
        source: proposal.source,
      });
      recordEvent(ctx, 'recommendation.status', 'recommendations', recommendation.id, {
        asOf: proposal.proposedOn,
        status: proposal.proposedStatus,
        proposalId: id,
      });
    }
    ctx.write.update('status_proposals', id, {
      decision,
      decision_reason: reason || null,
      decided_by: ctx.user.id,
      decided_on: ctx.today,
    });
    recordEvent(ctx, `statusProposal.${decision}`, 'status_proposals', id, {
      visitId: proposal.visitId,
      iso3: proposal.iso3,
      ...(reason ? { reason } : {}),
    });
    return proposalById(ctx, id);
  },
};

export const findingsHandlers: AreaHandlers<'findings'> = {
  'findings.list': ({ visitId }, ctx) =>
    readFindings(ctx, 'f.visit_id = ?', visitById(ctx, visitId).id),

  'findings.save': ({ id, visitId, ...fields }, ctx) => {
    const content = {
      thematic_area: fields.thematicArea,
      text: fields.text,
      status: fields.status,
    };
    if (id === undefined) {
      const visit = visitToWrite(ctx, visitId);
      const newId = ctx.write.insert('field_findings', {
        visit_id: visit.id,
        ...content,
        author_id: ctx.user.id,
        updated_on: ctx.today,
      });
      recordEvent(ctx, 'finding.drafted', 'field_findings', newId, {
        ...stateOf(visit),
        thematicArea: fields.thematicArea,
        status: fields.status,
      });
      return readFindings(ctx, 'f.id = ?', newId)[0]!;
    }
    const visit = recordToChange(ctx, 'field_findings', id);
    if (visit.id !== visitId)
      throw refuse('visitId', 'This finding belongs to another visit: it cannot move.');
    // Only a change of its content dates the finding again.
    if (ctx.write.update('field_findings', id, content)) {
      ctx.write.update('field_findings', id, { updated_on: ctx.today });
      recordEvent(ctx, 'finding.updated', 'field_findings', id, {
        ...stateOf(visit),
        status: fields.status,
      });
    }
    return readFindings(ctx, 'f.id = ?', id)[0]!;
  },

  'findings.delete': ({ id }, ctx) => deleteRecord(ctx, 'field_findings', 'finding', id),
};

export const practicalDetailsHandlers: AreaHandlers<'practicalDetails'> = {
  'practicalDetails.get': ({ visitId }, ctx) => readPracticalDetails(ctx, visitById(ctx, visitId)),

  'practicalDetails.update': ({ visitId, agenciesMet, parts }, ctx) => {
    const visit = visitToWrite(ctx, visitId);
    const lastDay = visit.endDate ?? visit.startDate;
    parts?.forEach((p, i) => {
      if (visit.startDate && lastDay && (p.startDate < visit.startDate || p.endDate > lastDay))
        throw refuse(
          `parts.${i}.startDate`,
          `“${p.label}” (${p.startDate} to ${p.endDate}) lies outside the visit's dates (${visit.startDate} to ${lastDay}).`,
        );
    });
    let changed = 0;
    if (agenciesMet) changed += ctx.write.update('visits', visit.id, { agencies_met: agenciesMet });
    if (parts) {
      // The recorded parts are rewritten in place, in order, so that unchanged ones log nothing.
      const recorded = readPracticalDetails(ctx, visit).parts;
      parts.forEach((p, i) => {
        const columns = {
          label: p.label,
          place: p.place || null,
          start_date: p.startDate,
          end_date: p.endDate,
        };
        const existing = recorded[i];
        if (existing) changed += ctx.write.update('visit_parts', existing.id, columns);
        else {
          ctx.write.insert('visit_parts', { visit_id: visit.id, ...columns });
          changed++;
        }
      });
      for (const surplus of recorded.slice(parts.length)) {
        ctx.write.remove('visit_parts', surplus.id);
        changed++;
      }
    }
    if (changed)
      recordEvent(ctx, 'visit.practical_details', 'visits', visit.id, {
        ...stateOf(visit),
        parts: parts?.length,
        agenciesMet: agenciesMet?.length,
      });
    return readPracticalDetails(ctx, visitById(ctx, visit.id));
  },
};
