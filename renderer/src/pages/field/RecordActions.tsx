// A field record's row buttons: edit, and delete after a confirmation in place (nothing is lost by
// one stray click or key press).
import { useState } from 'react';
import { call } from '../../api/client';
import { ActionStatus } from '../../components/ActionStatus';
import { useAction } from '../../data/useAction';
import { t } from '../../i18n';

export function RecordActions({
  name,
  deleteMethod,
  id,
  onEdit,
}: {
  /** Which record the buttons act on, for screen readers: "meeting with the Ministry, 17 Nov". */
  name: string;
  deleteMethod: 'meetings.delete' | 'observations.delete' | 'findings.delete';
  id: string;
  onEdit: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const deletion = useAction();
  if (confirming)
    return (
      <span role="group" aria-label={t('field.confirmDelete', { name })}>
        {t('field.confirmDeleteShort')}{' '}
        <button
          type="button"
          className="small primary"
          autoFocus
          disabled={deletion.busy}
          onClick={() => void deletion.run(() => call(deleteMethod, { id }))}
        >
          {t('field.delete')}
        </button>{' '}
        <button type="button" className="small" onClick={() => setConfirming(false)}>
          {t('field.keep')}
        </button>
        <ActionStatus action={deletion} />
      </span>
    );
  return (
    <span className="row-actions">
      <button type="button" className="small" aria-haspopup="dialog" onClick={onEdit}>
        {t('field.edit')}
        <span className="visually-hidden"> {name}</span>
      </button>
      <button type="button" className="small" onClick={() => setConfirming(true)}>
        {t('field.delete')}
        <span className="visually-hidden"> {name}</span>
      </button>
    </span>
  );
}
