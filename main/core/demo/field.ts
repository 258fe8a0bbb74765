// Field records of this year's visits (issue 9), written through the API like the rest of this
// year: for the two latest conducted assessment visits, a planner puts a demo field user on the
// team, and that user logs a meeting on each of the first days, records what the team observed
// there, drafts a finding and records the parts of the visit. (This year's demo visits are first
// visits, so there is no earlier recommendation whose progress the team could propose.)
import { addDays } from '../../../shared/domain/dates';
import { isOnTeam } from '../../../shared/domain/fieldRecords';
import type { Db } from '../db/workspace';
import type { VisitPlan } from './plans';
import type { Rng } from './random';
import type { DemoApi } from './timeline';
import type { DemoUsers } from './users';
import { AGENCIES } from './vocabulary';

/** Field visits shown with records: enough to see the Field page at work, few enough to stay quick. */
const VISITS_WITH_RECORDS = 2;
const MEETING_DAYS = 3;

const PARTICIPANTS = [
  ['Director-General', 'Legal adviser'],
  ['Head of the counter-terrorism unit', 'Two analysts'],
  ['Deputy Minister', 'Head of international cooperation', 'Policy officer'],
] as const;

/** Generic observations, phrased as general practice so that none reads as an allegation. */
const OBSERVATIONS = [
  'Interlocutors described coordination between agencies as informal and dependent on personal contacts.',
  'Staff have received training, but turnover is high and no refresher course is planned.',
  'Procedures exist on paper; the team could not confirm how often they are applied in practice.',
  'Interlocutors asked for support to build a case-management system.',
] as const;

const FINDINGS = [
  'The legal framework is largely in place; its application is uneven across agencies and regions.',
  'Cooperation with international partners is active, but domestic information-sharing lags behind it.',
] as const;

export function keepFieldRecords(
  db: Db,
  rng: Rng,
  conducted: VisitPlan[],
  users: DemoUsers,
  api: DemoApi,
  today: string,
): void {
  const fieldUser = users.field.at(-1);
  const planner = users.planner[0];
  if (!fieldUser || !planner) return;
  const { name } = db.prepare('SELECT name FROM users WHERE id = ?').get(fieldUser) as {
    name: string;
  };
  const visits = conducted
    .filter((v) => v.kind !== 'advocacy' && v.id && v.endDate! < today)
    .sort((a, b) => b.endDate!.localeCompare(a.endDate!))
    .slice(0, VISITS_WITH_RECORDS);
  visits.forEach((v, index) => {
    // The team writes up on the day after the visit (the records then travel back to HQ).
    const writtenOn = addDays(v.endDate!, 1);
    const visit = api.call(writtenOn, planner, 'visits.get', { id: v.id! });
    if (!isOnTeam(visit.team, name))
      api.call(writtenOn, planner, 'visits.update', { id: visit.id, team: [...visit.team, name] });
    const areas = rng.sample(['legislation', 'cft', 'law_enforcement', 'border_control'], 2);
    for (let day = 0; day < MEETING_DAYS; day++) {
      const heldOn = addDays(v.startDate!, day);
      if (heldOn > v.endDate!) break;
      const meeting = api.call(writtenOn, fieldUser, 'meetings.create', {
        visitId: v.id!,
        heldOn,
        institution: rng.pick(visit.agenciesMet.length ? visit.agenciesMet : AGENCIES),
        participants: [...rng.pick(PARTICIPANTS)],
        topics: [areas[day % areas.length]!],
      });
      api.call(writtenOn, fieldUser, 'observations.create', {
        visitId: v.id!,
        thematicArea: meeting.topics[0]!,
        text: rng.pick(OBSERVATIONS),
        meetingId: meeting.id,
      });
    }
    api.call(writtenOn, fieldUser, 'findings.save', {
      visitId: v.id!,
      thematicArea: areas[0]!,
      text: rng.pick(FINDINGS),
      status: index === 0 ? 'draft' : 'ready',
    });
    api.call(writtenOn, fieldUser, 'practicalDetails.update', {
      visitId: v.id!,
      parts:
        visit.mode === 'hybrid' && visit.virtualEnd && visit.physicalStart
          ? [
              { label: 'Virtual meetings', startDate: v.startDate!, endDate: visit.virtualEnd },
              {
                label: 'Meetings in the capital',
                startDate: visit.physicalStart,
                endDate: v.endDate!,
              },
            ]
          : [{ label: 'Meetings in the capital', startDate: v.startDate!, endDate: v.endDate! }],
    });
  });
}
