import { EmptyState } from '../components/EmptyState';
import { PageHeader } from '../components/PageHeader';
import { t } from '../i18n';
import { pageHref } from '../router';
import { useDocumentTitle } from '../layout/useDocumentTitle';

export function NotFoundPage({ path }: { path: string }) {
  useDocumentTitle(t('notFound.title'));
  return (
    <>
      <PageHeader title={t('notFound.title')} />
      <EmptyState>
        {t('notFound.explanation', { path })}{' '}
        <a href={pageHref('dashboard')}>{t('notFound.backToDashboard')}</a>
      </EmptyState>
    </>
  );
}
