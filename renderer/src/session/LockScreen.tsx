// The lock screen: after the workspace's inactivity time the session locks, and this dialog covers
// the page (which stays underneath, as it was, but hidden by an opaque backdrop) until the same
// user's passphrase unlocks it. Signing out instead lets someone else sign in.
import { useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import type { SessionState } from '../../../shared/api/session';
import { addProblems, useFormCheck, type Problems } from '../components/formChecks';
import { InputField } from '../components/InputField';
import { useAction } from '../data/useAction';
import { t } from '../i18n';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { useSession } from '../stores/session';
import { SessionFailure } from './SessionFailure';

export function LockScreen({ state }: { state: SessionState }) {
  useDocumentTitle(t('lock.title'), 1);
  const act = useSession((s) => s.act);
  const action = useAction();
  const dialog = useRef<HTMLDialogElement>(null);
  const [passphrase, setPassphrase] = useState('');
  const problems: Problems = {};
  if (!passphrase) addProblems(problems, 'passphrase', [t('session.enterPassphrase')]);
  const check = useFormCheck(problems, action.error);
  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    element.showModal();
    element.querySelector<HTMLInputElement>('input')?.focus();
  }, []);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!check.submit()) return action.reset();
    const done = await action.run(() => act('unlock', { passphrase }), undefined, false);
    if (!done) {
      // Typed again, under what the backend said.
      setPassphrase('');
      check.reset();
    }
  };
  return (
    <dialog
      ref={dialog}
      className="dialog lock-dialog"
      aria-labelledby="lock-title"
      // Escape does not close it: only the passphrase (or signing out) does.
      onCancel={(e) => e.preventDefault()}
    >
      <h2 id="lock-title">{t('lock.title')}</h2>
      <p>
        {t('lock.explanation', {
          count: state.lockAfterMinutes,
          name: state.user?.name ?? '',
        })}
      </p>
      <form onSubmit={submit} noValidate>
        <SessionFailure check={check} error={action.error} />
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
            {action.busy ? t('lock.unlocking') : t('lock.unlock')}
          </button>
          <button type="button" onClick={() => void act('signOut')} disabled={action.busy}>
            {t('session.signOut')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
