// What changed on the list since its last version: the States that entered it, those that left
// it, and those that moved in the ranking, each with its ranks, in words.
import type { ReactNode } from 'react';
import type { ListChange, ListChanges } from '../../../../shared/api/types';
import { AsyncView } from '../../components/AsyncView';
import { Facts } from '../../components/Facts';
import { useApi } from '../../data/useAsync';
import { formatDate, t } from '../../i18n';
import { dossierHref } from '../../router';

export function ChangesSummary({ year }: { year: number }) {
  const changes = useApi('plan.changes', { year });
  return (
    <section aria-labelledby="changes-heading">
      <h2 id="changes-heading">{t('review.changes.title')}</h2>
      <AsyncView state={changes}>{(c) => <Changes c={c} />}</AsyncView>
    </section>
  );
}

function Changes({ c }: { c: ListChanges }) {
  if (!c.since) return <p>{t('review.changes.nothingBefore', { year: c.year })}</p>;
  const since = c.since;
  return (
    <>
      <p>
        {since.year === c.year
          ? t('review.changes.sinceVersion', {
              version: since.version,
              date: formatDate(since.decidedOn),
            })
          : t('review.changes.sinceYear', {
              year: since.year,
              version: since.version,
              date: formatDate(since.decidedOn),
            })}
      </p>
      <Facts
        items={[
          [
            t('review.changes.entered', { count: c.entered.length }),
            <States key="entered" changes={c.entered} words={enteredWords} />,
          ],
          [
            t('review.changes.left', { count: c.left.length }),
            <States key="left" changes={c.left} words={leftWords} />,
          ],
          [
            t('review.changes.moved', { count: c.moved.length }),
            <States key="moved" changes={c.moved} words={movedWords} />,
          ],
          [t('review.changes.unchanged'), String(c.unchanged)],
        ]}
      />
    </>
  );
}

const enteredWords = (c: ListChange) =>
  c.rankBefore === null
    ? t('review.changes.enteredAt', { rank: c.rankAfter ?? 0 })
    : t('review.changes.enteredFrom', { rank: c.rankAfter ?? 0, before: c.rankBefore });
const leftWords = (c: ListChange) =>
  c.rankAfter === null
    ? t('review.changes.leftFrom', { before: c.rankBefore ?? 0 })
    : t('review.changes.leftTo', { before: c.rankBefore ?? 0, rank: c.rankAfter });
function movedWords(c: ListChange): ReactNode {
  const places = (c.rankBefore ?? 0) - (c.rankAfter ?? 0);
  return (
    <>
      <span aria-hidden="true" className={places > 0 ? 'rank-move-up' : 'rank-move-down'}>
        {places > 0 ? '▲' : '▼'}
      </span>{' '}
      {t(places > 0 ? 'review.changes.up' : 'review.changes.down', {
        count: Math.abs(places),
        before: c.rankBefore ?? 0,
        rank: c.rankAfter ?? 0,
      })}
    </>
  );
}

function States({
  changes,
  words,
}: {
  changes: ListChange[];
  words: (c: ListChange) => ReactNode;
}) {
  if (changes.length === 0) return <>{t('common.none')}</>;
  return (
    <ul className="changes-list">
      {changes.map((c) => (
        <li key={c.iso3}>
          <a href={dossierHref(c.iso3)}>{c.name}</a> {words(c)}
        </li>
      ))}
    </ul>
  );
}
