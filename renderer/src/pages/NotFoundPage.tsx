import { EmptyState } from '../components/EmptyState';
import { PageHeader } from '../components/PageHeader';
import { t } from '../i18n';
import { pageHref } from '../router';

export function NotFoundPage({ path }: { path: string }) {
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
