// The annual review and forecast (resolution 2617, OP 17) with the Chair's figures (OP 18): a year
// is chosen (last year by default), its document is shown as it will be sent, and it can be
// printed (to paper or PDF, in its A4 layout) or saved as HTML or as the XLSX annex of its tables.
import { useRef, useState } from 'react';
import type { ExportFile } from '../../../../shared/api/types';
import { call } from '../../api/client';
import { ActionStatus } from '../../components/ActionStatus';
import { AsyncView } from '../../components/AsyncView';
import { ExportButtons } from '../../components/ExportButtons';
import { PageHeader } from '../../components/PageHeader';
import { YearFilter } from '../../components/YearFilter';
import { useAction } from '../../data/useAction';
import { useApi } from '../../data/useAsync';
import { thisYear } from '../../format/dates';
import { t } from '../../i18n';
import { useDocumentTitle } from '../../layout/useDocumentTitle';

/** The year chosen last, kept while the app is open (the page opens on it again). */
let chosenYear: number | null = null;

interface Printing {
  file: ExportFile;
  /** Counts every request, so that printing the same year again reloads (and prints) it. */
  request: number;
}

export function AnnualReviewPage() {
  useDocumentTitle(t('annualReview.title'));
  const [year, setYear] = useState(() => chosenYear ?? thisYear() - 1);
  const review = useApi('reports.annualReview', { year, format: 'html' });
  const action = useAction();
  const [printing, setPrinting] = useState<Printing | null>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  const chooseYear = (y: number) => {
    chosenYear = y;
    setYear(y);
    setPrinting(null);
    action.reset();
  };
  const print = async () => {
    const file = await action.run(
      () => call('reports.annualReview', { year, format: 'print' }),
      (f) => t(f.synthetic ? 'export.madeSynthetic' : 'export.made', { file: f.fileName }),
      false,
    );
    if (file) setPrinting((p) => ({ file, request: (p?.request ?? 0) + 1 }));
  };
  return (
    <>
      <PageHeader title={t('annualReview.title')}>
        <p>{t('annualReview.intro')}</p>
      </PageHeader>
      <div className="filters">
        <YearFilter
          id="annual-review-year"
          label={t('annualReview.year')}
          year={year}
          ahead={0}
          onChange={chooseYear}
        />
      </div>
      <div className="export-bar" role="group" aria-label={t('annualReview.printGroup')}>
        <button type="button" onClick={() => void print()} disabled={action.busy}>
          {t('annualReview.print')}
        </button>
        <ActionStatus action={action} />
      </div>
      <ExportButtons
        title={t('annualReview.download')}
        choices={[
          {
            label: t('annualReview.html'),
            make: () => call('reports.annualReview', { year, format: 'html' }),
          },
          {
            label: t('annualReview.annex'),
            make: () => call('reports.annualReview', { year, format: 'xlsx' }),
          },
        ]}
      />
      <AsyncView state={review}>
        {(file) => {
          const shown = printing?.file ?? file;
          return (
            <section className="pack-preview" aria-labelledby="annual-review-preview">
              <div className="pack-preview-top">
                <h2 id="annual-review-preview">{t('annualReview.preview', { year })}</h2>
                <span>{shown.fileName}</span>
              </div>
              <iframe
                key={printing?.request ?? 'screen'}
                ref={frame}
                title={t('annualReview.frameTitle', { year, file: shown.fileName })}
                srcDoc={shown.content}
                // No scripts; same origin only so that the app can ask the frame to print.
                sandbox="allow-same-origin allow-modals"
                onLoad={() => {
                  if (printing) frame.current?.contentWindow?.print();
                }}
              />
            </section>
          );
        }}
      </AsyncView>
    </>
  );
}
