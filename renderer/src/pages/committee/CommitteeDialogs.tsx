// The Committee page's forms, each in a dialog: record or edit a meeting, invite a State's senior
// officials to it (only States with a report the Committee has adopted), and record whether they
// attended once the meeting has been held. Each checks what it can as it is filled in and shows the
// server's objections at the field they concern.
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import type { AssessmentReport, CtcMeeting, Invitation } from '../../../../shared/api/types';
import { isIsoDate } from '../../../../shared/domain/dates';
import { call } from '../../api/client';
import { DialogButtons } from '../../components/DialogButtons';
import { describeError } from '../../components/ErrorPanel';
import { Field, InlineProblems } from '../../components/Field';
import { FormDialog, type DialogControls } from '../../components/FormDialog';
import { FormFailure } from '../../components/FormFailure';
import {
  addProblems,
  recordedDateProblems,
  useFormCheck,
  type Problems,
} from '../../components/formChecks';
import { InputField } from '../../components/InputField';
import { OptionSelect } from '../../components/OptionSelect';
import { useAction } from '../../data/useAction';
import { useApi } from '../../data/useAsync';
import { today } from '../../format/dates';
import { compareNames, formatDate, t } from '../../i18n';

const TITLE_MAX = 300;
const NOTES_MAX = 4000;
const NOTE_MAX = 2000;

function Dialog({
  title,
  intro,
  onClose,
  wide,
  children,
}: {
  title: string;
  intro?: string;
  onClose: () => void;
  wide?: boolean;
  children: (controls: DialogControls) => ReactNode;
}) {
  return (
    <FormDialog
      title={title}
      intro={intro && <p className="muted">{intro}</p>}
      onClose={onClose}
      wide={wide}
    >
      {children}
    </FormDialog>
  );
}

export function MeetingDialog({
  meeting,
  onDone,
  onClose,
}: {
  meeting: CtcMeeting | null;
  onDone: (message: string, saved: CtcMeeting) => void;
  onClose: () => void;
}) {
  return (
    <Dialog
      title={meeting ? t('committee.meeting.editTitle') : t('committee.meeting.newTitle')}
      onClose={onClose}
    >
      {({ close, thenClose }) => (
        <MeetingForm meeting={meeting} onCancel={close} onDone={thenClose(onDone)} />
      )}
    </Dialog>
  );
}

function MeetingForm({
  meeting,
  onDone,
  onCancel,
}: {
  meeting: CtcMeeting | null;
  onDone: (message: string, saved: CtcMeeting) => void;
  onCancel: () => void;
}) {
  const action = useAction();
  const [heldOn, setHeldOn] = useState(meeting?.heldOn ?? today());
  const [title, setTitle] = useState(meeting?.title ?? '');
  const [notes, setNotes] = useState(meeting?.agendaNotes ?? '');
  const problems: Problems = {};
  if (!heldOn) addProblems(problems, 'heldOn', [t('form.enterDate')]);
  else if (!isIsoDate(heldOn)) addProblems(problems, 'heldOn', [t('form.realDate')]);
  if (title.trim().length < 3) addProblems(problems, 'title', [t('committee.meeting.titleNeeded')]);
  const check = useFormCheck(problems, action.error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!check.submit()) return action.reset();
    const fields = { heldOn, title: title.trim(), agendaNotes: notes.trim() || null };
    const saved = await action.run(() =>
      meeting
        ? call('ctcMeetings.update', { id: meeting.id, ...fields })
        : call('ctcMeetings.create', fields),
    );
    if (saved)
      onDone(
        t(meeting ? 'committee.meeting.updated' : 'committee.meeting.created', {
          title: saved.title,
          date: formatDate(saved.heldOn),
        }),
        saved,
      );
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormFailure check={check} error={action.error} fields={['heldOn', 'title', 'agendaNotes']} />
      <div className="form-grid">
        <InputField
          label={t('committee.meeting.heldOn')}
          hint={t('committee.meeting.heldOnHint')}
          type="date"
          check={check}
          field="heldOn"
          value={heldOn}
          onChange={setHeldOn}
        />
      </div>
      <InputField
        label={t('committee.meeting.title')}
        hint={t('committee.meeting.titleHint')}
        maxLength={TITLE_MAX}
        check={check}
        field="title"
        value={title}
        onChange={setTitle}
      />
      <InputField
        label={t('committee.meeting.agendaNotes')}
        type="textarea"
        rows={4}
        maxLength={NOTES_MAX}
        check={check}
        field="agendaNotes"
        value={notes}
        onChange={setNotes}
      />
      <DialogButtons
        busy={action.busy}
        submit={meeting ? t('committee.meeting.save') : t('committee.meeting.create')}
        onCancel={onCancel}
      />
    </form>
  );
}

export function InviteDialog({
  meeting,
  onDone,
  onClose,
}: {
  meeting: CtcMeeting;
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  return (
    <Dialog
      title={t('committee.invitation.title', { meeting: meeting.title })}
      intro={t('committee.invitation.intro', { date: formatDate(meeting.heldOn) })}
      onClose={onClose}
      wide
    >
      {({ close, thenClose }) => (
        <InviteForm meeting={meeting} onCancel={close} onDone={thenClose(onDone)} />
      )}
    </Dialog>
  );
}

/** "Comprehensive visit report “…”, adopted 3 Mar 2025". */
const reportWords = (r: AssessmentReport): string =>
  t('committee.invitation.reportOption', {
    title:
      r.title ?? t('committee.invitation.untitledReport', { kind: t(`visitKind.${r.visitKind}`) }),
    date: formatDate(r.adoptedOn),
  });

function InviteForm({
  meeting,
  onDone,
  onCancel,
}: {
  meeting: CtcMeeting;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const action = useAction();
  const reports = useApi('reports.list', {});
  const [iso3, setIso3] = useState('');
  const [reportId, setReportId] = useState('');
  const [officialTitle, setOfficialTitle] = useState('');
  const [invitedOn, setInvitedOn] = useState(meeting.heldOn < today() ? meeting.heldOn : today());
  const invited = useMemo(() => new Set(meeting.invitations.map((i) => i.iso3)), [meeting]);
  /** The adopted reports of each State not invited yet, newest first. */
  const adopted = useMemo(() => {
    const byState = new Map<string, AssessmentReport[]>();
    if (reports.status !== 'ready') return byState;
    for (const r of reports.data)
      if (r.adoptedOn && !invited.has(r.iso3))
        byState.set(r.iso3, [...(byState.get(r.iso3) ?? []), r]);
    for (const list of byState.values())
      list.sort((a, b) => (b.adoptedOn ?? '').localeCompare(a.adoptedOn ?? ''));
    return byState;
  }, [reports, invited]);
  const states = useMemo(
    () =>
      [...adopted.entries()]
        .map(([code, list]) => ({ iso3: code, name: list[0]!.stateName }))
        .sort((a, b) => compareNames(a.name, b.name)),
    [adopted],
  );
  const stateReports = adopted.get(iso3) ?? [];
  const report = stateReports.find((r) => r.id === reportId) ?? null;
  const nameOf = (code: string) => states.find((s) => s.iso3 === code)?.name ?? code;

  const problems: Problems = {
    invitedOn: recordedDateProblems(
      invitedOn,
      today(),
      report ? [{ what: t('committee.invitation.adoption'), on: report.adoptedOn }] : [],
    ),
  };
  if (isIsoDate(invitedOn) && invitedOn > meeting.heldOn)
    addProblems(problems, 'invitedOn', [
      t('committee.invitation.afterMeeting', { date: formatDate(meeting.heldOn) }),
    ]);
  if (!iso3) addProblems(problems, 'iso3', [t('committee.invitation.chooseState')]);
  else if (!reportId) addProblems(problems, 'reportId', [t('committee.invitation.chooseReport')]);
  if (officialTitle.trim().length < 3)
    addProblems(problems, 'officialTitle', [t('committee.invitation.officialNeeded')]);
  const check = useFormCheck(problems, action.error);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!check.submit()) return action.reset();
    const saved = await action.run(() =>
      call('invitations.create', {
        meetingId: meeting.id,
        iso3,
        reportId,
        officialTitle: officialTitle.trim(),
        invitedOn,
      }),
    );
    if (saved)
      onDone(
        t('committee.invitation.done', {
          state: saved.stateName,
          meeting: meeting.title,
        }),
      );
  };

  const statePicker =
    reports.status === 'error' ? (
      <p className="field-problems" role="alert">
        {describeError(reports.error)}{' '}
        <button type="button" onClick={reports.retry}>
          {t('common.retry')}
        </button>
      </p>
    ) : (
      <OptionSelect
        value={iso3}
        options={states.map((s) => s.iso3)}
        label={nameOf}
        emptyOption={
          reports.status === 'loading'
            ? t('common.loading')
            : t('committee.invitation.chooseStateOption')
        }
        onChange={(code: string) => {
          setIso3(code);
          // The latest adopted report of the State, which it would brief the Committee on.
          setReportId(adopted.get(code)?.[0]?.id ?? '');
          check.changed('iso3');
          check.changed('reportId');
        }}
      />
    );

  return (
    <form onSubmit={submit} noValidate>
      <FormFailure
        check={check}
        error={action.error}
        fields={['iso3', 'reportId', 'officialTitle', 'invitedOn']}
      />
      <div className="form-grid">
        <Field
          label={t('committee.invitation.state')}
          hint={
            reports.status === 'ready' && states.length === 0
              ? t('committee.invitation.noStates')
              : t('committee.invitation.stateHint')
          }
          problems={check.shown('iso3')}
        >
          {statePicker}
        </Field>
        <Field
          label={t('committee.invitation.report')}
          hint={t('committee.invitation.reportHint')}
          problems={check.shown('reportId')}
        >
          <OptionSelect
            value={reportId}
            options={stateReports.map((r) => r.id)}
            label={(id) => reportWords(stateReports.find((r) => r.id === id)!)}
            disabled={!iso3}
            emptyOption={t('committee.invitation.chooseReportOption')}
            onChange={(id: string) => {
              setReportId(id);
              check.changed('reportId');
              check.changed('invitedOn');
            }}
          />
        </Field>
        <InputField
          label={t('committee.invitation.official')}
          hint={t('committee.invitation.officialHint')}
          maxLength={TITLE_MAX}
          check={check}
          field="officialTitle"
          value={officialTitle}
          onChange={setOfficialTitle}
        />
        <InputField
          label={t('committee.invitation.invitedOn')}
          type="date"
          check={check}
          field="invitedOn"
          value={invitedOn}
          onChange={setInvitedOn}
        />
      </div>
      <DialogButtons
        busy={action.busy}
        submit={t('committee.invitation.submit')}
        onCancel={onCancel}
      />
    </form>
  );
}

export function AttendanceDialog({
  meeting,
  invitation,
  onDone,
  onClose,
}: {
  meeting: CtcMeeting;
  invitation: Invitation;
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  return (
    <Dialog
      title={t('committee.attendance.title', { state: invitation.stateName })}
      intro={t('committee.attendance.intro', {
        official: invitation.officialTitle ?? t('committee.attendance.officials'),
        meeting: meeting.title,
        date: formatDate(meeting.heldOn),
      })}
      onClose={onClose}
    >
      {({ close, thenClose }) => (
        <AttendanceForm invitation={invitation} onCancel={close} onDone={thenClose(onDone)} />
      )}
    </Dialog>
  );
}

function AttendanceForm({
  invitation,
  onDone,
  onCancel,
}: {
  invitation: Invitation;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const action = useAction();
  const [attended, setAttended] = useState<boolean | null>(invitation.attended);
  const [note, setNote] = useState(invitation.note ?? '');
  const problems: Problems = {};
  if (attended === null)
    addProblems(problems, 'attended', [t('committee.attendance.chooseAttended')]);
  const check = useFormCheck(problems, action.error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!check.submit() || attended === null) return action.reset();
    const saved = await action.run(() =>
      call('invitations.recordAttendance', { id: invitation.id, attended, note: note.trim() }),
    );
    if (saved)
      onDone(
        t(saved.attended ? 'committee.attendance.doneYes' : 'committee.attendance.doneNo', {
          state: saved.stateName,
        }),
      );
  };
  const shown = check.shown('attended');
  return (
    <form onSubmit={submit} noValidate>
      <FormFailure check={check} error={action.error} fields={['attended', 'note']} />
      <fieldset
        className="radio-group"
        aria-describedby={shown.length ? 'attended-problems' : undefined}
      >
        <legend>{t('committee.attendance.question')}</legend>
        {[true, false].map((value) => (
          <label key={String(value)}>
            <input
              type="radio"
              name="attended"
              checked={attended === value}
              onChange={() => {
                setAttended(value);
                check.changed('attended');
              }}
            />
            {value ? t('committee.attendance.yes') : t('committee.attendance.no')}
          </label>
        ))}
      </fieldset>
      <InlineProblems id="attended-problems" problems={shown} />
      <InputField
        label={t('committee.attendance.note')}
        hint={t('committee.attendance.noteHint')}
        type="textarea"
        rows={3}
        maxLength={NOTE_MAX}
        check={check}
        field="note"
        value={note}
        onChange={setNote}
      />
      <DialogButtons
        busy={action.busy}
        submit={t('committee.attendance.submit')}
        onCancel={onCancel}
      />
    </form>
  );
}
