// Settings → Sync (issue 9, DESIGN §6): this installation's identity, the installations it trusts,
// and bundles of changes made for them or received from them.
import { PageHeader } from '../../components/PageHeader';
import { t } from '../../i18n';
import { pageHref } from '../../router';
import { IdentitySection } from './IdentitySection';
import { ImportBundleSection } from './ImportBundleSection';
import { MakeBundleSection } from './MakeBundleSection';
import { PeersSection } from './PeersSection';
import { useDocumentTitle } from '../../layout/useDocumentTitle';

export function SyncPage() {
  useDocumentTitle([t('sync.title'), t('settings.title')]);
  return (
    <>
      <p className="breadcrumb">
        <a href={pageHref('settings')}>{t('sync.backToSettings')}</a>
      </p>
      <PageHeader title={t('sync.title')}>
        <p>{t('sync.intro')}</p>
      </PageHeader>
      <IdentitySection />
      <PeersSection />
      <MakeBundleSection />
      <ImportBundleSection />
    </>
  );
}
