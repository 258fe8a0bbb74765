import type { ConsentOverview, ConsentStanding } from '../../../../shared/api/types';
import { standingWords } from '../../columns/consent';
import { describeError } from '../../components/ErrorPanel';
import { useApi } from '../../data/useAsync';
import { formatDate, t } from '../../i18n';
import { pageHref } from '../../router';

const STANDINGS: readonly ConsentStanding[] = [
  'not_requested',
  'pending',
  'granted',
  'declined',
  'deferred',
  'no_reply',
  'withdrawn',
];

/** The year's list as consent sees it, the counts by standing, and the workspace's reminder rules. */
export function OverviewHeader({ overview }: { overview: ConsentOverview }) {
  const { year, list, counts } = overview;
  const total = STANDINGS.reduce((n, s) => n + counts[s], 0);
  return (
    <section className="panel" aria-labelledby="consent-list-heading">
      <h2 id="consent-list-heading" className="panel-title">
        {t('consent.overviewTitle', { year })}
      </h2>
      <p>
        {!list
          ? t('consent.list.none', { year })
          : list.status === 'adopted'
            ? t('consent.list.adopted', {
                year,
                version: list.version,
                date: formatDate(list.decidedOn),
              })
            : t(`consent.list.${list.status}`, { year })}
        {list?.status !== 'adopted' && (
          <>
            {' '}
            <a href={pageHref('planning')}>{t('consent.list.openPlanning')}</a>
          </>
        )}
      </p>
      {total > 0 && (
        <dl className="standing-counts" aria-label={t('consent.countsLabel', { year })}>
          {STANDINGS.map((s) => (
            <div key={s} className="standing-count">
              <dt>{standingWords(s)}</dt>
              <dd>{counts[s]}</dd>
            </div>
          ))}
        </dl>
      )}
      <SettingsInWords />
    </section>
  );
}

function SettingsInWords() {
  const settings = useApi('settings.get', {});
  if (settings.status === 'loading') return null;
  if (settings.status === 'error')
    return <p className="field-problems">{describeError(settings.error)}</p>;
  const s = settings.data;
  return (
    <p className="consent-rules">
      {t('consent.rules', {
        alert: t('consent.days', { count: s.consentReplyAlertDays }),
        reminder: t('consent.days', { count: s.consentReminderDays }),
      })}{' '}
      <a href={pageHref('settings')}>{t('consent.rulesLink')}</a>
    </p>
  );
}
