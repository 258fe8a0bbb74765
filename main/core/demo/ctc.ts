// CTC meetings since 2018, and the invitations of assessed States' senior officials to them.
import { addDays, formatDate, MONTH_NAMES, yearOf } from '../../../shared/domain/dates';
import type { DemoContext } from './context';
import { maxDate, onOrAfterWeekday } from './days';
import type { Rng } from './random';
import type { WrittenReport } from './reports';
import { OFFICIAL_TITLES } from './vocabulary';

const FIRST_MEETING_YEAR = 2018;
const MEETING_MONTHS = [2, 3, 4, 5, 6, 9, 10, 11, 12];
const TUESDAY_TO_THURSDAY = [2, 3, 4];

interface Meeting {
  id: string;
  heldOn: string;
}

/** Half of the reports adopted since 2018 lead to an invitation to the next meeting a month or more later. */
export function writeMeetings(ctx: DemoContext, rng: Rng, reports: WrittenReport[]): void {
  const meetings = writeMeetingCalendar(ctx, rng);
  for (const report of reports) {
    if (!report.adoptedOn || yearOf(report.adoptedOn) < FIRST_MEETING_YEAR || !rng.chance(0.5))
      continue;
    const meeting = meetings.find((m) => m.heldOn >= addDays(report.adoptedOn!, 30));
    if (!meeting) continue;
    const invitedOn = maxDate(
      addDays(meeting.heldOn, -rng.int(14, 40)),
      addDays(report.adoptedOn, 1),
    );
    if (invitedOn > ctx.today) continue;
    ctx.insert('invitations', {
      meeting_id: meeting.id,
      iso3: report.visit.iso3,
      report_id: report.id,
      official_title: rng.pick(OFFICIAL_TITLES),
      invited_on: invitedOn,
      attended: meeting.heldOn <= ctx.today ? rng.chance(0.7) : undefined,
    });
  }
}

/** Nine formal meetings a year, on a Tuesday to Thursday, to the end of this year. */
function writeMeetingCalendar(ctx: DemoContext, rng: Rng): Meeting[] {
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
      meetings.push({ id, heldOn });
    }
  }
  return meetings;
}
