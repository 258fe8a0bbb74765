import { useWorkspace } from '../stores/workspace';
import { t } from '../i18n';

/** A workspace that cannot be written says so on every page, with why and what to do about it. */
export function ReadOnlyBanner() {
  const info = useWorkspace((s) => s.info);
  if (info.status !== 'ready' || !info.data.readOnly) return null;
  return (
    <section aria-label={t('readOnly.region')}>
      <div className="read-only-banner" role="status" aria-label={t('readOnly.label')}>
        <span aria-hidden="true">🔒 </span>
        <strong>{t('readOnly.label')}:</strong> {t('readOnly.notice')}{' '}
        {info.data.readOnlyReason ?? ''}
      </div>
    </section>
  );
}
