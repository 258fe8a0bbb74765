// What the team observed, per thematic area, and at which logged meeting if any. The team and
// planners record, correct and delete observations; everyone reads them.
import { useMemo, useState, type FormEvent } from 'react';
import type { FieldMeeting, FieldObservation, Visit } from '../../../../shared/api/types';
import { call } from '../../api/client';
import { thematicAreaLabel } from '../../columns/recommendations';
import type { Column } from '../../components/DataTable';
import { DialogButtons } from '../../components/DialogButtons';
import { Field } from '../../components/Field';
import { FormFailure } from '../../components/FormFailure';
import { addProblems, useFormCheck, type Problems } from '../../components/formChecks';
import { InputField } from '../../components/InputField';
import { useAction } from '../../data/useAction';
import { useApi } from '../../data/useAsync';
import { formatDate, t } from '../../i18n';
import { RecordActions } from './RecordActions';
import { RecordSection, type Editing } from './RecordSection';
import { ThematicAreaField } from './ThematicAreaField';

const meetingWords = (m: FieldMeeting) =>
  t('field.meeting.name', { institution: m.institution, date: formatDate(m.heldOn) });

export function Observations({ visit, mayWrite }: { visit: Visit; mayWrite: boolean }) {
  const observations = useApi('observations.list', { visitId: visit.id });
  const meetings = useApi('meetings.list', { visitId: visit.id });
  const meetingList = useMemo(() => (meetings.status === 'ready' ? meetings.data : []), [meetings]);
  const [editing, setEditing] = useState<Editing<FieldObservation>>(null);
  const columns = useMemo<Column<FieldObservation>[]>(
    () => [
      {
        id: 'area',
        header: t('col.thematicArea'),
        cell: (o) => thematicAreaLabel(o.thematicArea),
        sortValue: (o) => thematicAreaLabel(o.thematicArea),
      },
      { id: 'text', header: t('field.observation.text'), cell: (o) => o.text },
      {
        id: 'meeting',
        header: t('field.observation.meeting'),
        cell: (o) => {
          const m = meetingList.find((x) => x.id === o.meetingId);
          return m ? meetingWords(m) : t('common.none');
        },
      },
      { id: 'author', header: t('field.col.by'), cell: (o) => o.authorName ?? t('common.none') },
      ...(mayWrite
        ? [
            {
              id: 'actions',
              header: t('field.col.actions'),
              cell: (o: FieldObservation) => (
                <RecordActions
                  name={t('field.observation.name', { area: thematicAreaLabel(o.thematicArea) })}
                  deleteMethod="observations.delete"
                  id={o.id}
                  onEdit={() => setEditing({ record: o })}
                />
              ),
            },
          ]
        : []),
    ],
    [mayWrite, meetingList],
  );
  return (
    <RecordSection
      id="field-observations"
      title={t('field.tab.observations')}
      addLabel={t('field.observation.record')}
      mayWrite={mayWrite}
      records={observations}
      emptyMessage={t('field.observation.empty')}
      caption={t('field.observation.caption')}
      columns={columns}
      initialSort={{ column: 'area', direction: 'ascending' }}
      editing={editing}
      onEdit={setEditing}
      dialogTitle={(o) => (o ? t('field.observation.editTitle') : t('field.observation.newTitle'))}
      form={(observation, done) => (
        <ObservationForm visit={visit} observation={observation} meetings={meetingList} {...done} />
      )}
    />
  );
}

function ObservationForm({
  visit,
  observation,
  meetings,
  onDone,
  onCancel,
}: {
  visit: Visit;
  observation: FieldObservation | null;
  meetings: FieldMeeting[];
  onDone: () => void;
  onCancel: () => void;
}) {
  const action = useAction();
  const [area, setArea] = useState(observation?.thematicArea ?? '');
  const [meetingId, setMeetingId] = useState(observation?.meetingId ?? '');
  const [text, setText] = useState(observation?.text ?? '');
  const problems: Problems = {};
  if (!area) addProblems(problems, 'thematicArea', [t('field.chooseArea')]);
  if (text.trim().length < 5) addProblems(problems, 'text', [t('field.observation.textNeeded')]);
  const check = useFormCheck(problems, action.error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!check.submit()) return action.reset();
    const fields = { thematicArea: area, text: text.trim(), meetingId: meetingId || null };
    const saved = await action.run(() =>
      observation
        ? call('observations.update', { id: observation.id, ...fields })
        : call('observations.create', { visitId: visit.id, ...fields }),
    );
    if (saved) onDone();
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormFailure
        check={check}
        error={action.error}
        fields={['thematicArea', 'text', 'meetingId']}
      />
      <ThematicAreaField check={check} value={area} onChange={setArea} />
      <Field label={t('field.observation.meeting')} problems={check.shown('meetingId')}>
        <select value={meetingId} onChange={(e) => setMeetingId(e.target.value)}>
          <option value="">{t('field.observation.noMeeting')}</option>
          {meetings.map((m) => (
            <option key={m.id} value={m.id}>
              {meetingWords(m)}
            </option>
          ))}
        </select>
      </Field>
      <InputField
        label={t('field.observation.text')}
        type="textarea"
        rows={5}
        maxLength={4000}
        check={check}
        field="text"
        value={text}
        onChange={setText}
      />
      <DialogButtons busy={action.busy} submit={t('field.save')} onCancel={onCancel} />
    </form>
  );
}
