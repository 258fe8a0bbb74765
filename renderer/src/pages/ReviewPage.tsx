import { AsyncView } from '../components/AsyncView';
import { EmptyState } from '../components/EmptyState';
import { PageHeader } from '../components/PageHeader';
import { useApi } from '../data/useAsync';
import { t } from '../i18n';
import { pageHref } from '../router';
import { usePlan } from '../stores/plan';
import { YearPicker } from './planning/YearPicker';
import { ListReview } from './review/ListReview';
import { ReviewNav } from './review/ReviewNav';
import { useDocumentTitle } from '../layout/useDocumentTitle';

export function ReviewPage() {
  useDocumentTitle(t('review.title'));
  const year = usePlan((s) => s.year);
  const list = useApi('plan.get', { year });
  return (
    <>
      <PageHeader title={t('review.title')}>
        <p>{t('review.intro')}</p>
      </PageHeader>
      <ReviewNav current="list" />
      <YearPicker />
      <AsyncView state={list}>
        {(l) =>
          l ? (
            <ListReview key={l.id} list={l} />
          ) : (
            <EmptyState>
              {t('review.noList', { year })}{' '}
              <a href={pageHref('planning')}>{t('review.openPlanning')}</a>
            </EmptyState>
          )
        }
      </AsyncView>
    </>
  );
}
