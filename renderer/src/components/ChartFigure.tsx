// A chart as a figure: its title, a switch between the chart and the same figures as a table, and a
// caption that says in words what the chart shows. The chart itself is an image to assistive
// technology (named by that sentence); the table is the way to read every value.
import { useState, type ReactNode } from 'react';
import { t } from '../i18n';

export function ChartFigure({
  id,
  title,
  summary,
  note,
  controls,
  chart,
  table,
}: {
  /** Unique on the page: names the title and the switch. */
  id: string;
  title: string;
  /** One or two sentences with what matters most, read out for the chart. */
  summary: string;
  /** A caveat under the summary (how a figure is counted, what the data lacks). */
  note?: ReactNode;
  /** Inputs that change what the chart shows, above it. */
  controls?: ReactNode;
  chart: ReactNode;
  table: ReactNode;
}) {
  const [view, setView] = useState<'chart' | 'table'>('chart');
  return (
    <figure className="chart" aria-labelledby={`${id}-title`} data-chart={id}>
      <div className="chart-head">
        <h3 id={`${id}-title`}>{title}</h3>
        <div className="view-switch" role="group" aria-label={t('chart.viewOf', { title })}>
          <button type="button" aria-pressed={view === 'chart'} onClick={() => setView('chart')}>
            {t('chart.showChart')}
          </button>
          <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>
            {t('chart.showTable')}
          </button>
        </div>
      </div>
      {controls && <div className="filters">{controls}</div>}
      {view === 'chart' ? (
        <div className="chart-area" role="img" aria-label={summary}>
          {chart}
        </div>
      ) : (
        table
      )}
      <figcaption>
        {summary}
        {note && <span className="chart-note">{note}</span>}
      </figcaption>
    </figure>
  );
}
