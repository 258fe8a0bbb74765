// Risk inputs (OP 12): what the annual list weighs besides the visit history — indicator
// definitions and their imported values, signals, and the States' own requests and invitations.
import { PageHeader } from '../../components/PageHeader';
import { t } from '../../i18n';
import { pageHref } from '../../router';
import { DefinitionsSection } from './DefinitionsSection';
import { ImportSection } from './ImportSection';
import { RequestsSection } from './RequestsSection';
import { SignalsSection } from './SignalsSection';
import { useDocumentTitle } from '../../layout/useDocumentTitle';

export function InputsPage() {
  useDocumentTitle([t('inputs.title'), t('planning.title')]);
  return (
    <>
      <p className="breadcrumb">
        <a href={pageHref('planning')}>{t('inputs.backToPlanning')}</a>
      </p>
      <PageHeader title={t('inputs.title')}>
        <p>{t('inputs.intro')}</p>
      </PageHeader>
      <DefinitionsSection />
      <ImportSection />
      <SignalsSection />
      <RequestsSection />
    </>
  );
}
