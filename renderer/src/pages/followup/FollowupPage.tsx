// The Follow-up page: every OP 16 report owed to the Committee (one per initial assessment report
// adopted on or after the start date), where each stands against its deadline, and for planners
// the way in: "Start" one not started yet, "Open" one started to assess and submit it.
import { useMemo } from 'react';
import type { Followup } from '../../../../shared/api/types';
import { call } from '../../api/client';
import { DEADLINE_ORDER, followupColumns } from '../../columns/followups';
import { ActionStatus } from '../../components/ActionStatus';
import { DataPage } from '../../components/DataPage';
import { DataTable, type Column } from '../../components/DataTable';
import { OptionSelect } from '../../components/OptionSelect';
import { useAction } from '../../data/useAction';
import { useApi } from '../../data/useAsync';
import { t } from '../../i18n';
import { dossierHref, followupHref, navigate, useQueryParam } from '../../router';
import { useMayCall } from '../../stores/session';
import { useDocumentTitle } from '../../layout/useDocumentTitle';

export function FollowupPage() {
  useDocumentTitle(t('followup.title'));
  const followups = useApi('followups.list', {});
  return (
    <DataPage
      title={t('followup.title')}
      intro={t('followup.intro')}
      state={followups}
      empty={{ when: (d) => d.length === 0, message: t('followup.empty') }}
    >
      {(all) => <FollowupTable all={all} />}
    </DataPage>
  );
}

const STAGES = ['not_started', 'in_progress', 'submitted'] as const;
type Stage = (typeof STAGES)[number];

const stageOf = (f: Followup): Stage =>
  f.submittedOn ? 'submitted' : f.followupId ? 'in_progress' : 'not_started';

function FollowupTable({ all }: { all: Followup[] }) {
  const mayStart = useMayCall('followups.create');
  const action = useAction();
  const [deadlineParam, setDeadline] = useQueryParam('followup.deadline');
  const [stageParam, setStage] = useQueryParam('followup.stage');
  const deadline = DEADLINE_ORDER.find((d) => d === deadlineParam) ?? '';
  const stage = STAGES.find((s) => s === stageParam) ?? '';
  const { run } = action;
  const columns = useMemo(() => {
    const [state, ...rest] = followupColumns([
      'state',
      'visitKind',
      'adopted',
      'started',
      'due',
      'deadline',
      'daysLeft',
      'submitted',
      'further',
    ]);
    const stateLink: Column<Followup> = {
      ...state!,
      cell: (f) => <a href={dossierHref(f.iso3)}>{f.stateName}</a>,
    };
    const start = async (f: Followup) => {
      const started = await run(
        () => call('followups.create', { reportId: f.reportId }),
        (d) => t('followup.started', { state: d.stateName }),
      );
      if (started?.followupId) navigate(followupHref(started.followupId));
    };
    const actions: Column<Followup> = {
      id: 'actions',
      header: t('followup.col.actions'),
      cell: (f) =>
        f.followupId ? (
          <a className="button-link small" href={followupHref(f.followupId)}>
            {t('followup.open')}
            <span className="visually-hidden">
              {' '}
              {t('followup.forState', { state: f.stateName })}
            </span>
          </a>
        ) : mayStart ? (
          <button
            type="button"
            className="small"
            disabled={action.busy}
            onClick={() => void start(f)}
          >
            {t('followup.start')}
            <span className="visually-hidden">
              {' '}
              {t('followup.forState', { state: f.stateName })}
            </span>
          </button>
        ) : (
          t('followup.notStarted')
        ),
    };
    return [stateLink, ...rest, actions];
  }, [mayStart, run, action.busy]);
  const shown = all.filter(
    (f) => (!deadline || f.state === deadline) && (!stage || stageOf(f) === stage),
  );
  return (
    <>
      <div className="filters">
        <label className="filter">
          {t('filter.deadline')}
          <OptionSelect
            value={deadline}
            options={DEADLINE_ORDER}
            label={(s) =>
              t('filter.withCount', {
                label: t(`deadline.${s}`),
                count: all.filter((f) => f.state === s).length,
              })
            }
            emptyOption={t('filter.allDeadlines')}
            onChange={setDeadline}
          />
        </label>
        <label className="filter">
          {t('followup.stage')}
          <OptionSelect
            value={stage}
            options={STAGES}
            label={(s) =>
              t('filter.withCount', {
                label: t(`followup.stage.${s}`),
                count: all.filter((f) => stageOf(f) === s).length,
              })
            }
            emptyOption={t('followup.allStages')}
            onChange={setStage}
          />
        </label>
      </div>
      <ActionStatus action={action} />
      <DataTable
        caption={t('followup.title')}
        columns={columns}
        rows={shown}
        rowKey={(f) => f.reportId}
        initialSort={{ column: 'due', direction: 'ascending' }}
        emptyMessage={t('common.noMatch')}
        search
        addressKey="followup"
      />
    </>
  );
}
