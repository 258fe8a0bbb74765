// The sign-in screen: a user name and a passphrase. On the demo workspace it says that every demo
// user's passphrase is the documented one, and who they are.
import { useRef, useState, type FormEvent } from 'react';
import { DEMO_PASSPHRASE, type SessionState } from '../../../shared/api/session';
import { addProblems, useFormCheck, type Problems } from '../components/formChecks';
import { InputField } from '../components/InputField';
import { useAction } from '../data/useAction';
import { t } from '../i18n';
import { useSession } from '../stores/session';
import { SessionFailure } from './SessionFailure';
import { GateHeader } from '../layout/GateHeader';
import { useDocumentTitle } from '../layout/useDocumentTitle';

export function SignInPage({ state }: { state: SessionState }) {
  useDocumentTitle(t('session.signInTitle'));
  const act = useSession((s) => s.act);
  const action = useAction();
  const [user, setUser] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const form = useRef<HTMLFormElement>(null);
  const problems: Problems = {};
  if (!user.trim()) addProblems(problems, 'user', [t('session.enterName')]);
  if (!passphrase) addProblems(problems, 'passphrase', [t('session.enterPassphrase')]);
  const check = useFormCheck(problems, action.error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!check.submit()) return action.reset();
    const done = await action.run(() => act('signIn', { user, passphrase }), undefined, false);
    if (!done) {
      // Refused: the passphrase is typed again (the name stays), under what the backend said.
      setPassphrase('');
      check.reset();
      form.current?.querySelector<HTMLInputElement>('input[type="password"]')?.focus();
    }
  };
  return (
    <>
      <GateHeader />
      <main className="full-page" id="main-content">
        <div className="panel sign-in">
          <h1>{t('session.signInTitle')}</h1>
          <p>{t('session.signInIntro')}</p>
          {state.demoUsers && <DemoUsers users={state.demoUsers} />}
          <form ref={form} onSubmit={submit} noValidate>
            <SessionFailure check={check} error={action.error} />
            <InputField
              label={t('session.userName')}
              check={check}
              field="user"
              value={user}
              onChange={setUser}
              autoComplete="username"
              autoFocus
            />
            <InputField
              label={t('session.passphrase')}
              type="password"
              check={check}
              field="passphrase"
              value={passphrase}
              onChange={setPassphrase}
              autoComplete="current-password"
            />
            <div className="button-row">
              <button type="submit" className="primary" disabled={action.busy}>
                {action.busy ? t('session.signingIn') : t('session.signIn')}
              </button>
            </div>
          </form>
        </div>
      </main>
    </>
  );
}

function DemoUsers({ users }: { users: NonNullable<SessionState['demoUsers']> }) {
  return (
    <section className="note" aria-labelledby="demo-users">
      <h2 id="demo-users">{t('session.demoTitle')}</h2>
      <p>{t('session.demoNote', { passphrase: DEMO_PASSPHRASE })}</p>
      <ul>
        {users.map((u) => (
          <li key={u.id}>{t('user.option', { name: u.name, role: t(`role.${u.role}`) })}</li>
        ))}
      </ul>
    </section>
  );
}
