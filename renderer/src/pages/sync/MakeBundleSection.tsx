// "Make a bundle": every change the recipient has not acknowledged (or that some trusted
// installation lacks), signed and encrypted under a passphrase agreed with the other side, saved
// as a .ctedsync file to carry over.
import { useState, type FormEvent } from 'react';
import { call } from '../../api/client';
import { ActionStatus } from '../../components/ActionStatus';
import { AsyncView } from '../../components/AsyncView';
import { Field } from '../../components/Field';
import { FormFailure } from '../../components/FormFailure';
import { useFormCheck } from '../../components/formChecks';
import { RoleNote } from '../../components/RoleNote';
import { useAction } from '../../data/useAction';
import { useApi } from '../../data/useAsync';
import { t } from '../../i18n';
import { useMayCall } from '../../stores/session';
import {
  newPassphraseProblems,
  PassphraseFields,
  type NewPassphrase,
} from '../settings/PassphraseFields';
import { saveBase64File } from './bundleFile';

const FIELDS = ['to', 'passphrase', 'again'] as const;

export function MakeBundleSection() {
  const mayExport = useMayCall('sync.exportBundle');
  return (
    <section aria-labelledby="sync-make">
      <h2 id="sync-make">{t('sync.make')}</h2>
      <p>{t('sync.makeIntro')}</p>
      {mayExport ? <MakeBundleForm /> : <RoleNote what={t('sync.makeWhat')} />}
    </section>
  );
}

function MakeBundleForm() {
  const peers = useApi('sync.peers', {});
  const [to, setTo] = useState('');
  const pending = useApi('sync.pending', to ? { to } : {});
  const action = useAction();
  const [passphrase, setPassphrase] = useState<NewPassphrase>({ passphrase: '', again: '' });
  const check = useFormCheck(newPassphraseProblems({}, passphrase), action.error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!check.submit()) return action.reset();
    await action.run(
      async () => {
        const made = await call('sync.exportBundle', {
          passphrase: passphrase.passphrase,
          ...(to ? { to } : {}),
        });
        saveBase64File(made.fileName, made.bundle);
        return made;
      },
      (made) => t('sync.made', { file: made.fileName, count: made.changes }),
    );
  };
  return (
    <form className="form-section" onSubmit={(e) => void submit(e)} noValidate>
      <FormFailure check={check} error={action.error} fields={FIELDS} />
      <AsyncView state={peers}>
        {(list) => (
          <Field label={t('sync.recipient')} hint={t('sync.recipientHint')}>
            <select value={to} onChange={(e) => setTo(e.target.value)}>
              <option value="">{t('sync.anyPeer')}</option>
              {list.map((p) => (
                <option key={p.siteId} value={p.siteId}>
                  {t('sync.peerOption', { name: p.name, fingerprint: p.fingerprint })}
                </option>
              ))}
            </select>
          </Field>
        )}
      </AsyncView>
      <p role="status">
        {pending.status === 'ready' &&
          (pending.data.changes === 0
            ? t('sync.nothingPending')
            : t(pending.data.newSinceLastBundle ? 'sync.pending' : 'sync.pendingAlreadySent', {
                count: pending.data.changes,
              }))}
      </p>
      <PassphraseFields
        check={check}
        value={passphrase}
        onChange={setPassphrase}
        label={t('sync.bundlePassphrase')}
      />
      <div className="button-row">
        <button type="submit" className="primary" disabled={action.busy}>
          {action.busy ? t('sync.making') : t('sync.makeButton')}
        </button>
      </div>
      <ActionStatus action={action} />
    </form>
  );
}
