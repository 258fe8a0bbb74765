// Writes the past years' consent requests and visits, in date order, linking each visit to its
// request. CTED's history before the app kept no annual lists, so these requests belong to none.
import type { ConsentPlan, VisitPlan } from './plans';
import type { DemoContext } from './context';
import { numberNotesVerbales } from './consent';

export function writeVisitsAndConsent(
  ctx: DemoContext,
  visits: VisitPlan[],
  requestsWithoutVisit: ConsentPlan[],
): void {
  const requests = [
    ...visits.flatMap((v) => (v.consent ? [v.consent] : [])),
    ...requestsWithoutVisit,
  ];
  numberNotesVerbales(requests);
  for (const r of [...requests].sort((a, b) => a.sentOn.localeCompare(b.sentOn))) {
    r.id = ctx.insert('consent_requests', {
      iso3: r.iso3,
      note_verbale_ref: r.noteVerbaleRef,
      sent_on: r.sentOn,
      reminders: r.reminders,
      last_reminder_on: r.lastReminderOn,
      reply: r.reply,
      replied_on: r.repliedOn,
      proposed_from: r.proposedFrom,
      proposed_to: r.proposedTo,
      conditions: r.conditions,
    });
  }
  const when = (v: VisitPlan) => v.startDate ?? `${v.listYear}-12-31`;
  for (const v of [...visits].sort((a, b) => when(a).localeCompare(when(b)))) {
    v.id = ctx.insert('visits', {
      iso3: v.iso3,
      consent_request_id: v.consent?.id,
      kind: v.kind,
      mode: v.mode,
      status: v.status,
      start_date: v.startDate,
      end_date: v.endDate,
      virtual_start: v.virtualStart,
      virtual_end: v.virtualEnd,
      physical_start: v.physicalStart,
      physical_end: v.physicalEnd,
      team: v.team,
      agencies_met: v.agenciesMet,
      notes: v.notes,
    });
  }
}
