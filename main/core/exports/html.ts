// Self-contained HTML documents (inline CSS, no scripts, no outside resources) that can be
// circulated by e-mail and printed to PDF. Each says its classification at the top and the bottom.
import { classificationLabel, classificationLine, type Classification } from './classification';
import { speakerOf, type Speaker } from './speak';

export const esc = (value: unknown): string =>
  String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

const STYLE = `
  body { font: 11pt/1.45 "Segoe UI", Arial, sans-serif; color: #1b2733; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
  h1 { font-size: 1.6rem; color: #0b3a5d; margin-bottom: .2rem; }
  h2 { font-size: 1.2rem; color: #0b3a5d; border-bottom: 2px solid #0b3a5d; padding-bottom: .2rem; margin-top: 2rem; }
  h3 { font-size: 1rem; margin: 1.2rem 0 .3rem; }
  .subtitle { color: #4a5a6a; margin-top: 0; }
  .classification { border: 2px solid #1b2733; padding: .3rem .8rem; font-weight: 700; letter-spacing: .02em; margin: 0 0 1rem; }
  .synthetic { border: 3px solid #a04000; background: #fff3e0; color: #6b2b00; padding: .6rem 1rem; font-weight: 600; margin: 1rem 0; }
  table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: 10pt; }
  th, td { border: 1px solid #c7d0d9; padding: .25rem .45rem; text-align: left; vertical-align: top; }
  th { background: #e9eff5; }
  td.num { text-align: right; font-variant-numeric: tabular-nums; }
  .bar { display: inline-block; height: .7rem; background: #1f6fa8; vertical-align: middle; }
  .muted { color: #5b6875; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; }
  dt { font-weight: 600; }
  .state { break-inside: avoid; page-break-inside: avoid; }
  footer { margin-top: 2rem; color: #5b6875; font-size: 9pt; border-top: 1px solid #c7d0d9; padding-top: .4rem; }
  @page { size: A4; margin: 16mm; }
  @media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } }
`;

/** Right-to-left documents (Arabic): cells and lists start on the right. */
const RTL_STYLE = `
  th, td { text-align: right; }
  td.num { text-align: left; }
`;

export interface HtmlDocument {
  /** Who may read the document: shown above the title and in the footer. */
  classification: Classification;
  title: string;
  subtitle: string;
  /** The synthetic-data warning, when the workspace is a demo. */
  syntheticNotice: string | null;
  body: string;
  footer: string;
  /** CSS of this kind of document, added after the common style. */
  style?: string;
  /** The document's language (its words are already said in it); English by default. */
  speaker?: Speaker;
}

export function htmlDocument(doc: HtmlDocument): string {
  const s = doc.speaker ?? speakerOf('en');
  const label = classificationLabel(doc.classification, s);
  return `<!doctype html>
<html lang="${s.language}"${s.language === 'ar' ? ' dir="rtl"' : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="classification" content="${esc(label)}">
<title>${esc(doc.title)}</title>
<style>${STYLE}${doc.style ?? ''}${s.language === 'ar' ? RTL_STYLE : ''}</style>
</head>
<body>
<p class="classification" role="note">${esc(classificationLine(doc.classification, s))}</p>
<h1>${esc(doc.title)}</h1>
<p class="subtitle">${esc(doc.subtitle)}</p>
${doc.syntheticNotice ? `<p class="synthetic" role="note">${esc(s('doc.synthetic.line', { notice: doc.syntheticNotice }))}</p>` : ''}
${doc.body}
<footer>${esc(doc.footer)} ${esc(label)}.</footer>
</body>
</html>
`;
}

/** A table from column titles and rows of already-escaped cells; numeric columns align right. */
export function htmlTable(columns: string[], rows: string[][], numeric: number[] = []): string {
  const head = columns.map((c) => `<th scope="col">${esc(c)}</th>`).join('');
  const body = rows
    .map(
      (r) =>
        `<tr>${r.map((cell, i) => `<td${numeric.includes(i) ? ' class="num"' : ''}>${cell}</td>`).join('')}</tr>`,
    )
    .join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}
