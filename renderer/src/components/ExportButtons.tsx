import type { ExportFile } from '../../../shared/api/types';
import { download } from '../api/download';
import { useAction } from '../data/useAction';
import { t } from '../i18n';
import { ActionStatus } from './ActionStatus';

interface ExportChoice<F extends ExportFile> {
  label: string;
  make: () => Promise<F>;
}

/**
 * A row of export buttons; each asks the backend for the file and saves it, then hands it to
 * `onSaved` (e.g. to show what a partner pack withheld).
 */
export function ExportButtons<F extends ExportFile>({
  title,
  choices,
  onSaved,
}: {
  title: string;
  choices: ExportChoice<F>[];
  onSaved?: (file: F) => void;
}) {
  const action = useAction();
  const save = (choice: ExportChoice<F>) =>
    void action.run(
      async () => {
        const file = await choice.make();
        download(file);
        onSaved?.(file);
        return file;
      },
      (file) =>
        t(file.synthetic ? 'export.savedSynthetic' : 'export.saved', { file: file.fileName }),
      false,
    );
  return (
    <div className="export-bar" role="group" aria-label={title}>
      <span className="export-title">{title}</span>
      {choices.map((choice) => (
        <button
          key={choice.label}
          type="button"
          onClick={() => save(choice)}
          disabled={action.busy}
        >
          {choice.label}
        </button>
      ))}
      <ActionStatus action={action} />
    </div>
  );
}
