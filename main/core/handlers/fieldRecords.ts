// Field records (issue 9): a visit's meeting log, observations, draft findings, proposed status
// updates of the State's recommendations (decided by a planner at HQ) and practical details. A
// field team member writes only on the visits whose team names them; planners on every visit.
// Every write goes through the write path (so it syncs) and records an event for the timeline.
import type { StatusProposal, Visit } from '../../../shared/api/types';
import { isOnTeam } from '../../../shared/domain/fieldRecords';
import { text, type CoreMessageKey, type Text } from '../../../shared/messages';
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
import { addRecommendationUpdate, readRecommendations, recommendationStatusWord } from './reports';
import { refuse, refuseFuture, toColumns } from './rules';
import type { AreaHandlers } from './types';

type RecordTable = 'field_meetings' | 'field_observations' | 'status_proposals' | 'field_findings';

/** What a record that does not exist is refused with. */
const NOT_FOUND: Record<RecordTable, CoreMessageKey> = {
  field_meetings: 'fieldRecord.meetingNotFound',
  field_observations: 'fieldRecord.observationNotFound',
  status_proposals: 'fieldRecord.proposalNotFound',
  field_findings: 'fieldRecord.findingNotFound',
};

const stateOf = (visit: Visit) => ({ visitId: visit.id, iso3: visit.iso3 });

const recommendationWords = (code: string | null): Text =>
  code ? text('fieldRecord.recommendationCode', { code }) : text('fieldRecord.thisRecommendation');

function visitById(ctx: CallContext, id: string): Visit {
  const visit = readVisits(ctx, { id })[0];
  if (!visit) throw new ApiError('NOT_FOUND', text('visit.notFound'));
  return visit;
}

/** The visit a record is written on, once the caller may write there. */
function visitToWrite(ctx: CallContext, id: string): Visit {
  const visit = visitById(ctx, id);
  if (ctx.user.role === 'field' && !isOnTeam(visit.team, ctx.user.name))
    throw new ApiError(
      'FORBIDDEN',
      text('fieldRecord.notOnTeam', { user: ctx.user.name, state: visit.stateName }),
    );
  if (visit.status === 'cancelled')
    throw new ApiError(
      'INVALID_TRANSITION',
      visit.statusOn
        ? text('fieldRecord.visitCancelledOn', { state: visit.stateName, on: visit.statusOn })
        : text('fieldRecord.visitCancelled', { state: visit.stateName }),
    );
  return visit;
}

/** The visit a live field record belongs to, once the caller may change the record. */
function recordToChange(ctx: CallContext, table: RecordTable, id: string): Visit {
  const row = ctx.db
    .prepare(`SELECT visit_id FROM ${table} WHERE id = ? AND deleted = 0`)
    .get(id) as { visit_id: string } | undefined;
  if (!row) throw new ApiError('NOT_FOUND', text(NOT_FOUND[table]));
  return visitToWrite(ctx, row.visit_id);
}

/** A meeting is logged once held, on a day of the visit. */
function checkMeetingDate(ctx: CallContext, visit: Visit, heldOn: string): void {
  if (!visit.startDate)
    throw refuse('heldOn', text('fieldRecord.visitHasNoDates', { state: visit.stateName }));
  const lastDay = visit.endDate ?? visit.startDate;
  if (heldOn < visit.startDate || heldOn > lastDay)
    throw refuse(
      'heldOn',
      text('fieldRecord.meetingOutsideVisit', { heldOn, start: visit.startDate, end: lastDay }),
    );
  refuseFuture(ctx, 'heldOn', text('fieldRecord.date.meeting'), heldOn);
}

function checkMeetingOfVisit(ctx: CallContext, visit: Visit, meetingId: string | null | undefined) {
  if (!meetingId) return;
  const meeting = ctx.db
    .prepare('SELECT 1 FROM field_meetings WHERE id = ? AND visit_id = ? AND deleted = 0')
    .get(meetingId, visit.id);
  if (!meeting) throw refuse('meetingId', text('fieldRecord.chooseMeeting'));
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
      proposal.decidedOn
        ? text('fieldRecord.proposalDecidedOn', {
            decision: text(`fieldRecord.decision.${proposal.decision}`),
            on: proposal.decidedOn,
          })
        : text('fieldRecord.proposalDecided', {
            decision: text(`fieldRecord.decision.${proposal.decision}`),
          }),
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
    if (!recommendation) throw new ApiError('NOT_FOUND', text('report.recommendationNotFound'));
    if (recommendation.iso3 !== visit.iso3)
      throw refuse(
        'recommendationId',
        text('fieldRecord.otherState', {
          recommendation: recommendationWords(recommendation.code),
          recommendationState: recommendation.stateName,
          visitState: visit.stateName,
        }),
      );
    if (recommendation.status === input.proposedStatus)
      throw refuse(
        'proposedStatus',
        recommendation.statusAsOf
          ? text('fieldRecord.alreadyAtStatusSince', {
              recommendation: recommendationWords(recommendation.code),
              status: recommendationStatusWord(input.proposedStatus),
              since: recommendation.statusAsOf,
            })
          : text('fieldRecord.alreadyAtStatus', {
              recommendation: recommendationWords(recommendation.code),
              status: recommendationStatusWord(input.proposedStatus),
            }),
      );
    const open = ctx.db
      .prepare(
        "SELECT proposed_on FROM status_proposals WHERE recommendation_id = ? AND decision = 'pending' AND deleted = 0",
      )
      .get(recommendation.id) as { proposed_on: string } | undefined;
    if (open)
      throw new ApiError(
        'CONFLICT',
        text('fieldRecord.proposalPending', {
          recommendation: recommendationWords(recommendation.code),
          on: open.proposed_on,
        }),
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
        text('fieldRecord.onlyAuthorWithdraws', {
          author: proposal.proposedByName ?? text('fieldRecord.itsAuthor'),
        }),
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
      if (!recommendation) throw new ApiError('NOT_FOUND', text('fieldRecord.recommendationGone'));
      if (recommendation.statusAsOf && recommendation.statusAsOf > proposal.proposedOn)
        throw new ApiError(
          'INVALID_TRANSITION',
          text('fieldRecord.newerStatus', {
            status: recommendationStatusWord(recommendation.status),
            asOf: recommendation.statusAsOf,
            proposedOn: proposal.proposedOn,
          }),
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
    if (visit.id !== visitId) throw refuse('visitId', text('fieldRecord.findingOtherVisit'));
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
          text('fieldRecord.partOutsideVisit', {
            label: p.label,
            start: p.startDate,
            end: p.endDate,
            visitStart: visit.startDate,
            visitEnd: lastDay,
          }),
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
