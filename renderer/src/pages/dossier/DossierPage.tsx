import { useMemo } from 'react';
import type { StateDossier } from '../../../../shared/api/types';
import { consentColumns } from '../../columns/consent';
import {
  indicatorColumns,
  invitationColumns,
  requestColumns,
  signalColumns,
} from '../../columns/dossier';
import { followupColumns } from '../../columns/followups';
import { recommendationColumns } from '../../columns/recommendations';
import { reportColumns } from '../../columns/reports';
import { AsyncView } from '../../components/AsyncView';
import { DataTable } from '../../components/DataTable';
import { DateText } from '../../components/DateText';
import { Facts } from '../../components/Facts';
import { PageHeader } from '../../components/PageHeader';
import { VisitedTag } from '../../components/StatusTags';
import { useApi } from '../../data/useAsync';
import { regionName, t } from '../../i18n';
import { followupHref, navigate, pageHref, reportHref } from '../../router';
import { AssistanceSection, DeadlinesSection } from './CycleSections';
import { DossierActions } from './DossierActions';
import { DossierIndex, type IndexEntry } from './DossierIndex';
import { DossierSection } from './DossierSection';
import { RecommendationGlance } from './RecommendationGlance';
import { RecommendationStatusChart } from './RecommendationStatusChart';
import { STANDING_ID, StandingSection } from './StandingSection';
import { Timeline } from './Timeline';
import { VisitsSection } from './VisitsSection';
import { useDocumentTitle } from '../../layout/useDocumentTitle';

export function DossierPage({ iso3 }: { iso3: string }) {
  const dossier = useApi('states.get', { iso3 });
  useDocumentTitle([dossier.status === 'ready' ? dossier.data.name : null, t('states.title')]);
  return (
    <>
      <p className="breadcrumb">
        <a href={pageHref('states')}>{t('dossier.backToStates')}</a>
      </p>
      <AsyncView state={dossier}>{(d) => <Dossier d={d} />}</AsyncView>
    </>
  );
}

function Dossier({ d }: { d: StateDossier }) {
  const columns = useMemo(
    () => ({
      // The note verbale and the reminders' dates are in each request's history.
      consent: consentColumns([
        'listYear',
        'sentOn',
        'reminders',
        'reply',
        'repliedOn',
        'waiting',
        'steps',
      ]),
      reports: reportColumns([
        'title',
        'visitKind',
        'status',
        'sentToState',
        'adopted',
        'transmitted',
        'recommendations',
      ]),
      recommendations: recommendationColumns([
        'code',
        'text',
        'area',
        'priority',
        'status',
        'asOf',
        'evidence',
      ]),
      followups: followupColumns([
        'visitKind',
        'adopted',
        'due',
        'deadline',
        'daysLeft',
        'submitted',
        'further',
        'partners',
      ]),
      signals: signalColumns(),
      indicators: indicatorColumns(),
      requests: requestColumns(),
      invitations: invitationColumns(),
    }),
    [],
  );
  const index: IndexEntry[] = [
    { id: STANDING_ID, title: t('dossier.standing.short') },
    { id: 'dossier-deadlines', title: t('dossier.deadlines'), count: d.deadlines.length },
    { id: 'dossier-timeline', title: t('dossier.timeline'), count: d.timeline.length },
    { id: 'dossier-visits', title: t('dossier.visits'), count: d.visits.length },
    { id: 'dossier-consent', title: t('dossier.consent'), count: d.consentRequests.length },
    { id: 'dossier-reports', title: t('dossier.reports'), count: d.reports.length },
    {
      id: 'dossier-recommendations',
      title: t('dossier.recommendations'),
      count: d.recommendations.length,
    },
    { id: 'dossier-followups', title: t('dossier.followups'), count: d.followups.length },
    {
      id: 'dossier-assistance',
      title: t('dossier.assistance'),
      count: d.technicalAssistance.length,
    },
    { id: 'dossier-signals', title: t('dossier.signals'), count: d.signals.length },
    { id: 'dossier-indicators', title: t('dossier.indicators'), count: d.indicators.length },
    { id: 'dossier-requests', title: t('dossier.requests'), count: d.requests.length },
    { id: 'dossier-invitations', title: t('dossier.invitations'), count: d.invitations.length },
  ];
  return (
    <>
      <PageHeader title={d.name}>
        <Facts
          items={[
            [
              t('dossier.codes'),
              t('dossier.codesValue', { iso3: d.iso3, iso2: d.iso2, m49: d.m49 }),
            ],
            [t('col.region'), regionName(d.region)],
            [t('col.subregion'), regionName(d.subregion)],
            [t('col.lastVisit'), <DateText key="last" date={d.lastVisit} />],
            [t('col.visitsConducted'), d.visitsCount],
            [t('col.visited'), <VisitedTag key="visited" neverVisited={d.neverVisited} />],
          ]}
        />
        <DossierActions iso3={d.iso3} name={d.name} />
      </PageHeader>
      <DossierIndex iso3={d.iso3} state={d.name} entries={index} />
      <StandingSection iso3={d.iso3} name={d.name} />
      <DeadlinesSection deadlines={d.deadlines} />
      <DossierSection id="dossier-timeline" title={t('dossier.timeline')} count={d.timeline.length}>
        <Timeline items={d.timeline} />
      </DossierSection>
      <VisitsSection visits={d.visits} />
      <DossierSection
        id="dossier-consent"
        title={t('dossier.consent')}
        count={d.consentRequests.length}
      >
        <DataTable
          caption={t('dossier.consent')}
          columns={columns.consent}
          rows={d.consentRequests}
          rowKey={(c) => c.id}
          initialSort={{ column: 'sentOn', direction: 'descending' }}
        />
      </DossierSection>
      <DossierSection id="dossier-reports" title={t('dossier.reports')} count={d.reports.length}>
        <DataTable
          caption={t('dossier.reports')}
          columns={columns.reports}
          rows={d.reports}
          rowKey={(r) => r.id}
          initialSort={{ column: 'adopted', direction: 'descending' }}
          onOpen={(r) => navigate(reportHref(r.id))}
        />
      </DossierSection>
      <DossierSection
        id="dossier-recommendations"
        title={t('dossier.recommendations')}
        count={d.recommendations.length}
      >
        <RecommendationGlance recommendations={d.recommendations} state={d.name} />
        <RecommendationStatusChart iso3={d.iso3} name={d.name} />
        <DataTable
          caption={t('dossier.recommendations')}
          columns={columns.recommendations}
          rows={d.recommendations}
          rowKey={(r) => r.id}
          initialSort={{ column: 'code', direction: 'ascending' }}
        />
      </DossierSection>
      <DossierSection
        id="dossier-followups"
        title={t('dossier.followups')}
        count={d.followups.length}
      >
        <DataTable
          caption={t('dossier.followups')}
          columns={columns.followups}
          rows={d.followups}
          rowKey={(f) => f.reportId}
          initialSort={{ column: 'due', direction: 'descending' }}
          onOpen={(f) =>
            navigate(f.followupId ? followupHref(f.followupId) : reportHref(f.reportId))
          }
        />
      </DossierSection>
      <AssistanceSection assistance={d.technicalAssistance} />
      <DossierSection id="dossier-signals" title={t('dossier.signals')} count={d.signals.length}>
        <DataTable
          caption={t('dossier.signals')}
          columns={columns.signals}
          rows={d.signals}
          rowKey={(s) => s.id}
          initialSort={{ column: 'date', direction: 'descending' }}
        />
      </DossierSection>
      <DossierSection
        id="dossier-indicators"
        title={t('dossier.indicators')}
        count={d.indicators.length}
      >
        <DataTable
          caption={t('dossier.indicators')}
          columns={columns.indicators}
          rows={d.indicators}
          rowKey={(i) => i.id}
          initialSort={{ column: 'label', direction: 'ascending' }}
        />
      </DossierSection>
      <DossierSection id="dossier-requests" title={t('dossier.requests')} count={d.requests.length}>
        <DataTable
          caption={t('dossier.requests')}
          columns={columns.requests}
          rows={d.requests}
          rowKey={(r) => r.id}
          initialSort={{ column: 'received', direction: 'descending' }}
        />
      </DossierSection>
      <DossierSection
        id="dossier-invitations"
        title={t('dossier.invitations')}
        count={d.invitations.length}
      >
        <DataTable
          caption={t('dossier.invitations')}
          columns={columns.invitations}
          rows={d.invitations}
          rowKey={(i) => i.id}
          initialSort={{ column: 'date', direction: 'descending' }}
        />
      </DossierSection>
    </>
  );
}
