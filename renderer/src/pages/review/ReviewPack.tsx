import { useRef, useState } from 'react';
import type { ExportFile } from '../../../../shared/api/types';
import { call } from '../../api/client';
import { download } from '../../api/download';
import { ActionStatus } from '../../components/ActionStatus';
import { OptionSelect } from '../../components/OptionSelect';
import { useAction } from '../../data/useAction';
import { t } from '../../i18n';

type Subject = 'list' | 'amendments';

interface Preview {
  file: ExportFile;
  /** Counts every opening, so that opening the same pack again reloads (and prints) it. */
  opening: number;
  print: boolean;
}

/**
 * The review pack for Committee members: one self-contained HTML file. It opens inside the app
 * (Electron allows no new windows), can be saved, or printed — to paper or to PDF.
 */
export function ReviewPack({ year, subjects }: { year: number; subjects: Subject[] }) {
  const action = useAction();
  const [subject, setSubject] = useState<Subject>(subjects[0] ?? 'list');
  const [preview, setPreview] = useState<Preview | null>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  const fetchPack = () =>
    action.run(
      () => call('exports.reviewPack', { year, subject }),
      (file) => t(file.synthetic ? 'export.madeSynthetic' : 'export.made', { file: file.fileName }),
      false,
    );
  const open = async (print: boolean) => {
    const file = await fetchPack();
    if (file) setPreview((p) => ({ file, opening: (p?.opening ?? 0) + 1, print }));
  };
  const save = async () => {
    const file = await fetchPack();
    if (file) download(file);
  };
  const loaded = () => {
    if (preview?.print) frame.current?.contentWindow?.print();
  };
  return (
    <section aria-labelledby="pack-heading">
      <h2 id="pack-heading">{t('review.pack.title')}</h2>
      <p className="field-hint">{t('review.pack.intro')}</p>
      <div className="export-bar" role="group" aria-label={t('review.pack.title')}>
        {subjects.length > 1 && (
          <label className="filter">
            {t('review.pack.subject')}
            <OptionSelect
              value={subject}
              options={subjects}
              label={(s) => t(`review.pack.subject.${s}`)}
              onChange={setSubject}
            />
          </label>
        )}
        <button type="button" onClick={() => void open(false)} disabled={action.busy}>
          {t('review.pack.open')}
        </button>
        <button type="button" onClick={() => void save()} disabled={action.busy}>
          {t('review.pack.download')}
        </button>
        <button type="button" onClick={() => void open(true)} disabled={action.busy}>
          {t('review.pack.print')}
        </button>
        <ActionStatus action={action} />
      </div>
      {preview && (
        <div className="pack-preview">
          <div className="pack-preview-top">
            <strong>{preview.file.fileName}</strong>
            <button type="button" onClick={() => setPreview(null)}>
              {t('review.pack.close')}
            </button>
          </div>
          <iframe
            key={preview.opening}
            ref={frame}
            title={t('review.pack.frameTitle', { file: preview.file.fileName })}
            srcDoc={preview.file.content}
            // No scripts; same origin only so that the app can ask the frame to print.
            sandbox="allow-same-origin allow-modals"
            onLoad={loaded}
          />
        </div>
      )}
    </section>
  );
}
