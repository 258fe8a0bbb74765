import { useSession } from '../stores/session';
import { t } from '../i18n';

/** The workspace user the app acts as; every API call carries this choice. */
export function UserSwitcher() {
  const users = useSession((s) => s.users);
  const currentUser = useSession((s) => s.currentUser);
  const chooseUser = useSession((s) => s.chooseUser);
  if (users.status !== 'ready' || !currentUser) return null;
  return (
    <div className="user-switcher">
      <label htmlFor="user-switcher">{t('user.actingAs')}</label>
      <select
        id="user-switcher"
        value={currentUser.id}
        onChange={(e) => chooseUser(e.target.value)}
      >
        {users.data.map((u) => (
          <option key={u.id} value={u.id}>
            {t('user.option', { name: u.name, role: t(`role.${u.role}`) })}
          </option>
        ))}
      </select>
    </div>
  );
}
