// The forms of status proposals, each in a dialog: a field team member proposes a new status of a
// recommendation with its evidence and source; a planner accepts a proposal (it becomes the
// recommendation's status) or declines it, saying why.
import { useState, type FormEvent } from 'react';
import type { Recommendation, StatusProposal } from '../../../../shared/api/types';
import {
  RECOMMENDATION_STATUSES,
  type RecommendationStatus,
} from '../../../../shared/domain/reports';
import { call } from '../../api/client';
import { DialogButtons } from '../../components/DialogButtons';
import { Facts } from '../../components/Facts';
import { Field } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { FormFailure } from '../../components/FormFailure';
import { addProblems, useFormCheck, type Problems } from '../../components/formChecks';
import { InputField } from '../../components/InputField';
import { OptionSelect } from '../../components/OptionSelect';
import { RecommendationStatusTag } from '../../components/StatusTags';
import { useAction } from '../../data/useAction';
import { formatDate, t } from '../../i18n';

const statusWords = (s: RecommendationStatus) => t(`recommendationStatus.${s}`);

export const recommendationLabel = (code: string | null, text: string) =>
  code ? `${code} ${text}` : text;

export function ProposeDialog({
  visitId,
  recommendation,
  onDone,
  onClose,
}: {
  visitId: string;
  recommendation: Recommendation;
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  return (
    <FormDialog
      title={t('field.proposal.newTitle', { code: recommendation.code ?? '' })}
      intro={<p className="muted">{recommendation.text}</p>}
      onClose={onClose}
      wide
    >
      {({ close, thenClose }) => (
        <ProposeForm
          visitId={visitId}
          recommendation={recommendation}
          onCancel={close}
          onDone={thenClose(onDone)}
        />
      )}
    </FormDialog>
  );
}

function ProposeForm({
  visitId,
  recommendation,
  onDone,
  onCancel,
}: {
  visitId: string;
  recommendation: Recommendation;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const action = useAction();
  const [status, setStatus] = useState<RecommendationStatus | ''>('');
  const [evidence, setEvidence] = useState('');
  const [source, setSource] = useState('');
  const problems: Problems = {};
  if (!status) addProblems(problems, 'proposedStatus', [t('field.proposal.statusNeeded')]);
  else if (status === recommendation.status)
    addProblems(problems, 'proposedStatus', [
      t('field.proposal.sameStatus', { status: statusWords(status) }),
    ]);
  if (evidence.trim().length < 5)
    addProblems(problems, 'evidence', [t('field.proposal.evidenceNeeded')]);
  if (source.trim().length < 2) addProblems(problems, 'source', [t('field.proposal.sourceNeeded')]);
  const check = useFormCheck(problems, action.error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!check.submit() || !status) return action.reset();
    const saved = await action.run(() =>
      call('statusProposals.create', {
        visitId,
        recommendationId: recommendation.id,
        proposedStatus: status,
        evidence: evidence.trim(),
        source: source.trim(),
      }),
    );
    if (saved)
      onDone(
        t('field.proposal.made', {
          code: saved.recommendationCode ?? '',
          status: statusWords(saved.proposedStatus),
        }),
      );
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormFailure
        check={check}
        error={action.error}
        fields={['proposedStatus', 'evidence', 'source']}
      />
      <Facts
        items={[
          [t('col.latestStatus'), <RecommendationStatusTag status={recommendation.status} />],
          [t('col.statusAsOf'), formatDate(recommendation.statusAsOf)],
        ]}
      />
      <Field label={t('field.proposal.status')} problems={check.shown('proposedStatus')}>
        <OptionSelect
          options={RECOMMENDATION_STATUSES}
          label={statusWords}
          value={status}
          emptyOption={t('field.proposal.chooseStatus')}
          onChange={(value: RecommendationStatus | '') => {
            setStatus(value);
            check.changed('proposedStatus');
          }}
        />
      </Field>
      <InputField
        label={t('field.proposal.evidence')}
        hint={t('field.proposal.evidenceHint')}
        type="textarea"
        rows={4}
        maxLength={4000}
        check={check}
        field="evidence"
        value={evidence}
        onChange={setEvidence}
      />
      <InputField
        label={t('field.proposal.source')}
        hint={t('field.proposal.sourceHint')}
        maxLength={300}
        check={check}
        field="source"
        value={source}
        onChange={setSource}
      />
      <DialogButtons busy={action.busy} submit={t('field.proposal.submit')} onCancel={onCancel} />
    </form>
  );
}

export function DecideDialog({
  proposal,
  onDone,
  onClose,
}: {
  proposal: StatusProposal;
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  return (
    <FormDialog
      title={t('field.decide.title', { code: proposal.recommendationCode ?? '' })}
      intro={<p className="muted">{proposal.recommendationText}</p>}
      onClose={onClose}
      wide
    >
      {({ close, thenClose }) => (
        <DecideForm proposal={proposal} onCancel={close} onDone={thenClose(onDone)} />
      )}
    </FormDialog>
  );
}

function DecideForm({
  proposal: p,
  onDone,
  onCancel,
}: {
  proposal: StatusProposal;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const action = useAction();
  const [decision, setDecision] = useState<'accepted' | 'declined'>('accepted');
  const [reason, setReason] = useState('');
  const problems: Problems = {};
  if (decision === 'declined' && !reason.trim())
    addProblems(problems, 'reason', [t('field.decide.reasonNeeded')]);
  const check = useFormCheck(problems, action.error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!check.submit()) return action.reset();
    const saved = await action.run(() =>
      call('statusProposals.decide', {
        id: p.id,
        decision,
        reason: decision === 'declined' ? reason.trim() : undefined,
      }),
    );
    if (saved)
      onDone(
        t(decision === 'accepted' ? 'field.decide.accepted' : 'field.decide.declined', {
          code: saved.recommendationCode ?? '',
          status: statusWords(saved.proposedStatus),
        }),
      );
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormFailure check={check} error={action.error} fields={['decision', 'reason']} />
      <Facts
        items={[
          [t('col.latestStatus'), <RecommendationStatusTag status={p.currentStatus} />],
          [t('field.proposal.status'), <RecommendationStatusTag status={p.proposedStatus} />],
          [t('field.proposal.evidence'), p.evidence],
          [t('field.proposal.source'), p.source],
          [
            t('field.proposal.proposedBy'),
            t('field.proposal.byOn', {
              name: p.proposedByName ?? t('common.unknown'),
              date: formatDate(p.proposedOn),
            }),
          ],
        ]}
      />
      <fieldset className="form-grid">
        <legend>{t('field.decide.decision')}</legend>
        {(['accepted', 'declined'] as const).map((d) => (
          <label key={d} className="filter-check">
            <input
              type="radio"
              name="decision"
              checked={decision === d}
              onChange={() => {
                setDecision(d);
                check.changed('decision');
              }}
            />
            {t(d === 'accepted' ? 'field.decide.accept' : 'field.decide.decline')}
          </label>
        ))}
      </fieldset>
      {decision === 'declined' && (
        <InputField
          label={t('field.decide.reason')}
          hint={t('field.decide.reasonHint')}
          type="textarea"
          rows={3}
          maxLength={2000}
          check={check}
          field="reason"
          value={reason}
          onChange={setReason}
        />
      )}
      <DialogButtons busy={action.busy} submit={t('field.decide.submit')} onCancel={onCancel} />
    </form>
  );
}
