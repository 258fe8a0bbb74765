import type { ConsentRequest, CoverageSummary, Followup } from '../../../shared/api/types';
import { call } from '../api/client';
import { CoverageChart } from '../components/CoverageChart';
import { DataPage } from '../components/DataPage';
import { EmptyState } from '../components/EmptyState';
import { Facts } from '../components/Facts';
import { DeadlineTag } from '../components/StatusTags';
import { Tag } from '../components/Tag';
import { useAsync } from '../data/useAsync';
import { daysFromToday } from '../format/days';
import { formatDate, formatNumber, t } from '../i18n';
import { dossierHref } from '../router';
import { coverageFigures } from './CoveragePage';

async function loadDashboard() {
  const [coverage, followups, consent, recommendations, reports] = await Promise.all([
    call('coverage.summary', {}),
    call('followups.list', {}),
    call('consent.list', {}),
    call('recommendations.summary', {}),
    call('reports.list', {}),
  ]);
  return {
    coverage,
    followups,
    consent,
    openRecommendations: recommendations.open,
    reports: reports.length,
  };
}
type Dashboard = Awaited<ReturnType<typeof loadDashboard>>;

export function DashboardPage() {
  const dashboard = useAsync(loadDashboard, 'dashboard');
  return (
    <DataPage title={t('dashboard.title')} intro={t('dashboard.intro')} state={dashboard}>
      {(d) => (
        <>
          <KeyFigures d={d} />
          <section aria-labelledby="alerts-heading">
            <h2 id="alerts-heading">{t('dashboard.alerts')}</h2>
            <Alerts followups={d.followups} consent={d.consent} />
          </section>
          <section aria-labelledby="coverage-heading">
            <h2 id="coverage-heading">{t('dashboard.coverageOverTime')}</h2>
            {d.coverage.byYear.length ? (
              <CoverageChart byYear={d.coverage.byYear} />
            ) : (
              <EmptyState>{t('coverage.noVisits')}</EmptyState>
            )}
          </section>
        </>
      )}
    </DataPage>
  );
}

function KeyFigures({ d }: { d: Dashboard }) {
  const c: CoverageSummary = d.coverage;
  const visits = c.byYear.reduce((sum, y) => sum + y.visits, 0);
  const overdue = d.followups.filter((f) => f.state === 'overdue').length;
  const pendingConsent = d.consent.filter((r) => r.reply === 'pending').length;
  return (
    <section aria-labelledby="figures-heading">
      <h2 id="figures-heading">{t('dashboard.keyFigures', { date: formatDate(c.asOf) })}</h2>
      <Facts
        variant="stats"
        items={[
          ...coverageFigures(c),
          [t('stats.visitsConducted'), formatNumber(visits)],
          [t('stats.reports'), formatNumber(d.reports)],
          [t('stats.openRecommendations'), formatNumber(d.openRecommendations)],
          [t('stats.overdueFollowups'), formatNumber(overdue)],
          [t('stats.pendingConsent'), formatNumber(pendingConsent)],
        ]}
      />
    </section>
  );
}

const ALERTING_DEADLINES = ['overdue', 'due_30', 'due_90'] as const;

function Alerts({ followups, consent }: { followups: Followup[]; consent: ConsentRequest[] }) {
  const dueFollowups = followups.filter((f) =>
    (ALERTING_DEADLINES as readonly string[]).includes(f.state),
  );
  const unanswered = consent.filter((c) => c.overdueReply);
  if (dueFollowups.length === 0 && unanswered.length === 0)
    return <EmptyState>{t('dashboard.noAlerts')}</EmptyState>;
  return (
    <ul className="alerts">
      {dueFollowups.map((f) => (
        <li key={f.reportId}>
          <DeadlineTag state={f.state} /> <a href={dossierHref(f.iso3)}>{f.stateName}</a>
          {t('common.separator')}
          {t(f.state === 'overdue' ? 'alerts.followupOverdue' : 'alerts.followupDue', {
            date: formatDate(f.dueOn),
            when: daysFromToday(f.daysLeft ?? 0),
          })}
        </li>
      ))}
      {unanswered.map((c) => (
        <li key={c.id}>
          <Tag tone="danger">{t('alerts.noReply')}</Tag>{' '}
          <a href={dossierHref(c.iso3)}>{c.stateName}</a>
          {t('common.separator')}
          {t('alerts.consentWaiting', { date: formatDate(c.sentOn), count: c.daysWaiting ?? 0 })}
        </li>
      ))}
    </ul>
  );
}
