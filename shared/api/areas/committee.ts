// The Committee's meetings, and the senior officials of assessed States invited to brief it (OP 16).
import { z } from 'zod';
import { ALL_ROLES, COMMITTEE, PLANNERS } from '../../domain/roles';
import { id, iso3, isoDate, method, text, updateOf, year } from '../schema';

export interface Invitation {
  id: string;
  iso3: string;
  stateName: string;
  meetingId: string | null;
  meetingTitle: string | null;
  meetingOn: string | null;
  reportId: string | null;
  officialTitle: string | null;
  invitedOn: string | null;
  /** Null until the meeting has been held and attendance recorded. */
  attended: boolean | null;
  note: string | null;
}

export interface CtcMeeting {
  id: string;
  heldOn: string;
  title: string;
  agendaNotes: string | null;
  invitations: Invitation[];
}

const SECRETARIAT = [...PLANNERS, ...COMMITTEE];
const meetingFields = {
  heldOn: isoDate,
  title: text(300).min(3, { message: 'schema.committee.meetingTitle' }),
  agendaNotes: text(4000).nullable(),
};

export const committeeMethods = {
  'ctcMeetings.list': method<CtcMeeting[]>()({
    input: z.strictObject({ year: year.optional() }),
    mutates: false,
    roles: ALL_ROLES,
  }),
  'ctcMeetings.create': method<CtcMeeting>()({
    input: z.strictObject({ ...meetingFields, agendaNotes: meetingFields.agendaNotes.optional() }),
    mutates: true,
    roles: SECRETARIAT,
  }),
  'ctcMeetings.update': method<CtcMeeting>()({
    input: updateOf(meetingFields),
    mutates: true,
    roles: SECRETARIAT,
  }),
  /** Senior officials of a State invited to brief the Committee on its adopted report. */
  'invitations.create': method<Invitation>()({
    input: z.strictObject({
      meetingId: id,
      iso3,
      reportId: id,
      officialTitle: text(300).min(3, { message: 'schema.committee.officialTitle' }),
      invitedOn: isoDate,
    }),
    mutates: true,
    roles: SECRETARIAT,
  }),
  'invitations.recordAttendance': method<Invitation>()({
    input: z.strictObject({
      id,
      attended: z.boolean({ error: 'schema.committee.attended' }),
      note: text(2000).optional(),
    }),
    mutates: true,
    roles: SECRETARIAT,
  }),
};
