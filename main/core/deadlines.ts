// The one deadline engine (DESIGN §4): every deadline of every State's cycle as of a date, read in
// two queries and judged by the rules of shared/domain/deadlines.ts. The dashboard, the dossier,
// the report page, the exports and the statistics all read it.
import type { Deadline } from '../../shared/api/types';
import { awaitsReply, type ConsentState } from '../../shared/domain/consent';
import { addDays, daysBetween } from '../../shared/domain/dates';
import { sayText, text, type Text } from '../../shared/messages';
import {
  consentDeadlines,
  DEADLINE_ACTOR,
  deadlineState,
  reportDeadlines,
  type DeadlineKind,
  type DeadlineRule,
} from '../../shared/domain/deadlines';
import type { CallContext } from './context';
import { nameColumn } from './language';
import { stateFilter, str, type Raw } from './handlers/queries';

/** What a deadline is about, in words (said in the reader's language by readDeadlines). */
function labelOf(kind: DeadlineKind, reference: string | null): Text {
  if (kind === 'consent_reply' || kind === 'consent_reminder')
    return reference ? text(`deadline.${kind}Ref`, { ref: reference }) : text(`deadline.${kind}`);
  return text(`deadline.${kind}`);
}

const byName = new Intl.Collator('en').compare;
const byDate = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Open deadlines first (soonest due first), then those met (latest first). */
function byUrgency(a: Deadline, b: Deadline): number {
  const openA = a.doneOn === null;
  const openB = b.doneOn === null;
  if (openA !== openB) return openA ? -1 : 1;
  return (
    (openA ? byDate(a.dueOn, b.dueOn) : byDate(b.dueOn, a.dueOn)) ||
    byName(a.stateName, b.stateName)
  );
}

/** No rule puts a due date more than this after its trigger (settings stop at 365 days; 12 months ≤ 366). */
const LONGEST_DEADLINE_DAYS = 366;

/**
 * Every deadline as of `asOf`, for one State or all; with `dueSince`, only those that can fall due
 * on or after that day (rows whose latest trigger is too old are not read at all).
 */
export function readDeadlines(
  ctx: CallContext,
  asOf: string,
  filter: { iso3?: string; dueSince?: string } = {},
): Deadline[] {
  const since = filter.dueSince ? addDays(filter.dueSince, -LONGEST_DEADLINE_DAYS) : '0000-01-01';
  const deadlines: Deadline[] = [];
  const add = (
    rule: DeadlineRule,
    row: Raw,
    subject: Deadline['subject'],
    reference: string | null,
  ) => {
    const state = deadlineState(rule.dueOn, rule.doneOn, asOf, ctx.settings);
    deadlines.push({
      kind: rule.kind,
      iso3: String(row.iso3),
      stateName: String(row.state_name),
      subject,
      subjectId: String(row.id),
      label: sayText(ctx.language, labelOf(rule.kind, reference)),
      triggerOn: rule.triggerOn,
      dueOn: rule.dueOn,
      doneOn: rule.doneOn,
      state,
      daysLeft: rule.doneOn ? null : daysBetween(asOf, rule.dueOn),
      actor: DEADLINE_ACTOR[rule.kind],
    });
  };

  const [consentState, consentArgs] = stateFilter('c.iso3', filter.iso3);
  for (const row of ctx.db
    .prepare(
      `SELECT c.id, c.iso3, s.${nameColumn(ctx.language)} AS state_name, c.note_verbale_ref, c.sent_on, c.last_reminder_on,
              c.reply, c.replied_on, c.withdrawn_on
       FROM consent_requests c JOIN member_states s ON s.iso3 = c.iso3
       WHERE c.deleted = 0 AND c.sent_on IS NOT NULL AND c.sent_on <= ?
         AND COALESCE(c.last_reminder_on, c.sent_on) >= ? ${consentState}`,
    )
    .all(asOf, since, ...consentArgs) as Raw[]) {
    const reply = (row.reply ?? 'pending') as ConsentState;
    const answeredOn =
      str(row.replied_on) ?? (reply === 'withdrawn' ? str(row.withdrawn_on) : null);
    const known = answeredOn !== null && answeredOn <= asOf;
    for (const rule of consentDeadlines(
      {
        sentOn: str(row.sent_on),
        lastReminderOn: str(row.last_reminder_on),
        answeredOn,
        awaitingReply: awaitsReply(reply) || !known,
      },
      ctx.settings,
      asOf,
    ))
      add(rule, row, 'consent', str(row.note_verbale_ref));
  }

  const [reportState, reportArgs] = stateFilter('v.iso3', filter.iso3);
  for (const row of ctx.db
    .prepare(
      `SELECT r.id, v.iso3, s.${nameColumn(ctx.language)} AS state_name, v.kind AS visit_kind, r.sent_to_state_on, r.observations_received_on,
              r.submitted_to_ctc_on, r.adopted_on, r.transmitted_on, r.implementation_reply_on,
              f.due_on AS followup_due_on, f.submitted_on AS followup_submitted_on
       FROM assessment_reports r
       JOIN visits v ON v.id = r.visit_id AND v.deleted = 0
       JOIN member_states s ON s.iso3 = v.iso3
       LEFT JOIN (SELECT report_id, MIN(due_on) AS due_on, MIN(submitted_on) AS submitted_on
                  FROM followups WHERE deleted = 0 GROUP BY report_id) f ON f.report_id = r.id
       WHERE r.deleted = 0 AND r.sent_to_state_on IS NOT NULL AND r.sent_to_state_on <= ?
         AND COALESCE(r.transmitted_on, r.adopted_on, r.submitted_to_ctc_on, r.sent_to_state_on) >= ? ${reportState}`,
    )
    .all(asOf, since, ...reportArgs) as Raw[]) {
    for (const rule of reportDeadlines(
      {
        sentToStateOn: str(row.sent_to_state_on),
        observationsReceivedOn: str(row.observations_received_on),
        submittedToCtcOn: str(row.submitted_to_ctc_on),
        adoptedOn: str(row.adopted_on),
        transmittedOn: str(row.transmitted_on),
        implementationReplyOn: str(row.implementation_reply_on),
        initialAssessment: row.visit_kind !== 'follow_up' && row.visit_kind !== 'advocacy',
        followupDueOn: str(row.followup_due_on),
        followupSubmittedOn: str(row.followup_submitted_on),
      },
      ctx.settings,
      asOf,
    ))
      add(rule, row, 'report', null);
  }
  return deadlines.sort(byUrgency);
}
