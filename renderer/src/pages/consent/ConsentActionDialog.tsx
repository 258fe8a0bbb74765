// The small forms of the Consent page, one per action: ask for consent, record a reminder, record
// the State's reply, withdraw the request. Each checks what it can as the planner types (dates not
// in the future nor before the step they follow, a reason, a window that ends after it starts) and
// shows the server's own objections at the field they concern.
import { useState, type FormEvent } from 'react';
import type { ConsentOverviewRow, ConsentRequest } from '../../../../shared/api/types';
import { CONSENT_REPLIES, type ConsentReply } from '../../../../shared/domain/consent';
import { call } from '../../api/client';
import { standingWords } from '../../columns/consent';
import { DialogButtons } from '../../components/DialogButtons';
import { InlineProblems } from '../../components/Field';
import { FormDialog, type DialogControls } from '../../components/FormDialog';
import { FormFailure } from '../../components/FormFailure';
import {
  addProblems,
  rangeProblems,
  recordedDateProblems,
  useFormCheck,
  type EarlierStep,
  type Problems,
} from '../../components/formChecks';
import { CheckboxLine, InputField } from '../../components/InputField';
import { useAction } from '../../data/useAction';
import { today } from '../../format/dates';
import { formatDate, t } from '../../i18n';
import { AskConsentForm, WindowFields } from './AskConsentForm';

export type ConsentActionKind = 'ask' | 'remind' | 'reply' | 'withdraw';

export function ConsentActionDialog({
  kind,
  row,
  year,
  onDone,
  onClose,
}: {
  kind: ConsentActionKind;
  row: ConsentOverviewRow;
  year: number;
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  const state = row.stateName;
  const request = row.request;
  return (
    <FormDialog
      title={t(`consent.dialog.${kind}`, { state })}
      intro={request && <p className="muted">{requestSummary(request)}</p>}
      onClose={onClose}
      wide={kind === 'reply'}
    >
      {(controls) => {
        const done = controls.thenClose(onDone);
        switch (kind) {
          case 'ask':
            return (
              <AskConsentForm
                iso3={row.iso3}
                stateName={state}
                year={year}
                onDone={done}
                onCancel={controls.close}
              />
            );
          case 'remind':
            return <ReminderForm request={request!} onDone={done} controls={controls} />;
          case 'reply':
            return <ReplyForm request={request!} onDone={done} controls={controls} />;
          case 'withdraw':
            return <WithdrawForm request={request!} onDone={done} controls={controls} />;
        }
      }}
    </FormDialog>
  );
}

/** "Requested on 1 Oct 2026 (CTED/NV/2026/004); Reminded once." */
function requestSummary(r: ConsentRequest): string {
  return t('consent.dialog.summary', {
    sent: formatDate(r.sentOn),
    ref: r.noteVerbaleRef ?? t('common.none'),
    standing: standingWords(r.reply, r.reminders),
  });
}

/** The last step of a request's history, which a new step may not precede. */
export function lastStep(r: ConsentRequest): EarlierStep[] {
  const steps: EarlierStep[] = [{ what: t('consent.earlier.request'), on: r.sentOn }];
  if (r.lastReminderOn) steps.push({ what: t('consent.earlier.reminder'), on: r.lastReminderOn });
  if (r.repliedOn) steps.push({ what: t('consent.earlier.reply'), on: r.repliedOn });
  // The latest first: a date before it is named by the step it precedes most recently.
  return steps.sort((a, b) => (b.on ?? '').localeCompare(a.on ?? ''));
}

interface FormProps {
  request: ConsentRequest;
  onDone: (message: string) => void;
  controls: DialogControls;
}

function ReminderForm({ request, onDone, controls }: FormProps) {
  const action = useAction();
  const [sentOn, setSentOn] = useState(today());
  const [ref, setRef] = useState('');
  const problems: Problems = {
    sentOn: recordedDateProblems(sentOn, today(), lastStep(request)),
  };
  const check = useFormCheck(problems, action.error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!check.submit()) return action.reset();
    const saved = await action.run(() =>
      call('consent.remind', {
        id: request.id,
        sentOn,
        ...(ref.trim() ? { noteVerbaleRef: ref.trim() } : {}),
      }),
    );
    if (saved) onDone(t('consent.done.remind', { state: saved.stateName, count: saved.reminders }));
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormFailure check={check} error={action.error} fields={['sentOn', 'noteVerbaleRef']} />
      <InputField
        label={t('consent.form.reminderOn')}
        type="date"
        check={check}
        field="sentOn"
        value={sentOn}
        onChange={setSentOn}
      />
      <InputField
        label={t('consent.form.reminderRef')}
        hint={t('consent.form.reminderRefHint')}
        check={check}
        field="noteVerbaleRef"
        value={ref}
        onChange={setRef}
      />
      <DialogButtons
        busy={action.busy}
        submit={t('consent.form.remindSubmit')}
        onCancel={controls.close}
      />
    </form>
  );
}

const MAY_PROPOSE: readonly ConsentReply[] = ['granted', 'deferred'];

function ReplyForm({ request, onDone, controls }: FormProps) {
  const action = useAction();
  const [reply, setReply] = useState<ConsentReply | ''>('');
  const [receivedOn, setReceivedOn] = useState(today());
  const [proposedFrom, setProposedFrom] = useState(request.proposedFrom ?? '');
  const [proposedTo, setProposedTo] = useState(request.proposedTo ?? '');
  const [conditions, setConditions] = useState('');
  const [confidential, setConfidential] = useState(request.confidential);
  const withWindow = reply !== '' && MAY_PROPOSE.includes(reply);
  const problems: Problems = {
    receivedOn: recordedDateProblems(receivedOn, today(), lastStep(request)),
  };
  if (!reply) addProblems(problems, 'reply', [t('consent.form.chooseReply')]);
  if (withWindow)
    addProblems(
      problems,
      'proposedTo',
      rangeProblems(proposedFrom, proposedTo, t('consent.form.windowOrder')),
    );
  const check = useFormCheck(problems, action.error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!check.submit() || !reply) return action.reset();
    const outcome = await action.run(() =>
      call('consent.reply', {
        id: request.id,
        reply,
        receivedOn,
        ...(withWindow && proposedFrom ? { proposedFrom } : {}),
        ...(withWindow && proposedTo ? { proposedTo } : {}),
        ...(withWindow && conditions.trim() ? { conditions: conditions.trim() } : {}),
        ...(withWindow ? { confidential } : {}),
      }),
    );
    if (!outcome) return;
    const words = t(`consentReply.${outcome.request.reply}`);
    onDone(
      outcome.substitution
        ? t('consent.done.replyWithSubstitution', {
            state: outcome.request.stateName,
            reply: words,
            replacement: outcome.substitution.stateName,
          })
        : t('consent.done.reply', { state: outcome.request.stateName, reply: words }),
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormFailure
        check={check}
        error={action.error}
        fields={['reply', 'receivedOn', 'proposedFrom', 'proposedTo', 'conditions', 'confidential']}
      />
      <fieldset className="radio-group" aria-describedby="reply-problems">
        <legend>{t('consent.form.reply')}</legend>
        {CONSENT_REPLIES.map((r) => (
          <label key={r}>
            <input
              type="radio"
              name="reply"
              value={r}
              checked={reply === r}
              onChange={() => {
                setReply(r);
                check.changed('reply');
              }}
            />
            {t(`consentReply.${r}`)}
          </label>
        ))}
      </fieldset>
      <InlineProblems id="reply-problems" problems={check.shown('reply')} />
      <div className="form-grid">
        <InputField
          label={t('consent.form.receivedOn')}
          type="date"
          check={check}
          field="receivedOn"
          value={receivedOn}
          onChange={setReceivedOn}
        />
      </div>
      {withWindow && (
        <>
          <WindowFields
            legend={t('consent.form.window')}
            check={check}
            from={proposedFrom}
            to={proposedTo}
            onFrom={setProposedFrom}
            onTo={setProposedTo}
          />
          <InputField
            label={t('consent.form.conditions')}
            type="textarea"
            rows={2}
            check={check}
            field="conditions"
            value={conditions}
            onChange={setConditions}
          />
          <CheckboxLine
            label={t('consent.form.confidential')}
            check={check}
            field="confidential"
            checked={confidential}
            onChange={setConfidential}
          />
          {check.shown('confidential').map((p) => (
            <p key={p} className="field-problems">
              {p}
            </p>
          ))}
        </>
      )}
      <DialogButtons
        busy={action.busy}
        submit={t('consent.form.replySubmit')}
        onCancel={controls.close}
      />
    </form>
  );
}

function WithdrawForm({ request, onDone, controls }: FormProps) {
  const action = useAction();
  const [on, setOn] = useState(today());
  const [reason, setReason] = useState('');
  const problems: Problems = {
    on: recordedDateProblems(on, today(), lastStep(request)),
  };
  if (reason.trim().length < 5) addProblems(problems, 'reason', [t('consent.form.reasonNeeded')]);
  const check = useFormCheck(problems, action.error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!check.submit()) return action.reset();
    const outcome = await action.run(() =>
      call('consent.withdraw', { id: request.id, on, reason: reason.trim() }),
    );
    if (outcome)
      onDone(
        outcome.substitution
          ? t('consent.done.withdrawnWithSubstitution', {
              state: outcome.request.stateName,
              replacement: outcome.substitution.stateName,
            })
          : t('consent.done.withdrawn', { state: outcome.request.stateName }),
      );
  };
  return (
    <form onSubmit={submit} noValidate>
      <p>{t('consent.form.withdrawExplain')}</p>
      <FormFailure check={check} error={action.error} fields={['on', 'reason']} />
      <InputField
        label={t('consent.form.withdrawnOn')}
        type="date"
        check={check}
        field="on"
        value={on}
        onChange={setOn}
      />
      <InputField
        label={t('consent.form.reason')}
        type="textarea"
        rows={3}
        check={check}
        field="reason"
        value={reason}
        onChange={setReason}
      />
      <DialogButtons
        busy={action.busy}
        submit={t('consent.form.withdrawSubmit')}
        onCancel={controls.close}
      />
    </form>
  );
}
