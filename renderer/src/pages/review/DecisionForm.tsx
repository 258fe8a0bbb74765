import { useId, useState, type FormEvent } from 'react';
import type { Amendment } from '../../../../shared/api/types';
import { call } from '../../api/client';
import { ActionStatus } from '../../components/ActionStatus';
import { Field } from '../../components/Field';
import { problemsAt, useAction } from '../../data/useAction';
import { today } from '../../format/dates';
import { t } from '../../i18n';

type Decision = 'approved' | 'rejected';

/** Records the Committee's decision on an amendment; an approval makes a new list version. */
export function DecisionForm({ amendment }: { amendment: Amendment }) {
  const action = useAction();
  const name = useId();
  const [decision, setDecision] = useState<Decision>('approved');
  const [decisionRef, setDecisionRef] = useState('');
  const [decidedOn, setDecidedOn] = useState(today());
  const [comment, setComment] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void action.run(
      () =>
        call('plan.decideAmendment', {
          amendmentId: amendment.id,
          decision,
          decisionRef,
          decidedOn,
          comment: comment.trim() || undefined,
        }),
      (a) =>
        a.resultVersion
          ? t('review.approvedDone', { version: a.resultVersion })
          : t('review.rejectedDone'),
    );
  };
  return (
    <form className="decision-form" onSubmit={submit} noValidate aria-labelledby="decision-heading">
      <h4 id="decision-heading">{t('review.recordDecision')}</h4>
      <fieldset className="radio-group">
        <legend>{t('review.decision')}</legend>
        {(['approved', 'rejected'] as const).map((d) => (
          <label key={d}>
            <input
              type="radio"
              name={name}
              value={d}
              checked={decision === d}
              onChange={() => setDecision(d)}
            />
            {t(`review.decide.${d}`)}
          </label>
        ))}
      </fieldset>
      <div className="form-grid">
        <Field
          label={t('planning.adopt.decisionRef')}
          hint={t('planning.adopt.decisionRefHint')}
          problems={problemsAt(action.error, 'decisionRef')}
        >
          <input type="text" value={decisionRef} onChange={(e) => setDecisionRef(e.target.value)} />
        </Field>
        <Field
          label={t('planning.adopt.decidedOn')}
          problems={problemsAt(action.error, 'decidedOn')}
        >
          <input type="date" value={decidedOn} onChange={(e) => setDecidedOn(e.target.value)} />
        </Field>
      </div>
      <Field
        label={t('review.decisionCommentOptional')}
        problems={problemsAt(action.error, 'comment')}
      >
        <textarea rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
      </Field>
      <button type="submit" className="primary" disabled={action.busy}>
        {t('review.recordDecisionSubmit')}
      </button>
      <ActionStatus action={action} />
    </form>
  );
}
