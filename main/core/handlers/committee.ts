// The Committee's meetings, and the senior officials of assessed States invited to brief it on the
// implementation of their report's recommendations (OP 16).
import type { CtcMeeting, Invitation } from '../../../shared/api/types';
import { text } from '../../../shared/messages';
import type { CallContext, Reader } from '../context';
import { ApiError } from '../errors';
import { compareNames, nameColumn } from '../language';
import { recordEvent } from './events';
import { str, type Raw } from './queries';
import { reportById } from './reports';
import { refuse, refuseFuture, requireMemberState, toColumns } from './rules';
import type { AreaHandlers } from './types';

export function readInvitations(
  { db, language }: Reader,
  filter: { iso3?: string; meetingIds?: string[]; id?: string },
): Invitation[] {
  const where: string[] = ['i.deleted = 0'];
  const args: string[] = [];
  if (filter.iso3) {
    where.push('i.iso3 = ?');
    args.push(filter.iso3);
  }
  if (filter.id) {
    where.push('i.id = ?');
    args.push(filter.id);
  }
  if (filter.meetingIds) {
    where.push(`i.meeting_id IN (${filter.meetingIds.map(() => '?').join(', ') || 'NULL'})`);
    args.push(...filter.meetingIds);
  }
  const rows = db
    .prepare(
      `SELECT i.*, s.${nameColumn(language)} AS state_name, m.title AS meeting_title, m.held_on
       FROM invitations i JOIN member_states s ON s.iso3 = i.iso3
       LEFT JOIN ctc_meetings m ON m.id = i.meeting_id AND m.deleted = 0
       WHERE ${where.join(' AND ')} ORDER BY COALESCE(m.held_on, i.invited_on) DESC, i.id`,
    )
    .all(...args) as Raw[];
  // Newest first; on one day, by the State's name as the caller's language orders it.
  const compare = compareNames(language);
  const day = (r: Raw) => String(r.held_on ?? r.invited_on ?? '');
  rows.sort(
    (a, b) =>
      day(b).localeCompare(day(a)) ||
      compare(String(a.state_name), String(b.state_name)) ||
      String(a.id).localeCompare(String(b.id)),
  );
  return rows.map((r) => ({
    id: String(r.id),
    iso3: String(r.iso3),
    stateName: String(r.state_name),
    meetingId: str(r.meeting_id),
    meetingTitle: str(r.meeting_title),
    meetingOn: str(r.held_on),
    reportId: str(r.report_id),
    officialTitle: str(r.official_title),
    invitedOn: str(r.invited_on),
    attended: r.attended === null || r.attended === undefined ? null : Number(r.attended) === 1,
    note: str(r.note),
  }));
}

function readMeetings(reader: Reader, filter: { year?: number; id?: string }): CtcMeeting[] {
  const rows = reader.db
    .prepare(
      `SELECT * FROM ctc_meetings WHERE deleted = 0
       ${filter.year !== undefined ? 'AND substr(held_on, 1, 4) = ?' : ''} ${filter.id ? 'AND id = ?' : ''}
       ORDER BY held_on DESC, id DESC`,
    )
    .all(
      ...(filter.year !== undefined ? [String(filter.year)] : []),
      ...(filter.id ? [filter.id] : []),
    ) as Raw[];
  const invitations = readInvitations(reader, { meetingIds: rows.map((r) => String(r.id)) });
  return rows.map((r) => ({
    id: String(r.id),
    heldOn: String(r.held_on),
    title: String(r.title ?? ''),
    agendaNotes: str(r.notes),
    invitations: invitations.filter((i) => i.meetingId === r.id),
  }));
}

function meetingById(ctx: CallContext, id: string): CtcMeeting {
  const meeting = readMeetings(ctx, { id })[0];
  if (!meeting) throw new ApiError('NOT_FOUND', text('committee.meetingNotFound'));
  return meeting;
}

function invitationById(ctx: CallContext, id: string): Invitation {
  const invitation = readInvitations(ctx, { id })[0];
  if (!invitation) throw new ApiError('NOT_FOUND', text('committee.invitationNotFound'));
  return invitation;
}

const MEETING_COLUMN = { heldOn: 'held_on', title: 'title', agendaNotes: 'notes' } as const;

export const ctcMeetingsHandlers: AreaHandlers<'ctcMeetings'> = {
  'ctcMeetings.list': ({ year }, ctx) => readMeetings(ctx, { year }),

  'ctcMeetings.create': (input, ctx) => {
    const id = ctx.write.insert('ctc_meetings', toColumns(input, MEETING_COLUMN));
    recordEvent(ctx, 'ctc_meeting.created', 'ctc_meetings', id, { heldOn: input.heldOn });
    return meetingById(ctx, id);
  },

  'ctcMeetings.update': (input, ctx) => {
    const meeting = meetingById(ctx, input.id);
    if (input.heldOn && input.heldOn !== meeting.heldOn) {
      const invitedAfter = meeting.invitations.find(
        (i) => i.invitedOn && i.invitedOn > input.heldOn!,
      );
      if (invitedAfter)
        throw refuse(
          'heldOn',
          text('committee.invitedAfterNewDate', {
            state: invitedAfter.stateName,
            invitedOn: String(invitedAfter.invitedOn),
            heldOn: input.heldOn,
          }),
        );
      if (input.heldOn > ctx.today && meeting.invitations.some((i) => i.attended !== null))
        throw refuse('heldOn', text('committee.attendanceRecorded'));
    }
    if (ctx.write.update('ctc_meetings', input.id, toColumns(input, MEETING_COLUMN)))
      recordEvent(ctx, 'ctc_meeting.updated', 'ctc_meetings', input.id, { ...input });
    return meetingById(ctx, input.id);
  },
};

export const invitationsHandlers: AreaHandlers<'invitations'> = {
  'invitations.create': ({ meetingId, iso3, reportId, officialTitle, invitedOn }, ctx) => {
    const meeting = meetingById(ctx, meetingId);
    requireMemberState(ctx, iso3);
    const report = reportById(ctx, reportId);
    if (report.iso3 !== iso3)
      throw refuse('reportId', text('committee.reportOfAnotherState', { state: report.stateName }));
    if (!report.adoptedOn)
      throw new ApiError('INVALID_TRANSITION', text('committee.reportNotAdopted'));
    refuseFuture(ctx, 'invitedOn', text('committee.date.invitation'), invitedOn);
    if (invitedOn > meeting.heldOn)
      throw refuse(
        'invitedOn',
        text('committee.invitationAfterMeeting', { invitedOn, heldOn: meeting.heldOn }),
      );
    if (invitedOn < report.adoptedOn)
      throw refuse(
        'invitedOn',
        text('committee.invitationBeforeAdoption', { invitedOn, adoptedOn: report.adoptedOn }),
      );
    const already = meeting.invitations.find((i) => i.iso3 === iso3);
    if (already)
      throw new ApiError(
        'CONFLICT',
        text('committee.alreadyInvited', {
          state: already.stateName,
          official: already.officialTitle ?? text('committee.officials'),
          invitedOn: String(already.invitedOn),
        }),
        { existingId: already.id },
      );
    const id = ctx.write.insert('invitations', {
      meeting_id: meetingId,
      iso3,
      report_id: reportId,
      official_title: officialTitle,
      invited_on: invitedOn,
    });
    recordEvent(ctx, 'invitation.sent', 'invitations', id, { meetingId, iso3, reportId });
    return invitationById(ctx, id);
  },

  'invitations.recordAttendance': ({ id, attended, note }, ctx) => {
    const invitation = invitationById(ctx, id);
    if (!invitation.meetingOn || invitation.meetingOn > ctx.today)
      throw new ApiError(
        'INVALID_TRANSITION',
        text('committee.meetingNotHeld', { on: String(invitation.meetingOn) }),
      );
    if (
      ctx.write.update('invitations', id, {
        attended,
        ...(note !== undefined ? { note: note || null } : {}),
      })
    )
      recordEvent(ctx, 'invitation.attendance', 'invitations', id, { attended });
    return invitationById(ctx, id);
  },
};
