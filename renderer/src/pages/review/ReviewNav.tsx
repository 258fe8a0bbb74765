// The two parts of Review, each a page of its own: the year's list and the concurrent edits that
// sync kept for review, with how many of those are open.
import { useApi } from '../../data/useAsync';
import { t } from '../../i18n';
import { conflictsHref, pageHref } from '../../router';

export function ReviewNav({ current }: { current: 'list' | 'conflicts' }) {
  const open = useApi('conflicts.list', {});
  return (
    <nav className="section-tabs" aria-label={t('review.sections')}>
      <a href={pageHref('review')} aria-current={current === 'list' ? 'page' : undefined}>
        {t('review.listSection')}
      </a>
      <a href={conflictsHref} aria-current={current === 'conflicts' ? 'page' : undefined}>
        {open.status === 'ready'
          ? t('conflicts.tabCount', { count: open.data.length })
          : t('conflicts.tab')}
      </a>
    </nav>
  );
}
