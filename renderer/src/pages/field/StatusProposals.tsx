// Status proposals: the visited State's recommendations with where each stands, a field team's
// proposed new status for any of them (with evidence), and the proposals made, which a planner
// accepts or declines. The same table lists, for planners, every proposal awaiting a decision.
import { useMemo, useState } from 'react';
import type { Recommendation, StatusProposal, Visit } from '../../../../shared/api/types';
import { call } from '../../api/client';
import { recommendationColumns } from '../../columns/recommendations';
import { ActionStatus, DoneStatus } from '../../components/ActionStatus';
import { AsyncView } from '../../components/AsyncView';
import { DataTable, type Column } from '../../components/DataTable';
import { DateText } from '../../components/DateText';
import { RecommendationStatusTag } from '../../components/StatusTags';
import { Tag, type Tone } from '../../components/Tag';
import { useAction } from '../../data/useAction';
import { useApi } from '../../data/useAsync';
import { t } from '../../i18n';
import { useMayCall, useSession } from '../../stores/session';
import { DecideDialog, ProposeDialog } from './ProposalDialogs';

const DECISION_TONE: Record<StatusProposal['decision'], Tone> = {
  pending: 'notice',
  accepted: 'success',
  declined: 'danger',
  withdrawn: 'neutral',
};

export function StatusProposals({ visit, mayWrite }: { visit: Visit; mayWrite: boolean }) {
  const recommendations = useApi('recommendations.list', { iso3: visit.iso3 });
  const proposals = useApi('statusProposals.list', { visitId: visit.id });
  const [proposing, setProposing] = useState<Recommendation | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const pending = useMemo(
    () =>
      new Set(
        proposals.status === 'ready'
          ? proposals.data.filter((p) => p.decision === 'pending').map((p) => p.recommendationId)
          : [],
      ),
    [proposals],
  );
  const columns = useMemo<Column<Recommendation>[]>(
    () => [
      ...recommendationColumns(['code', 'text', 'area', 'status', 'asOf']),
      {
        id: 'propose',
        header: t('field.col.actions'),
        cell: (r) =>
          pending.has(r.id) ? (
            <Tag tone="notice">{t('field.proposal.awaiting')}</Tag>
          ) : mayWrite ? (
            <button
              type="button"
              className="small"
              aria-haspopup="dialog"
              onClick={() => setProposing(r)}
            >
              {t('field.proposal.propose')}
              <span className="visually-hidden"> {r.code ?? r.text}</span>
            </button>
          ) : null,
      },
    ],
    [mayWrite, pending],
  );
  return (
    <section aria-labelledby="field-proposals">
      <h3 id="field-proposals">{t('field.tab.proposals')}</h3>
      <p className="muted">{t('field.proposal.intro', { state: visit.stateName })}</p>
      <DoneStatus message={notice} />
      <h4>{t('field.proposal.recommendations', { state: visit.stateName })}</h4>
      <AsyncView
        state={recommendations}
        empty={{
          when: (list) => list.length === 0,
          message: t('field.proposal.noRecommendations', { state: visit.stateName }),
        }}
      >
        {(list) => (
          <DataTable
            caption={t('field.proposal.recommendations', { state: visit.stateName })}
            columns={columns}
            rows={list}
            rowKey={(r) => r.id}
            initialSort={{ column: 'code', direction: 'ascending' }}
          />
        )}
      </AsyncView>
      <h4>{t('field.proposal.listTitle')}</h4>
      <AsyncView
        state={proposals}
        empty={{ when: (list) => list.length === 0, message: t('field.proposal.none') }}
      >
        {(list) => (
          <ProposalsTable
            caption={t('field.proposal.listTitle')}
            proposals={list}
            onDone={setNotice}
          />
        )}
      </AsyncView>
      {proposing && (
        <ProposeDialog
          visitId={visit.id}
          recommendation={proposing}
          onDone={setNotice}
          onClose={() => setProposing(null)}
        />
      )}
    </section>
  );
}

/** Proposals with their decision; planners decide pending ones, their authors withdraw them. */
export function ProposalsTable({
  caption,
  proposals,
  showState = false,
  onDone,
}: {
  caption: string;
  proposals: StatusProposal[];
  showState?: boolean;
  onDone: (message: string) => void;
}) {
  const mayDecide = useMayCall('statusProposals.decide');
  const user = useSession((s) => s.currentUser);
  const [deciding, setDeciding] = useState<StatusProposal | null>(null);
  const withdrawal = useAction();
  const columns = useMemo<Column<StatusProposal>[]>(
    () => [
      ...(showState
        ? [
            {
              id: 'state',
              header: t('col.state'),
              cell: (p: StatusProposal) => p.stateName,
              sortValue: (p: StatusProposal) => p.stateName,
            },
          ]
        : []),
      {
        id: 'code',
        header: t('col.code'),
        cell: (p) => p.recommendationCode ?? t('common.none'),
        sortValue: (p) => p.recommendationCode,
      },
      {
        id: 'proposed',
        header: t('field.proposal.status'),
        cell: (p) => <RecommendationStatusTag status={p.proposedStatus} />,
      },
      {
        id: 'evidence',
        header: t('field.proposal.evidence'),
        cell: (p) => `${p.evidence} (${p.source})`,
      },
      {
        id: 'on',
        header: t('field.proposal.proposedBy'),
        cell: (p) => (
          <>
            {p.proposedByName ?? t('common.unknown')}, <DateText date={p.proposedOn} />
          </>
        ),
        sortValue: (p) => p.proposedOn,
      },
      {
        id: 'decision',
        header: t('field.proposal.decision'),
        cell: (p) => (
          <>
            <Tag tone={DECISION_TONE[p.decision]}>{t(`field.decision.${p.decision}`)}</Tag>
            {p.decisionReason && <> {p.decisionReason}</>}
          </>
        ),
        sortValue: (p) => p.decision,
      },
      {
        id: 'actions',
        header: t('field.col.actions'),
        cell: (p) =>
          p.decision !== 'pending' ? null : (
            <span className="row-actions">
              {mayDecide && (
                <button
                  type="button"
                  className="small"
                  aria-haspopup="dialog"
                  onClick={() => setDeciding(p)}
                >
                  {t('field.decide.open')}
                  <span className="visually-hidden"> {p.recommendationCode}</span>
                </button>
              )}
              {/* Planners withdraw any proposal; a team member, their own. */}
              {(mayDecide || p.proposedBy === user?.id) && (
                <button
                  type="button"
                  className="small"
                  disabled={withdrawal.busy}
                  onClick={() =>
                    void withdrawal.run(
                      () => call('statusProposals.withdraw', { id: p.id }),
                      (w) => {
                        const message = t('field.proposal.withdrawn', {
                          code: w.recommendationCode ?? '',
                        });
                        onDone(message);
                        return message;
                      },
                    )
                  }
                >
                  {t('field.proposal.withdraw')}
                  <span className="visually-hidden"> {p.recommendationCode}</span>
                </button>
              )}
            </span>
          ),
      },
    ],
    [showState, mayDecide, user, withdrawal, onDone],
  );
  return (
    <>
      <DataTable
        caption={caption}
        columns={columns}
        rows={proposals}
        rowKey={(p) => p.id}
        initialSort={{ column: 'on', direction: 'descending' }}
      />
      {withdrawal.error && <ActionStatus action={withdrawal} />}
      {deciding && (
        <DecideDialog proposal={deciding} onDone={onDone} onClose={() => setDeciding(null)} />
      )}
    </>
  );
}
