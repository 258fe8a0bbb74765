// Small charts written as SVG text on the server, for documents that must stand alone (no script,
// no outside file): columns (stacked when there are several series), horizontal bars, and lines.
// Each has its title, axis titles, a legend, and <title>/<desc> for screen readers; the document
// puts the table of the same figures beside it, so no value is shown by colour alone.
import { esc } from '../exports/html';

export interface ChartSeries {
  name: string;
  values: (number | null)[];
}

export interface ChartSpec {
  /** Unique in the document: the ids of the chart's title and description derive from it. */
  id: string;
  title: string;
  /** What the chart shows, in a sentence or two, for screen readers. */
  description: string;
  categories: string[];
  series: ChartSeries[];
  xLabel: string;
  yLabel: string;
}

/** Okabe–Ito colours, told apart by people with colour-vision deficiencies. */
const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#999999'];
const DASHES = ['', '6 3', '2 3', '8 3 2 3'];
const WIDTH = 640;
const HEIGHT = 340;
/** Room under the plot for the category labels, the axis title and two rows of legend. */
const BELOW = 96;
const LEGEND_COLUMNS = 4;
const FONT = 'font-family="Segoe UI, Arial, sans-serif"';

const colour = (i: number) => COLOURS[i % COLOURS.length]!;
const num = (n: number) => Number(n.toFixed(2));

/** Round steps (1, 2 or 5 × 10ⁿ) from 0 to at least `max`, about five of them. */
function ticks(max: number): number[] {
  const top = Math.max(max, 1);
  const rough = top / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough)!;
  // Counts of States, visits and reports: whole steps.
  const whole = Math.max(1, Math.round(step));
  const out: number[] = [];
  for (let v = 0; v < top + whole / 2 && out.length < 12; v += whole) out.push(num(v));
  if (out.at(-1)! < top) out.push(num(out.at(-1)! + whole));
  return out;
}

interface Frame {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The <svg> element with its title, description, visible title, legend and axis titles. */
function shell(spec: ChartSpec, frame: Frame, inner: string, legend: boolean): string {
  const titleId = `${spec.id}-title`;
  const descId = `${spec.id}-desc`;
  const items = legend
    ? spec.series
        .map((s, i) => {
          const x = frame.left + (i % LEGEND_COLUMNS) * 140;
          const y = frame.top + frame.height + 52 + Math.floor(i / LEGEND_COLUMNS) * 16;
          return `<rect x="${x}" y="${y}" width="12" height="12" fill="${colour(i)}"/><text x="${x + 16}" y="${y + 10}" font-size="11">${esc(s.name)}</text>`;
        })
        .join('')
    : '';
  return `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="100%" role="img" aria-labelledby="${titleId} ${descId}" ${FONT}>
<title id="${titleId}">${esc(spec.title)}</title>
<desc id="${descId}">${esc(spec.description)}</desc>
<text x="${WIDTH / 2}" y="18" text-anchor="middle" font-size="14" font-weight="600" fill="#0b3a5d">${esc(spec.title)}</text>
${inner}
<text x="${frame.left + frame.width / 2}" y="${frame.top + frame.height + 40}" text-anchor="middle" font-size="11" fill="#1b2733">${esc(spec.xLabel)}</text>
<text transform="translate(14 ${frame.top + frame.height / 2}) rotate(-90)" text-anchor="middle" font-size="11" fill="#1b2733">${esc(spec.yLabel)}</text>
${items}
</svg>`;
}

/** Horizontal grid lines and their labels on the value axis, for a vertical chart. */
function valueAxis(frame: Frame, scale: number[]): string {
  const top = scale.at(-1)!;
  return scale
    .map((v) => {
      const y = num(frame.top + frame.height - (v / top) * frame.height);
      return `<line x1="${frame.left}" x2="${frame.left + frame.width}" y1="${y}" y2="${y}" stroke="#d5dde5"/><text x="${frame.left - 6}" y="${y + 4}" text-anchor="end" font-size="10">${v}</text>`;
    })
    .join('');
}

/** Category labels under the chart, thinned out when there are too many to read. */
function categoryAxis(frame: Frame, categories: string[]): string {
  const band = frame.width / Math.max(categories.length, 1);
  const every = Math.ceil(categories.length / 12);
  return categories
    .map((c, i) =>
      i % every === 0
        ? `<text x="${num(frame.left + band * (i + 0.5))}" y="${frame.top + frame.height + 16}" text-anchor="middle" font-size="10">${esc(c)}</text>`
        : '',
    )
    .join('');
}

const verticalFrame: Frame = { left: 64, top: 34, width: WIDTH - 84, height: HEIGHT - 34 - BELOW };

/** Columns per category, one series or several stacked. */
export function columnChart(spec: ChartSpec): string {
  const totals = spec.categories.map((_, i) =>
    spec.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0),
  );
  const scale = ticks(Math.max(0, ...totals));
  const top = scale.at(-1)!;
  const f = verticalFrame;
  const band = f.width / Math.max(spec.categories.length, 1);
  const barWidth = num(Math.max(2, band * 0.7));
  const bars = spec.categories
    .map((category, i) => {
      let base = 0;
      return spec.series
        .map((s, k) => {
          const v = s.values[i] ?? 0;
          if (v <= 0) return '';
          const h = (v / top) * f.height;
          const y = f.top + f.height - ((base + v) / top) * f.height;
          base += v;
          return `<rect x="${num(f.left + band * i + (band - barWidth) / 2)}" y="${num(y)}" width="${barWidth}" height="${num(h)}" fill="${colour(k)}"><title>${esc(`${category}, ${s.name}: ${v}`)}</title></rect>`;
        })
        .join('');
    })
    .join('');
  return shell(
    spec,
    f,
    valueAxis(f, scale) + bars + categoryAxis(f, spec.categories),
    spec.series.length > 1,
  );
}

/** One bar per category, laid across, for categories with long names. */
export function barChart(spec: ChartSpec): string {
  const values = spec.categories.map((_, i) => spec.series[0]?.values[i] ?? 0);
  const scale = ticks(Math.max(0, ...values));
  const top = scale.at(-1)!;
  const f: Frame = { left: 230, top: 34, width: WIDTH - 260, height: HEIGHT - 34 - BELOW };
  const band = f.height / Math.max(spec.categories.length, 1);
  const grid = scale
    .map((v) => {
      const x = num(f.left + (v / top) * f.width);
      return `<line x1="${x}" x2="${x}" y1="${f.top}" y2="${f.top + f.height}" stroke="#d5dde5"/><text x="${x}" y="${f.top + f.height + 16}" text-anchor="middle" font-size="10">${v}</text>`;
    })
    .join('');
  const bars = spec.categories
    .map((category, i) => {
      const y = num(f.top + band * i + band * 0.15);
      const v = values[i]!;
      return `<text x="${f.left - 6}" y="${num(f.top + band * (i + 0.5) + 4)}" text-anchor="end" font-size="11">${esc(category)}</text><rect x="${f.left}" y="${y}" width="${num((v / top) * f.width)}" height="${num(band * 0.7)}" fill="${colour(0)}"><title>${esc(`${category}: ${v}`)}</title></rect>`;
    })
    .join('');
  return shell(spec, f, grid + bars, false);
}

/** One line per series across the categories; a gap where a value is missing. */
export function lineChart(spec: ChartSpec): string {
  const all = spec.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const scale = ticks(Math.max(0, ...all));
  const top = scale.at(-1)!;
  const f = verticalFrame;
  const band = f.width / Math.max(spec.categories.length, 1);
  const at = (i: number, v: number) =>
    `${num(f.left + band * (i + 0.5))},${num(f.top + f.height - (v / top) * f.height)}`;
  const lines = spec.series
    .map((s, k) => {
      const runs: string[][] = [[]];
      s.values.forEach((v, i) => (v === null ? runs.push([]) : runs.at(-1)!.push(at(i, v))));
      const dash = DASHES[k % DASHES.length]
        ? ` stroke-dasharray="${DASHES[k % DASHES.length]}"`
        : '';
      return runs
        .filter((r) => r.length > 0)
        .map(
          (r) =>
            `<polyline points="${r.join(' ')}" fill="none" stroke="${colour(k)}" stroke-width="2"${dash}/>` +
            (r.length === 1
              ? `<circle cx="${r[0]!.split(',')[0]}" cy="${r[0]!.split(',')[1]}" r="3" fill="${colour(k)}"/>`
              : ''),
        )
        .join('');
    })
    .join('');
  return shell(
    spec,
    f,
    valueAxis(f, scale) + lines + categoryAxis(f, spec.categories),
    spec.series.length > 1,
  );
}
