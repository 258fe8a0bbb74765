// "Submit to the Committee": the date, CTED's advice on further follow-up and the partners of any
// technical assistance. It says before sending whether the report will be recorded as late, and
// what still stops it (recommendations not assessed, no summary). Changes not yet saved on the
// page are saved first.
import { useState, type FormEvent } from 'react';
import type { FollowupDetail } from '../../../../shared/api/types';
import { daysBetween, isIsoDate } from '../../../../shared/domain/dates';
import { FURTHER_FOLLOWUP, type FurtherFollowup } from '../../../../shared/domain/reports';
import { call } from '../../api/client';
import { DialogButtons } from '../../components/DialogButtons';
import { Field, InlineProblems } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { FormFailure } from '../../components/FormFailure';
import {
  addProblems,
  recordedDateProblems,
  useFormCheck,
  type Problems,
} from '../../components/formChecks';
import { InputField } from '../../components/InputField';
import { OptionSelect } from '../../components/OptionSelect';
import { Tag } from '../../components/Tag';
import { useAction } from '../../data/useAction';
import { today } from '../../format/dates';
import { entriesOf } from '../../format/lists';
import { formatDate, t } from '../../i18n';
import type { AssessmentInput } from './Assessment';

export interface PendingAssessment {
  /** The page holds changes not saved yet: they are saved before submitting. */
  dirty: boolean;
  summary: string;
  assessment: AssessmentInput[];
  /** Statuses without the comment they need. */
  missingComments: number;
  unassessed: number;
}

/** Partners written with commas, semicolons or one a line. */
const namesOf = (text: string): string[] => entriesOf(text, /[,;\n]/);

export function SubmitDialog({
  followup,
  pending,
  onDone,
  onClose,
}: {
  followup: FollowupDetail;
  pending: PendingAssessment;
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  return (
    <FormDialog
      title={t('followup.submit.title', { state: followup.stateName })}
      intro={<p className="muted">{t('followup.submit.intro')}</p>}
      onClose={onClose}
      wide
    >
      {({ close, thenClose }) => (
        <SubmitForm
          followup={followup}
          pending={pending}
          onCancel={close}
          onDone={thenClose(onDone)}
        />
      )}
    </FormDialog>
  );
}

function SubmitForm({
  followup: f,
  pending,
  onDone,
  onCancel,
}: {
  followup: FollowupDetail;
  pending: PendingAssessment;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const action = useAction();
  const [submittedOn, setSubmittedOn] = useState(today());
  const [advice, setAdvice] = useState<FurtherFollowup | ''>('');
  const [partners, setPartners] = useState('');
  const problems: Problems = {
    submittedOn: recordedDateProblems(submittedOn, today(), [
      { what: t('followup.submit.started'), on: f.startedOn },
    ]),
  };
  if (!advice) addProblems(problems, 'recommendedFollowup', [t('followup.submit.chooseAdvice')]);
  const blockers: string[] = [];
  if (!pending.summary) blockers.push(t('followup.submit.noSummary'));
  if (pending.unassessed > 0)
    blockers.push(
      t('followup.submit.unassessed', {
        count: pending.unassessed,
        total: f.assessment.length,
      }),
    );
  if (pending.missingComments > 0)
    blockers.push(t('followup.submit.missingComments', { count: pending.missingComments }));
  addProblems(problems, 'page', blockers);
  const check = useFormCheck(problems, action.error);
  const late = submittedOn > f.dueOn;
  const names = namesOf(partners);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!check.submit() || !advice) return action.reset();
    const submitted = await action.run(async () => {
      if (pending.dirty)
        await call('followups.update', {
          id: f.followupId!,
          summary: pending.summary,
          assessment: pending.assessment,
        });
      return call('followups.submit', {
        id: f.followupId!,
        submittedOn,
        recommendedFollowup: advice,
        ...(names.length ? { partners: names } : {}),
      });
    });
    if (submitted)
      onDone(
        t(submitted.late ? 'followup.submit.doneLate' : 'followup.submit.done', {
          state: submitted.stateName,
          date: formatDate(submitted.submittedOn),
        }),
      );
  };

  return (
    <form onSubmit={submit} noValidate>
      <FormFailure
        check={check}
        error={action.error}
        fields={['submittedOn', 'recommendedFollowup', 'partners']}
      />
      <InlineProblems label={t('followup.submit.blockers')} problems={blockers} />
      {pending.dirty && <p className="note">{t('followup.submit.savesFirst')}</p>}
      <div className="form-grid">
        <InputField
          label={t('followup.submit.on')}
          hint={t('followup.submit.dueHint', { date: formatDate(f.dueOn) })}
          type="date"
          check={check}
          field="submittedOn"
          value={submittedOn}
          onChange={setSubmittedOn}
        />
        <Field
          label={t('followup.submit.advice')}
          hint={t('followup.submit.adviceHint')}
          problems={check.shown('recommendedFollowup')}
        >
          <OptionSelect
            value={advice}
            options={FURTHER_FOLLOWUP}
            label={(o) => t(`furtherFollowup.${o}`)}
            emptyOption={t('followup.submit.chooseAdviceOption')}
            onChange={(o: FurtherFollowup | '') => {
              setAdvice(o);
              check.changed('recommendedFollowup');
            }}
          />
        </Field>
      </div>
      <InputField
        label={t('followup.submit.partners')}
        hint={
          advice === 'technical_assistance'
            ? t('followup.submit.partnersHintTa')
            : t('followup.submit.partnersHint')
        }
        check={check}
        field="partners"
        value={partners}
        onChange={setPartners}
      />
      {late && isIsoDate(submittedOn) && (
        <p className="note" role="note">
          <Tag tone="warning">{t('followup.submit.lateTag')}</Tag>{' '}
          {t('followup.submit.late', {
            due: formatDate(f.dueOn),
            count: daysBetween(f.dueOn, submittedOn),
          })}
        </p>
      )}
      <DialogButtons
        busy={action.busy}
        submit={t('followup.submit.submit')}
        busyText={t('form.sending')}
        onCancel={onCancel}
      />
    </form>
  );
}
