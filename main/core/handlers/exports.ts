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
import { FACTORS, type Factor } from '../../../shared/domain/scoring';
import { text } from '../../../shared/messages';
import { kindWord } from '../annualReview/words';
import type { CallContext } from '../context';
import { getMeta } from '../db/workspace';
import { readDeadlines } from '../deadlines';
import { classifiedFileName } from '../exports/classification';
import { htmlDocument, htmlTable, esc } from '../exports/html';
import { speakerOf, syntheticLine, type Speaker } from '../exports/speak';
import { tableFile, type Cell, type Table } from '../exports/tables';
import { ApiError } from '../errors';
import { compareNames, inAskedLanguage, nameColumn } from '../language';
import { planHandlers, readListVersion } from './plan';
import { VISIT_CONFIDENTIAL_SQL } from './queries';
import type { AreaHandlers } from './types';
/** The document's speaker: the language the export asked for (see inAskedLanguage). */
const sp = (ctx: CallContext): Speaker => speakerOf(ctx.language);

const factorLabel = (s: Speaker, f: Factor) => s(`doc.factor.${f}`);

function actionLabel(s: Speaker, action: string): string {
  if (action === 'change_kind') return s('doc.action.changeKind');
  return action === 'add' || action === 'remove' || action === 'substitute'
    ? s(`doc.amendment.${action}`)
    : action;
}

function selectionLabel(s: Speaker, selection: string): string {
  if (selection === 'selected' || selection === 'reserve') return s(`doc.selection.${selection}`);
  return selection === 'none' ? '' : selection;
}

const originLabel = (s: Speaker, origin: EntryOrigin) => s(`doc.origin.${origin}`);

function statusWord(s: Speaker, status: string): string {
  return status === 'proposed' || status === 'approved' || status === 'rejected'
    ? s(`doc.amendStatus.${status}`)
    : status;
}

/** "Kenya declined consent on 2026-02-01 (NV/123)", in the document's language. */
function refusalInWords(
  s: Speaker,
  refusal: {
    stateName: string;
    reply: 'declined' | 'withdrawn';
    on: string | null;
    noteVerbaleRef: string | null;
  },
): string {
  return s(`doc.refusal.${refusal.reply}`, {
    state: refusal.stateName,
    on: refusal.on ? s('doc.refusal.on', { date: s.date(refusal.on) }) : '',
    ref: refusal.noteVerbaleRef ? ` (${refusal.noteVerbaleRef})` : '',
  });
}

function syntheticNotice(ctx: CallContext): string | null {
  return getMeta(ctx.db, 'demo') === '1' ? sp(ctx)('doc.synthetic.notice') : null;
}

function notes(ctx: CallContext, ...lines: string[]): string[] {
  return [...(syntheticNotice(ctx) ? [syntheticLine(sp(ctx))] : []), ...lines];
}

const fixed = (n: number | null, digits = 2) => (n === null ? null : Number(n.toFixed(digits)));

function listTable(ctx: CallContext, year: number, version?: number): Table {
  const { list, version: chosen, entries } = readListVersion(ctx, year, version);
  const s = sp(ctx);
  const columns = [
    s('doc.col.rank'),
    s('doc.col.iso3'),
    s('doc.col.state'),
    s('doc.col.region'),
    s('doc.col.score'),
    s('doc.col.selection'),
    s('doc.col.origin'),
    s('doc.col.proposedKind'),
    s('doc.col.whyThisKind'),
  ];
  for (const f of FACTORS) {
    const factor = factorLabel(s, f);
    columns.push(
      s('doc.col.factorPoints', { factor }),
      s('doc.col.factorValue', { factor }),
      s('doc.col.factorRaw', { factor }),
      s('doc.col.factorEstimated', { factor }),
    );
  }
  const rows = entries.map((e): Cell[] => {
    const cells: Cell[] = [
      e.rank,
      e.iso3,
      e.name,
      s.region(e.region),
      fixed(e.score),
      selectionLabel(s, e.selection),
      // With the note that says which instruction or amendment, or why the State was left out.
      e.selectionNote
        ? s('doc.origin.withNote', { origin: originLabel(s, e.origin), note: e.selectionNote })
        : originLabel(s, e.origin),
      kindWord(s, e.proposedKind),
      e.kindReason,
    ];
    for (const f of FACTORS) {
      const b = e.breakdown.find((x) => x.factor === f);
      cells.push(
        fixed(b?.points ?? null),
        fixed(b?.normalized ?? null, 4),
        b?.raw ?? null,
        s(b?.imputed ? 'doc.yesLower' : 'doc.noLower'),
      );
    }
    return cells;
  });
  return {
    title: s('doc.list.title', { year, version: chosen }),
    notes: notes(
      ctx,
      s('doc.list.note', {
        year,
        version: chosen,
        status: s(`doc.listState.${list.status}`),
        methodology: list.methodology.name,
        methodologyVersion: list.methodology.version,
      }),
    ),
    columns,
    rows,
  };
}

function amendmentsTable(ctx: CallContext, year: number): Table {
  const { list } = readListVersion(ctx, year);
  const s = sp(ctx);
  return {
    title: s('doc.amendments.title', { year }),
    notes: notes(ctx, s('doc.amendments.note', { year })),
    columns: [
      s('doc.col.proposedOn'),
      s('doc.col.action'),
      s('doc.col.iso3'),
      s('doc.col.state'),
      s('doc.col.replacementIso3'),
      s('doc.col.replacement'),
      s('doc.col.kind'),
      s('doc.col.refusalReason'),
      s('doc.col.rationale'),
      s('doc.col.proposedBy'),
      s('doc.col.scoreListVersion'),
      s('doc.col.replacementScore'),
      s('doc.col.status'),
      s('doc.col.decisionRef'),
      s('doc.col.decidedOn'),
      s('doc.col.decidedBy'),
      s('doc.col.comment'),
      s('doc.col.resultingVersion'),
    ],
    rows: list.amendments.map((a) => [
      a.proposedOn,
      actionLabel(s, a.action),
      a.iso3,
      a.stateName,
      a.replacementIso3,
      a.replacementName,
      a.kind ? kindWord(s, a.kind) : null,
      a.consentRefusal ? refusalInWords(s, a.consentRefusal) : null,
      a.rationale,
      a.proposedBy,
      fixed(a.scoreBefore),
      fixed(a.replacementScore),
      statusWord(s, a.status),
      a.decisionRef,
      a.decidedOn,
      a.decidedBy,
      a.comment,
      a.resultVersion,
    ]),
  };
}

function deadlinesTable(ctx: CallContext, asOf: string, open: boolean): Table {
  const deadlines = readDeadlines(ctx, asOf).filter((d) => !open || d.doneOn === null);
  const s = sp(ctx);
  return {
    title: s('doc.deadlines.title', { date: s.date(asOf) }),
    notes: notes(
      ctx,
      s(open ? 'doc.deadlines.noteOpen' : 'doc.deadlines.note', { date: s.date(asOf) }),
    ),
    columns: [
      s('doc.col.iso3'),
      s('doc.col.state'),
      s('doc.col.deadline'),
      s('doc.col.triggeredOn'),
      s('doc.col.dueOn'),
      s('doc.col.metOn'),
      s('doc.col.whereItStands'),
      s('doc.col.daysLeft'),
      s('doc.col.whoActs'),
    ],
    rows: deadlines.map((d) => [
      d.iso3,
      d.stateName,
      d.label,
      d.triggerOn,
      d.dueOn,
      d.doneOn,
      s(`doc.deadline.${d.state}`),
      d.daysLeft,
      s(d.actor === 'ctc_member' ? 'doc.actor.committee' : 'doc.actor.cted'),
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
  const s = sp(ctx);
  /** Why the State changed: the approved amendment, and the consent refusal behind it. */
  const reason = (iso3: string): string | null => {
    const r = diff.reasons.find((x) => x.iso3 === iso3);
    if (!r) return null;
    const decision = s('doc.diff.approved', {
      on: r.decidedOn ? s('doc.refusal.on', { date: s.date(r.decidedOn) }) : '',
      ref: r.decisionRef ? ` (${r.decisionRef})` : '',
    });
    const why = r.consentRefusal ? `${refusalInWords(s, r.consentRefusal)}.` : r.rationale;
    return s('doc.origin.withNote', { origin: decision, note: why });
  };
  /** A kind of visit changed: its codes in words, except in English, where the codes stay. */
  const kindsOf = (
    field: string,
    before: string | null,
    after: string | null,
  ): [string | null, string | null] =>
    field === 'proposedKind' && s.language !== 'en'
      ? [before && kindWord(s, before), after && kindWord(s, after)]
      : [before, after];
  const row = (
    change: string,
    iso3: string,
    field: string | null,
    before: string | null,
    after: string | null,
  ): Cell[] => [change, iso3, name(iso3), field, before, after, reason(iso3)];
  return {
    title: s('doc.diff.title', { year, from, to }),
    notes: notes(ctx, s('doc.diff.note', { year, from, to })),
    columns: [
      s('doc.col.change'),
      s('doc.col.iso3'),
      s('doc.col.state'),
      s('doc.col.field'),
      s('doc.col.before'),
      s('doc.col.after'),
      s('doc.col.reason'),
    ],
    rows: [
      ...diff.added.map((iso3) => row(s('doc.diff.added'), iso3, null, null, null)),
      ...diff.removed.map((iso3) => row(s('doc.diff.removed'), iso3, null, null, null)),
      ...diff.changed.map((c) =>
        row(
          s('doc.diff.changed'),
          c.iso3,
          c.field === 'proposedKind' ? s('doc.col.kindOfVisit') : c.field,
          ...kindsOf(c.field, c.before, c.after),
        ),
      ),
    ],
  };
}

// ── Review pack ──────────────────────────────────────────────────────────────────────────────

function topFactors(s: Speaker, e: ListEntry, n = 3): string {
  return [...e.breakdown]
    .filter((b) => b.points > 0)
    .sort((a, b) => b.points - a.points)
    .slice(0, n)
    .map(
      (b) =>
        `${factorLabel(s, b.factor)} (${fixedText(s, b.points, 1)}${b.imputed ? `, ${s('doc.pack.estimated')}` : ''})`,
    )
    .join('; ');
}

/** A number with `digits` decimals, as the language writes it. */
const fixedText = (s: Speaker, n: number, digits: number) =>
  s.language === 'en'
    ? n.toFixed(digits)
    : new Intl.NumberFormat(s.language === 'ar' ? 'ar-u-nu-latn' : s.language, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(n);

function breakdownHtml(s: Speaker, e: ListEntry): string {
  const rows = e.breakdown.map((b) => [
    esc(factorLabel(s, b.factor)),
    b.raw === null
      ? `<span class="muted">${esc(s('doc.pack.unknown'))}</span>`
      : esc(s.num(Number(b.raw.toFixed(3)), 3)),
    esc(fixedText(s, b.normalized, 3)) +
      (b.imputed ? ` <span class="muted">(${esc(s('doc.pack.estimated'))})</span>` : ''),
    esc(s.num(b.weight)),
    `${esc(fixedText(s, b.points, 2))} <span class="bar" style="width:${Math.round(b.points * 3)}px"></span>`,
  ]);
  return `<div class="state"><h3>${esc(s('doc.pack.stateHeading', { rank: e.rank, name: e.name, iso3: e.iso3, score: fixedText(s, e.score, 2) }))}</h3>
<p>${esc(s('doc.pack.kindProposed', { kind: kindWord(s, e.proposedKind), reason: e.kindReason }))}</p>
${htmlTable([s('doc.col.factor'), s('doc.col.rawValue'), s('doc.col.value01'), s('doc.col.weight'), s('doc.col.points')], rows, [1, 2, 3, 4])}</div>`;
}

function amendmentHtml(
  s: Speaker,
  a: Amendment,
  comments: { author: string | null; writtenAt: string; text: string }[],
): string {
  const score = (n: number | null | undefined) => (n == null ? '—' : fixedText(s, n, 2));
  const what =
    a.action === 'substitute'
      ? s('doc.pack.replace', {
          state: a.stateName,
          score: score(a.scoreBefore),
          replacement: a.replacementName ?? '',
          replacementScore: score(a.replacementScore),
        })
      : a.action === 'change_kind'
        ? s('doc.pack.changeKind', {
            state: a.stateName,
            kind: a.kind ? kindWord(s, a.kind) : String(a.kind),
          })
        : s('doc.pack.addRemove', {
            action: actionLabel(s, a.action),
            state: a.stateName,
            score: score(a.scoreBefore),
          });
  const thread = comments.length
    ? `<ul>${comments.map((c) => `<li>${esc(c.author ?? s('doc.pack.unknownAuthor'))} (${esc(s.date(c.writtenAt.slice(0, 10)))}): ${esc(c.text)}</li>`).join('')}</ul>`
    : '';
  return `<div class="state"><h3>${esc(what)}</h3>
<dl><dt>${esc(s('doc.pack.status'))}</dt><dd>${esc(statusWord(s, a.status))}${a.decisionRef ? ` — ${esc(a.decisionRef)}, ${esc(s.date(a.decidedOn))}` : ''}</dd>
<dt>${esc(s('doc.pack.proposed'))}</dt><dd>${esc(s('doc.pack.proposedBy', { date: s.date(a.proposedOn), who: a.proposedBy ?? s('doc.pack.unknownProposer'), version: a.baseVersion }))}</dd>
${a.consentRefusal ? `<dt>${esc(s('doc.pack.reason'))}</dt><dd>${esc(refusalInWords(s, a.consentRefusal))}</dd>` : ''}
<dt>${esc(s('doc.pack.rationale'))}</dt><dd>${esc(a.rationale)}</dd></dl>${thread}</div>`;
}

function reviewPack(ctx: CallContext, year: number, subject: 'list' | 'amendments'): string {
  const { list, version, entries } = readListVersion(ctx, year);
  const s = sp(ctx);
  const selected = entries.filter((e) => e.selection === 'selected');
  const reserve = entries.filter((e) => e.selection === 'reserve');
  const weights = readWeights(ctx, list.methodology.id);
  const listLine =
    `${year}, ${s(`doc.listState.${list.status}`)}` +
    (version ? s('doc.pack.listVersion', { version }) : s('doc.pack.notYetAdopted')) +
    (list.decisionRef
      ? s('doc.pack.adoptedBy', { ref: list.decisionRef, date: s.date(list.decidedOn) })
      : '');
  const context = `<dl>
<dt>${esc(s('doc.pack.list'))}</dt><dd>${esc(listLine)}</dd>
<dt>${esc(s('doc.pack.capacity'))}</dt><dd>${esc(s('doc.pack.capacityValue', { capacity: s.num(list.capacity), reserve: s.num(list.reserveSize) }))}</dd>
<dt>${esc(s('doc.pack.methodology'))}</dt><dd>${esc(s('doc.pack.methodologyValue', { name: list.methodology.name, version: list.methodology.version }))}</dd>
<dt>${esc(s('doc.pack.weights'))}</dt><dd>${FACTORS.map((f) => `${esc(factorLabel(s, f))} ${esc(s.num(weights[f] ?? 0))}`).join(' · ')}</dd>
</dl>
<p class="muted">${esc(s('doc.pack.scoreNote'))}</p>`;
  let body: string;
  if (subject === 'list') {
    body = `${context}
<h2>${esc(s('doc.pack.proposedList', { count: s.num(selected.length) }))}</h2>
${htmlTable(
  [
    s('doc.col.rank'),
    s('doc.col.state'),
    s('doc.col.region'),
    s('doc.col.score'),
    s('doc.col.kindOfVisit'),
    s('doc.col.mainFactors'),
  ],
  selected.map((e) => [
    esc(e.rank),
    `${esc(e.name)} (${esc(e.iso3)})`,
    esc(s.region(e.region)),
    esc(fixedText(s, e.score, 2)),
    esc(kindWord(s, e.proposedKind)),
    esc(topFactors(s, e)),
  ]),
  [0, 3],
)}
<h2>${esc(s('doc.pack.reserveList'))}</h2>
${
  reserve.length
    ? htmlTable(
        [s('doc.col.rank'), s('doc.col.state'), s('doc.col.region'), s('doc.col.score')],
        reserve.map((e) => [
          esc(e.rank),
          `${esc(e.name)} (${esc(e.iso3)})`,
          esc(s.region(e.region)),
          esc(fixedText(s, e.score, 2)),
        ]),
        [0, 3],
      )
    : `<p>${esc(s('doc.pack.noReserve'))}</p>`
}
<h2>${esc(s('doc.pack.why'))}</h2>
${selected.map((e) => breakdownHtml(s, e)).join('\n')}`;
  } else {
    const amendments = list.amendments;
    body = `${context}
<h2>${esc(s('doc.pack.amendments', { count: s.num(amendments.length) }))}</h2>
${
  amendments.length
    ? amendments
        .map((a) =>
          amendmentHtml(
            s,
            a,
            list.comments.filter((c) => c.amendmentId === a.id),
          ),
        )
        .join('\n')
    : `<p>${esc(s('doc.pack.noAmendments'))}</p>`
}
<h2>${esc(s('doc.pack.composition', { version }))}</h2>
${htmlTable(
  [s('doc.col.rank'), s('doc.col.state'), s('doc.col.score'), s('doc.col.kindOfVisit')],
  selected.map((e) => [
    esc(e.rank),
    `${esc(e.name)} (${esc(e.iso3)})`,
    esc(fixedText(s, e.score, 2)),
    esc(kindWord(s, e.proposedKind)),
  ]),
  [0, 2],
)}`;
  }
  return htmlDocument({
    classification: 'restricted',
    title: s(subject === 'list' ? 'doc.pack.titleList' : 'doc.pack.titleAmendments', { year }),
    subtitle: s('doc.pack.subtitle', { date: s.date(ctx.today) }),
    syntheticNotice: syntheticNotice(ctx),
    body,
    footer: s('doc.pack.footer', { date: s.date(ctx.today) }),
    speaker: s,
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

/**
 * A visit's dates: in prose for the HTML schedule; as ISO dates in a CSV or XLSX cell (an ISO 8601
 * interval, "2026-05-04/2026-05-08", outside English, which has always written "… to …").
 */
function datesText(s: Speaker, v: ScheduledVisit, prose: boolean): string {
  if (!v.startDate) return s('doc.schedule.datesTbc');
  if (!v.endDate || v.endDate === v.startDate) return prose ? s.date(v.startDate) : v.startDate;
  if (prose) return s('doc.schedule.range', { from: s.date(v.startDate), to: s.date(v.endDate) });
  return s.language === 'en'
    ? s('doc.schedule.range', { from: v.startDate, to: v.endDate })
    : `${v.startDate}/${v.endDate}`;
}

/** A visit's format as the schedule writes it ("in person"). */
const modeText = (s: Speaker, mode: ScheduledVisit['mode']) =>
  mode === 'in_person' || mode === 'virtual' || mode === 'hybrid'
    ? s(`doc.schedule.mode.${mode}`)
    : String(mode).replace('_', ' ');

async function scheduleFile(
  ctx: CallContext,
  year: number,
  precision: 'month' | 'dates',
  format: 'html' | 'csv' | 'xlsx',
): Promise<ExportFile> {
  // The published schedule never shows what a State asked to keep confidential (OP 19).
  const visits = readSchedule(ctx, year).filter((v) => !v.confidential);
  const s = sp(ctx);
  const when = (v: ScheduledVisit) =>
    precision === 'month'
      ? v.month
        ? s.month(v.month)
        : s('doc.schedule.toBeConfirmed')
      : datesText(s, v, false);
  const synthetic = syntheticNotice(ctx);
  const baseName = `cted-visit-schedule-${year}`;
  if (format !== 'html') {
    return tableFile(
      {
        title: s('doc.schedule.title', { year }),
        notes: notes(ctx, s('doc.schedule.note', { year })),
        columns: [
          s(precision === 'month' ? 'doc.col.month' : 'doc.col.dates'),
          s('doc.col.memberState'),
          s('doc.col.kindOfVisit'),
          s('doc.col.format'),
        ],
        rows: visits.map((v) => [when(v), v.stateName, kindWord(s, v.kind), modeText(s, v.mode)]),
      },
      baseName,
      format,
      synthetic !== null,
      'public',
      s,
    );
  }
  const byMonth = new Map<string, ScheduledVisit[]>();
  for (const v of visits) {
    const key = v.month ? s.month(v.month) : s('doc.schedule.toBeConfirmed');
    byMonth.set(key, [...(byMonth.get(key) ?? []), v]);
  }
  const body = visits.length
    ? [...byMonth.entries()]
        .map(
          ([month, list]) =>
            `<h2>${esc(month)} ${esc(year)}</h2>${htmlTable(
              [
                ...(precision === 'dates' ? [s('doc.col.dates')] : []),
                s('doc.col.memberState'),
                s('doc.col.kindOfVisit'),
                s('doc.col.format'),
              ],
              list.map((v) => [
                ...(precision === 'dates' ? [esc(datesText(s, v, true))] : []),
                esc(v.stateName),
                esc(kindWord(s, v.kind)),
                esc(modeText(s, v.mode)),
              ]),
            )}`,
        )
        .join('\n')
    : `<p>${esc(s('doc.schedule.none'))}</p>`;
  return {
    fileName: classifiedFileName(baseName, 'public', synthetic !== null, 'html'),
    mimeType: 'text/html',
    encoding: 'utf8',
    content: htmlDocument({
      classification: 'public',
      title: s('doc.schedule.docTitle', { year }),
      subtitle: s('doc.schedule.subtitle', { date: s.date(ctx.today) }),
      syntheticNotice: synthetic,
      body,
      footer: s('doc.schedule.footer'),
      speaker: s,
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
      sp(ctx),
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
      sp(ctx),
    );
  },
  'exports.amendments': async ({ year, format }, ctx) =>
    tableFile(
      amendmentsTable(ctx, year),
      `cted-visit-list-${year}-amendments`,
      format,
      syntheticNotice(ctx) !== null,
      'restricted',
      sp(ctx),
    ),
  'exports.diff': async ({ year, from, to, format }, ctx) =>
    tableFile(
      diffTable(ctx, year, from, to),
      `cted-visit-list-${year}-v${from}-to-v${to}`,
      format,
      syntheticNotice(ctx) !== null,
      'restricted',
      sp(ctx),
    ),
  'exports.reviewPack': ({ year, subject }, ctx) => {
    const synthetic = syntheticNotice(ctx) !== null;
    if (subject === 'amendments' && readListVersion(ctx, year).list.status !== 'adopted') {
      throw new ApiError('INVALID_TRANSITION', text('doc.pack.notAdopted', { year }));
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
