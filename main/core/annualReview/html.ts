// The annual review as one self-contained HTML document: the review of the year, the forecast of
// the next, and the Chair's figures, each chart (inline SVG) with its table beside it. The `print`
// layout puts each part on a new A4 page and the classification in every page's margin.
import type { CellKind } from '../exports/workbook';
import { classificationLabel } from '../exports/classification';
import { esc, htmlDocument, htmlTable } from '../exports/html';
import type { AnnualReviewFigures } from './collect';
import { barChart, columnChart, lineChart, type ChartSpec } from './svg';
import { reviewTables, type ReviewTable } from './tables';
import { LIST_STATUS_WORDS } from './words';

const STYLE = `
  .figure { margin: 1rem 0 1.5rem; break-inside: avoid; page-break-inside: avoid; }
  .figure-body { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1rem; align-items: start; }
  .figure-body.wide { grid-template-columns: minmax(0, 1fr); }
  .figure-body.wide > div:first-child { max-width: 42rem; }
  .figure figcaption { font-size: 9.5pt; color: #4a5a6a; }
  .chart { display: block; max-width: 100%; height: auto; }
  .table-title { font-size: 10pt; margin: .8rem 0 .2rem; }
  .figure .table-title { margin-top: 0; }
  .key-figures { max-width: 40rem; }
  @media print { .figure-body:not(.wide) { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); } }
`;

/** The layout for printing to PDF: every part on its own page, the classification on each page. */
const PRINT_STYLE = (label: string) => `
  @page { size: A4; margin: 18mm 14mm;
    @top-center { content: "${label}"; font: 700 9pt Arial, sans-serif; }
    @bottom-center { content: "${label} — page " counter(page) " of " counter(pages); font: 9pt Arial, sans-serif; } }
  body { margin: 0 auto; max-width: 182mm; font-size: 10pt; }
  .part + .part { break-before: page; }
  h2, h3, .table-title { break-after: avoid; }
  tr { break-inside: avoid; }
  .figure-body:not(.wide) { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); }
`;

function cellHtml(value: string | number | null | undefined, kind: CellKind): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'number') {
    if (kind === 'percent') return `${(value * 100).toFixed(1)} %`;
    if (kind === 'number') return esc(Number(value.toFixed(2)));
  }
  return esc(value);
}

function tableHtml(t: ReviewTable, empty: string): string {
  const title = `<p class="table-title"><strong>${esc(t.caption)}</strong></p>`;
  if (t.rows.length === 0) return `${title}<p class="muted">${esc(empty)}</p>`;
  return (
    title +
    htmlTable(
      t.columns.map((c) => c.header),
      t.rows.map((r) => t.columns.map((c) => cellHtml(r[c.key], c.kind))),
      t.columns.flatMap((c, i) => (c.kind === 'text' || c.kind === 'date' ? [] : [i])),
    )
  );
}

/** Beyond this many columns a table does not fit beside its chart, and follows it instead. */
const COLUMNS_BESIDE = 4;

/** A chart with the table of its figures beside it (or right under it, when the table is wide). */
function figureHtml(chart: string, table: ReviewTable, caption: string): string {
  const wide = table.columns.length > COLUMNS_BESIDE ? ' wide' : '';
  return `<figure class="figure">
<div class="figure-body${wide}"><div>${chart}</div><div>${tableHtml(table, 'Nothing recorded.')}</div></div>
<figcaption>${esc(caption)}</figcaption>
</figure>`;
}

/** A chart's series from columns of a table, over the rows' `category` column. */
function seriesOf(
  table: ReviewTable,
  category: string,
  keys: string[],
): Pick<ChartSpec, 'categories' | 'series'> {
  return {
    categories: table.rows.map((r) => String(r[category])),
    series: keys.map((key) => ({
      name: table.columns.find((c) => c.key === key)!.header,
      values: table.rows.map((r) => (typeof r[key] === 'number' ? (r[key] as number) : null)),
    })),
  };
}

const listWords = (f: AnnualReviewFigures['list'], year: number): string => {
  if (!f) return `No risk-based list was drawn up for ${year} in this workspace.`;
  const decision =
    f.status === 'adopted'
      ? ` on ${f.decidedOn ?? 'an unrecorded date'}${f.decisionRef ? ` (${f.decisionRef})` : ''}`
      : '';
  return `The ${year} list is ${LIST_STATUS_WORDS[f.status]}${decision}: ${f.selected.length} States selected for a capacity of ${f.capacity} visits, version ${f.version}.`;
};

function reviewPart(f: AnnualReviewFigures, t: ReturnType<typeof reviewTables>): string {
  const y = f.year;
  const visited = f.listed.filter((s) => s.outcome === 'visited').length;
  const approved = (f.list?.amendments ?? []).filter((a) => a.status === 'approved').length;
  const conducted = f.visits.filter((v) => v.conducted).length;
  const listSentence =
    f.list?.status === 'adopted'
      ? `${visited} of the ${f.listed.length} States the list selected (${approved} approved amendment${approved === 1 ? '' : 's'} included) were visited; ${conducted} visits were conducted in all.`
      : `Without an adopted list, the ${conducted} visits conducted in ${y} are shown on their own.`;
  const outcomes = barChart({
    id: 'chart-outcomes',
    title: `The ${y} list: visited, or why not`,
    description: t.outcomes.rows.map((r) => `${r.outcome}: ${r.states}`).join('; '),
    ...seriesOf(t.outcomes, 'outcome', ['states']),
    xLabel: 'States',
    yLabel: 'Outcome',
  });
  return `<section class="part" aria-labelledby="part-review">
<h2 id="part-review">1. Review of ${y}</h2>
${tableHtml(t.keyFigures, '')}
<h3>The list and its amendments</h3>
<p>${esc(listWords(f.list, y))} ${esc(listSentence)}</p>
${f.list?.status === 'adopted' ? figureHtml(outcomes, t.outcomes, `States selected by any adopted version of the ${y} list, by what became of their visit by ${f.asOf}.`) : ''}
${f.list?.status === 'adopted' ? tableHtml(t.listed, 'No State was listed.') : ''}
${f.list ? tableHtml(t.amendments, 'No amendment was proposed.') : ''}
<h3>Visits</h3>
${tableHtml(t.visits, `No visit started in ${y}.`)}
<h3>Reports adopted</h3>
${tableHtml(t.reports, `The Committee adopted no assessment report in ${y}.`)}
<h3>OP 16 follow-up reports</h3>
<p>${esc(`${f.op16Submitted.length} OP 16 reports were submitted in ${y}, ${f.op16Submitted.filter((o) => !o.late).length} of them on time; ${f.op16Due.length} fell due in the year.`)}</p>
${tableHtml(t.op16Submitted, `No OP 16 report was submitted in ${y}.`)}
${tableHtml(t.op16Due, `No OP 16 report fell due in ${y}.`)}
<h3>Recommendations and technical assistance</h3>
<p>${esc(`At the end of ${y}, ${f.implementationEnd?.byStatus.implemented ?? 0} of ${f.implementationEnd?.total ?? 0} recommendations of adopted reports were implemented (${f.implementationStart?.byStatus.implemented ?? 0} of ${f.implementationStart?.total ?? 0} a year earlier).`)}</p>
${tableHtml(t.implementationByArea, 'No recommendation of an adopted report yet.')}
${tableHtml(t.assistance, `No technical assistance was recorded as delivered in ${y}.`)}
<h3>States never visited</h3>
<p>${esc(`${f.neverVisitedStart.neverVisited} Member States had never been visited on 1 January ${y}; ${f.neverVisitedEnd.neverVisited} at the end of the year.`)}</p>
${tableHtml(t.neverVisited, '')}
${tableHtml(t.firstVisits, `No State was visited for the first time in ${y}.`)}
</section>`;
}

function forecastPart(f: AnnualReviewFigures, t: ReturnType<typeof reviewTables>): string {
  const next = f.year + 1;
  const d = f.forecast.defaults;
  const years = f.forecast.scenarios.map((s) => ({
    name: s.name,
    year: s.projection.fullCoverageYear,
  }));
  const projection = lineChart({
    id: 'chart-projection',
    title: 'States never visited: projection to full coverage',
    description: years
      .map(
        (s) =>
          `${s.name}: ${s.year === null ? 'not within a century' : `every State by ${s.year}`}`,
      )
      .join('; '),
    ...seriesOf(t.projection, 'year', ['expected', 'optimistic', 'pessimistic']),
    xLabel: 'Year',
    yLabel: 'States never visited',
  });
  const basis = `${d.capacity.value} visits a year (${d.capacity.source === 'list' ? `the ${d.capacity.listYear} list` : d.capacity.source === 'history' ? 'recent years' : 'no basis'}), ${Math.round(d.reservedShare.value * 100)} % of them for States never visited, and the share of consent granted (${years.map((s) => s.name).join(', ')}).`;
  return `<section class="part" aria-labelledby="part-forecast">
<h2 id="part-forecast">2. Forecast for ${next}</h2>
<h3>The ${next} list</h3>
<p>${esc(listWords(f.forecast.list, next))}</p>
${f.forecast.list ? tableHtml(t.nextList, 'No State is selected yet.') : ''}
<h3>OP 16 follow-up reports expected</h3>
${tableHtml(t.nextOp16, `No OP 16 report falls due in ${next}.`)}
<h3>Projection to full coverage</h3>
<p>${esc(`Expected: every Member State visited by ${years[0]!.year ?? 'no foreseeable year'}; between ${years[1]!.year ?? 'never'} and ${years[2]!.year ?? 'never'} at the best and worst consent rates. Basis: ${basis}`)}</p>
${figureHtml(projection, t.projection, 'Expected values, not whole States: the projection rounds nothing.')}
</section>`;
}

function chairPart(f: AnnualReviewFigures, t: ReturnType<typeof reviewTables>): string {
  const consent = seriesOf(t.consentSeries, 'year', ['granted']);
  const notGranted = t.consentSeries.rows.map((r) => Number(r.answered) - Number(r.granted));
  const unanswered = t.consentSeries.rows.map((r) => Number(r.requests) - Number(r.answered));
  const charts = {
    consent: columnChart({
      id: 'chart-consent',
      title: 'Consent requests by year sent',
      description: 'Requests granted, answered otherwise and not answered, each year.',
      categories: consent.categories,
      series: [
        ...consent.series,
        { name: 'Answered, not granted', values: notGranted },
        { name: 'Not answered', values: unanswered },
      ],
      xLabel: 'Year the request was sent',
      yLabel: 'Requests',
    }),
    implementation: columnChart({
      id: 'chart-implementation',
      title: 'Recommendations by status at each year’s end',
      description: 'Recommendations of adopted reports, stacked by their latest status.',
      ...seriesOf(
        t.implementationSeries,
        'year',
        t.implementationSeries.columns.slice(2).map((c) => c.key),
      ),
      xLabel: 'Year',
      yLabel: 'Recommendations',
    }),
    visits: columnChart({
      id: 'chart-visits',
      title: 'Visits conducted per year',
      description: 'Conducted visits of every kind, year by year.',
      ...seriesOf(t.visitsSeries, 'year', ['visits']),
      xLabel: 'Year',
      yLabel: 'Visits',
    }),
    never: lineChart({
      id: 'chart-never',
      title: 'States never visited at each year’s end',
      description: 'Member States without an assessment visit by the end of each year.',
      ...seriesOf(t.visitsSeries, 'year', ['never']),
      xLabel: 'Year',
      yLabel: 'States',
    }),
    op16: columnChart({
      id: 'chart-op16',
      title: 'OP 16 reports by year due',
      description: 'Reports submitted on time, late, and still overdue.',
      ...seriesOf(t.op16Series, 'year', ['onTime', 'late', 'overdue']),
      xLabel: 'Year due',
      yLabel: 'Reports',
    }),
  };
  return `<section class="part" aria-labelledby="part-chair">
<h2 id="part-chair">3. The Chair’s figures</h2>
<p>${esc(`For the Chair's yearly report to the Security Council (resolution 2617 (2021), OP 18), as of ${f.asOf}.`)}</p>
<h3>Consent facilitation</h3>
${tableHtml(t.consentYear, `No consent request was sent in ${f.year}.`)}
${figureHtml(charts.consent, t.consentSeries, 'Requests are counted in the year they were sent; a reply counts once recorded.')}
<h3>Implementation of recommendations</h3>
${figureHtml(charts.implementation, t.implementationSeries, 'Each recommendation counts from its report’s adoption, at its latest evidenced status.')}
<h3>Visits and coverage over time</h3>
${figureHtml(charts.visits, t.visitsSeries, 'Every conducted visit counts, advocacy visits included.')}
${figureHtml(charts.never, t.visitsSeries, 'Only assessment visits make a State visited.')}
<h3>OP 16 compliance over time</h3>
${figureHtml(charts.op16, t.op16Series, 'Reports owed for initial assessment reports adopted since resolution 2617 (2021).')}
</section>`;
}

/** The document, for the screen (`html`) or laid out for printing to PDF (`print`). */
export function annualReviewHtml(
  f: AnnualReviewFigures,
  layout: 'html' | 'print',
  syntheticNotice: string | null,
): string {
  const tables = reviewTables(f);
  const label = classificationLabel('restricted');
  return htmlDocument({
    classification: 'restricted',
    title: `CTED annual review ${f.year} and forecast ${f.year + 1}`,
    subtitle: `Review and forecast of CTED's country visits for the Counter-Terrorism Committee (Security Council resolution 2617 (2021), OP 17 and OP 18). Figures as of ${f.asOf}.`,
    syntheticNotice,
    style: layout === 'print' ? STYLE + PRINT_STYLE(label) : STYLE,
    body: [reviewPart(f, tables), forecastPart(f, tables), chairPart(f, tables)].join('\n'),
    footer: `CTED Visit Planner — annual review ${f.year}, figures as of ${f.asOf}. For the Committee's deliberations; not for publication.`,
  });
}
