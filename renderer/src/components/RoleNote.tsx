import { t } from '../i18n';
import { useSession } from '../stores/session';
import { useWorkspace } from '../stores/workspace';

/**
 * Why a form is not offered: the workspace is read-only, or the user acting now has a role that
 * cannot do it.
 */
export function RoleNote({ what }: { what: string }) {
  const user = useSession((s) => s.currentUser);
  const readOnly = useWorkspace((s) => s.info.status === 'ready' && s.info.data.readOnly);
  if (readOnly)
    return (
      <p className="note" role="note">
        {t('readOnly.formNote', { what })}
      </p>
    );
  if (!user) return null;
  return (
    <p className="note" role="note">
      {t('inputs.roleNote', { what, name: user.name, role: t(`role.${user.role}`) })}
    </p>
  );
}
