import { useWorkspace } from '../stores/workspace';
import { t } from '../i18n';

/** A demo workspace is always labelled as synthetic data, on every page. */
export function DemoBanner() {
  const info = useWorkspace((s) => s.info);
  if (info.status !== 'ready' || !info.data.demo) return null;
  return (
    // A labelled region: a landmark of its own, so that it is not content outside every landmark.
    <section aria-label={t('demo.region')}>
      <div className="demo-banner" role="note" aria-label={t('demo.label')}>
        <span aria-hidden="true">⚠ </span>
        <strong>{t('demo.label')}:</strong>{' '}
        {/* The workspace's words (English where the core has no translation): their own direction. */}
        <span dir="auto">{info.data.syntheticNotice ?? t('demo.fallbackNotice')}</span>
      </div>
    </section>
  );
}
