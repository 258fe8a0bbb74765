// Deadlines from the one engine, what needs the caller's action (by role), and the statistics of
// timeliness.
import type { ActionItem, Deadline } from '../../../shared/api/types';
import { addDays } from '../../../shared/domain/dates';
import { isAlerting, isOpenDeadline } from '../../../shared/domain/deadlines';
import type { Role } from '../../../shared/domain/roles';
import { say } from '../../../shared/messages';
import type { CallContext } from '../context';
import { nameColumn } from '../language';
import { readDeadlines } from '../deadlines';
import { timeliness } from '../stats';
import type { Raw } from './queries';
import type { AreaHandlers } from './types';

const hrefOf = (d: Deadline, followupIds: Map<string, string>): string => {
  if (d.subject === 'consent') return '#/consent';
  if (d.kind === 'op16_report') {
    const followupId = followupIds.get(d.subjectId);
    return followupId ? `#/followup/${followupId}` : '#/followup';
  }
  return `#/reports/${d.subjectId}`;
};

/** A deadline missed by more than this leaves the dashboard (the dossier, lists and exports keep it). */
const STALE_AFTER_DAYS = 365;

/**
 * Consent deadlines call for action once due (a reminder to send, a reply to chase); others from
 * their alert window; none once missed by more than a year.
 */
const needsAction = (d: Deadline, asOf: string) =>
  d.dueOn >= addDays(asOf, -STALE_AFTER_DAYS) &&
  (d.subject === 'consent' ? isOpenDeadline(d.state) && d.dueOn <= asOf : isAlerting(d.state));

/**
 * What no longer calls for action, though its deadline was never met: the report of a visit
 * followed by a later assessment visit of the State (a new cycle has begun), and a consent request
 * followed by a later one.
 */
function closedCycles(ctx: CallContext, asOf: string): Set<string> {
  const rows = ctx.db
    .prepare(
      `SELECT r.id FROM assessment_reports r JOIN visits v ON v.id = r.visit_id
       WHERE r.deleted = 0 AND EXISTS (
         SELECT 1 FROM visits w WHERE w.deleted = 0 AND w.iso3 = v.iso3 AND w.status = 'conducted'
           AND w.kind <> 'advocacy' AND w.start_date > v.start_date AND w.start_date <= @asOf)
       UNION ALL
       SELECT c.id FROM consent_requests c
       WHERE c.deleted = 0 AND EXISTS (
         SELECT 1 FROM consent_requests d WHERE d.deleted = 0 AND d.iso3 = c.iso3
           AND d.sent_on > c.sent_on AND d.sent_on <= @asOf)`,
    )
    .all({ asOf }) as { id: string }[];
  return new Set(rows.map((r) => r.id));
}

/** What a planner records: deadlines coming due, and conducted assessment visits without a report. */
function plannerActions(ctx: CallContext, asOf: string, deadlines: Deadline[]): ActionItem[] {
  const followupIds = new Map(
    (
      ctx.db.prepare('SELECT id, report_id FROM followups WHERE deleted = 0').all() as {
        id: string;
        report_id: string;
      }[]
    ).map((f) => [f.report_id, f.id]),
  );
  const items: ActionItem[] = deadlines
    .filter((d) => d.actor === 'planner' && needsAction(d, asOf))
    .map((d) => ({
      key: `${d.kind}:${d.subjectId}`,
      title: d.label,
      iso3: d.iso3,
      stateName: d.stateName,
      dueOn: d.dueOn,
      state: d.state,
      href: hrefOf(d, followupIds),
    }));
  const undrafted = ctx.db
    .prepare(
      `SELECT v.id, v.iso3, s.${nameColumn(ctx.language)} AS state_name, v.end_date FROM visits v JOIN member_states s ON s.iso3 = v.iso3
       WHERE v.deleted = 0 AND v.status = 'conducted' AND v.kind <> 'advocacy' AND v.end_date <= ?
         AND NOT EXISTS (SELECT 1 FROM assessment_reports r WHERE r.visit_id = v.id AND r.deleted = 0)
       ORDER BY v.end_date`,
    )
    .all(asOf) as Raw[];
  for (const v of undrafted)
    items.push({
      key: `draft:${v.id}`,
      title: say(ctx.language, 'deadline.action.draftReport', { date: String(v.end_date) }),
      iso3: String(v.iso3),
      stateName: String(v.state_name),
      dueOn: null,
      state: null,
      href: `#/visits/${v.id}`,
    });
  return items;
}

/** What awaits the Committee: reports submitted for adoption, proposed lists and amendments. */
function committeeActions(ctx: CallContext, asOf: string, deadlines: Deadline[]): ActionItem[] {
  const items: ActionItem[] = deadlines
    .filter((d) => d.actor === 'ctc_member' && isOpenDeadline(d.state))
    // The Committee's pending decisions stay, however late: nobody else can close them.
    .map((d) => ({
      key: `${d.kind}:${d.subjectId}`,
      title: say(ctx.language, 'deadline.action.adoptReport'),
      iso3: d.iso3,
      stateName: d.stateName,
      dueOn: d.dueOn,
      state: d.state,
      href: `#/reports/${d.subjectId}`,
    }));
  for (const l of ctx.db
    .prepare(
      "SELECT id, year FROM annual_lists WHERE deleted = 0 AND status = 'proposed' ORDER BY year",
    )
    .all() as Raw[])
    items.push({
      key: `list:${l.id}`,
      title: say(ctx.language, 'deadline.action.decideList', { year: Number(l.year) }),
      iso3: null,
      stateName: null,
      dueOn: null,
      state: null,
      href: '#/review',
    });
  for (const a of ctx.db
    .prepare(
      `SELECT a.id, a.iso3, s.${nameColumn(ctx.language)} AS state_name, l.year FROM list_amendments a
       JOIN annual_lists l ON l.id = a.list_id JOIN member_states s ON s.iso3 = a.iso3
       WHERE a.deleted = 0 AND a.status = 'proposed' AND (a.proposed_on IS NULL OR a.proposed_on <= ?)
       ORDER BY a.proposed_on, a.id`,
    )
    .all(asOf) as Raw[])
    items.push({
      key: `amendment:${a.id}`,
      title: say(ctx.language, 'deadline.action.decideAmendment', { year: Number(a.year) }),
      iso3: String(a.iso3),
      stateName: String(a.state_name),
      dueOn: null,
      state: null,
      href: '#/review',
    });
  return items;
}

const ACTIONS_BY_ROLE: Record<
  Role,
  ((ctx: CallContext, asOf: string, d: Deadline[]) => ActionItem[])[]
> = {
  planner: [plannerActions],
  ctc_member: [committeeActions],
  admin: [plannerActions, committeeActions],
  field: [],
};

export const deadlinesHandlers: AreaHandlers<'deadlines'> = {
  'deadlines.list': ({ asOf, iso3, open }, ctx) => {
    const all = readDeadlines(ctx, asOf ?? ctx.today, { iso3 });
    return open ? all.filter((d) => isOpenDeadline(d.state)) : all;
  },

  'deadlines.actions': ({ asOf }, ctx) => {
    const day = asOf ?? ctx.today;
    const closed = closedCycles(ctx, day);
    const deadlines = readDeadlines(ctx, day).filter((d) => !closed.has(d.subjectId));
    return ACTIONS_BY_ROLE[ctx.user.role].flatMap((actions) => actions(ctx, day, deadlines));
  },
};

export const statsHandlers: AreaHandlers<'stats'> = {
  'stats.timeliness': ({ from, to }, ctx) => timeliness(ctx, from, to),
};
