// Settings → My passphrase, for everyone: the current passphrase, then the new one twice.
import { useState, type FormEvent } from 'react';
import { call } from '../../api/client';
import { DoneStatus } from '../../components/ActionStatus';
import { FormFailure } from '../../components/FormFailure';
import { addProblems, useFormCheck } from '../../components/formChecks';
import { InputField } from '../../components/InputField';
import { useAction } from '../../data/useAction';
import { t } from '../../i18n';
import { useMayCall } from '../../stores/session';
import { newPassphraseProblems, PassphraseFields, type NewPassphrase } from './PassphraseFields';

const EMPTY: NewPassphrase = { passphrase: '', again: '' };

export function OwnPassphraseSection() {
  const mayChange = useMayCall('users.changeOwnPassphrase');
  const action = useAction();
  const [current, setCurrent] = useState('');
  const [secret, setSecret] = useState<NewPassphrase>(EMPTY);
  const problems = newPassphraseProblems({}, secret);
  if (!current) addProblems(problems, 'current', [t('session.enterPassphrase')]);
  const check = useFormCheck(problems, action.error, [['passphrase', 'again']]);
  if (!mayChange) return null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!check.submit()) return action.reset();
    const done = await action.run(
      () => call('users.changeOwnPassphrase', { current, next: secret.passphrase }),
      () => t('users.ownChanged'),
      false,
    );
    // The current passphrase is typed again either way; what the backend said stays at its field.
    setCurrent('');
    if (done) setSecret(EMPTY);
    check.reset();
  };
  return (
    <section aria-labelledby="own-passphrase">
      <h2 id="own-passphrase">{t('users.ownTitle')}</h2>
      <form className="form-section" onSubmit={submit} noValidate>
        <p>{t('users.ownIntro')}</p>
        <FormFailure
          check={check}
          error={action.error}
          fields={['current', 'passphrase', 'again']}
        />
        <div className="form-grid">
          <InputField
            label={t('users.currentPassphrase')}
            type="password"
            check={check}
            field="current"
            value={current}
            onChange={setCurrent}
            autoComplete="current-password"
          />
          <PassphraseFields check={check} value={secret} onChange={setSecret} />
        </div>
        <div className="button-row">
          <button type="submit" className="primary" disabled={action.busy}>
            {action.busy ? t('form.saving') : t('users.ownSubmit')}
          </button>
        </div>
        <DoneStatus message={action.busy ? null : action.done} />
      </form>
    </section>
  );
}
