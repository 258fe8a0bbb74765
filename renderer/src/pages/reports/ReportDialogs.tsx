// The report's own forms: record its next step (the Committee's members record the adoption),
// edit its title, release consent and confidential sections, and record the State's reply on
// implementation. Each checks the cheap rules as the planner types and shows the server's
// refusals (INVALID_TRANSITION, VALIDATION) at the field they concern.
import { useState, type FormEvent } from 'react';
import type { AssessmentReport } from '../../../../shared/api/types';
import {
  RELEASE_CONSENT,
  type ReleaseConsent,
  type ReportStep,
} from '../../../../shared/domain/reports';
import { call } from '../../api/client';
import { DialogButtons } from '../../components/DialogButtons';
import { InlineProblems } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { FormFailure } from '../../components/FormFailure';
import {
  addProblems,
  recordedDateProblems,
  useFormCheck,
  type Problems,
} from '../../components/formChecks';
import { CheckboxLine, InputField } from '../../components/InputField';
import { useAction } from '../../data/useAction';
import { today } from '../../format/dates';
import { lineList } from '../../format/lists';
import { formatDate, t } from '../../i18n';
import { previousStep } from './reportForm';

interface DialogProps {
  report: AssessmentReport;
  onDone: (message: string) => void;
  onClose: () => void;
}

interface FormProps {
  report: AssessmentReport;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** "Record the next step": its date and, for the factual observations, "none received". */
export function AdvanceDialog({
  report,
  step,
  onDone,
  onClose,
}: DialogProps & { step: ReportStep }) {
  return (
    <FormDialog
      title={t(`report.advance.title.${step}`)}
      intro={<p className="muted">{t(`report.advance.explain.${step}`)}</p>}
      onClose={onClose}
    >
      {({ close, thenClose }) => (
        <AdvanceForm report={report} step={step} onCancel={close} onDone={thenClose(onDone)} />
      )}
    </FormDialog>
  );
}

function AdvanceForm({ report, step, onDone, onCancel }: FormProps & { step: ReportStep }) {
  const action = useAction();
  const [on, setOn] = useState(today());
  const [noneReceived, setNoneReceived] = useState(false);
  const due = report.observationsDue;
  const offerNone = step === 'observations_received';
  /** "None received" closes the step only once the State's 30 days have passed. */
  const noneTooEarly = due !== null && today() <= due;
  const problems: Problems = {
    on: recordedDateProblems(on, today(), previousStep(report, step)),
  };
  if (noneReceived && due && on && on <= due)
    addProblems(problems, 'on', [t('report.advance.noneBeforeDue', { due: formatDate(due) })]);
  const check = useFormCheck(problems, action.error, [['on', 'noneReceived']]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!check.submit()) return action.reset();
    const saved = await action.run(() =>
      call('reports.advance', {
        id: report.id,
        step,
        on,
        ...(offerNone && noneReceived ? { noneReceived: true } : {}),
      }),
    );
    if (saved)
      onDone(
        saved.observationsNoneReceived && step === 'observations_received'
          ? t('report.advance.doneNone', { date: formatDate(saved.observationsReceivedOn) })
          : t('report.advance.done', { status: t(`reportStatus.${saved.status}`) }),
      );
  };

  return (
    <form onSubmit={submit} noValidate>
      <FormFailure check={check} error={action.error} fields={['on', 'noneReceived', 'step']} />
      <InputField
        label={t(`report.advance.on.${step}`)}
        type="date"
        check={check}
        field="on"
        value={on}
        onChange={setOn}
      />
      {offerNone && (
        <>
          <CheckboxLine
            label={t('report.advance.noneReceived')}
            disabled={noneTooEarly}
            aria-describedby="none-received-hint"
            check={check}
            field="noneReceived"
            checked={noneReceived}
            onChange={setNoneReceived}
          />
          <p id="none-received-hint" className="field-hint">
            {due
              ? t(noneTooEarly ? 'report.advance.noneNotYet' : 'report.advance.noneHint', {
                  due: formatDate(due),
                })
              : t('report.advance.noneHintNoDue')}
          </p>
          <InlineProblems problems={check.shown('noneReceived')} />
        </>
      )}
      <InlineProblems problems={check.shown('step')} />
      <DialogButtons
        busy={action.busy}
        submit={t(`report.advance.submit.${step}`)}
        onCancel={onCancel}
      />
    </form>
  );
}

/** Title, the State's consent to release the report (OP 19) and its confidential sections. */
export function EditReportDialog({ report, onDone, onClose }: DialogProps) {
  return (
    <FormDialog title={t('report.edit.title')} onClose={onClose} wide>
      {({ close, thenClose }) => (
        <EditReportForm report={report} onCancel={close} onDone={thenClose(onDone)} />
      )}
    </FormDialog>
  );
}

function EditReportForm({ report, onDone, onCancel }: FormProps) {
  const action = useAction();
  const [title, setTitle] = useState(report.title ?? '');
  const [release, setRelease] = useState<ReleaseConsent>(report.releaseConsent);
  const [releaseOn, setReleaseOn] = useState(report.releaseConsentOn ?? '');
  const [sections, setSections] = useState(report.confidentialSections.join('\n'));
  const released = release !== 'none';
  const problems: Problems = {};
  if (title.trim().length < 3) addProblems(problems, 'title', [t('report.form.titleNeeded')]);
  if (released && !releaseOn)
    addProblems(problems, 'releaseConsentOn', [t('report.form.releaseConsentOnNeeded')]);
  if (released && releaseOn)
    addProblems(
      problems,
      'releaseConsentOn',
      recordedDateProblems(releaseOn, today(), [
        { what: t('report.earlier.drafting'), on: report.draftedOn },
      ]),
    );
  const check = useFormCheck(problems, action.error, [['releaseConsent', 'releaseConsentOn']]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!check.submit()) return action.reset();
    const saved = await action.run(() =>
      call('reports.update', {
        id: report.id,
        title: title.trim(),
        releaseConsent: release,
        releaseConsentOn: released ? releaseOn || null : null,
        confidentialSections: lineList(sections),
      }),
    );
    if (saved) onDone(t('report.edit.done'));
  };

  return (
    <form onSubmit={submit} noValidate>
      <FormFailure
        check={check}
        error={action.error}
        fields={['title', 'releaseConsent', 'releaseConsentOn', 'confidentialSections']}
      />
      <InputField
        label={t('report.form.title')}
        check={check}
        field="title"
        value={title}
        onChange={setTitle}
      />
      <div className="form-grid">
        <fieldset className="radio-group" aria-describedby="release-hint">
          <legend>{t('report.form.releaseConsent')}</legend>
          <p id="release-hint" className="field-hint">
            {t('report.form.releaseConsentHint')}
          </p>
          {RELEASE_CONSENT.map((r) => (
            <label key={r}>
              <input
                type="radio"
                name="releaseConsent"
                value={r}
                checked={release === r}
                onChange={() => {
                  setRelease(r);
                  check.changed('releaseConsent');
                }}
              />
              {t(`report.release.${r}`)}
            </label>
          ))}
          <InlineProblems problems={check.shown('releaseConsent')} />
        </fieldset>
        <InputField
          label={t('report.form.releaseConsentOn')}
          hint={t(
            released ? 'report.form.releaseConsentOnHint' : 'report.form.releaseConsentOnNone',
          )}
          type="date"
          disabled={!released}
          check={check}
          field="releaseConsentOn"
          value={released ? releaseOn : ''}
          onChange={setReleaseOn}
        />
      </div>
      <InputField
        label={t('report.form.confidentialSections')}
        hint={t('report.form.confidentialSectionsHint')}
        type="textarea"
        rows={3}
        check={check}
        field="confidentialSections"
        value={sections}
        onChange={setSections}
      />
      <DialogButtons busy={action.busy} submit={t('report.edit.submit')} onCancel={onCancel} />
    </form>
  );
}

/** The State's report on implementation, due 6 months after the final report's transmission. */
export function ImplementationReplyDialog({ report, onDone, onClose }: DialogProps) {
  return (
    <FormDialog
      title={t('report.reply.title')}
      intro={
        <p className="muted">
          {t('report.reply.explain', { due: formatDate(report.implementationReplyDue) })}
        </p>
      }
      onClose={onClose}
      wide
    >
      {({ close, thenClose }) => (
        <ImplementationReplyForm report={report} onCancel={close} onDone={thenClose(onDone)} />
      )}
    </FormDialog>
  );
}

function ImplementationReplyForm({ report, onDone, onCancel }: FormProps) {
  const action = useAction();
  const [receivedOn, setReceivedOn] = useState(today());
  const [summary, setSummary] = useState(report.implementationReplySummary ?? '');
  const problems: Problems = {
    receivedOn: recordedDateProblems(receivedOn, today(), [
      { what: t('report.earlier.transmitted'), on: report.transmittedOn },
    ]),
  };
  if (summary.trim().length < 5)
    addProblems(problems, 'summary', [t('report.reply.summaryNeeded')]);
  const check = useFormCheck(problems, action.error);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!check.submit()) return action.reset();
    const saved = await action.run(() =>
      call('reports.recordImplementationReply', {
        id: report.id,
        receivedOn,
        summary: summary.trim(),
      }),
    );
    if (saved) onDone(t('report.reply.done', { date: formatDate(saved.implementationReplyOn) }));
  };

  return (
    <form onSubmit={submit} noValidate>
      <FormFailure check={check} error={action.error} fields={['receivedOn', 'summary']} />
      <InputField
        label={t('report.reply.receivedOn')}
        type="date"
        check={check}
        field="receivedOn"
        value={receivedOn}
        onChange={setReceivedOn}
      />
      <InputField
        label={t('report.reply.summary')}
        hint={t('report.reply.summaryHint')}
        type="textarea"
        rows={5}
        check={check}
        field="summary"
        value={summary}
        onChange={setSummary}
      />
      <DialogButtons busy={action.busy} submit={t('report.reply.submit')} onCancel={onCancel} />
    </form>
  );
}

/** For the visit page: the draft of a conducted assessment visit's report. */
export function DraftReportDialog({
  visitId,
  defaultTitle,
  visitStart,
  onDone,
  onClose,
}: {
  visitId: string;
  defaultTitle: string;
  visitStart: string | null;
  onDone: (report: AssessmentReport) => void;
  onClose: () => void;
}) {
  return (
    <FormDialog
      title={t('report.draft.title')}
      intro={<p className="muted">{t('report.draft.explain')}</p>}
      onClose={onClose}
    >
      {({ close }) => (
        <DraftReportForm
          visitId={visitId}
          defaultTitle={defaultTitle}
          visitStart={visitStart}
          onCancel={close}
          onDone={(report) => {
            close();
            onDone(report);
          }}
        />
      )}
    </FormDialog>
  );
}

function DraftReportForm({
  visitId,
  defaultTitle,
  visitStart,
  onDone,
  onCancel,
}: {
  visitId: string;
  defaultTitle: string;
  visitStart: string | null;
  onDone: (report: AssessmentReport) => void;
  onCancel: () => void;
}) {
  const action = useAction();
  const [title, setTitle] = useState(defaultTitle);
  const [draftedOn, setDraftedOn] = useState(today());
  const problems: Problems = {
    draftedOn: recordedDateProblems(draftedOn, today(), [
      { what: t('report.earlier.visitStart'), on: visitStart },
    ]),
  };
  if (title.trim().length < 3) addProblems(problems, 'title', [t('report.form.titleNeeded')]);
  const check = useFormCheck(problems, action.error);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!check.submit()) return action.reset();
    const created = await action.run(() =>
      call('reports.create', { visitId, title: title.trim(), draftedOn }),
    );
    if (created) onDone(created);
  };

  return (
    <form onSubmit={submit} noValidate>
      <FormFailure check={check} error={action.error} fields={['title', 'draftedOn', 'visitId']} />
      <InputField
        label={t('report.form.title')}
        check={check}
        field="title"
        value={title}
        onChange={setTitle}
      />
      <InputField
        label={t('report.draft.draftedOn')}
        type="date"
        check={check}
        field="draftedOn"
        value={draftedOn}
        onChange={setDraftedOn}
      />
      <InlineProblems problems={check.shown('visitId')} />
      <DialogButtons busy={action.busy} submit={t('report.draft.submit')} onCancel={onCancel} />
    </form>
  );
}
