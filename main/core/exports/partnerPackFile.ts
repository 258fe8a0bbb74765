// A partner pack as a file: self-contained HTML, one CSV table (each row says which part it
// belongs to), or an XLSX workbook with a sheet per part. Every format opens with the audience's
// classification, the rule of what the audience receives and the withheld counts, all in the
// language the pack was asked for.
import type { ExportFile, PartnerPackWithheld } from '../../../shared/api/types';
import { RECOMMENDATION_STATUSES, THEMATIC_AREAS } from '../../../shared/domain/reports';
import type { PartnerAudience } from '../../../shared/domain/sharing';
import { kindWord } from '../annualReview/words';
import { classificationLabel, classifiedFileName } from './classification';
import { esc, htmlDocument, htmlTable } from './html';
import { AUDIENCE_RULES, type PartnerPackSelection } from './partnerPack';
import { speakerOf, syntheticLine, type Speaker } from './speak';
import { tableFile, type Cell, type Table } from './tables';
import { writeWorkbook, type Sheet } from './workbook';

export interface PackFacts {
  /** "Kenya", or "all Member States" (in the pack's language). */
  scope: string;
  /** The scope in the file name: an ISO3 code or "all". */
  fileScope: string;
  today: string;
  synthetic: boolean;
  /** The pack's language; English by default. */
  speaker?: Speaker;
}

const AREA_LABEL = new Map<string, string>(THEMATIC_AREAS.map((a) => [a.key, a.label]));
const areaLabel = (s: Speaker, key: string) => s.area(key, AREA_LABEL.get(key) ?? key);
const words = (key: string) => key.replace(/_/g, ' ');
const yesNo = (s: Speaker, value: boolean) => s(value ? 'doc.yesLower' : 'doc.noLower');
const STATUSES = new Set<string>(RECOMMENDATION_STATUSES);

/** A kind of visit as the pack writes it ("follow up" in English, as it always has). */
const kindText = (s: Speaker, kind: string) =>
  s.language === 'en' ? words(kind) : kindWord(s, kind);

/** A recommendation's status as the pack writes it ("in progress" in English). */
const statusText = (s: Speaker, status: string) =>
  s.language === 'en' || !STATUSES.has(status)
    ? words(status)
    : s(`doc.recStatus.${status as (typeof RECOMMENDATION_STATUSES)[number]}`);

const priorityText = (s: Speaker, priority: string) =>
  priority === 'high' || priority === 'medium' || priority === 'low'
    ? s(`doc.priority.${priority}`)
    : priority;

const TA_STATUSES = new Set(['proposed', 'requested', 'planned', 'delivered', 'declined']);
const taStatusText = (s: Speaker, status: string) =>
  TA_STATUSES.has(status)
    ? s(`doc.taStatus.${status as 'proposed' | 'requested' | 'planned' | 'delivered' | 'declined'}`)
    : status;

const ruleWords = (s: Speaker, audience: PartnerAudience) =>
  s.language === 'en' ? AUDIENCE_RULES[audience].words : s(`doc.audience.${audience}`);

const WITHHELD_KEYS: (keyof PartnerPackWithheld)[] = [
  'reportsOfConfidentialVisits',
  'reportsWithoutReleaseConsent',
  'reportsReleasedOnlyInPart',
  'reportsWithUnplacedSections',
  'confidentialSections',
  'recommendations',
  'technicalAssistance',
];

const withheldWords = (s: Speaker, key: keyof PartnerPackWithheld) => s(`doc.withheld.${key}`);

/** What was withheld, one line per kind, counts only. */
const withheldLines = (s: Speaker, w: PartnerPackWithheld): string[] =>
  WITHHELD_KEYS.map((key) =>
    s('doc.partner.withheldLine', { count: s.num(w[key]), what: withheldWords(s, key) }),
  );

const speakerOfPack = (facts: PackFacts) => facts.speaker ?? speakerOf('en');

function title(facts: PackFacts): string {
  return speakerOfPack(facts)('doc.partner.title', { scope: facts.scope });
}

function baseName(facts: PackFacts): string {
  return `cted-partner-pack-${facts.fileScope.toLowerCase()}-${facts.today}`;
}

export async function partnerPackFile(
  selection: PartnerPackSelection,
  facts: PackFacts,
  format: 'html' | 'csv' | 'xlsx',
): Promise<ExportFile> {
  const s = speakerOfPack(facts);
  const name = (extension: 'html' | 'csv' | 'xlsx') =>
    classifiedFileName(baseName(facts), selection.audience, facts.synthetic, extension);
  if (format === 'html')
    return {
      fileName: name('html'),
      mimeType: 'text/html',
      encoding: 'utf8',
      content: packHtml(selection, facts, s),
      synthetic: facts.synthetic,
    };
  if (format === 'csv')
    return tableFile(
      packTable(selection, facts, s),
      baseName(facts),
      'csv',
      facts.synthetic,
      selection.audience,
      s,
    );
  const bytes = await writeWorkbook(packSheets(selection, s), {
    title: title(facts),
    classification: classificationLabel(selection.audience, s),
    synthetic: facts.synthetic,
    speaker: s,
  });
  return {
    fileName: name('xlsx'),
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    encoding: 'base64',
    content: Buffer.from(bytes).toString('base64'),
    synthetic: facts.synthetic,
  };
}

// ── HTML ─────────────────────────────────────────────────────────────────────────────────────

function packHtml(p: PartnerPackSelection, facts: PackFacts, s: Speaker): string {
  const rule = AUDIENCE_RULES[p.audience];
  const section = (heading: string, count: number, empty: string, table: () => string) =>
    `<h2>${esc(s('doc.partner.section', { heading, count: s.num(count) }))}</h2>\n${count ? table() : `<p>${esc(empty)}</p>`}`;
  const body = [
    `<h2>${esc(s('doc.partner.shares'))}</h2>
<dl><dt>${esc(s('doc.partner.audience'))}</dt><dd>${esc(classificationLabel(p.audience, s))}</dd>
<dt>${esc(s('doc.partner.receives'))}</dt><dd>${esc(ruleWords(s, p.audience))}</dd>
<dt>${esc(s('doc.partner.leftOut'))}</dt><dd>${esc(s('doc.partner.alwaysLeftOut'))}</dd></dl>`,
    `<h2>${esc(s('doc.partner.withheld'))}</h2>
<ul class="withheld">${withheldLines(s, p.withheld)
      .map((line) => `<li>${esc(line)}</li>`)
      .join('')}</ul>
<p class="muted">${esc(s('doc.partner.countsOnly'))}</p>`,
    section(s('doc.partner.reportsShared'), p.reports.length, s('doc.partner.noReport'), () =>
      htmlTable(
        [
          s('doc.col.memberState'),
          s('doc.col.report'),
          s('doc.col.kindOfVisit'),
          s('doc.col.adoptedOn'),
          s('doc.col.release'),
        ],
        p.reports.map((r) => [
          esc(r.stateName),
          esc(r.title ?? ''),
          esc(kindText(s, r.visitKind)),
          esc(s.date(r.adoptedOn)),
          esc(s(r.releaseConsent === 'full' ? 'doc.partner.inFull' : 'doc.partner.inPart')),
        ]),
      ),
    ),
    section(s('doc.partner.gaps'), p.gaps.length, s('doc.partner.noRecommendation'), () =>
      htmlTable(
        [
          s('doc.col.memberState'),
          s('doc.col.thematicArea'),
          s('doc.col.openRecommendations'),
          s('doc.col.highPriority'),
          s('doc.col.all'),
        ],
        p.gaps.map((g) => [
          esc(g.stateName),
          esc(areaLabel(s, g.area)),
          esc(s.num(g.open)),
          esc(s.num(g.openHighPriority)),
          esc(s.num(g.total)),
        ]),
        [2, 3, 4],
      ),
    ),
    section(
      s('doc.partner.recommendations'),
      p.recommendations.length,
      s('doc.partner.noRecommendation'),
      () =>
        htmlTable(
          [
            s('doc.col.memberState'),
            s('doc.col.code'),
            s('doc.col.thematicArea'),
            s('doc.col.priority'),
            s('doc.col.recommendation'),
            s('doc.col.status'),
            s('doc.col.taNeeded'),
            s('doc.col.possiblePartners'),
            s('doc.col.reference'),
          ],
          p.recommendations.map((r) => [
            esc(r.stateName),
            esc(r.code ?? ''),
            esc(areaLabel(s, r.thematicArea)),
            esc(priorityText(s, r.priority)),
            esc(r.text),
            esc(statusText(s, r.status)),
            esc(yesNo(s, r.technicalAssistanceNeeded)),
            esc(r.partners.join(', ')),
            `<span class="muted">${esc(r.id)}</span>`,
          ]),
        ),
    ),
    ...(rule.assistance
      ? [
          section(s('doc.partner.needs'), p.assistance.length, s('doc.partner.noNeed'), () =>
            htmlTable(
              [
                s('doc.col.memberState'),
                s('doc.col.need'),
                s('doc.col.requestedBy'),
                s('doc.col.requestedOn'),
                s('doc.col.partner'),
                s('doc.col.status'),
                s('doc.col.serves'),
                s('doc.col.reference'),
              ],
              p.assistance.map((a) => [
                esc(a.stateName),
                esc(a.description),
                esc(a.requestedBy),
                esc(s.date(a.requestedOn)),
                esc(a.partner ?? ''),
                esc(taStatusText(s, a.status)),
                esc(codesOf(p, a.recommendationIds)),
                `<span class="muted">${esc(a.id)}</span>`,
              ]),
            ),
          ),
        ]
      : []),
  ].join('\n');
  return htmlDocument({
    classification: p.audience,
    title: title(facts),
    subtitle: s('doc.partner.subtitle', { date: s.date(facts.today) }),
    syntheticNotice: facts.synthetic ? s('doc.synthetic.notice') : null,
    body,
    footer: s('doc.partner.footer', { date: s.date(facts.today) }),
    speaker: s,
  });
}

function codesOf(s: PartnerPackSelection, ids: string[]): string {
  const codes = new Map(s.recommendations.map((r) => [r.id, r.code ?? r.id]));
  return ids.map((id) => codes.get(id) ?? '').join(', ');
}

// ── CSV ──────────────────────────────────────────────────────────────────────────────────────

const CSV_COLUMNS = [
  ['part', 'doc.col.part'],
  ['iso3', 'doc.col.iso3'],
  ['state', 'doc.col.memberState'],
  ['area', 'doc.col.thematicArea'],
  ['code', 'doc.col.code'],
  ['priority', 'doc.col.priority'],
  ['text', 'doc.col.text'],
  ['status', 'doc.col.status'],
  ['ta', 'doc.col.taNeeded'],
  ['partners', 'doc.col.partners'],
  ['open', 'doc.col.openRecommendations'],
  ['all', 'doc.col.allRecommendations'],
  ['date', 'doc.col.date'],
  ['reference', 'doc.col.reference'],
] as const;
type CsvColumn = (typeof CSV_COLUMNS)[number][0];

/** One table: reports, gaps, recommendations and needs, each row naming its part. */
function packTable(p: PartnerPackSelection, facts: PackFacts, s: Speaker): Table {
  const row = (cells: Partial<Record<CsvColumn, Cell>>): Cell[] =>
    CSV_COLUMNS.map(([column]) => cells[column] ?? null);
  const rows: Cell[][] = [
    ...p.reports.map((r) =>
      row({
        part: s('doc.partner.part.report'),
        iso3: r.iso3,
        state: r.stateName,
        text: r.title,
        status: s(
          r.releaseConsent === 'full' ? 'doc.partner.releasedInFull' : 'doc.partner.releasedInPart',
        ),
        date: r.adoptedOn,
        reference: r.id,
      }),
    ),
    ...p.gaps.map((g) =>
      row({
        part: s('doc.partner.part.gap'),
        iso3: g.iso3,
        state: g.stateName,
        area: areaLabel(s, g.area),
        open: g.open,
        all: g.total,
      }),
    ),
    ...p.recommendations.map((r) =>
      row({
        part: s('doc.partner.part.recommendation'),
        iso3: r.iso3,
        state: r.stateName,
        area: areaLabel(s, r.thematicArea),
        code: r.code,
        priority: priorityText(s, r.priority),
        text: r.text,
        status: statusText(s, r.status),
        ta: yesNo(s, r.technicalAssistanceNeeded),
        partners: r.partners.join(', '),
        date: r.statusAsOf,
        reference: r.id,
      }),
    ),
    ...p.assistance.map((a) =>
      row({
        part: s('doc.partner.part.need'),
        iso3: a.iso3,
        state: a.stateName,
        code: codesOf(p, a.recommendationIds),
        text: a.description,
        status: taStatusText(s, a.status),
        partners: a.partner,
        date: a.requestedOn,
        reference: a.id,
      }),
    ),
  ];
  return {
    title: title(facts),
    notes: [
      ...(facts.synthetic ? [syntheticLine(s)] : []),
      s('doc.partner.prepared', { title: title(facts), date: s.date(facts.today) }),
      s('doc.partner.receivesNote', { rule: ruleWords(s, p.audience) }),
      s('doc.partner.withheldNote', { lines: withheldLines(s, p.withheld).join('; ') }),
    ],
    columns: CSV_COLUMNS.map(([, header]) => s(header)),
    rows,
  };
}

// ── XLSX ─────────────────────────────────────────────────────────────────────────────────────

function packSheets(p: PartnerPackSelection, s: Speaker): Sheet[] {
  const rule = AUDIENCE_RULES[p.audience];
  return [
    {
      name: s('doc.partner.sheet.about'),
      notes: [
        s('doc.partner.receivesNote', { rule: ruleWords(s, p.audience) }),
        s('doc.partner.leftOutNote', { rule: s('doc.partner.alwaysLeftOut') }),
      ],
      columns: [
        { key: 'withheld', header: s('doc.col.withheldCounts'), kind: 'text' },
        { key: 'count', header: s('doc.col.count'), kind: 'integer' },
      ],
      rows: WITHHELD_KEYS.map((key) => ({
        withheld: withheldWords(s, key),
        count: p.withheld[key],
      })),
    },
    {
      name: s('doc.partner.sheet.reports'),
      columns: [
        { key: 'iso3', header: s('doc.col.iso3'), kind: 'text' },
        { key: 'state', header: s('doc.col.memberState'), kind: 'text' },
        { key: 'title', header: s('doc.col.report'), kind: 'text' },
        { key: 'kind', header: s('doc.col.kindOfVisit'), kind: 'text' },
        { key: 'adopted', header: s('doc.col.adoptedOn'), kind: 'date' },
        { key: 'release', header: s('doc.col.release'), kind: 'text' },
        { key: 'id', header: s('doc.col.reference'), kind: 'text' },
      ],
      rows: p.reports.map((r) => ({
        iso3: r.iso3,
        state: r.stateName,
        title: r.title,
        kind: kindText(s, r.visitKind),
        adopted: r.adoptedOn,
        release: s(r.releaseConsent === 'full' ? 'doc.partner.inFull' : 'doc.partner.inPart'),
        id: r.id,
      })),
    },
    {
      name: s('doc.partner.gaps'),
      columns: [
        { key: 'iso3', header: s('doc.col.iso3'), kind: 'text' },
        { key: 'state', header: s('doc.col.memberState'), kind: 'text' },
        { key: 'area', header: s('doc.col.thematicArea'), kind: 'text' },
        { key: 'open', header: s('doc.col.openRecommendations'), kind: 'integer' },
        { key: 'high', header: s('doc.col.highPriority'), kind: 'integer' },
        { key: 'total', header: s('doc.col.allRecommendations'), kind: 'integer' },
      ],
      rows: p.gaps.map((g) => ({
        iso3: g.iso3,
        state: g.stateName,
        area: areaLabel(s, g.area),
        open: g.open,
        high: g.openHighPriority,
        total: g.total,
      })),
    },
    {
      name: s('doc.partner.recommendations'),
      columns: [
        { key: 'iso3', header: s('doc.col.iso3'), kind: 'text' },
        { key: 'state', header: s('doc.col.memberState'), kind: 'text' },
        { key: 'code', header: s('doc.col.code'), kind: 'text' },
        { key: 'area', header: s('doc.col.thematicArea'), kind: 'text' },
        { key: 'priority', header: s('doc.col.priority'), kind: 'text' },
        { key: 'text', header: s('doc.col.recommendation'), kind: 'text' },
        { key: 'status', header: s('doc.col.status'), kind: 'text' },
        { key: 'asOf', header: s('doc.col.statusAsOf'), kind: 'date' },
        { key: 'ta', header: s('doc.col.taNeeded'), kind: 'text' },
        { key: 'partners', header: s('doc.col.possiblePartners'), kind: 'text' },
        { key: 'id', header: s('doc.col.reference'), kind: 'text' },
      ],
      rows: p.recommendations.map((r) => ({
        iso3: r.iso3,
        state: r.stateName,
        code: r.code,
        area: areaLabel(s, r.thematicArea),
        priority: priorityText(s, r.priority),
        text: r.text,
        status: statusText(s, r.status),
        asOf: r.statusAsOf,
        ta: yesNo(s, r.technicalAssistanceNeeded),
        partners: r.partners.join(', '),
        id: r.id,
      })),
    },
    ...(rule.assistance
      ? [
          {
            name: s('doc.partner.sheet.assistance'),
            columns: [
              { key: 'iso3', header: s('doc.col.iso3'), kind: 'text' },
              { key: 'state', header: s('doc.col.memberState'), kind: 'text' },
              { key: 'need', header: s('doc.col.need'), kind: 'text' },
              { key: 'by', header: s('doc.col.requestedBy'), kind: 'text' },
              { key: 'on', header: s('doc.col.requestedOn'), kind: 'date' },
              { key: 'partner', header: s('doc.col.partner'), kind: 'text' },
              { key: 'status', header: s('doc.col.status'), kind: 'text' },
              { key: 'serves', header: s('doc.col.serves'), kind: 'text' },
              { key: 'id', header: s('doc.col.reference'), kind: 'text' },
            ],
            rows: p.assistance.map((a) => ({
              iso3: a.iso3,
              state: a.stateName,
              need: a.description,
              by: a.requestedBy,
              on: a.requestedOn,
              partner: a.partner,
              status: taStatusText(s, a.status),
              serves: codesOf(p, a.recommendationIds),
              id: a.id,
            })),
          } satisfies Sheet,
        ]
      : []),
  ];
}
