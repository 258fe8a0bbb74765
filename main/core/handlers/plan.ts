// The annual risk-based list (OP 12): build, draft, propose, adopt, amend, compare versions.
// Version 0 is the working draft; adoption freezes it as version 1; every approved amendment
// freezes a new version. A frozen version never changes.
import type { ParsedInput } from '../../../shared/api/contract';
import type {
  Amendment,
  AnnualList,
  AwaitingDecision,
  EntryOrigin,
  EntrySelection,
  ListComment,
  ListEntry,
  ListChange,
  ListChanges,
  ListStatus,
  PlanResult,
  StateStanding,
} from '../../../shared/api/types';
import {
  sayPlanStored,
  sayPlanText,
  scorePlanTexts,
  type BreakdownItem,
  type PlanConstraints,
  type ScoredEntryTexts,
} from '../../../shared/domain/scoring';
import { storeText, text, type Text } from '../../../shared/messages';
import type { CallContext } from '../context';
import { ApiError } from '../errors';
import { nameColumn } from '../language';
import { readPlanInputs } from '../plan/inputs';
import { recordEvent } from './events';
import { readMethodology } from './methodologies';
import type { AreaHandlers } from './types';

const DEFAULT_RESERVE = 5;

interface ListRow {
  id: string;
  year: number;
  status: ListStatus;
  capacity: number;
  reserve_size: number;
  methodology_id: string;
  constraints: string | null;
  proposed_on: string | null;
  decision_ref: string | null;
  decided_on: string | null;
}

interface EntryRow {
  id: string;
  iso3: string;
  name: string;
  region: string;
  rank: number;
  score: number;
  breakdown: string;
  proposed_kind: string;
  kind_reason: string;
  selection: EntrySelection;
  origin: EntryOrigin;
  selection_note: string | null;
}

/** The list as built, its reasons and notes still Texts (to be stored, or said: see build). */
function buildTexts(
  ctx: CallContext,
  input: ParsedInput<'plan.build'>,
): Omit<PlanResult, 'entries'> & { entries: ScoredEntryTexts[] } {
  const methodology = readMethodology(ctx.db, input.methodologyId);
  const inputs = readPlanInputs(ctx, input.year);
  const reserveSize = input.reserveSize ?? DEFAULT_RESERVE;
  const entries = scorePlanTexts({
    asOf: inputs.asOf,
    states: inputs.states,
    indicatorDefinitions: inputs.indicatorDefinitions,
    weights: input.weights ?? methodology.weights,
    params: input.params ?? methodology.params,
    capacity: input.capacity,
    reserveSize,
    constraints: input.constraints,
  });
  return {
    year: input.year,
    asOf: inputs.asOf,
    methodology: { id: methodology.id, name: methodology.name, version: methodology.version },
    capacity: input.capacity,
    reserveSize,
    entries,
  };
}

/** The list as built, its reasons and notes said in the caller's language. */
function build(ctx: CallContext, input: ParsedInput<'plan.build'>): PlanResult {
  const built = buildTexts(ctx, input);
  return {
    ...built,
    entries: built.entries.map((e) => ({
      ...e,
      kindReason: sayPlanText(ctx.language, e.kindReason),
      selectionNote: e.selectionNote && sayPlanText(ctx.language, e.selectionNote),
    })),
  };
}

function findList(ctx: CallContext, year: number): ListRow | undefined {
  return ctx.db
    .prepare('SELECT * FROM annual_lists WHERE deleted = 0 AND year = ? ORDER BY id LIMIT 1')
    .get(year) as ListRow | undefined;
}

function requireList(ctx: CallContext, year: number): ListRow {
  const list = findList(ctx, year);
  if (!list) throw new ApiError('NOT_FOUND', text('plan.noList', { year }));
  return list;
}

function versionId(ctx: CallContext, listId: string, version: number): string | undefined {
  return (
    ctx.db
      .prepare('SELECT id FROM list_versions WHERE deleted = 0 AND list_id = ? AND version = ?')
      .get(listId, version) as { id: string } | undefined
  )?.id;
}

function currentVersion(ctx: CallContext, listId: string): number {
  return (
    (
      ctx.db
        .prepare('SELECT MAX(version) AS v FROM list_versions WHERE deleted = 0 AND list_id = ?')
        .get(listId) as { v: number | null }
    ).v ?? 0
  );
}

/**
 * The entries of a list version as stored: their reason and note as the database keeps them (a
 * Text as JSON, or English prose saved before), to be copied into a new version as they are.
 */
function readStoredEntries(ctx: CallContext, versionRowId: string): ListEntry[] {
  const rows = ctx.db
    .prepare(
      `SELECT e.*, s.${nameColumn(ctx.language)} AS name, s.region FROM list_entries e JOIN member_states s ON s.iso3 = e.iso3
       WHERE e.deleted = 0 AND e.version_id = ? ORDER BY e.rank, e.iso3`,
    )
    .all(versionRowId) as EntryRow[];
  return rows.map((r) => ({
    iso3: r.iso3,
    name: r.name,
    region: r.region,
    rank: r.rank,
    score: r.score,
    selection: r.selection,
    origin: r.origin,
    selectionNote: r.selection_note,
    proposedKind: r.proposed_kind,
    kindReason: r.kind_reason,
    breakdown: JSON.parse(r.breakdown) as BreakdownItem[],
  }));
}

/** The entries of a list version, their reason and note said in the caller's language. */
function readEntries(ctx: CallContext, versionRowId: string): ListEntry[] {
  return readStoredEntries(ctx, versionRowId).map((e) => ({
    ...e,
    kindReason: sayPlanStored(ctx.language, e.kindReason),
    selectionNote: sayPlanStored(ctx.language, e.selectionNote),
  }));
}

function storedEntriesOf(ctx: CallContext, list: ListRow, version: number): ListEntry[] {
  const id = versionId(ctx, list.id, version);
  if (!id) throw new ApiError('NOT_FOUND', text('plan.noVersion', { year: list.year, version }));
  return readStoredEntries(ctx, id);
}

function entriesOf(ctx: CallContext, list: ListRow, version: number): ListEntry[] {
  const id = versionId(ctx, list.id, version);
  if (!id) throw new ApiError('NOT_FOUND', text('plan.noVersion', { year: list.year, version }));
  return readEntries(ctx, id);
}

function readAmendments(ctx: CallContext, list: ListRow): Amendment[] {
  const rows = ctx.db
    .prepare(
      `SELECT a.*, s.${nameColumn(ctx.language)} AS state_name, r.${nameColumn(ctx.language)} AS replacement_name, p.name AS proposer, d.name AS decider,
              c.reply AS consent_reply, COALESCE(c.withdrawn_on, c.replied_on) AS consent_on, c.note_verbale_ref AS consent_ref
       FROM list_amendments a JOIN member_states s ON s.iso3 = a.iso3 LEFT JOIN member_states r ON r.iso3 = a.replacement_iso3
       LEFT JOIN users p ON p.id = a.proposed_by LEFT JOIN users d ON d.id = a.decided_by
       LEFT JOIN consent_requests c ON c.id = a.consent_request_id
       WHERE a.deleted = 0 AND a.list_id = ? ORDER BY a.proposed_on, a.id`,
    )
    .all(list.id) as Record<string, string | number | null>[];
  const scores = new Map<number, Map<string, number>>();
  const scoreIn = (version: number, iso3: string | null) => {
    if (!iso3) return null;
    if (!scores.has(version))
      scores.set(
        version,
        new Map(storedEntriesOf(ctx, list, version).map((e) => [e.iso3, e.score])),
      );
    return scores.get(version)!.get(iso3) ?? null;
  };
  return rows.map((a) => ({
    id: String(a.id),
    year: list.year,
    baseVersion: Number(a.base_version),
    action: a.action as Amendment['action'],
    iso3: String(a.iso3),
    stateName: String(a.state_name),
    replacementIso3: (a.replacement_iso3 as string | null) ?? null,
    replacementName: (a.replacement_name as string | null) ?? null,
    kind: (a.kind as string | null) ?? null,
    rationale: String(a.rationale),
    proposedBy: (a.proposer as string | null) ?? null,
    proposedOn: String(a.proposed_on),
    status: a.status as Amendment['status'],
    decisionRef: (a.decision_ref as string | null) ?? null,
    decidedOn: (a.decided_on as string | null) ?? null,
    decidedBy: (a.decider as string | null) ?? null,
    comment: (a.comment as string | null) ?? null,
    resultVersion: a.result_version === null ? null : Number(a.result_version),
    scoreBefore: scoreIn(Number(a.base_version), String(a.iso3)),
    replacementScore: scoreIn(
      Number(a.base_version),
      (a.replacement_iso3 as string | null) ?? null,
    ),
    consentRequestId: (a.consent_request_id as string | null) ?? null,
    consentRefusal:
      a.consent_reply === 'declined' || a.consent_reply === 'withdrawn'
        ? {
            iso3: String(a.iso3),
            stateName: String(a.state_name),
            reply: a.consent_reply,
            on: (a.consent_on as string | null) ?? null,
            noteVerbaleRef: (a.consent_ref as string | null) ?? null,
          }
        : null,
  }));
}

/**
 * An amendment made because of a consent reply must come from that State's decline or withdrawal
 * for the list's year, and take the State off the list (substitute or remove).
 */
function requireRefusal(
  ctx: CallContext,
  input: { year: number; iso3: string; consentRequestId?: string | undefined },
  action: string,
): void {
  const c = ctx.db
    .prepare('SELECT iso3, list_year, reply FROM consent_requests WHERE deleted = 0 AND id = ?')
    .get(input.consentRequestId) as
    | { iso3: string; list_year: number | null; reply: string }
    | undefined;
  const refuse = (message: Text) => {
    throw new ApiError('VALIDATION', message, [{ field: 'consentRequestId', message }]);
  };
  if (!c) refuse(text('plan.consent.missing'));
  else if (c.iso3 !== input.iso3 || c.list_year !== input.year)
    refuse(text('plan.consent.otherList', { iso3: input.iso3, year: input.year }));
  else if (c.reply !== 'declined' && c.reply !== 'withdrawn')
    refuse(text('plan.consent.notRefused'));
  else if (action !== 'substitute' && action !== 'remove') refuse(text('plan.consent.wrongAction'));
}

function readComments(ctx: CallContext, listId: string): ListComment[] {
  return ctx.db
    .prepare(
      `SELECT c.id, c.amendment_id AS amendmentId, u.name AS author, c.written_at AS writtenAt, c.text
       FROM list_comments c LEFT JOIN users u ON u.id = c.author_id WHERE c.deleted = 0 AND c.list_id = ? ORDER BY c.written_at, c.id`,
    )
    .all(listId) as ListComment[];
}

function readList(ctx: CallContext, list: ListRow): AnnualList {
  const methodology = readMethodology(ctx.db, list.methodology_id);
  const version = currentVersion(ctx, list.id);
  return {
    id: list.id,
    year: list.year,
    status: list.status,
    capacity: list.capacity,
    reserveSize: list.reserve_size,
    constraints: list.constraints ? (JSON.parse(list.constraints) as PlanConstraints) : {},
    methodology: { id: methodology.id, name: methodology.name, version: methodology.version },
    proposedOn: list.proposed_on,
    decisionRef: list.decision_ref,
    decidedOn: list.decided_on,
    currentVersion: version,
    entries: entriesOf(ctx, list, version),
    amendments: readAmendments(ctx, list),
    comments: readComments(ctx, list.id),
  };
}

function insertEntries(ctx: CallContext, versionRowId: string, entries: ListEntry[]): void {
  for (const e of entries) {
    ctx.write.insert('list_entries', {
      version_id: versionRowId,
      iso3: e.iso3,
      rank: e.rank,
      score: e.score,
      breakdown: e.breakdown,
      proposed_kind: e.proposedKind,
      kind_reason: e.kindReason,
      selection: e.selection,
      origin: e.origin,
      selection_note: e.selectionNote,
    });
  }
}

function wrongStatus(list: ListRow, action: 'saveDraft' | 'propose' | 'adopt' | 'amend'): ApiError {
  return new ApiError(
    'INVALID_TRANSITION',
    text(`plan.wrongStatus.${action}`, {
      year: list.year,
      status: text(`plan.status.${list.status}`),
    }),
    { status: list.status },
  );
}

/** A date in words, as in a letter, said in the reader's language: 2026-11-05 → 5 November 2026. */
const inWords = (date: string): Text =>
  text(MONTH_KEYS[Number(date.slice(5, 7)) - 1]!, {
    count: Number(date.slice(8, 10)),
    year: Number(date.slice(0, 4)),
  });
const MONTH_KEYS = [
  'plan.date.1',
  'plan.date.2',
  'plan.date.3',
  'plan.date.4',
  'plan.date.5',
  'plan.date.6',
  'plan.date.7',
  'plan.date.8',
  'plan.date.9',
  'plan.date.10',
  'plan.date.11',
  'plan.date.12',
] as const;

/**
 * When the list was proposed: its `proposed_on`, or for a list proposed before that column was
 * kept, the day of its `list.proposed` event; null when neither is known.
 */
function proposalDate(ctx: CallContext, list: ListRow): string | null {
  if (list.proposed_on) return list.proposed_on;
  const event = ctx.db
    .prepare(
      "SELECT substr(at, 1, 10) AS day FROM events WHERE deleted = 0 AND kind = 'list.proposed' AND subject_id = ? ORDER BY at DESC LIMIT 1",
    )
    .get(list.id) as { day: string } | undefined;
  return event?.day ?? null;
}

/** A Committee decision is dated neither in the future nor before what it decides (`proposedOn`). */
function requireDecisionDate(
  ctx: CallContext,
  decidedOn: string,
  proposedOn: string | null,
  what: 'List' | 'Amendment',
): void {
  if (decidedOn > ctx.today)
    throw new ApiError('VALIDATION', text('plan.decision.future'), [
      { field: 'decidedOn', message: text('plan.decision.futureField') },
    ]);
  if (proposedOn && decidedOn < proposedOn) {
    const date = inWords(proposedOn);
    throw new ApiError('VALIDATION', text(`plan.decision.before${what}`, { date }), [
      { field: 'decidedOn', message: text(`plan.decision.before${what}Field`, { date }) },
    ]);
  }
}

const selectedIn = (entries: ListEntry[]) =>
  new Set(entries.filter((e) => e.selection === 'selected').map((e) => e.iso3));

/**
 * Checks an amendment against a version's composition and returns the entries it would produce,
 * the changed ones marked with `note`.
 */
function applyAmendment(
  entries: ListEntry[],
  a: { action: string; iso3: string; replacementIso3: string | null; kind: string | null },
  note: string,
): ListEntry[] {
  const selected = selectedIn(entries);
  const fail = (message: Text) => {
    throw new ApiError('CONFLICT', message);
  };
  const change = (iso3: string, patch: Partial<ListEntry>) =>
    entries.map((e) =>
      e.iso3 === iso3 ? { ...e, ...patch, origin: 'amendment' as const, selectionNote: note } : e,
    );
  switch (a.action) {
    case 'add':
      if (selected.has(a.iso3)) fail(text('plan.amend.alreadyOn', { iso3: a.iso3 }));
      return change(a.iso3, { selection: 'selected', ...(a.kind ? { proposedKind: a.kind } : {}) });
    case 'remove':
      if (!selected.has(a.iso3)) fail(text('plan.amend.notOn', { iso3: a.iso3 }));
      return change(a.iso3, { selection: 'none' });
    case 'substitute': {
      if (!selected.has(a.iso3)) fail(text('plan.amend.cannotReplace', { iso3: a.iso3 }));
      if (!a.replacementIso3) fail(text('plan.amend.chooseReplacement'));
      if (selected.has(a.replacementIso3!))
        fail(text('plan.amend.alreadyOn', { iso3: a.replacementIso3! }));
      return change(a.replacementIso3!, {
        selection: 'selected',
        ...(a.kind ? { proposedKind: a.kind } : {}),
      }).map((e) =>
        e.iso3 === a.iso3
          ? { ...e, selection: 'none' as const, origin: 'amendment' as const, selectionNote: note }
          : e,
      );
    }
    default: {
      if (!selected.has(a.iso3)) fail(text('plan.amend.notOn', { iso3: a.iso3 }));
      const current = entries.find((e) => e.iso3 === a.iso3)!;
      if (!a.kind) fail(text('plan.amend.chooseKind'));
      if (current.proposedKind === a.kind)
        fail(text('plan.amend.sameKind', { iso3: a.iso3, kind: a.kind! }));
      return change(a.iso3, { proposedKind: a.kind! });
    }
  }
}

/** The approved amendments that put a State on a list or took it off, in every year. */
export function readAmendmentsAbout(ctx: CallContext, iso3: string): Amendment[] {
  const lists = ctx.db
    .prepare(
      `SELECT DISTINCT l.* FROM annual_lists l JOIN list_amendments a ON a.list_id = l.id AND a.deleted = 0
       WHERE l.deleted = 0 AND a.status = 'approved' AND (a.iso3 = ? OR a.replacement_iso3 = ?)`,
    )
    .all(iso3, iso3) as ListRow[];
  return lists.flatMap((list) =>
    readAmendments(ctx, list).filter(
      (a) => a.status === 'approved' && (a.iso3 === iso3 || a.replacementIso3 === iso3),
    ),
  );
}

/** The entries of one version of a year's list (the current one by default), for exports. */
export function readListVersion(
  ctx: CallContext,
  year: number,
  version?: number,
): { list: AnnualList; version: number; entries: ListEntry[] } {
  const row = requireList(ctx, year);
  const list = readList(ctx, row);
  const chosen = version ?? list.currentVersion;
  return {
    list,
    version: chosen,
    entries: chosen === list.currentVersion ? list.entries : entriesOf(ctx, row, chosen),
  };
}

/** Planning's starting capacity, used to rank a State live when its year has no list yet. */
const LIVE_CAPACITY = 10;

/** A State's rank, score and breakdown on the year's list, or ranked live when there is none. */
function standing(ctx: CallContext, year: number, iso3: string): StateStanding {
  const list = findList(ctx, year);
  if (list) {
    const read = readList(ctx, list);
    const entry = read.entries.find((e) => e.iso3 === iso3);
    if (!entry) throw new ApiError('NOT_FOUND', text('plan.notRanked', { iso3, year }));
    const reserve = read.entries.filter((e) => e.selection === 'reserve');
    const methodology = readMethodology(ctx.db, list.methodology_id);
    return {
      year,
      source: 'list',
      listStatus: list.status,
      version: read.currentVersion,
      methodology: read.methodology,
      params: methodology.params,
      total: read.entries.length,
      capacity: list.capacity,
      reservePosition: entry.selection === 'reserve' ? reserve.indexOf(entry) + 1 : null,
      entry,
    };
  }
  const methodology = readMethodology(ctx.db);
  const result = build(ctx, { year, capacity: LIVE_CAPACITY, methodologyId: methodology.id });
  const scored = result.entries.find((e) => e.iso3 === iso3);
  if (!scored) throw new ApiError('NOT_FOUND', text('plan.noSuchState', { iso3 }));
  const reserve = result.entries.filter((e) => e.reserve);
  const { selected, reserve: inReserve, ...rest } = scored;
  return {
    year,
    source: 'live',
    listStatus: null,
    version: null,
    methodology: result.methodology,
    params: methodology.params,
    total: result.entries.length,
    capacity: result.capacity,
    reservePosition: inReserve ? reserve.indexOf(scored) + 1 : null,
    entry: { ...rest, selection: selected ? 'selected' : inReserve ? 'reserve' : 'none' },
  };
}

const decidedOnOf = (ctx: CallContext, listId: string, version: number): string | null =>
  (
    ctx.db
      .prepare(
        'SELECT decided_on FROM list_versions WHERE deleted = 0 AND list_id = ? AND version = ?',
      )
      .get(listId, version) as { decided_on: string | null } | undefined
  )?.decided_on ?? null;

/**
 * What changed on the year's list since the version before: the previous version of the same
 * list, or (for a draft, a proposal or version 1) the latest earlier year's adopted list.
 */
function changes(ctx: CallContext, year: number): ListChanges {
  const list = requireList(ctx, year);
  const current = readList(ctx, list);
  let since: ListChanges['since'] = null;
  let before: ListEntry[] = [];
  if (current.currentVersion >= 2) {
    const version = current.currentVersion - 1;
    since = { year, version, decidedOn: decidedOnOf(ctx, list.id, version) };
    before = entriesOf(ctx, list, version);
  } else {
    const earlier = ctx.db
      .prepare(
        "SELECT * FROM annual_lists WHERE deleted = 0 AND status = 'adopted' AND year < ? ORDER BY year DESC, id LIMIT 1",
      )
      .get(year) as ListRow | undefined;
    if (earlier) {
      const version = currentVersion(ctx, earlier.id);
      since = { year: earlier.year, version, decidedOn: decidedOnOf(ctx, earlier.id, version) };
      before = entriesOf(ctx, earlier, version);
    }
  }
  const rankBefore = new Map(before.map((e) => [e.iso3, e.rank]));
  const rankAfter = new Map(current.entries.map((e) => [e.iso3, e.rank]));
  const names = new Map([...before, ...current.entries].map((e) => [e.iso3, e.name]));
  const was = selectedIn(before);
  const is = selectedIn(current.entries);
  const change = (iso3: string): ListChange => ({
    iso3,
    name: names.get(iso3) ?? iso3,
    rankBefore: rankBefore.get(iso3) ?? null,
    rankAfter: rankAfter.get(iso3) ?? null,
  });
  const byRank = (a: ListChange, b: ListChange) =>
    (a.rankAfter ?? a.rankBefore ?? 0) - (b.rankAfter ?? b.rankBefore ?? 0) ||
    a.iso3.localeCompare(b.iso3);
  const both = [...is].filter((iso3) => was.has(iso3)).map(change);
  const moved = both.filter((c) => c.rankBefore !== c.rankAfter);
  const distance = (c: ListChange) => Math.abs((c.rankBefore ?? 0) - (c.rankAfter ?? 0));
  return {
    year,
    status: list.status,
    version: current.currentVersion,
    since,
    entered: since
      ? [...is]
          .filter((iso3) => !was.has(iso3))
          .map(change)
          .sort(byRank)
      : [],
    left: [...was]
      .filter((iso3) => !is.has(iso3))
      .map(change)
      .sort(byRank),
    moved: moved.sort((a, b) => distance(b) - distance(a) || byRank(a, b)),
    unchanged: both.length - moved.length,
  };
}

/** Proposed lists and proposed amendments: what only the Committee can decide. */
function awaitingDecision(ctx: CallContext): AwaitingDecision {
  const proposed = ctx.db
    .prepare(
      "SELECT * FROM annual_lists WHERE deleted = 0 AND status IN ('proposed', 'adopted') ORDER BY year, id",
    )
    .all() as ListRow[];
  const lists = proposed
    .filter((l) => l.status === 'proposed')
    .map((l) => {
      const entries = storedEntriesOf(ctx, l, currentVersion(ctx, l.id));
      return {
        year: l.year,
        proposedOn: l.proposed_on,
        selected: entries.filter((e) => e.selection === 'selected').length,
        reserve: entries.filter((e) => e.selection === 'reserve').length,
      };
    });
  const amendments = proposed
    .filter((l) => l.status === 'adopted')
    .flatMap((l) => readAmendments(ctx, l).filter((a) => a.status === 'proposed'))
    .filter((a) => a.proposedOn <= ctx.today);
  return { lists, amendments };
}

export const planHandlers: AreaHandlers<'plan'> = {
  'plan.inputs': ({ year }, ctx) => readPlanInputs(ctx, year),

  'plan.build': (input, ctx) => build(ctx, input),

  'plan.get': ({ year }, ctx) => {
    const list = findList(ctx, year);
    return list ? readList(ctx, list) : null;
  },

  'plan.saveDraft': (input, ctx) => {
    const existing = findList(ctx, input.year);
    if (existing && existing.status !== 'draft') throw wrongStatus(existing, 'saveDraft');
    const result = buildTexts(ctx, {
      ...input,
      reserveSize: input.reserveSize ?? DEFAULT_RESERVE,
    });
    const fields = {
      year: input.year,
      status: 'draft',
      capacity: input.capacity,
      reserve_size: result.reserveSize,
      methodology_id: result.methodology.id,
      constraints: input.constraints ?? {},
    };
    const listId = existing
      ? (ctx.write.update('annual_lists', existing.id, fields), existing.id)
      : ctx.write.insert('annual_lists', fields);
    const draftId =
      versionId(ctx, listId, 0) ??
      ctx.write.insert('list_versions', { list_id: listId, version: 0, frozen: 0 });
    for (const { id } of ctx.db
      .prepare('SELECT id FROM list_entries WHERE deleted = 0 AND version_id = ?')
      .all(draftId) as { id: string }[]) {
      ctx.write.remove('list_entries', id);
    }
    insertEntries(
      ctx,
      draftId,
      result.entries.map(({ selected, reserve, ...e }) => ({
        ...e,
        kindReason: storeText(e.kindReason),
        selectionNote: e.selectionNote && storeText(e.selectionNote),
        selection: selected ? 'selected' : reserve ? 'reserve' : 'none',
      })),
    );
    recordEvent(
      ctx,
      existing ? 'list.draft_updated' : 'list.draft_created',
      'annual_lists',
      listId,
      { year: input.year, capacity: input.capacity },
    );
    return readList(ctx, findList(ctx, input.year)!);
  },

  'plan.propose': ({ year }, ctx) => {
    const list = requireList(ctx, year);
    if (list.status !== 'draft') throw wrongStatus(list, 'propose');
    ctx.write.update('annual_lists', list.id, { status: 'proposed', proposed_on: ctx.today });
    // From now on the list's scores must stay explainable by the methodology as it was.
    ctx.write.update('methodologies', list.methodology_id, { locked: 1 });
    recordEvent(ctx, 'list.proposed', 'annual_lists', list.id, { year });
    return readList(ctx, requireList(ctx, year));
  },

  'plan.adopt': ({ year, decisionRef, decidedOn }, ctx) => {
    const list = requireList(ctx, year);
    if (list.status !== 'proposed') throw wrongStatus(list, 'adopt');
    requireDecisionDate(ctx, decidedOn, proposalDate(ctx, list), 'List');
    ctx.write.update('annual_lists', list.id, {
      status: 'adopted',
      decision_ref: decisionRef,
      decided_on: decidedOn,
    });
    ctx.write.update('list_versions', versionId(ctx, list.id, 0)!, {
      version: 1,
      frozen: 1,
      decided_on: decidedOn,
      decision_ref: decisionRef,
    });
    recordEvent(ctx, 'list.adopted', 'annual_lists', list.id, { year, decisionRef, decidedOn });
    return readList(ctx, requireList(ctx, year));
  },

  'plan.proposeAmendment': (input, ctx) => {
    const list = requireList(ctx, input.year);
    if (list.status !== 'adopted') throw wrongStatus(list, 'amend');
    const version = currentVersion(ctx, list.id);
    const entries = storedEntriesOf(ctx, list, version);
    const action = input.action === 'changeKind' ? 'change_kind' : input.action;
    let replacement = input.replacementIso3 ?? null;
    if (action === 'substitute' && !replacement) {
      // By default the substitute is the best-ranked State of the reserve list still off the list.
      replacement = entries.find((e) => e.selection === 'reserve')?.iso3 ?? null;
      if (!replacement) throw new ApiError('CONFLICT', text('plan.amend.reserveEmpty'));
    }
    if (
      !entries.some((e) => e.iso3 === input.iso3) ||
      (replacement && !entries.some((e) => e.iso3 === replacement))
    ) {
      throw new ApiError('VALIDATION', text('plan.amend.chooseStates'), [
        { field: 'iso3', message: text('plan.amend.unknownState') },
      ]);
    }
    // Only checks that the amendment fits the current version; nothing is written yet.
    applyAmendment(
      entries,
      { action, iso3: input.iso3, replacementIso3: replacement, kind: input.kind ?? null },
      '',
    );
    if (input.consentRequestId) requireRefusal(ctx, input, action);
    const pending = ctx.db
      .prepare(
        "SELECT 1 FROM list_amendments WHERE deleted = 0 AND list_id = ? AND status = 'proposed' AND (iso3 = ? OR replacement_iso3 = ?)",
      )
      .get(list.id, input.iso3, input.iso3);
    if (pending) throw new ApiError('CONFLICT', text('plan.amend.pending', { iso3: input.iso3 }));
    const id = ctx.write.insert('list_amendments', {
      list_id: list.id,
      base_version: version,
      action,
      iso3: input.iso3,
      replacement_iso3: replacement,
      kind: input.kind ?? null,
      rationale: input.rationale,
      proposed_by: ctx.user.id,
      proposed_on: ctx.today,
      status: 'proposed',
      consent_request_id: input.consentRequestId ?? null,
    });
    recordEvent(ctx, 'amendment.proposed', 'list_amendments', id, {
      year: input.year,
      action,
      iso3: input.iso3,
      replacementIso3: replacement,
    });
    return readAmendments(ctx, list).find((a) => a.id === id)!;
  },

  'plan.decideAmendment': ({ amendmentId, decision, decisionRef, decidedOn, comment }, ctx) => {
    const row = ctx.db
      .prepare('SELECT * FROM list_amendments WHERE deleted = 0 AND id = ?')
      .get(amendmentId) as Record<string, string | null> | undefined;
    if (!row) throw new ApiError('NOT_FOUND', text('plan.amendment.missing'));
    const list = ctx.db
      .prepare('SELECT * FROM annual_lists WHERE id = ?')
      .get(row.list_id) as ListRow;
    if (row.status !== 'proposed')
      throw new ApiError(
        'INVALID_TRANSITION',
        row.status === 'approved'
          ? text('plan.amendment.alreadyApproved')
          : text('plan.amendment.alreadyRejected'),
        { status: row.status },
      );
    requireDecisionDate(ctx, decidedOn, row.proposed_on ?? null, 'Amendment');
    let resultVersion: number | null = null;
    if (decision === 'approved') {
      const version = currentVersion(ctx, list.id);
      const next = applyAmendment(
        storedEntriesOf(ctx, list, version),
        {
          action: String(row.action),
          iso3: String(row.iso3),
          replacementIso3: row.replacement_iso3 ?? null,
          kind: row.kind ?? null,
        },
        storeText(text('plan.selection.amended', { date: inWords(decidedOn), ref: decisionRef })),
      );
      resultVersion = version + 1;
      const newVersion = ctx.write.insert('list_versions', {
        list_id: list.id,
        version: resultVersion,
        frozen: 1,
        decided_on: decidedOn,
        decision_ref: decisionRef,
      });
      insertEntries(ctx, newVersion, next);
    }
    ctx.write.update('list_amendments', amendmentId, {
      status: decision,
      decision_ref: decisionRef,
      decided_on: decidedOn,
      decided_by: ctx.user.id,
      comment: comment ?? null,
      result_version: resultVersion,
    });
    recordEvent(ctx, 'amendment.decided', 'list_amendments', amendmentId, {
      decision,
      decisionRef,
      resultVersion,
    });
    return readAmendments(ctx, list).find((a) => a.id === amendmentId)!;
  },

  'plan.comment': ({ year, amendmentId, text: words }, ctx) => {
    const list = requireList(ctx, year);
    if (
      amendmentId &&
      !ctx.db
        .prepare('SELECT 1 FROM list_amendments WHERE deleted = 0 AND id = ? AND list_id = ?')
        .get(amendmentId, list.id)
    ) {
      throw new ApiError('NOT_FOUND', text('plan.amendment.otherList'));
    }
    const id = ctx.write.insert('list_comments', {
      list_id: list.id,
      amendment_id: amendmentId ?? null,
      author_id: ctx.user.id,
      written_at: new Date(ctx.nowMs).toISOString(),
      text: words,
    });
    return readComments(ctx, list.id).find((c) => c.id === id)!;
  },

  'plan.versions': ({ year }, ctx) => {
    const list = requireList(ctx, year);
    const versions = ctx.db
      .prepare(
        'SELECT id, version, decided_on, decision_ref FROM list_versions WHERE deleted = 0 AND list_id = ? AND version >= 1 ORDER BY version',
      )
      .all(list.id) as {
      id: string;
      version: number;
      decided_on: string | null;
      decision_ref: string | null;
    }[];
    return versions.map((v) => ({
      version: v.version,
      decidedOn: v.decided_on,
      decisionRef: v.decision_ref,
      states: readStoredEntries(ctx, v.id)
        .filter((e) => e.selection === 'selected')
        .map((e) => e.iso3),
    }));
  },

  'plan.standing': ({ year, iso3 }, ctx) => standing(ctx, year, iso3),

  'plan.changes': ({ year }, ctx) => changes(ctx, year),

  'plan.awaitingDecision': (_input, ctx) => awaitingDecision(ctx),

  'plan.diff': ({ year, from, to }, ctx) => {
    const list = requireList(ctx, year);
    if (list.status !== 'adopted')
      throw new ApiError('NOT_FOUND', text('plan.noAdoptedVersion', { year }));
    const before = storedEntriesOf(ctx, list, from);
    const after = storedEntriesOf(ctx, list, to);
    const a = selectedIn(before);
    const b = selectedIn(after);
    const kindBefore = new Map(before.map((e) => [e.iso3, e.proposedKind]));
    const changed = after
      .filter((e) => a.has(e.iso3) && b.has(e.iso3) && kindBefore.get(e.iso3) !== e.proposedKind)
      .map((e) => ({
        iso3: e.iso3,
        field: 'proposedKind',
        before: kindBefore.get(e.iso3) ?? null,
        after: e.proposedKind,
      }));
    const added = [...b].filter((x) => !a.has(x)).sort();
    const removed = [...a].filter((x) => !b.has(x)).sort();
    const touched = new Set([...added, ...removed, ...changed.map((c) => c.iso3)]);
    const [low, high] = from <= to ? [from, to] : [to, from];
    const reasons = readAmendments(ctx, list)
      .filter((m) => m.status === 'approved' && m.resultVersion! > low && m.resultVersion! <= high)
      .flatMap((m) =>
        [m.iso3, m.replacementIso3]
          .filter((iso3): iso3 is string => iso3 !== null && touched.has(iso3))
          .map((iso3) => ({
            iso3,
            amendmentId: m.id,
            action: m.action,
            rationale: m.rationale,
            decisionRef: m.decisionRef,
            decidedOn: m.decidedOn,
            consentRefusal: m.consentRefusal,
          })),
      );
    return { from, to, added, removed, changed, reasons };
  },
};
