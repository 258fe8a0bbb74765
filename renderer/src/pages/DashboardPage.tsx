import { useState } from 'react';
import type {
  ActionItem,
  ConsentRequest,
  CoverageSummary,
  Followup,
} from '../../../shared/api/types';
import { isAlerting } from '../../../shared/domain/deadlines';
import { call } from '../api/client';
import { AsyncView } from '../components/AsyncView';
import { DataPage } from '../components/DataPage';
import { EmptyState } from '../components/EmptyState';
import { Facts } from '../components/Facts';
import { DeadlineTag } from '../components/StatusTags';
import { Tag } from '../components/Tag';
import { useAsync } from '../data/useAsync';
import { daysFromToday } from '../format/days';
import { formatDate, formatNumber, t } from '../i18n';
import { dossierHref, followupHref } from '../router';
import { useMayCall, useSession } from '../stores/session';
import { coverageFigures } from './coverage/CoveragePage';
import { CoverageOverview } from './coverage/CoverageOverview';
import { AwaitingDecisionPanel } from './review/AwaitingDecision';
import { useDocumentTitle } from '../layout/useDocumentTitle';

async function loadDashboard() {
  const [coverage, coverageMap, coverageTrends, followups, consent, recommendations, reports] =
    await Promise.all([
      call('coverage.summary', {}),
      call('coverage.map', {}),
      call('coverage.trends', {}),
      call('followups.list', {}),
      call('consent.list', {}),
      call('recommendations.summary', {}),
      call('reports.list', {}),
    ]);
  return {
    coverage,
    coverageMap,
    coverageTrends,
    followups,
    consent,
    openRecommendations: recommendations.open,
    reports: reports.length,
  };
}
type Dashboard = Awaited<ReturnType<typeof loadDashboard>>;

export function DashboardPage() {
  useDocumentTitle(t('dashboard.title'));
  const dashboard = useAsync(loadDashboard, 'dashboard');
  const mayDecide = useMayCall('plan.decideAmendment');
  return (
    <DataPage title={t('dashboard.title')} intro={t('dashboard.intro')} state={dashboard}>
      {(d) => (
        <>
          {mayDecide && <AwaitingDecisionPanel />}
          <NeedsYourAction />
          <KeyFigures d={d} />
          <section aria-labelledby="alerts-heading">
            <h2 id="alerts-heading">{t('dashboard.alerts')}</h2>
            <Alerts followups={d.followups} consent={d.consent} />
          </section>
          <section aria-labelledby="coverage-heading">
            <h2 id="coverage-heading">{t('dashboard.coverageOverTime')}</h2>
            {d.coverage.byYear.length ? (
              <CoverageOverview map={d.coverageMap} trends={d.coverageTrends} />
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

/**
 * What the user acting now should do (the server chooses by role: a planner records, a Committee
 * member decides), most urgent first. Loaded apart from the rest, and again when the user changes.
 */
function NeedsYourAction() {
  const user = useSession((s) => s.currentUser);
  const actions = useAsync(() => call('deadlines.actions', {}), `deadlines.actions ${user?.id}`);
  return (
    <section className="panel" aria-labelledby="actions-heading">
      <h2 id="actions-heading" className="panel-title">
        {t('actions.title')}
      </h2>
      {user && (
        <p className="muted">
          {t('actions.forUser', { name: user.name, role: t(`role.${user.role}`) })}
        </p>
      )}
      <AsyncView
        state={actions}
        empty={{ when: (items) => items.length === 0, message: t('actions.empty') }}
      >
        {(items) => <ActionList items={items} />}
      </AsyncView>
    </section>
  );
}

/** How many actions show before "Show all". */
const FIRST_ACTIONS = 10;

function ActionList({ items }: { items: ActionItem[] }) {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, FIRST_ACTIONS);
  return (
    <>
      <ul className="alerts" aria-label={t('actions.title')}>
        {shown.map((item) => (
          <ActionLine key={item.key} item={item} />
        ))}
      </ul>
      {shown.length < items.length && (
        <div className="table-more">
          <span>{t('actions.shown', { shown: shown.length, total: items.length })}</span>
          <button type="button" onClick={() => setAll(true)}>
            {t('actions.showAll', { count: items.length })}
          </button>
        </div>
      )}
    </>
  );
}

function ActionLine({ item }: { item: ActionItem }) {
  return (
    <li>
      {item.state && (
        <>
          <DeadlineTag state={item.state} />{' '}
        </>
      )}
      {/* The core's words (English where not translated yet): isolated, in their own direction. */}
      <a href={item.href} dir="auto">
        {item.title}
      </a>
      {item.stateName && (
        <>
          {t('common.separator')}
          {item.iso3 ? <a href={dossierHref(item.iso3)}>{item.stateName}</a> : item.stateName}
        </>
      )}
      {item.dueOn && <> {t('actions.due', { date: formatDate(item.dueOn) })}</>}
    </li>
  );
}

function Alerts({ followups, consent }: { followups: Followup[]; consent: ConsentRequest[] }) {
  const dueFollowups = followups.filter((f) => isAlerting(f.state));
  const unanswered = consent.filter((c) => c.overdueReply);
  if (dueFollowups.length === 0 && unanswered.length === 0)
    return <EmptyState>{t('dashboard.noAlerts')}</EmptyState>;
  return (
    <ul className="alerts">
      {dueFollowups.map((f) => (
        <li key={f.reportId}>
          <DeadlineTag state={f.state} /> <a href={dossierHref(f.iso3)}>{f.stateName}</a>
          {t('common.separator')}
          {f.followupId ? (
            <a href={followupHref(f.followupId)}>
              {t(f.state === 'overdue' ? 'alerts.followupOverdue' : 'alerts.followupDue', {
                date: formatDate(f.dueOn),
                when: daysFromToday(f.daysLeft ?? 0),
              })}
            </a>
          ) : (
            t(f.state === 'overdue' ? 'alerts.followupOverdue' : 'alerts.followupDue', {
              date: formatDate(f.dueOn),
              when: daysFromToday(f.daysLeft ?? 0),
            })
          )}
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
