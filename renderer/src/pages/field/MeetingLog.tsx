// The visit's meeting log: who the team met, when, and what was discussed (thematic areas). The
// team and planners log, correct and delete meetings; everyone reads them.
import { useId, useMemo, useState, type FormEvent } from 'react';
import type { FieldMeeting, Visit } from '../../../../shared/api/types';
import { isIsoDate } from '../../../../shared/domain/dates';
import { THEMATIC_AREAS } from '../../../../shared/domain/reports';
import { call } from '../../api/client';
import { thematicAreaLabel } from '../../columns/recommendations';
import type { Column } from '../../components/DataTable';
import { DateText } from '../../components/DateText';
import { DialogButtons } from '../../components/DialogButtons';
import { InlineProblems } from '../../components/Field';
import { FormFailure } from '../../components/FormFailure';
import { addProblems, useFormCheck, type Problems } from '../../components/formChecks';
import { InputField } from '../../components/InputField';
import { useAction } from '../../data/useAction';
import { useApi } from '../../data/useAsync';
import { today } from '../../format/dates';
import { lineList } from '../../format/lists';
import { formatDate, t } from '../../i18n';
import { RecordActions } from './RecordActions';
import { RecordSection, type Editing } from './RecordSection';

const meetingName = (m: FieldMeeting) =>
  t('field.meeting.name', { institution: m.institution, date: formatDate(m.heldOn) });

export function MeetingLog({ visit, mayWrite }: { visit: Visit; mayWrite: boolean }) {
  const meetings = useApi('meetings.list', { visitId: visit.id });
  const [editing, setEditing] = useState<Editing<FieldMeeting>>(null);
  const columns = useMemo<Column<FieldMeeting>[]>(
    () => [
      {
        id: 'date',
        header: t('col.date'),
        cell: (m) => <DateText date={m.heldOn} />,
        sortValue: (m) => m.heldOn,
      },
      {
        id: 'institution',
        header: t('field.meeting.institution'),
        cell: (m) => m.institution,
        sortValue: (m) => m.institution,
      },
      {
        id: 'participants',
        header: t('field.meeting.participants'),
        cell: (m) => m.participants.join(', ') || t('common.none'),
      },
      {
        id: 'topics',
        header: t('field.meeting.topics'),
        cell: (m) => m.topics.map(thematicAreaLabel).join('; '),
      },
      { id: 'summary', header: t('field.meeting.summary'), cell: (m) => m.summary ?? '' },
      ...(mayWrite
        ? [
            {
              id: 'actions',
              header: t('field.col.actions'),
              cell: (m: FieldMeeting) => (
                <RecordActions
                  name={meetingName(m)}
                  deleteMethod="meetings.delete"
                  id={m.id}
                  onEdit={() => setEditing({ record: m })}
                />
              ),
            },
          ]
        : []),
    ],
    [mayWrite],
  );
  return (
    <RecordSection
      id="field-meetings"
      title={t('field.tab.meetings')}
      addLabel={t('field.meeting.log')}
      mayWrite={mayWrite}
      records={meetings}
      emptyMessage={t('field.meeting.empty')}
      caption={t('field.meeting.caption')}
      columns={columns}
      initialSort={{ column: 'date', direction: 'ascending' }}
      editing={editing}
      onEdit={setEditing}
      dialogTitle={(m) => (m ? t('field.meeting.editTitle') : t('field.meeting.newTitle'))}
      wideDialog
      form={(meeting, done) => <MeetingForm visit={visit} meeting={meeting} {...done} />}
    />
  );
}

/** A meeting's date: a real date, on a day of the visit, not in the future. */
function meetingDateProblems(heldOn: string, visit: Visit): string[] {
  if (!heldOn) return [t('form.enterDate')];
  if (!isIsoDate(heldOn)) return [t('form.realDate')];
  const lastDay = visit.endDate ?? visit.startDate;
  if (visit.startDate && lastDay && (heldOn < visit.startDate || heldOn > lastDay))
    return [
      t('field.meeting.outsideVisit', {
        from: formatDate(visit.startDate),
        to: formatDate(lastDay),
      }),
    ];
  if (heldOn > today()) return [t('form.notFuture', { today: formatDate(today()) })];
  return [];
}

function MeetingForm({
  visit,
  meeting,
  onDone,
  onCancel,
}: {
  visit: Visit;
  meeting: FieldMeeting | null;
  onDone: () => void;
  onCancel: () => void;
}) {
  const action = useAction();
  const topicsProblemId = useId();
  const [heldOn, setHeldOn] = useState(meeting?.heldOn ?? '');
  const [institution, setInstitution] = useState(meeting?.institution ?? '');
  const [participants, setParticipants] = useState(meeting?.participants.join('\n') ?? '');
  const [topics, setTopics] = useState<string[]>(meeting?.topics ?? []);
  const [summary, setSummary] = useState(meeting?.summary ?? '');
  const problems: Problems = {};
  addProblems(problems, 'heldOn', meetingDateProblems(heldOn, visit));
  if (institution.trim().length < 2)
    addProblems(problems, 'institution', [t('field.meeting.institutionNeeded')]);
  if (topics.length === 0) addProblems(problems, 'topics', [t('field.meeting.topicNeeded')]);
  const check = useFormCheck(problems, action.error);
  const toggleTopic = (key: string, on: boolean) => {
    setTopics((list) => (on ? [...list, key] : list.filter((k) => k !== key)));
    check.changed('topics');
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!check.submit()) return action.reset();
    const fields = {
      heldOn,
      institution: institution.trim(),
      participants: lineList(participants),
      topics,
      summary: summary.trim() || null,
    };
    const saved = await action.run(() =>
      meeting
        ? call('meetings.update', { id: meeting.id, ...fields })
        : call('meetings.create', { visitId: visit.id, ...fields }),
    );
    if (saved) onDone();
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormFailure
        check={check}
        error={action.error}
        fields={['heldOn', 'institution', 'participants', 'topics', 'summary']}
      />
      <div className="form-grid">
        <InputField
          label={t('field.meeting.heldOn')}
          hint={t('field.meeting.heldOnHint', {
            from: formatDate(visit.startDate),
            to: formatDate(visit.endDate ?? visit.startDate),
          })}
          type="date"
          check={check}
          field="heldOn"
          value={heldOn}
          onChange={setHeldOn}
        />
        <InputField
          label={t('field.meeting.institution')}
          maxLength={300}
          check={check}
          field="institution"
          value={institution}
          onChange={setInstitution}
        />
      </div>
      <InputField
        label={t('field.meeting.participants')}
        hint={t('field.onePerLine')}
        type="textarea"
        rows={3}
        check={check}
        field="participants"
        value={participants}
        onChange={setParticipants}
      />
      <fieldset
        className="form-grid"
        aria-describedby={check.shown('topics').length ? topicsProblemId : undefined}
      >
        <legend>{t('field.meeting.topics')}</legend>
        {THEMATIC_AREAS.map((area) => (
          <label key={area.key} className="filter-check">
            <input
              type="checkbox"
              checked={topics.includes(area.key)}
              onChange={(e) => toggleTopic(area.key, e.target.checked)}
            />
            {thematicAreaLabel(area.key)}
          </label>
        ))}
      </fieldset>
      <InlineProblems id={topicsProblemId} problems={check.shown('topics')} />
      <InputField
        label={t('field.meeting.summary')}
        type="textarea"
        rows={4}
        maxLength={4000}
        check={check}
        field="summary"
        value={summary}
        onChange={setSummary}
      />
      <DialogButtons busy={action.busy} submit={t('field.save')} onCancel={onCancel} />
    </form>
  );
}
