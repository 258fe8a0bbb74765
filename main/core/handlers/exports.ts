// Files for people outside the app: the list with its breakdowns, amendments and diffs as CSV or
// XLSX, the deadlines of every State's cycle, the review pack for Committee members, and the
// published schedule. Every file made from
// the demo workspace says that its data is synthetic.
import type {
  Amendment,
  EntryOrigin,
  ExportFile,
  ListEntry,
  ScheduledVisit,
} from '../../../shared/api/types';
import { refusalInWords } from '../../../shared/domain/consent';
import { MONTH_NAMES } from '../../../shared/domain/dates';
import type { DeadlineState } from '../../../shared/domain/deadlines';
import { FACTOR_LABELS, FACTORS } from '../../../shared/domain/scoring';
import { VISIT_KIND_WORDS } from '../../../shared/domain/visits';
import type { CallContext } from '../context';
import { getMeta } from '../db/workspace';
import { readDeadlines } from '../deadlines';
import { classifiedFileName } from '../exports/classification';
import { htmlDocument, htmlTable, esc } from '../exports/html';
import { tableFile, type Cell, type Table } from '../exports/tables';
import { ApiError } from '../errors';
import { compareNames, inAskedLanguage, nameColumn } from '../language';
import { planHandlers, readListVersion } from './plan';
import { VISIT_CONFIDENTIAL_SQL } from './queries';
import type { AreaHandlers } from './types';
import { SYNTHETIC_LINE, SYNTHETIC_NOTICE } from './workspace';

/** Looked up by codes read from rows (text), hence the wider key. */
const KIND_LABEL: Readonly<Record<string, string>> = VISIT_KIND_WORDS;
const ACTION_LABEL: Record<string, string> = {
  add: 'Add',
  remove: 'Remove',
  substitute: 'Substitute',
  change_kind: 'Change kind',
};
const SELECTION_LABEL: Record<string, string> = {
  selected: 'On the list',
  reserve: 'Reserve',
  none: '',
};
const ORIGIN_LABEL: Record<EntryOrigin, string> = {
  model: 'Risk model',
  ctc_instruction: 'CTC instruction',
  planner_choice: 'Planners’ choice',
  amendment: 'Amendment',
};

function syntheticNotice(ctx: CallContext): string | null {
  return getMeta(ctx.db, 'demo') === '1' ? SYNTHETIC_NOTICE : null;
}

function notes(ctx: CallContext, ...lines: string[]): string[] {
  return [...(syntheticNotice(ctx) ? [SYNTHETIC_LINE] : []), ...lines];
}

const fixed = (n: number | null, digits = 2) => (n === null ? null : Number(n.toFixed(digits)));

function listTable(ctx: CallContext, year: number, version?: number): Table {
  const { list, version: chosen, entries } = readListVersion(ctx, year, version);
  const columns = [
    'Rank',
    'ISO3',
    'State',
    'Region',
    'Score',
    'Selection',
    'Origin',
    'Proposed kind',
    'Why this kind',
  ];
  for (const f of FACTORS)
    columns.push(
      `${FACTOR_LABELS[f]}: points`,
      `${FACTOR_LABELS[f]}: value (0–1)`,
      `${FACTOR_LABELS[f]}: raw`,
      `${FACTOR_LABELS[f]}: estimated`,
    );
  const rows = entries.map((e): Cell[] => {
    const cells: Cell[] = [
      e.rank,
      e.iso3,
      e.name,
      e.region,
      fixed(e.score),
      SELECTION_LABEL[e.selection] ?? e.selection,
      // With the note that says which instruction or amendment, or why the State was left out.
      e.selectionNote ? `${ORIGIN_LABEL[e.origin]}: ${e.selectionNote}` : ORIGIN_LABEL[e.origin],
      KIND_LABEL[e.proposedKind] ?? e.proposedKind,
      e.kindReason,
    ];
    for (const f of FACTORS) {
      const b = e.breakdown.find((x) => x.factor === f);
      cells.push(
        fixed(b?.points ?? null),
        fixed(b?.normalized ?? null, 4),
        b?.raw ?? null,
        b?.imputed ? 'yes' : 'no',
      );
    }
    return cells;
  });
  return {
    title: `List ${year} v${chosen}`,
    notes: notes(
      ctx,
      `Risk-based visit list ${year}, version ${chosen} (${list.status}), methodology ${list.methodology.name} v${list.methodology.version}.`,
    ),
    columns,
    rows,
  };
}

function amendmentsTable(ctx: CallContext, year: number): Table {
  const { list } = readListVersion(ctx, year);
  return {
    title: `Amendments ${year}`,
    notes: notes(ctx, `Amendments to the ${year} risk-based visit list.`),
    columns: [
      'Proposed on',
      'Action',
      'ISO3',
      'State',
      'Replacement ISO3',
      'Replacement',
      'Kind',
      'Reason (consent refused)',
      'Rationale',
      'Proposed by',
      'Score (list version)',
      'Replacement score',
      'Status',
      'Decision reference',
      'Decided on',
      'Decided by',
      'Comment',
      'Resulting version',
    ],
    rows: list.amendments.map((a) => [
      a.proposedOn,
      ACTION_LABEL[a.action] ?? a.action,
      a.iso3,
      a.stateName,
      a.replacementIso3,
      a.replacementName,
      a.kind ? (KIND_LABEL[a.kind] ?? a.kind) : null,
      a.consentRefusal ? refusalInWords(a.consentRefusal) : null,
      a.rationale,
      a.proposedBy,
      fixed(a.scoreBefore),
      fixed(a.replacementScore),
      a.status,
      a.decisionRef,
      a.decidedOn,
      a.decidedBy,
      a.comment,
      a.resultVersion,
    ]),
  };
}

const DEADLINE_STATE_WORDS: Record<DeadlineState, string> = {
  overdue: 'Overdue',
  due_near: 'Due very soon',
  due_far: 'Due soon',
  upcoming: 'Upcoming',
  done: 'Met on time',
  done_late: 'Met late',
};

function deadlinesTable(ctx: CallContext, asOf: string, open: boolean): Table {
  const deadlines = readDeadlines(ctx, asOf).filter((d) => !open || d.doneOn === null);
  return {
    title: `Deadlines ${asOf}`,
    notes: notes(
      ctx,
      `${open ? 'Open deadlines' : 'Deadlines'} of every Member State's assessment cycle as of ${asOf}.`,
    ),
    columns: [
      'ISO3',
      'State',
      'Deadline',
      'Triggered on',
      'Due on',
      'Met on',
      'Where it stands',
      'Days left',
      'Who acts',
    ],
    rows: deadlines.map((d) => [
      d.iso3,
      d.stateName,
      d.label,
      d.triggerOn,
      d.dueOn,
      d.doneOn,
      DEADLINE_STATE_WORDS[d.state],
      d.daysLeft,
      d.actor === 'ctc_member' ? 'The Committee' : 'CTED',
    ]),
  };
}

function stateNames(ctx: CallContext): Map<string, string> {
  return new Map(
    (
      ctx.db
        .prepare(`SELECT iso3, ${nameColumn(ctx.language)} AS name FROM member_states`)
        .all() as {
        iso3: string;
        name: string;
      }[]
    ).map((s) => [s.iso3, s.name]),
  );
}

function diffTable(ctx: CallContext, year: number, from: number, to: number): Table {
  const diff = planHandlers['plan.diff']({ year, from, to }, ctx);
  const names = stateNames(ctx);
  const name = (iso3: string) => names.get(iso3) ?? iso3;
  /** Why the State changed: the approved amendment, and the consent refusal behind it. */
  const reason = (iso3: string): string | null => {
    const r = diff.reasons.find((x) => x.iso3 === iso3);
    if (!r) return null;
    const decision = `Amendment approved${r.decidedOn ? ` on ${r.decidedOn}` : ''}${r.decisionRef ? ` (${r.decisionRef})` : ''}`;
    return `${decision}: ${r.consentRefusal ? `${refusalInWords(r.consentRefusal)}.` : r.rationale}`;
  };
  const row = (
    change: string,
    iso3: string,
    field: string | null,
    before: string | null,
    after: string | null,
  ): Cell[] => [change, iso3, name(iso3), field, before, after, reason(iso3)];
  return {
    title: `Diff ${year} v${from}-v${to}`,
    notes: notes(ctx, `Changes to the ${year} list from version ${from} to version ${to}.`),
    columns: ['Change', 'ISO3', 'State', 'Field', 'Before', 'After', 'Reason'],
    rows: [
      ...diff.added.map((iso3) => row('Added', iso3, null, null, null)),
      ...diff.removed.map((iso3) => row('Removed', iso3, null, null, null)),
      ...diff.changed.map((c) =>
        row(
          'Changed',
          c.iso3,
          c.field === 'proposedKind' ? 'Kind of visit' : c.field,
          c.before,
          c.after,
        ),
      ),
    ],
  };
}

// ── Review pack ──────────────────────────────────────────────────────────────────────────────

function topFactors(e: ListEntry, n = 3): string {
  return [...e.breakdown]
    .filter((b) => b.points > 0)
    .sort((a, b) => b.points - a.points)
    .slice(0, n)
    .map(
      (b) => `${FACTOR_LABELS[b.factor]} (${b.points.toFixed(1)}${b.imputed ? ', estimated' : ''})`,
    )
    .join('; ');
}

function breakdownHtml(e: ListEntry): string {
  const rows = e.breakdown.map((b) => [
    esc(FACTOR_LABELS[b.factor]),
    b.raw === null ? '<span class="muted">unknown</span>' : esc(Number(b.raw.toFixed(3))),
    esc(b.normalized.toFixed(3)) + (b.imputed ? ' <span class="muted">(estimated)</span>' : ''),
    esc(b.weight),
    `${esc(b.points.toFixed(2))} <span class="bar" style="width:${Math.round(b.points * 3)}px"></span>`,
  ]);
  return `<div class="state"><h3>${esc(e.rank)}. ${esc(e.name)} (${esc(e.iso3)}) — score ${esc(e.score.toFixed(2))}</h3>
<p>${esc(KIND_LABEL[e.proposedKind] ?? e.proposedKind)} visit proposed: ${esc(e.kindReason)}</p>
${htmlTable(['Factor', 'Raw value', 'Value (0–1)', 'Weight', 'Points'], rows, [1, 2, 3, 4])}</div>`;
}

function amendmentHtml(
  a: Amendment,
  comments: { author: string | null; writtenAt: string; text: string }[],
): string {
  const what =
    a.action === 'substitute'
      ? `Replace ${a.stateName} (score ${a.scoreBefore?.toFixed(2) ?? '—'}) by ${a.replacementName} (score ${a.replacementScore?.toFixed(2) ?? '—'})`
      : a.action === 'change_kind'
        ? `Change the visit to ${a.stateName} to ${KIND_LABEL[a.kind ?? ''] ?? a.kind}`
        : `${ACTION_LABEL[a.action]} ${a.stateName} (score ${a.scoreBefore?.toFixed(2) ?? '—'})`;
  const thread = comments.length
    ? `<ul>${comments.map((c) => `<li>${esc(c.author ?? 'Unknown')} (${esc(c.writtenAt.slice(0, 10))}): ${esc(c.text)}</li>`).join('')}</ul>`
    : '';
  return `<div class="state"><h3>${esc(what)}</h3>
<dl><dt>Status</dt><dd>${esc(a.status)}${a.decisionRef ? ` — ${esc(a.decisionRef)}, ${esc(a.decidedOn)}` : ''}</dd>
<dt>Proposed</dt><dd>${esc(a.proposedOn)} by ${esc(a.proposedBy ?? 'unknown')}, on version ${esc(a.baseVersion)}</dd>
${a.consentRefusal ? `<dt>Reason</dt><dd>${esc(refusalInWords(a.consentRefusal))}</dd>` : ''}
<dt>Rationale</dt><dd>${esc(a.rationale)}</dd></dl>${thread}</div>`;
}

function reviewPack(ctx: CallContext, year: number, subject: 'list' | 'amendments'): string {
  const { list, version, entries } = readListVersion(ctx, year);
  const selected = entries.filter((e) => e.selection === 'selected');
  const reserve = entries.filter((e) => e.selection === 'reserve');
  const weights = readWeights(ctx, list.methodology.id);
  const context = `<dl>
<dt>List</dt><dd>${esc(year)}, ${esc(list.status)}${version ? `, version ${esc(version)}` : ' (not yet adopted)'}${list.decisionRef ? ` — adopted by ${esc(list.decisionRef)} on ${esc(list.decidedOn)}` : ''}</dd>
<dt>Capacity</dt><dd>${esc(list.capacity)} visits, ${esc(list.reserveSize)} States in reserve</dd>
<dt>Methodology</dt><dd>${esc(list.methodology.name)}, version ${esc(list.methodology.version)}</dd>
<dt>Weights</dt><dd>${FACTORS.map((f) => `${esc(FACTOR_LABELS[f])} ${esc(weights[f] ?? 0)}`).join(' · ')}</dd>
</dl>
<p class="muted">Each score is Σ weight × factor value ÷ Σ weights × 100, every factor value between 0 and 1; the points of each factor add up to the score. “Estimated” values are imputed as the methodology states.</p>`;
  let body: string;
  if (subject === 'list') {
    body = `${context}
<h2>Proposed list: ${esc(selected.length)} States</h2>
${htmlTable(
  ['Rank', 'State', 'Region', 'Score', 'Kind of visit', 'Main factors'],
  selected.map((e) => [
    esc(e.rank),
    `${esc(e.name)} (${esc(e.iso3)})`,
    esc(e.region),
    esc(e.score.toFixed(2)),
    esc(KIND_LABEL[e.proposedKind] ?? e.proposedKind),
    esc(topFactors(e)),
  ]),
  [0, 3],
)}
<h2>Reserve list</h2>
${
  reserve.length
    ? htmlTable(
        ['Rank', 'State', 'Region', 'Score'],
        reserve.map((e) => [
          esc(e.rank),
          `${esc(e.name)} (${esc(e.iso3)})`,
          esc(e.region),
          esc(e.score.toFixed(2)),
        ]),
        [0, 3],
      )
    : '<p>No reserve.</p>'
}
<h2>Why each State is proposed</h2>
${selected.map(breakdownHtml).join('\n')}`;
  } else {
    const amendments = list.amendments;
    body = `${context}
<h2>Amendments (${esc(amendments.length)})</h2>
${
  amendments.length
    ? amendments
        .map((a) =>
          amendmentHtml(
            a,
            list.comments.filter((c) => c.amendmentId === a.id),
          ),
        )
        .join('\n')
    : '<p>No amendments have been proposed.</p>'
}
<h2>Current composition (version ${esc(version)})</h2>
${htmlTable(
  ['Rank', 'State', 'Score', 'Kind of visit'],
  selected.map((e) => [
    esc(e.rank),
    `${esc(e.name)} (${esc(e.iso3)})`,
    esc(e.score.toFixed(2)),
    esc(KIND_LABEL[e.proposedKind] ?? e.proposedKind),
  ]),
  [0, 2],
)}`;
  }
  return htmlDocument({
    classification: 'restricted',
    title:
      subject === 'list'
        ? `CTED country visits ${year}: proposed risk-based list`
        : `CTED country visits ${year}: proposed amendments`,
    subtitle: `Review pack for members of the Counter-Terrorism Committee (Security Council resolution 2617 (2021), OP 12). Prepared on ${ctx.today}.`,
    syntheticNotice: syntheticNotice(ctx),
    body,
    footer: `CTED Visit Planner — ${ctx.today}. For the Committee's deliberations; not for publication.`,
  });
}

function readWeights(ctx: CallContext, methodologyId: string): Record<string, number> {
  const row = ctx.db
    .prepare('SELECT weights FROM methodologies WHERE id = ?')
    .get(methodologyId) as { weights: string } | undefined;
  return row ? (JSON.parse(row.weights) as Record<string, number>) : {};
}

// ── Schedule ─────────────────────────────────────────────────────────────────────────────────

/** The year's visits to which the State has consented (a granted reply linked to the visit or for that year's list). */
function readSchedule(ctx: CallContext, year: number): ScheduledVisit[] {
  const rows = ctx.db
    .prepare(
      `SELECT v.id, v.iso3, s.${nameColumn(ctx.language)} AS name, v.kind, v.mode, v.status, v.start_date, v.end_date,
              ${VISIT_CONFIDENTIAL_SQL} AS confidential, c.replied_on, c.proposed_from
       FROM visits v JOIN member_states s ON s.iso3 = v.iso3
       JOIN consent_requests c ON c.deleted = 0 AND c.reply = 'granted' AND c.iso3 = v.iso3
                              AND (c.id = v.consent_request_id OR (v.consent_request_id IS NULL AND c.list_year = ?))
       WHERE v.deleted = 0 AND v.status IN ('planned', 'scheduled', 'conducted')
         AND COALESCE(substr(v.start_date, 1, 4), substr(c.proposed_from, 1, 4), CAST(c.list_year AS TEXT)) = ?
       GROUP BY v.id
       ORDER BY COALESCE(v.start_date, c.proposed_from, '9999'), v.id`,
    )
    .all(year, String(year)) as Record<string, string | number | null>[];
  // By date, then by the State's name as the language orders it.
  const compare = compareNames(ctx.language);
  const day = (r: Record<string, string | number | null>) =>
    String(r.start_date ?? r.proposed_from ?? '9999');
  rows.sort((a, b) => day(a).localeCompare(day(b)) || compare(String(a.name), String(b.name)));
  return rows.map((r) => {
    const day = (r.start_date ?? r.proposed_from) as string | null;
    return {
      visitId: String(r.id),
      iso3: String(r.iso3),
      stateName: String(r.name),
      kind: r.kind as ScheduledVisit['kind'],
      mode: r.mode as ScheduledVisit['mode'],
      status: r.status as ScheduledVisit['status'],
      startDate: (r.start_date as string | null) ?? null,
      endDate: (r.end_date as string | null) ?? null,
      month: day ? Number(day.slice(5, 7)) : null,
      consentOn: (r.replied_on as string | null) ?? null,
      confidential: Number(r.confidential) === 1,
    };
  });
}

function datesText(v: ScheduledVisit): string {
  if (!v.startDate) return 'Dates to be confirmed';
  return v.endDate && v.endDate !== v.startDate ? `${v.startDate} to ${v.endDate}` : v.startDate;
}

async function scheduleFile(
  ctx: CallContext,
  year: number,
  precision: 'month' | 'dates',
  format: 'html' | 'csv' | 'xlsx',
): Promise<ExportFile> {
  // The published schedule never shows what a State asked to keep confidential (OP 19).
  const visits = readSchedule(ctx, year).filter((v) => !v.confidential);
  const when = (v: ScheduledVisit) =>
    precision === 'month'
      ? v.month
        ? MONTH_NAMES[v.month - 1]!
        : 'To be confirmed'
      : datesText(v);
  const synthetic = syntheticNotice(ctx);
  const baseName = `cted-visit-schedule-${year}`;
  if (format !== 'html') {
    return tableFile(
      {
        title: `Schedule ${year}`,
        notes: notes(
          ctx,
          `Schedule of CTED country visits ${year}, published in advance (consented visits only).`,
        ),
        columns: [
          precision === 'month' ? 'Month' : 'Dates',
          'Member State',
          'Kind of visit',
          'Format',
        ],
        rows: visits.map((v) => [
          when(v),
          v.stateName,
          KIND_LABEL[v.kind] ?? v.kind,
          v.mode.replace('_', ' '),
        ]),
      },
      baseName,
      format,
      synthetic !== null,
      'public',
    );
  }
  const byMonth = new Map<string, ScheduledVisit[]>();
  for (const v of visits) {
    const key = v.month ? MONTH_NAMES[v.month - 1]! : 'To be confirmed';
    byMonth.set(key, [...(byMonth.get(key) ?? []), v]);
  }
  const body = visits.length
    ? [...byMonth.entries()]
        .map(
          ([month, list]) =>
            `<h2>${esc(month)} ${esc(year)}</h2>${htmlTable(
              [
                ...(precision === 'dates' ? ['Dates'] : []),
                'Member State',
                'Kind of visit',
                'Format',
              ],
              list.map((v) => [
                ...(precision === 'dates' ? [esc(datesText(v))] : []),
                esc(v.stateName),
                esc(KIND_LABEL[v.kind] ?? v.kind),
                esc(v.mode.replace('_', ' ')),
              ]),
            )}`,
        )
        .join('\n')
    : '<p>No visit has yet been agreed with a Member State for this year.</p>';
  return {
    fileName: classifiedFileName(baseName, 'public', synthetic !== null, 'html'),
    mimeType: 'text/html',
    encoding: 'utf8',
    content: htmlDocument({
      classification: 'public',
      title: `Counter-Terrorism Committee Executive Directorate: country visits ${year}`,
      subtitle: `Schedule published in advance, as requested by Security Council resolution 2617 (2021). Visits take place with the consent of the Member States concerned. Updated ${ctx.today}.`,
      syntheticNotice: synthetic,
      body,
      footer: 'Dates may change in agreement with the Member States concerned.',
    }),
    synthetic: synthetic !== null,
  };
}

export const scheduleHandlers: AreaHandlers<'schedule'> = {
  'schedule.get': ({ year }, ctx) => readSchedule(ctx, year),
};

/** Every export but the partner pack, whose handler is partnerPack.ts. */
export const exportsHandlers: Omit<
  AreaHandlers<'exports'>,
  'exports.partnerPack'
> = inAskedLanguage({
  'exports.deadlines': async ({ asOf, open, format }, ctx) => {
    const day = asOf ?? ctx.today;
    return tableFile(
      deadlinesTable(ctx, day, open ?? false),
      `cted-deadlines-${day}${open ? '-open' : ''}`,
      format,
      syntheticNotice(ctx) !== null,
      'restricted',
    );
  },
  'exports.list': async ({ year, format, version }, ctx) => {
    const table = listTable(ctx, year, version);
    return tableFile(
      table,
      `cted-visit-list-${year}-v${version ?? readListVersion(ctx, year).version}`,
      format,
      syntheticNotice(ctx) !== null,
      'restricted',
    );
  },
  'exports.amendments': async ({ year, format }, ctx) =>
    tableFile(
      amendmentsTable(ctx, year),
      `cted-visit-list-${year}-amendments`,
      format,
      syntheticNotice(ctx) !== null,
      'restricted',
    ),
  'exports.diff': async ({ year, from, to, format }, ctx) =>
    tableFile(
      diffTable(ctx, year, from, to),
      `cted-visit-list-${year}-v${from}-to-v${to}`,
      format,
      syntheticNotice(ctx) !== null,
      'restricted',
    ),
  'exports.reviewPack': ({ year, subject }, ctx) => {
    const synthetic = syntheticNotice(ctx) !== null;
    if (subject === 'amendments' && readListVersion(ctx, year).list.status !== 'adopted') {
      throw new ApiError(
        'INVALID_TRANSITION',
        `The ${year} list is not adopted yet, so it has no amendments.`,
      );
    }
    return {
      fileName: classifiedFileName(
        `cted-review-pack-${year}-${subject}`,
        'restricted',
        synthetic,
        'html',
      ),
      mimeType: 'text/html',
      encoding: 'utf8',
      content: reviewPack(ctx, year, subject),
      synthetic,
    };
  },
  'exports.schedule': ({ year, precision, format }, ctx) =>
    scheduleFile(ctx, year, precision, format),
});
