// On the dashboard of a Committee member: the lists and amendments awaiting the Committee's
// decision, each linking to Review on its year.
import type { Amendment, AwaitingDecision as Awaiting } from '../../../../shared/api/types';
import { AsyncView } from '../../components/AsyncView';
import { useApi } from '../../data/useAsync';
import { formatDate, t } from '../../i18n';
import { pageHref } from '../../router';
import { usePlan } from '../../stores/plan';
import { actionLabel } from './labels';

export function AwaitingDecisionPanel() {
  const awaiting = useApi('plan.awaitingDecision', {});
  return (
    <section className="panel" aria-labelledby="awaiting-heading">
      <h2 id="awaiting-heading" className="panel-title">
        {t('awaiting.title')}
      </h2>
      <AsyncView
        state={awaiting}
        empty={{
          when: (a) => a.lists.length === 0 && a.amendments.length === 0,
          message: t('awaiting.none'),
        }}
      >
        {(a) => <AwaitingList a={a} />}
      </AsyncView>
    </section>
  );
}

/** Review, opened on the year the decision is about. */
function ReviewLink({ year, label }: { year: number; label: string }) {
  return (
    <a href={pageHref('review')} onClick={() => usePlan.getState().setYear(year)}>
      {label}
    </a>
  );
}

const amendmentWords = (a: Amendment): string =>
  a.replacementName
    ? t('awaiting.substitution', {
        action: actionLabel(a.action),
        state: a.stateName,
        replacement: a.replacementName,
        year: a.year,
        date: formatDate(a.proposedOn),
      })
    : t('awaiting.amendment', {
        action: actionLabel(a.action),
        state: a.stateName,
        year: a.year,
        date: formatDate(a.proposedOn),
      });

function AwaitingList({ a }: { a: Awaiting }) {
  return (
    <ul className="alerts" aria-label={t('awaiting.title')}>
      {a.lists.map((l) => (
        <li key={`list-${l.year}`}>
          {t('awaiting.list', {
            year: l.year,
            date: formatDate(l.proposedOn),
            selected: l.selected,
            reserve: l.reserve,
          })}{' '}
          <ReviewLink year={l.year} label={t('awaiting.reviewList', { year: l.year })} />
        </li>
      ))}
      {a.amendments.map((m) => (
        <li key={m.id}>
          {amendmentWords(m)}{' '}
          <ReviewLink
            year={m.year}
            label={t('awaiting.reviewAmendment', { state: m.stateName, year: m.year })}
          />
        </li>
      ))}
    </ul>
  );
}
