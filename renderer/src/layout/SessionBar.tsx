import { useAction } from '../data/useAction';
import { t } from '../i18n';
import { useSession } from '../stores/session';

/** Who is signed in, with Lock and Sign out: every call runs as this user. */
export function SessionBar() {
  const user = useSession((s) => s.currentUser);
  const act = useSession((s) => s.act);
  const action = useAction();
  if (!user) return null;
  const run = (what: 'lock' | 'signOut') => void action.run(() => act(what), undefined, false);
  return (
    <div className="session-bar">
      <p>
        {t('session.signedInAs')} <strong>{user.name}</strong> ({t(`role.${user.role}`)})
      </p>
      <button type="button" onClick={() => run('lock')} disabled={action.busy}>
        {t('session.lock')}
      </button>
      <button type="button" onClick={() => run('signOut')} disabled={action.busy}>
        {t('session.signOut')}
      </button>
    </div>
  );
}
