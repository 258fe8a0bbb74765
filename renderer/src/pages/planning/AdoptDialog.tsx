import { useEffect, useRef, useState, type FormEvent } from 'react';
import { call } from '../../api/client';
import { ActionStatus } from '../../components/ActionStatus';
import { Field } from '../../components/Field';
import { problemsAt, type Action } from '../../data/useAction';
import { today } from '../../format/dates';
import { t } from '../../i18n';

/**
 * "Adopt…": opens the dialog that records the Committee's adoption of a proposed list. The outcome
 * is reported through `action`, whose status the caller shows (the button goes once adopted).
 */
export function AdoptButton({ year, action }: { year: number; action: Action }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="primary"
        onClick={() => {
          action.reset();
          setOpen(true);
        }}
      >
        {t('planning.adopt.open')}
      </button>
      {open && <AdoptDialog year={year} action={action} onClose={() => setOpen(false)} />}
    </>
  );
}

function AdoptDialog({
  year,
  action,
  onClose,
}: {
  year: number;
  action: Action;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [decisionRef, setDecisionRef] = useState('');
  const [decidedOn, setDecidedOn] = useState(today());
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const adopted = await action.run(
      () => call('plan.adopt', { year, decisionRef, decidedOn }),
      (list) =>
        t('planning.adopt.done', {
          year,
          version: list.currentVersion,
          ref: list.decisionRef ?? '',
        }),
    );
    if (adopted) onClose();
  };
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="adopt-title" onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <h2 id="adopt-title">{t('planning.adopt.title', { year })}</h2>
        <p>{t('planning.adopt.explain')}</p>
        <Field
          label={t('planning.adopt.decisionRef')}
          hint={t('planning.adopt.decisionRefHint')}
          problems={problemsAt(action.error, 'decisionRef')}
        >
          <input
            type="text"
            value={decisionRef}
            onChange={(e) => setDecisionRef(e.target.value)}
            required
          />
        </Field>
        <Field
          label={t('planning.adopt.decidedOn')}
          problems={problemsAt(action.error, 'decidedOn')}
        >
          <input
            type="date"
            value={decidedOn}
            onChange={(e) => setDecidedOn(e.target.value)}
            required
          />
        </Field>
        <ActionStatus action={action} />
        <div className="button-row">
          <button type="submit" className="primary" disabled={action.busy}>
            {t('planning.adopt.submit')}
          </button>
          <button type="button" onClick={() => dialog.current?.close()}>
            {t('planning.adopt.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
