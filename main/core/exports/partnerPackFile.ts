// A partner pack as a file: self-contained HTML, one CSV table (each row says which part it
// belongs to), or an XLSX workbook with a sheet per part. Every format opens with the audience's
// classification, the rule of what the audience receives and the withheld counts.
import type { ExportFile, PartnerPackWithheld } from '../../../shared/api/types';
import { THEMATIC_AREAS } from '../../../shared/domain/reports';
import { SYNTHETIC_LINE, SYNTHETIC_NOTICE } from '../handlers/workspace';
import { classificationLabel, classifiedFileName } from './classification';
import { esc, htmlDocument, htmlTable } from './html';
import { AUDIENCE_RULES, type PartnerPackSelection } from './partnerPack';
import { tableFile, type Cell, type Table } from './tables';
import { writeWorkbook, type Sheet } from './workbook';

export interface PackFacts {
  /** "Kenya", or "all Member States". */
  scope: string;
  /** The scope in the file name: an ISO3 code or "all". */
  fileScope: string;
  today: string;
  synthetic: boolean;
}

const ALWAYS_LEFT_OUT =
  'Reports not yet adopted by the Counter-Terrorism Committee; reports of visits the State asked to keep confidential; reports whose release the State did not consent to; confidential recommendations; every recommendation of a confidential section of a report.';

const AREA_LABEL = new Map<string, string>(THEMATIC_AREAS.map((a) => [a.key, a.label]));
const areaLabel = (key: string) => AREA_LABEL.get(key) ?? key;
const words = (key: string) => key.replace(/_/g, ' ');
const yesNo = (value: boolean) => (value ? 'yes' : 'no');

const WITHHELD_WORDS: Record<keyof PartnerPackWithheld, string> = {
  reportsOfConfidentialVisits: 'report(s) of visits the State asked to keep confidential',
  reportsWithoutReleaseConsent: 'report(s) whose release the State did not consent to',
  reportsReleasedOnlyInPart: 'report(s) released only in part, not for this audience',
  reportsWithUnplacedSections: 'report(s) with a confidential section that names no thematic area',
  confidentialSections: 'confidential section(s) of the reports shared',
  recommendations: 'recommendation(s) marked confidential or in a confidential section',
  technicalAssistance: 'technical-assistance record(s) not shared',
};

/** What was withheld, one line per kind, counts only. */
const withheldLines = (w: PartnerPackWithheld): string[] =>
  (Object.keys(WITHHELD_WORDS) as (keyof PartnerPackWithheld)[]).map(
    (key) => `${w[key]} ${WITHHELD_WORDS[key]}`,
  );

function title(facts: PackFacts): string {
  return `CTED assessments for partners: ${facts.scope}`;
}

function baseName(facts: PackFacts): string {
  return `cted-partner-pack-${facts.fileScope.toLowerCase()}-${facts.today}`;
}

export async function partnerPackFile(
  selection: PartnerPackSelection,
  facts: PackFacts,
  format: 'html' | 'csv' | 'xlsx',
): Promise<ExportFile> {
  const name = (extension: 'html' | 'csv' | 'xlsx') =>
    classifiedFileName(baseName(facts), selection.audience, facts.synthetic, extension);
  if (format === 'html')
    return {
      fileName: name('html'),
      mimeType: 'text/html',
      encoding: 'utf8',
      content: packHtml(selection, facts),
      synthetic: facts.synthetic,
    };
  if (format === 'csv')
    return tableFile(
      packTable(selection, facts),
      baseName(facts),
      'csv',
      facts.synthetic,
      selection.audience,
    );
  const bytes = await writeWorkbook(packSheets(selection), {
    title: title(facts),
    classification: classificationLabel(selection.audience),
    synthetic: facts.synthetic,
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

function packHtml(s: PartnerPackSelection, facts: PackFacts): string {
  const rule = AUDIENCE_RULES[s.audience];
  const section = (heading: string, count: number, empty: string, table: () => string) =>
    `<h2>${esc(heading)} (${esc(count)})</h2>\n${count ? table() : `<p>${esc(empty)}</p>`}`;
  const body = [
    `<h2>What this pack shares</h2>
<dl><dt>Audience</dt><dd>${esc(classificationLabel(s.audience))}</dd>
<dt>What it receives</dt><dd>${esc(rule.words)}</dd>
<dt>Always left out</dt><dd>${esc(ALWAYS_LEFT_OUT)}</dd></dl>`,
    `<h2>What was withheld</h2>
<ul class="withheld">${withheldLines(s.withheld)
      .map((line) => `<li>${esc(line)}</li>`)
      .join('')}</ul>
<p class="muted">Counts only: what the withheld items say is not in this pack.</p>`,
    section('Reports shared', s.reports.length, 'No report can be shared with this audience.', () =>
      htmlTable(
        ['Member State', 'Report', 'Kind of visit', 'Adopted on', 'Release'],
        s.reports.map((r) => [
          esc(r.stateName),
          esc(r.title ?? ''),
          esc(words(r.visitKind)),
          esc(r.adoptedOn),
          esc(r.releaseConsent === 'full' ? 'in full' : 'in part'),
        ]),
      ),
    ),
    section('Thematic gaps', s.gaps.length, 'No recommendation is shared.', () =>
      htmlTable(
        ['Member State', 'Thematic area', 'Open recommendations', 'Of which high priority', 'All'],
        s.gaps.map((g) => [
          esc(g.stateName),
          esc(areaLabel(g.area)),
          esc(g.open),
          esc(g.openHighPriority),
          esc(g.total),
        ]),
        [2, 3, 4],
      ),
    ),
    section('Recommendations', s.recommendations.length, 'No recommendation is shared.', () =>
      htmlTable(
        [
          'Member State',
          'Code',
          'Thematic area',
          'Priority',
          'Recommendation',
          'Status',
          'Technical assistance needed',
          'Possible partners',
          'Reference',
        ],
        s.recommendations.map((r) => [
          esc(r.stateName),
          esc(r.code ?? ''),
          esc(areaLabel(r.thematicArea)),
          esc(r.priority),
          esc(r.text),
          esc(words(r.status)),
          esc(yesNo(r.technicalAssistanceNeeded)),
          esc(r.partners.join(', ')),
          `<span class="muted">${esc(r.id)}</span>`,
        ]),
      ),
    ),
    ...(rule.assistance
      ? [
          section(
            'Technical-assistance needs',
            s.assistance.length,
            'No open technical-assistance need is shared.',
            () =>
              htmlTable(
                [
                  'Member State',
                  'Need',
                  'Requested by',
                  'Requested on',
                  'Partner',
                  'Status',
                  'Serves',
                  'Reference',
                ],
                s.assistance.map((a) => [
                  esc(a.stateName),
                  esc(a.description),
                  esc(a.requestedBy),
                  esc(a.requestedOn),
                  esc(a.partner ?? ''),
                  esc(a.status),
                  esc(codesOf(s, a.recommendationIds)),
                  `<span class="muted">${esc(a.id)}</span>`,
                ]),
              ),
          ),
        ]
      : []),
  ].join('\n');
  return htmlDocument({
    classification: s.audience,
    title: title(facts),
    subtitle: `Recommendations, thematic gaps and technical-assistance needs from the assessments adopted by the Counter-Terrorism Committee, shared under Security Council resolution 2617 (2021), OP 19 and OP 23. Prepared on ${facts.today}.`,
    syntheticNotice: facts.synthetic ? SYNTHETIC_NOTICE : null,
    body,
    footer: `CTED Visit Planner — ${facts.today}. Made for this audience only.`,
  });
}

function codesOf(s: PartnerPackSelection, ids: string[]): string {
  const codes = new Map(s.recommendations.map((r) => [r.id, r.code ?? r.id]));
  return ids.map((id) => codes.get(id) ?? '').join(', ');
}

// ── CSV ──────────────────────────────────────────────────────────────────────────────────────

const CSV_COLUMNS = [
  'Part',
  'ISO3',
  'Member State',
  'Thematic area',
  'Code',
  'Priority',
  'Text',
  'Status',
  'Technical assistance needed',
  'Partners',
  'Open recommendations',
  'All recommendations',
  'Date',
  'Reference',
];

/** One table: reports, gaps, recommendations and needs, each row naming its part. */
function packTable(s: PartnerPackSelection, facts: PackFacts): Table {
  const row = (cells: Partial<Record<(typeof CSV_COLUMNS)[number], Cell>>): Cell[] =>
    CSV_COLUMNS.map((column) => cells[column] ?? null);
  const rows: Cell[][] = [
    ...s.reports.map((r) =>
      row({
        Part: 'Report',
        ISO3: r.iso3,
        'Member State': r.stateName,
        Text: r.title,
        Status: r.releaseConsent === 'full' ? 'released in full' : 'released in part',
        Date: r.adoptedOn,
        Reference: r.id,
      }),
    ),
    ...s.gaps.map((g) =>
      row({
        Part: 'Thematic gap',
        ISO3: g.iso3,
        'Member State': g.stateName,
        'Thematic area': areaLabel(g.area),
        'Open recommendations': g.open,
        'All recommendations': g.total,
      }),
    ),
    ...s.recommendations.map((r) =>
      row({
        Part: 'Recommendation',
        ISO3: r.iso3,
        'Member State': r.stateName,
        'Thematic area': areaLabel(r.thematicArea),
        Code: r.code,
        Priority: r.priority,
        Text: r.text,
        Status: words(r.status),
        'Technical assistance needed': yesNo(r.technicalAssistanceNeeded),
        Partners: r.partners.join(', '),
        Date: r.statusAsOf,
        Reference: r.id,
      }),
    ),
    ...s.assistance.map((a) =>
      row({
        Part: 'Technical-assistance need',
        ISO3: a.iso3,
        'Member State': a.stateName,
        Code: codesOf(s, a.recommendationIds),
        Text: a.description,
        Status: a.status,
        Partners: a.partner,
        Date: a.requestedOn,
        Reference: a.id,
      }),
    ),
  ];
  return {
    title: title(facts),
    notes: [
      ...(facts.synthetic ? [SYNTHETIC_LINE] : []),
      `${title(facts)}. Prepared on ${facts.today}.`,
      `What this audience receives: ${AUDIENCE_RULES[s.audience].words}`,
      `Withheld (counts only): ${withheldLines(s.withheld).join('; ')}.`,
    ],
    columns: CSV_COLUMNS,
    rows,
  };
}

// ── XLSX ─────────────────────────────────────────────────────────────────────────────────────

function packSheets(s: PartnerPackSelection): Sheet[] {
  const rule = AUDIENCE_RULES[s.audience];
  return [
    {
      name: 'About this pack',
      notes: [`What this audience receives: ${rule.words}`, `Always left out: ${ALWAYS_LEFT_OUT}`],
      columns: [
        { key: 'withheld', header: 'Withheld (counts only)', kind: 'text' },
        { key: 'count', header: 'Count', kind: 'integer' },
      ],
      rows: (Object.keys(WITHHELD_WORDS) as (keyof PartnerPackWithheld)[]).map((key) => ({
        withheld: WITHHELD_WORDS[key],
        count: s.withheld[key],
      })),
    },
    {
      name: 'Reports',
      columns: [
        { key: 'iso3', header: 'ISO3', kind: 'text' },
        { key: 'state', header: 'Member State', kind: 'text' },
        { key: 'title', header: 'Report', kind: 'text' },
        { key: 'kind', header: 'Kind of visit', kind: 'text' },
        { key: 'adopted', header: 'Adopted on', kind: 'date' },
        { key: 'release', header: 'Release', kind: 'text' },
        { key: 'id', header: 'Reference', kind: 'text' },
      ],
      rows: s.reports.map((r) => ({
        iso3: r.iso3,
        state: r.stateName,
        title: r.title,
        kind: words(r.visitKind),
        adopted: r.adoptedOn,
        release: r.releaseConsent === 'full' ? 'in full' : 'in part',
        id: r.id,
      })),
    },
    {
      name: 'Thematic gaps',
      columns: [
        { key: 'iso3', header: 'ISO3', kind: 'text' },
        { key: 'state', header: 'Member State', kind: 'text' },
        { key: 'area', header: 'Thematic area', kind: 'text' },
        { key: 'open', header: 'Open recommendations', kind: 'integer' },
        { key: 'high', header: 'Of which high priority', kind: 'integer' },
        { key: 'total', header: 'All recommendations', kind: 'integer' },
      ],
      rows: s.gaps.map((g) => ({
        iso3: g.iso3,
        state: g.stateName,
        area: areaLabel(g.area),
        open: g.open,
        high: g.openHighPriority,
        total: g.total,
      })),
    },
    {
      name: 'Recommendations',
      columns: [
        { key: 'iso3', header: 'ISO3', kind: 'text' },
        { key: 'state', header: 'Member State', kind: 'text' },
        { key: 'code', header: 'Code', kind: 'text' },
        { key: 'area', header: 'Thematic area', kind: 'text' },
        { key: 'priority', header: 'Priority', kind: 'text' },
        { key: 'text', header: 'Recommendation', kind: 'text' },
        { key: 'status', header: 'Status', kind: 'text' },
        { key: 'asOf', header: 'Status as of', kind: 'date' },
        { key: 'ta', header: 'Technical assistance needed', kind: 'text' },
        { key: 'partners', header: 'Possible partners', kind: 'text' },
        { key: 'id', header: 'Reference', kind: 'text' },
      ],
      rows: s.recommendations.map((r) => ({
        iso3: r.iso3,
        state: r.stateName,
        code: r.code,
        area: areaLabel(r.thematicArea),
        priority: r.priority,
        text: r.text,
        status: words(r.status),
        asOf: r.statusAsOf,
        ta: yesNo(r.technicalAssistanceNeeded),
        partners: r.partners.join(', '),
        id: r.id,
      })),
    },
    ...(rule.assistance
      ? [
          {
            name: 'Technical assistance',
            columns: [
              { key: 'iso3', header: 'ISO3', kind: 'text' },
              { key: 'state', header: 'Member State', kind: 'text' },
              { key: 'need', header: 'Need', kind: 'text' },
              { key: 'by', header: 'Requested by', kind: 'text' },
              { key: 'on', header: 'Requested on', kind: 'date' },
              { key: 'partner', header: 'Partner', kind: 'text' },
              { key: 'status', header: 'Status', kind: 'text' },
              { key: 'serves', header: 'Serves', kind: 'text' },
              { key: 'id', header: 'Reference', kind: 'text' },
            ],
            rows: s.assistance.map((a) => ({
              iso3: a.iso3,
              state: a.stateName,
              need: a.description,
              by: a.requestedBy,
              on: a.requestedOn,
              partner: a.partner,
              status: a.status,
              serves: codesOf(s, a.recommendationIds),
              id: a.id,
            })),
          } satisfies Sheet,
        ]
      : []),
  ];
}
