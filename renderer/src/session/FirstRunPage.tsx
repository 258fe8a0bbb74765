// The first run of a workspace nobody can sign in to yet: name its first administrator and choose
// their passphrase. They then add everyone else in Settings → Users.
import { useState, type FormEvent } from 'react';
import { MIN_PASSPHRASE_LENGTH } from '../../../shared/api/areas/users';
import type { SessionState } from '../../../shared/api/session';
import { addProblems, useFormCheck, type Problems } from '../components/formChecks';
import { InputField } from '../components/InputField';
import { useAction } from '../data/useAction';
import { t } from '../i18n';
import { useSession } from '../stores/session';
import { SessionFailure } from './SessionFailure';
import { passphraseProblems } from './passphraseChecks';
import { GateHeader } from '../layout/GateHeader';
import { useDocumentTitle } from '../layout/useDocumentTitle';

export function FirstRunPage({ state }: { state: SessionState }) {
  useDocumentTitle(t('firstRun.title'));
  const act = useSession((s) => s.act);
  const action = useAction();
  const [name, setName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const problems: Problems = {};
  if (!name.trim()) addProblems(problems, 'name', [t('users.enterName')]);
  addProblems(problems, 'passphrase', passphraseProblems(passphrase));
  if (again !== passphrase) addProblems(problems, 'again', [t('users.passphrasesDiffer')]);
  const check = useFormCheck(problems, action.error, [['passphrase', 'again']]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!check.submit()) return action.reset();
    await action.run(() => act('setup', { name, passphrase }), undefined, false);
  };
  return (
    <>
      <GateHeader />
      <main className="full-page" id="main-content">
        <div className="panel sign-in">
          <h1>{t('firstRun.title')}</h1>
          <p>{t('firstRun.intro')}</p>
          {state.readOnly ? (
            <p className="note" role="note">
              {t('firstRun.readOnly')}
            </p>
          ) : (
            <form onSubmit={submit} noValidate>
              <SessionFailure check={check} error={action.error} />
              <InputField
                label={t('firstRun.name')}
                check={check}
                field="name"
                value={name}
                onChange={setName}
                autoComplete="username"
                maxLength={100}
                autoFocus
              />
              <InputField
                label={t('session.passphrase')}
                hint={t('users.passphraseHint', { min: MIN_PASSPHRASE_LENGTH })}
                type="password"
                check={check}
                field="passphrase"
                value={passphrase}
                onChange={setPassphrase}
                autoComplete="new-password"
              />
              <InputField
                label={t('users.passphraseAgain')}
                type="password"
                check={check}
                field="again"
                value={again}
                onChange={setAgain}
                autoComplete="new-password"
              />
              <div className="button-row">
                <button type="submit" className="primary" disabled={action.busy}>
                  {action.busy ? t('form.saving') : t('firstRun.submit')}
                </button>
              </div>
            </form>
          )}
        </div>
      </main>
    </>
  );
}
