// Reads shared by several handlers: each entity's rows mapped to its API shape, with an optional
// filter on one Member State, so that a list page and a State's dossier read the same way.
import type {
  ConsentRequest,
  ConsentStep,
  IndicatorValue,
  Signal,
  StateRequest,
  Visit,
  VisitStep,
} from '../../../shared/api/types';
import { consentTiming } from '../../../shared/domain/consent';
import type { CallContext, Reader } from '../context';
import { nameColumn } from '../language';
import type { Db } from '../db/workspace';

export type Raw = Record<string, string | number | null>;
export const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
export const json = <T>(v: unknown, fallback: T): T => {
  if (typeof v !== 'string' || v === '') return fallback;
  try {
    return JSON.parse(v) as T;
  } catch {
    return fallback;
  }
};

/** A list of names stored as a JSON array (older rows may hold "A, B"). */
export function list(v: unknown): string[] {
  if (typeof v !== 'string' || v.trim() === '') return [];
  if (v.startsWith('[')) return json<string[]>(v, []);
  return v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** `AND <column> = ?` when filtering on one State, with its parameter. */
export function stateFilter(column: string, iso3: string | undefined): [string, string[]] {
  return iso3 ? [`AND ${column} = ?`, [iso3]] : ['', []];
}

/** The live (not tombstoned) rows of a table, for one State or one id, or all of them. */
function liveRows<T>(
  db: Db,
  table: 'signals' | 'state_requests',
  orderBy: string,
  map: (row: Raw) => T,
  filter: { iso3?: string; id?: string },
): T[] {
  const where =
    filter.id !== undefined ? 'AND id = ?' : filter.iso3 !== undefined ? 'AND iso3 = ?' : '';
  const args =
    filter.id !== undefined ? [filter.id] : filter.iso3 !== undefined ? [filter.iso3] : [];
  const rows = db
    .prepare(`SELECT * FROM ${table} WHERE deleted = 0 ${where} ORDER BY ${orderBy}`)
    .all(...args);
  return (rows as Raw[]).map(map);
}

/**
 * Whether visit `v` (joined with its consent as `c`) is kept out of published documents (OP 19):
 * asked on the visit itself, by the State on its consent, or on another visit made from the same
 * consent (a visit recreated after a postponement stays confidential).
 */
export const VISIT_CONFIDENTIAL_SQL = `(v.confidential = 1 OR COALESCE(c.confidential, 0) = 1 OR EXISTS (
  SELECT 1 FROM visits w WHERE w.deleted = 0 AND w.confidential = 1 AND w.consent_request_id = v.consent_request_id))`;

export function readVisits(
  { db, language }: Reader,
  filter: { iso3?: string; year?: number; id?: string } = {},
): Visit[] {
  const [stateSql, stateArgs] = stateFilter('v.iso3', filter.iso3);
  const args: (string | number)[] = [...stateArgs];
  let where = `v.deleted = 0 ${stateSql}`;
  if (filter.year !== undefined) {
    where += ' AND substr(v.start_date, 1, 4) = ?';
    args.push(String(filter.year));
  }
  if (filter.id !== undefined) {
    where += ' AND v.id = ?';
    args.push(filter.id);
  }
  const rows = db
    .prepare(
      `SELECT v.*, s.${nameColumn(language)} AS state_name, COALESCE(c.confidential, 0) AS consent_confidential,
              ${VISIT_CONFIDENTIAL_SQL} AS effective_confidential,
              (SELECT r.id FROM assessment_reports r WHERE r.visit_id = v.id AND r.deleted = 0 ORDER BY r.id LIMIT 1) AS report_id
       FROM visits v JOIN member_states s ON s.iso3 = v.iso3
       LEFT JOIN consent_requests c ON c.id = v.consent_request_id AND c.deleted = 0
       WHERE ${where} ORDER BY COALESCE(v.start_date, '9999') DESC, v.id DESC`,
    )
    .all(...args) as Raw[];
  const steps = new Map<string, VisitStep[]>();
  for (const r of db
    .prepare(
      `SELECT t.* FROM visit_steps t JOIN visits v ON v.id = t.visit_id
       WHERE t.deleted = 0 AND ${where} ORDER BY t.on_date, t.rowid`,
    )
    .all(...args) as Raw[]) {
    const list = steps.get(String(r.visit_id)) ?? [];
    list.push({
      from: (r.from_status ?? null) as VisitStep['from'],
      to: r.to_status as VisitStep['to'],
      on: String(r.on_date),
      reason: str(r.reason),
    });
    steps.set(String(r.visit_id), list);
  }
  return rows.map((r) => ({
    id: String(r.id),
    iso3: String(r.iso3),
    stateName: String(r.state_name),
    kind: r.kind as Visit['kind'],
    mode: r.mode as Visit['mode'],
    status: r.status as Visit['status'],
    startDate: str(r.start_date),
    endDate: str(r.end_date),
    virtualStart: str(r.virtual_start),
    virtualEnd: str(r.virtual_end),
    physicalStart: str(r.physical_start),
    physicalEnd: str(r.physical_end),
    team: json(r.team, []),
    agenciesMet: json(r.agencies_met, []),
    notes: str(r.notes),
    consentRequestId: str(r.consent_request_id),
    confidential: Number(r.effective_confidential) === 1,
    confidentialByConsent: Number(r.consent_confidential) === 1,
    statusOn: str(r.status_on),
    statusReason: str(r.status_reason),
    steps: steps.get(String(r.id)) ?? [],
    reportId: str(r.report_id),
  }));
}

/** Which consent requests to read: one State's, one year's, or one request. */
export interface ConsentFilter {
  year?: number;
  id?: string;
}

export function readConsent(
  ctx: CallContext,
  asOf: string,
  iso3?: string,
  filter: ConsentFilter = {},
): ConsentRequest[] {
  const [stateSql, args] = stateFilter('c.iso3', iso3);
  let where = `c.deleted = 0 ${stateSql}`;
  const params: (string | number)[] = [...args];
  if (filter.year !== undefined) {
    where += ' AND c.list_year = ?';
    params.push(filter.year);
  }
  if (filter.id !== undefined) {
    where += ' AND c.id = ?';
    params.push(filter.id);
  }
  const rows = ctx.db
    .prepare(
      `SELECT c.*, s.${nameColumn(ctx.language)} AS state_name FROM consent_requests c JOIN member_states s ON s.iso3 = c.iso3
       WHERE ${where} ORDER BY COALESCE(c.sent_on, '9999') DESC, c.id DESC`,
    )
    .all(...params) as Raw[];
  const steps = new Map<string, ConsentStep[]>();
  for (const r of ctx.db
    .prepare(
      `SELECT t.* FROM consent_steps t JOIN consent_requests c ON c.id = t.consent_request_id
       WHERE t.deleted = 0 AND ${where} ORDER BY t.on_date, t.rowid`,
    )
    .all(...params) as Raw[]) {
    const list = steps.get(String(r.consent_request_id)) ?? [];
    list.push({
      kind: r.step as ConsentStep['kind'],
      on: String(r.on_date),
      noteVerbaleRef: str(r.note_verbale_ref),
      reply: (r.reply ?? null) as ConsentStep['reply'],
      proposedFrom: str(r.proposed_from),
      proposedTo: str(r.proposed_to),
      note: str(r.step === 'withdrawal' ? r.reason : r.conditions),
      confidential: Number(r.confidential) === 1,
    });
    steps.set(String(r.consent_request_id), list);
  }
  return rows.map((r) => {
    const reply = (r.reply ?? 'pending') as ConsentRequest['reply'];
    const sentOn = str(r.sent_on);
    const lastReminderOn = str(r.last_reminder_on);
    const timing = consentTiming({ state: reply, sentOn, lastReminderOn }, ctx.settings, asOf);
    const noteVerbaleRef = str(r.note_verbale_ref);
    const requested: ConsentStep[] = sentOn
      ? [
          {
            kind: 'requested',
            on: sentOn,
            noteVerbaleRef,
            reply: null,
            proposedFrom: null,
            proposedTo: null,
            note: null,
            confidential: false,
          },
        ]
      : [];
    return {
      id: String(r.id),
      iso3: String(r.iso3),
      stateName: String(r.state_name),
      listYear: r.list_year === null ? null : Number(r.list_year),
      listEntryId: str(r.list_entry_id),
      noteVerbaleRef,
      sentOn,
      reminders: Number(r.reminders ?? 0),
      lastReminderOn,
      reply,
      repliedOn: str(r.replied_on),
      proposedFrom: str(r.proposed_from),
      proposedTo: str(r.proposed_to),
      conditions: str(r.conditions),
      confidential: Number(r.confidential) === 1,
      withdrawnOn: str(r.withdrawn_on),
      withdrawalReason: str(r.withdrawal_reason),
      daysWaiting: timing.daysWaiting,
      overdueReply: timing.overdue,
      nextReminderDue: timing.nextReminderDue,
      reminderDue: timing.reminderDue,
      steps: [...requested, ...(steps.get(String(r.id)) ?? [])],
    };
  });
}

function mapSignal(r: Raw): Signal {
  return {
    id: String(r.id),
    iso3: String(r.iso3),
    kind: r.kind as Signal['kind'],
    occurredOn: String(r.occurred_on),
    severity: Number(r.severity),
    halfLifeDays: Number(r.half_life_days),
    source: str(r.source),
    text: str(r.text),
  };
}

export const readSignals = (db: Db, iso3?: string): Signal[] =>
  liveRows(db, 'signals', 'occurred_on DESC, id DESC', mapSignal, { iso3 });
export const readSignal = (db: Db, id: string): Signal | null =>
  liveRows(db, 'signals', 'id', mapSignal, { id })[0] ?? null;

export function readIndicators(db: Db, iso3: string): IndicatorValue[] {
  const rows = db
    .prepare(
      `SELECT i.*, COALESCE(d.label, i.indicator_key) AS label FROM risk_indicators i
       LEFT JOIN indicator_definitions d ON d.key = i.indicator_key AND d.deleted = 0
       WHERE i.deleted = 0 AND i.iso3 = ? ORDER BY i.indicator_key, i.as_of DESC`,
    )
    .all(iso3) as Raw[];
  return rows.map((r) => ({
    id: String(r.id),
    iso3: String(r.iso3),
    key: String(r.indicator_key),
    label: String(r.label),
    asOf: String(r.as_of),
    value: Number(r.value),
    source: str(r.source),
  }));
}

function mapStateRequest(r: Raw): StateRequest {
  return {
    id: String(r.id),
    iso3: String(r.iso3),
    kind: (r.kind ?? 'request') as StateRequest['kind'],
    receivedOn: str(r.received_on),
    status: (r.status ?? 'open') as StateRequest['status'],
    description: str(r.description),
    source: str(r.source),
  };
}

export const readStateRequests = (db: Db, iso3?: string): StateRequest[] =>
  liveRows(db, 'state_requests', 'received_on DESC, id DESC', mapStateRequest, { iso3 });
export const readStateRequest = (db: Db, id: string): StateRequest | null =>
  liveRows(db, 'state_requests', 'id', mapStateRequest, { id })[0] ?? null;
