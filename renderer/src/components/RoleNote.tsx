import { t } from '../../i18n';
import { useSession } from '../../stores/session';

/** Why a form is not offered: the user acting now has a role that cannot do it. */
export function RoleNote({ what }: { what: string }) {
  const user = useSession((s) => s.currentUser);
  if (!user) return null;
  return (
    <p className="note">
      {t('inputs.roleNote', { what, name: user.name, role: t(`role.${user.role}`) })}
    </p>
  );
}
