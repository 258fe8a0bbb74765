// CTC meetings since 2018, and the invitations of assessed States' senior officials to them: this
// year's invitations are sent, and their attendance recorded after the meeting, through the API.
import { addDays, formatDate, MONTH_NAMES, yearOf } from '../../../shared/domain/dates';
import type { DemoContext } from './context';
import { maxDate, onOrAfterWeekday } from './days';
import type { Rng } from './random';
import type { WrittenReport } from './reports';
import type { Timeline } from './timeline';
import type { DemoUsers } from './users';
import { ATTENDANCE_NOTES, OFFICIAL_TITLES } from './vocabulary';

const FIRST_MEETING_YEAR = 2018;
const MEETING_MONTHS = [2, 3, 4, 5, 6, 9, 10, 11, 12];
const TUESDAY_TO_THURSDAY = [2, 3, 4];

export interface Meeting {
  id: string;
  heldOn: string;
  /** The States already invited to it. */
  invited: Set<string>;
}

/** Nine formal meetings a year, on a Tuesday to Thursday, to the end of this year. */
export function writeMeetings(ctx: DemoContext, rng: Rng): Meeting[] {
  const meetings: Meeting[] = [];
  for (let year = FIRST_MEETING_YEAR; year <= yearOf(ctx.today); year++) {
    for (const month of MEETING_MONTHS) {
      const heldOn = onOrAfterWeekday(formatDate(year, month, rng.int(5, 20)), TUESDAY_TO_THURSDAY);
      const id = ctx.insert('ctc_meetings', {
        held_on: heldOn,
        title: `Counter-Terrorism Committee, formal meeting (${MONTH_NAMES[month - 1]} ${year})`,
        notes: rng.chance(0.3)
          ? 'Briefing by CTED on recent assessment visits and follow-up.'
          : undefined,
      });
      meetings.push({ id, heldOn, invited: new Set() });
    }
  }
  return meetings;
}

/** Half of the reports adopted since 2018 lead to an invitation to the next meeting a month or more later. */
export function inviteOfficials(
  ctx: DemoContext,
  rng: Rng,
  reports: WrittenReport[],
  meetings: Meeting[],
  users: DemoUsers,
  timeline: Timeline,
): void {
  const { api } = timeline;
  const history = (d: string) => !timeline.lived(d);
  for (const report of reports) {
    if (!report.adoptedOn || yearOf(report.adoptedOn) < FIRST_MEETING_YEAR || !rng.chance(0.5))
      continue;
    const iso3 = report.visit.iso3;
    const meeting = meetings.find(
      (m) => m.heldOn >= addDays(report.adoptedOn!, 30) && !m.invited.has(iso3),
    );
    if (!meeting) continue;
    const invitedOn = maxDate(
      addDays(meeting.heldOn, -rng.int(14, 40)),
      addDays(report.adoptedOn, 1),
    );
    if (invitedOn > ctx.today) continue;
    meeting.invited.add(iso3);
    const officialTitle = rng.pick(OFFICIAL_TITLES);
    const attended = rng.chance(0.7);
    const note = rng.pick(ATTENDANCE_NOTES[attended ? 'attended' : 'absent']);
    const recordedOn = addDays(meeting.heldOn, rng.int(0, 3));
    const user = rng.pick(users.planner);
    const invitation = { id: '' };
    if (history(invitedOn)) {
      const recorded = history(recordedOn);
      invitation.id = ctx.insert('invitations', {
        meeting_id: meeting.id,
        iso3,
        report_id: report.id,
        official_title: officialTitle,
        invited_on: invitedOn,
        attended: recorded ? attended : undefined,
        note: recorded ? note : undefined,
      });
      if (recorded) continue;
    } else {
      timeline.at(invitedOn, () => {
        invitation.id = api.call(invitedOn, user, 'invitations.create', {
          meetingId: meeting.id,
          iso3,
          reportId: report.id,
          officialTitle,
          invitedOn,
        }).id;
      });
    }
    timeline.at(recordedOn, () =>
      api.call(recordedOn, user, 'invitations.recordAttendance', {
        id: invitation.id,
        attended,
        note,
      }),
    );
  }
}
