// The field team's home: the visit they work on (by default the one under way or next for the
// signed-in user's team) and, in tabs, its meeting log, observations, status proposals, draft
// findings and practical details. Planners see the same page for any visit, and decide the
// proposals awaiting HQ; everyone else reads.
import { useState } from 'react';
import type { Visit } from '../../../../shared/api/types';
import { currentOrNextVisit, isOnTeam } from '../../../../shared/domain/fieldRecords';
import { DoneStatus } from '../../components/ActionStatus';
import { AsyncView } from '../../components/AsyncView';
import { EmptyState } from '../../components/EmptyState';
import { Facts } from '../../components/Facts';
import { Field } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { VisitStatusTag } from '../../components/StatusTags';
import { useApi } from '../../data/useAsync';
import { today } from '../../format/dates';
import { formatDate, t } from '../../i18n';
import { visitHref } from '../../router';
import { useMayCall, useSession } from '../../stores/session';
import { useWorkspace } from '../../stores/workspace';
import { FieldTabs } from './FieldTabs';
import { Findings } from './Findings';
import { MeetingLog } from './MeetingLog';
import { Observations } from './Observations';
import { PracticalDetails } from './PracticalDetails';
import { ProposalsTable, StatusProposals } from './StatusProposals';
import './field.css';
import { useDocumentTitle } from '../../layout/useDocumentTitle';

type TabId = 'meetings' | 'observations' | 'proposals' | 'findings' | 'practical';

const visitWords = (v: Visit) =>
  t('field.visitOption', {
    state: v.stateName,
    kind: t(`visitKind.${v.kind}`),
    from: formatDate(v.startDate),
    to: formatDate(v.endDate ?? v.startDate),
    status: t(`visitStatus.${v.status}`),
  });

export function FieldPage() {
  useDocumentTitle(t('field.title'));
  const user = useSession((s) => s.currentUser);
  const visits = useApi('visits.list', {});
  const fieldStatus = useApi('field.status', {});
  const mayDecide = useMayCall('statusProposals.decide');
  const [chosen, setChosen] = useState<string | null>(null);
  const onTeamOnly = user?.role === 'field';
  /** In a field workspace (a visit pack opened here), the visit it was made for. */
  const pack = fieldStatus.status === 'ready' && fieldStatus.data.field ? fieldStatus.data : null;
  return (
    <>
      <PageHeader title={t('field.title')}>
        <p>{t('field.intro')}</p>
        {pack && (
          <p className="note" role="note">
            {t('field.packNote', {
              state: pack.stateName,
              date: formatDate(pack.openedAt.slice(0, 10)),
              hq: pack.hqName,
            })}
          </p>
        )}
      </PageHeader>
      {mayDecide && <AwaitingDecision />}
      <AsyncView state={visits}>
        {(all) => {
          // Field team members work on their team's visits; everyone else may open any visit.
          const offered = all.filter(
            (v) =>
              v.status !== 'cancelled' &&
              v.startDate &&
              (!onTeamOnly || (user && isOnTeam(v.team, user.name))),
          );
          const visit =
            offered.find((v) => v.id === (chosen ?? pack?.visitId)) ??
            currentOrNextVisit(offered, today());
          if (!visit)
            return (
              <EmptyState>{onTeamOnly ? t('field.noTeamVisit') : t('field.noVisit')}</EmptyState>
            );
          return (
            <>
              <h2>{t('field.recordsTitle')}</h2>
              <Field
                label={t('field.visit')}
                hint={onTeamOnly ? t('field.visitHint') : t('field.visitHintAny')}
              >
                <select value={visit.id} onChange={(e) => setChosen(e.target.value)}>
                  {offered.map((v) => (
                    <option key={v.id} value={v.id}>
                      {visitWords(v)}
                    </option>
                  ))}
                </select>
              </Field>
              <VisitWork key={visit.id} visit={visit} />
            </>
          );
        }}
      </AsyncView>
    </>
  );
}

function VisitWork({ visit }: { visit: Visit }) {
  const user = useSession((s) => s.currentUser);
  const mayWriteRecords = useMayCall('meetings.create');
  const readOnly = useWorkspace((s) => s.info.status === 'ready' && s.info.data.readOnly);
  const onTeam = user !== null && (user.role !== 'field' || isOnTeam(visit.team, user.name));
  const mayWrite = mayWriteRecords && onTeam;
  const [tab, setTab] = useState<TabId>('meetings');
  const section = { visit, mayWrite };
  return (
    <>
      <Facts
        items={[
          [t('col.state'), visit.stateName],
          [t('col.status'), <VisitStatusTag key="status" status={visit.status} />],
          [
            t('field.dates'),
            t('common.dateRange', {
              from: formatDate(visit.startDate),
              to: formatDate(visit.endDate ?? visit.startDate),
            }),
          ],
          [t('field.team'), visit.team.join(', ') || t('common.none')],
        ]}
      />
      <p>
        <a href={visitHref(visit.id)}>{t('field.openVisit', { state: visit.stateName })}</a>
      </p>
      {!mayWrite && (
        <p className="note" role="note">
          {readOnly
            ? t('readOnly.formNote', { what: t('field.writingRecords') })
            : mayWriteRecords
              ? t('field.notOnTeam')
              : t('field.readOnlyNote')}
        </p>
      )}
      <FieldTabs<TabId>
        label={t('field.tabsLabel', { state: visit.stateName })}
        chosen={tab}
        onChoose={setTab}
        tabs={[
          {
            id: 'meetings',
            label: t('field.tab.meetings'),
            panel: () => <MeetingLog {...section} />,
          },
          {
            id: 'observations',
            label: t('field.tab.observations'),
            panel: () => <Observations {...section} />,
          },
          {
            id: 'proposals',
            label: t('field.tab.proposals'),
            panel: () => <StatusProposals {...section} />,
          },
          {
            id: 'findings',
            label: t('field.tab.findings'),
            panel: () => <Findings {...section} />,
          },
          {
            id: 'practical',
            label: t('field.tab.practical'),
            panel: () => <PracticalDetails {...section} />,
          },
        ]}
      />
    </>
  );
}

/** For planners: every proposal awaiting HQ's decision, whichever visit it came from. */
function AwaitingDecision() {
  const pending = useApi('statusProposals.list', { pending: true });
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <section aria-labelledby="field-awaiting">
      <h2 id="field-awaiting">{t('field.awaiting.title')}</h2>
      <DoneStatus message={notice} />
      <AsyncView
        state={pending}
        empty={{ when: (list) => list.length === 0, message: t('field.awaiting.none') }}
      >
        {(list) => (
          <ProposalsTable
            caption={t('field.awaiting.title')}
            proposals={list}
            showState
            onDone={setNotice}
          />
        )}
      </AsyncView>
    </section>
  );
}
