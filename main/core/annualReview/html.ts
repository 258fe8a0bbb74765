// The annual review as one self-contained HTML document: the review of the year, the forecast of
// the next, and the Chair's figures, each chart (inline SVG) with its table beside it. The `print`
// layout puts each part on a new A4 page and the classification in every page's margin.
import type { CellKind } from '../exports/workbook';
import { classificationLabel } from '../exports/classification';
import { esc, htmlDocument, htmlTable } from '../exports/html';
import type { Speaker } from '../exports/speak';
import type { AnnualReviewFigures } from './collect';
import { barChart, columnChart, lineChart, type ChartSpec } from './svg';
import { reviewTables, type ReviewTable } from './tables';
import { listStatusWord } from './words';

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
const PRINT_STYLE = (label: string, s: Speaker) => `
  @page { size: A4; margin: 18mm 14mm;
    @top-center { content: "${label}"; font: 700 9pt Arial, sans-serif; }
    @bottom-center { content: "${label} — ${s('doc.print.page')} " counter(page) " ${s('doc.print.of')} " counter(pages); font: 9pt Arial, sans-serif; } }
  body { margin: 0 auto; max-width: 182mm; font-size: 10pt; }
  .part + .part { break-before: page; }
  h2, h3, .table-title { break-after: avoid; }
  tr { break-inside: avoid; }
  .figure-body:not(.wide) { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); }
`;

function cellHtml(
  value: string | number | null | undefined,
  kind: CellKind,
  s: Speaker,
  key = '',
): string {
  if (value === null || value === undefined || value === '') return '—';
  // A year is a name, not a quantity: never grouped ("2026", not "2 026").
  if (key === 'year') return esc(value);
  if (typeof value === 'number') {
    if (kind === 'percent')
      return s.language === 'en'
        ? `${(value * 100).toFixed(1)} %`
        : esc(
            new Intl.NumberFormat(s.language === 'ar' ? 'ar-u-nu-latn' : s.language, {
              style: 'percent',
              minimumFractionDigits: 1,
              maximumFractionDigits: 1,
            }).format(value),
          );
    if (kind === 'number') return esc(s.num(Number(value.toFixed(2))));
    if (kind === 'integer') return esc(s.num(value));
  }
  if (kind === 'date' && typeof value === 'string') return esc(s.date(value));
  return esc(value);
}

function tableHtml(t: ReviewTable, empty: string, s: Speaker): string {
  const title = `<p class="table-title"><strong>${esc(t.caption)}</strong></p>`;
  if (t.rows.length === 0) return `${title}<p class="muted">${esc(empty)}</p>`;
  return (
    title +
    htmlTable(
      t.columns.map((c) => c.header),
      t.rows.map((r) => t.columns.map((c) => cellHtml(r[c.key], c.kind, s, c.key))),
      t.columns.flatMap((c, i) => (c.kind === 'text' || c.kind === 'date' ? [] : [i])),
    )
  );
}

/** Beyond this many columns a table does not fit beside its chart, and follows it instead. */
const COLUMNS_BESIDE = 4;

/** A chart with the table of its figures beside it (or right under it, when the table is wide). */
function figureHtml(chart: string, table: ReviewTable, caption: string, s: Speaker): string {
  const wide = table.columns.length > COLUMNS_BESIDE ? ' wide' : '';
  return `<figure class="figure">
<div class="figure-body${wide}"><div>${chart}</div><div>${tableHtml(table, s('doc.nothingRecorded'), s)}</div></div>
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

const listWords = (f: AnnualReviewFigures['list'], year: number, s: Speaker): string => {
  if (!f) return s('doc.review.noList', { year });
  const decision =
    f.status === 'adopted'
      ? s('doc.review.decidedOn', {
          date: f.decidedOn ? s.date(f.decidedOn) : s('doc.review.unrecordedDate'),
        }) + (f.decisionRef ? ` (${f.decisionRef})` : '')
      : '';
  return s('doc.review.listIs', {
    year,
    status: listStatusWord(s, f.status),
    decision,
    selected: s.num(f.selected.length),
    capacity: s.num(f.capacity),
    version: f.version,
  });
};

type Tables = ReturnType<typeof reviewTables>;

function reviewPart(f: AnnualReviewFigures, t: Tables, s: Speaker): string {
  const y = f.year;
  const visited = f.listed.filter((l) => l.outcome === 'visited').length;
  const approved = (f.list?.amendments ?? []).filter((a) => a.status === 'approved').length;
  const conducted = f.visits.filter((v) => v.conducted).length;
  const listSentence =
    f.list?.status === 'adopted'
      ? s('doc.review.listOutcome', {
          visited: s.num(visited),
          listed: s.num(f.listed.length),
          amendments: s('doc.review.approvedAmendments', { count: approved }),
          conducted: s.num(conducted),
        })
      : s('doc.review.noListVisits', { conducted: s.num(conducted), year: y });
  const outcomes = barChart({
    id: 'chart-outcomes',
    title: s('doc.review.chart.outcomes', { year: y }),
    description: t.outcomes.rows
      .map((r) => s('doc.review.countOf', { what: String(r.outcome), count: Number(r.states) }))
      .join('; '),
    ...seriesOf(t.outcomes, 'outcome', ['states']),
    xLabel: s('doc.col.states'),
    yLabel: s('doc.col.outcome'),
  });
  const op16OnTime = f.op16Submitted.filter((o) => !o.late).length;
  return `<section class="part" aria-labelledby="part-review">
<h2 id="part-review">${esc(s('doc.review.part1', { year: y }))}</h2>
${tableHtml(t.keyFigures, '', s)}
<h3>${esc(s('doc.review.h.list'))}</h3>
<p>${esc(listWords(f.list, y, s))} ${esc(listSentence)}</p>
${f.list?.status === 'adopted' ? figureHtml(outcomes, t.outcomes, s('doc.review.outcomesCaption', { year: y, date: s.date(f.asOf) }), s) : ''}
${f.list?.status === 'adopted' ? tableHtml(t.listed, s('doc.review.noListed'), s) : ''}
${f.list ? tableHtml(t.amendments, s('doc.review.noAmendment'), s) : ''}
<h3>${esc(s('doc.review.h.visits'))}</h3>
${tableHtml(t.visits, s('doc.review.noVisit', { year: y }), s)}
<h3>${esc(s('doc.review.h.reports'))}</h3>
${tableHtml(t.reports, s('doc.review.noReport', { year: y }), s)}
<h3>${esc(s('doc.review.h.op16'))}</h3>
<p>${esc(s('doc.review.op16Sentence', { submitted: s.num(f.op16Submitted.length), year: y, onTime: s.num(op16OnTime), due: s.num(f.op16Due.length) }))}</p>
${tableHtml(t.op16Submitted, s('doc.review.noOp16Submitted', { year: y }), s)}
${tableHtml(t.op16Due, s('doc.review.noOp16Due', { year: y }), s)}
<h3>${esc(s('doc.review.h.recommendations'))}</h3>
<p>${esc(
    s('doc.review.implementationSentence', {
      year: y,
      implemented: s.num(f.implementationEnd?.byStatus.implemented ?? 0),
      total: s.num(f.implementationEnd?.total ?? 0),
      before: s.num(f.implementationStart?.byStatus.implemented ?? 0),
      beforeTotal: s.num(f.implementationStart?.total ?? 0),
    }),
  )}</p>
${tableHtml(t.implementationByArea, s('doc.review.noRecommendation'), s)}
${tableHtml(t.assistance, s('doc.review.noAssistance', { year: y }), s)}
<h3>${esc(s('doc.review.h.never'))}</h3>
<p>${esc(s('doc.review.neverSentence', { start: s.num(f.neverVisitedStart.neverVisited), year: y, end: s.num(f.neverVisitedEnd.neverVisited) }))}</p>
${tableHtml(t.neverVisited, '', s)}
${tableHtml(t.firstVisits, s('doc.review.noFirstVisit', { year: y }), s)}
</section>`;
}

function forecastPart(f: AnnualReviewFigures, t: Tables, s: Speaker): string {
  const next = f.year + 1;
  const d = f.forecast.defaults;
  const years = f.forecast.scenarios.map((sc) => ({
    name: s(`doc.scenario.${sc.name}`),
    year: sc.projection.fullCoverageYear,
  }));
  const projection = lineChart({
    id: 'chart-projection',
    title: s('doc.review.chart.projection'),
    description: years
      .map((sc) =>
        sc.year === null
          ? s('doc.review.notWithinCentury', { name: sc.name })
          : s('doc.review.everyStateBy', { name: sc.name, year: sc.year }),
      )
      .join('; '),
    ...seriesOf(t.projection, 'year', ['expected', 'optimistic', 'pessimistic']),
    xLabel: s('doc.col.year'),
    yLabel: s('doc.col.neverVisited'),
  });
  const basis = s('doc.review.basis', {
    capacity: s.num(d.capacity.value),
    source:
      d.capacity.source === 'list'
        ? s('doc.review.basisList', { year: String(d.capacity.listYear) })
        : d.capacity.source === 'history'
          ? s('doc.review.basisHistory')
          : s('doc.review.basisNone'),
    share: s.num(Math.round(d.reservedShare.value * 100)),
    names: years.map((sc) => sc.name).join(', '),
  });
  return `<section class="part" aria-labelledby="part-forecast">
<h2 id="part-forecast">${esc(s('doc.review.part2', { year: next }))}</h2>
<h3>${esc(s('doc.review.h.nextList', { year: next }))}</h3>
<p>${esc(listWords(f.forecast.list, next, s))}</p>
${f.forecast.list ? tableHtml(t.nextList, s('doc.review.noneSelected'), s) : ''}
<h3>${esc(s('doc.review.h.op16Expected'))}</h3>
${tableHtml(t.nextOp16, s('doc.review.noOp16Next', { year: next }), s)}
<h3>${esc(s('doc.review.h.projection'))}</h3>
<p>${esc(
    s('doc.review.projectionSentence', {
      expected: years[0]!.year ?? s('doc.review.noForeseeableYear'),
      best: years[1]!.year ?? s('doc.review.never'),
      worst: years[2]!.year ?? s('doc.review.never'),
      basis,
    }),
  )}</p>
${figureHtml(projection, t.projection, s('doc.review.projectionCaption'), s)}
</section>`;
}

function chairPart(f: AnnualReviewFigures, t: Tables, s: Speaker): string {
  const consent = seriesOf(t.consentSeries, 'year', ['granted']);
  const notGranted = t.consentSeries.rows.map((r) => Number(r.answered) - Number(r.granted));
  const unanswered = t.consentSeries.rows.map((r) => Number(r.requests) - Number(r.answered));
  const charts = {
    consent: columnChart({
      id: 'chart-consent',
      title: s('doc.review.chart.consent'),
      description: s('doc.review.chart.consentDesc'),
      categories: consent.categories,
      series: [
        ...consent.series,
        { name: s('doc.review.answeredNotGranted'), values: notGranted },
        { name: s('doc.review.notAnswered'), values: unanswered },
      ],
      xLabel: s('doc.review.yearSent'),
      yLabel: s('doc.col.requests'),
    }),
    implementation: columnChart({
      id: 'chart-implementation',
      title: s('doc.review.chart.implementation'),
      description: s('doc.review.chart.implementationDesc'),
      ...seriesOf(
        t.implementationSeries,
        'year',
        t.implementationSeries.columns.slice(2).map((c) => c.key),
      ),
      xLabel: s('doc.col.year'),
      yLabel: s('doc.col.recommendations'),
    }),
    visits: columnChart({
      id: 'chart-visits',
      title: s('doc.review.chart.visits'),
      description: s('doc.review.chart.visitsDesc'),
      ...seriesOf(t.visitsSeries, 'year', ['visits']),
      xLabel: s('doc.col.year'),
      yLabel: s('doc.review.visitsAxis'),
    }),
    never: lineChart({
      id: 'chart-never',
      title: s('doc.review.chart.never'),
      description: s('doc.review.chart.neverDesc'),
      ...seriesOf(t.visitsSeries, 'year', ['never']),
      xLabel: s('doc.col.year'),
      yLabel: s('doc.col.states'),
    }),
    op16: columnChart({
      id: 'chart-op16',
      title: s('doc.review.chart.op16'),
      description: s('doc.review.chart.op16Desc'),
      ...seriesOf(t.op16Series, 'year', ['onTime', 'late', 'overdue']),
      xLabel: s('doc.review.yearDue'),
      yLabel: s('doc.review.reportsAxis'),
    }),
  };
  return `<section class="part" aria-labelledby="part-chair">
<h2 id="part-chair">${esc(s('doc.review.part3'))}</h2>
<p>${esc(s('doc.review.chairIntro', { date: s.date(f.asOf) }))}</p>
<h3>${esc(s('doc.review.h.consent'))}</h3>
${tableHtml(t.consentYear, s('doc.review.noConsent', { year: f.year }), s)}
${figureHtml(charts.consent, t.consentSeries, s('doc.review.consentCaption'), s)}
<h3>${esc(s('doc.review.h.implementation'))}</h3>
${figureHtml(charts.implementation, t.implementationSeries, s('doc.review.implementationCaption'), s)}
<h3>${esc(s('doc.review.h.coverage'))}</h3>
${figureHtml(charts.visits, t.visitsSeries, s('doc.review.visitsCaption'), s)}
${figureHtml(charts.never, t.visitsSeries, s('doc.review.neverCaption'), s)}
<h3>${esc(s('doc.review.h.op16Compliance'))}</h3>
${figureHtml(charts.op16, t.op16Series, s('doc.review.op16Caption'), s)}
</section>`;
}

/** The document, for the screen (`html`) or laid out for printing to PDF (`print`), in `s`'s language. */
export function annualReviewHtml(
  f: AnnualReviewFigures,
  layout: 'html' | 'print',
  synthetic: boolean,
  s: Speaker,
): string {
  const tables = reviewTables(f, s);
  const label = classificationLabel('restricted', s);
  const asOf = s.date(f.asOf);
  return htmlDocument({
    classification: 'restricted',
    title: s('doc.review.title', { year: f.year, next: f.year + 1 }),
    subtitle: s('doc.review.subtitle', { date: asOf }),
    syntheticNotice: synthetic ? s('doc.synthetic.notice') : null,
    style: layout === 'print' ? STYLE + PRINT_STYLE(label, s) : STYLE,
    body: [reviewPart(f, tables, s), forecastPart(f, tables, s), chairPart(f, tables, s)].join(
      '\n',
    ),
    footer: s('doc.review.footer', { year: f.year, date: asOf }),
    speaker: s,
  });
}
