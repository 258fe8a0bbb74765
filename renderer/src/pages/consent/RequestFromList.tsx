// "Request consent from the list": one note verbale for every State selected on the adopted list
// that has no request for the year yet; afterwards, what was sent and what was skipped, and why.
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { ConsentBatch, ConsentOverview } from '../../../../shared/api/types';
import { call } from '../../api/client';
import { DialogButtons } from '../../components/DialogButtons';
import { FormFailure } from '../../components/FormFailure';
import { recordedDateProblems, useFormCheck, type Problems } from '../../components/formChecks';
import { InputField } from '../../components/InputField';
import { useAction } from '../../data/useAction';
import { today } from '../../format/dates';
import { t } from '../../i18n';

const FIELDS = ['sentOn', 'noteVerbaleRefPrefix'] as const;

export function RequestFromList({ overview }: { overview: ConsentOverview }) {
  const [open, setOpen] = useState(false);
  const [result, setResult] = useState<ConsentBatch | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const waiting = overview.counts.not_requested;
  const close = () => {
    setOpen(false);
    opener.current?.focus();
  };
  return (
    <section className="request-from-list" aria-label={t('consent.batch.title')}>
      <button
        ref={opener}
        type="button"
        className="primary"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setResult(null);
          setOpen((o) => !o);
        }}
      >
        {t('consent.batch.open')}
      </button>{' '}
      <span className="muted">
        {waiting > 0 ? t('consent.batch.waiting', { count: waiting }) : t('consent.batch.allAsked')}
      </span>
      {open && (
        <BatchForm
          id={panelId}
          year={overview.year}
          decidedOn={overview.list?.decidedOn ?? null}
          onCancel={close}
          onDone={(batch) => {
            setResult(batch);
            setOpen(false);
          }}
        />
      )}
      {result && <BatchResult batch={result} onDismiss={() => setResult(null)} />}
    </section>
  );
}

function BatchForm({
  id,
  year,
  decidedOn,
  onCancel,
  onDone,
}: {
  id: string;
  year: number;
  decidedOn: string | null;
  onCancel: () => void;
  onDone: (batch: ConsentBatch) => void;
}) {
  const action = useAction();
  const [sentOn, setSentOn] = useState(today());
  const [prefix, setPrefix] = useState('');
  const problems: Problems = {
    sentOn: recordedDateProblems(sentOn, today(), [
      { what: t('consent.batch.adoption', { year }), on: decidedOn },
    ]),
  };
  const check = useFormCheck(problems, action.error);
  const defaultPrefix = `CTED/NV/${sentOn.slice(0, 4) || year}/`;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!check.submit()) return action.reset();
    const batch = await action.run(() =>
      call('consent.requestFromList', {
        year,
        sentOn,
        ...(prefix.trim() ? { noteVerbaleRefPrefix: prefix.trim() } : {}),
      }),
    );
    if (batch) onDone(batch);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
    }
  };
  return (
    <form id={id} className="panel inline-panel" onSubmit={submit} onKeyDown={onKeyDown} noValidate>
      <p>{t('consent.batch.explain', { year })}</p>
      <FormFailure check={check} error={action.error} fields={FIELDS} />
      <div className="form-grid">
        <InputField
          label={t('consent.batch.sentOn')}
          type="date"
          autoFocus
          check={check}
          field="sentOn"
          value={sentOn}
          onChange={setSentOn}
        />
        <InputField
          label={t('consent.batch.prefix')}
          hint={t('consent.batch.prefixHint', { prefix: defaultPrefix })}
          placeholder={defaultPrefix}
          check={check}
          field="noteVerbaleRefPrefix"
          value={prefix}
          onChange={setPrefix}
        />
      </div>
      <DialogButtons
        busy={action.busy}
        submit={t('consent.batch.submit')}
        busyText={t('form.sending')}
        onCancel={onCancel}
      />
    </form>
  );
}

function BatchResult({ batch, onDismiss }: { batch: ConsentBatch; onDismiss: () => void }) {
  return (
    <div className="panel panel-success batch-result" role="status">
      <h3 className="panel-title">
        <span aria-hidden="true">✓ </span>
        {batch.created.length > 0
          ? t('consent.batch.created', { count: batch.created.length })
          : t('consent.batch.noneCreated')}
      </h3>
      {batch.created.length > 0 && (
        <ul>
          {batch.created.map((r) => (
            <li key={r.id}>
              {t('consent.batch.createdItem', {
                state: r.stateName,
                ref: r.noteVerbaleRef ?? t('common.none'),
              })}
            </li>
          ))}
        </ul>
      )}
      {batch.skipped.length > 0 && (
        <>
          <h4>{t('consent.batch.skipped', { count: batch.skipped.length })}</h4>
          <ul>
            {batch.skipped.map((s) => (
              <li key={s.iso3}>
                {t('consent.batch.skippedItem', { state: s.stateName, reason: s.reason })}
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" onClick={onDismiss}>
        {t('consent.batch.dismiss')}
      </button>
    </div>
  );
}
