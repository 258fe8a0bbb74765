// The team's draft findings per thematic area, each a draft until marked ready for the report. The
// team and planners write, correct and delete them; everyone reads them.
import { useMemo, useState, type FormEvent } from 'react';
import type { FieldFinding, Visit } from '../../../../shared/api/types';
import { FINDING_STATUSES, type FindingStatus } from '../../../../shared/domain/fieldRecords';
import { call } from '../../api/client';
import { thematicAreaLabel } from '../../columns/recommendations';
import type { Column } from '../../components/DataTable';
import { DateText } from '../../components/DateText';
import { DialogButtons } from '../../components/DialogButtons';
import { Field } from '../../components/Field';
import { FormFailure } from '../../components/FormFailure';
import { addProblems, useFormCheck, type Problems } from '../../components/formChecks';
import { InputField } from '../../components/InputField';
import { OptionSelect } from '../../components/OptionSelect';
import { Tag } from '../../components/Tag';
import { useAction } from '../../data/useAction';
import { useApi } from '../../data/useAsync';
import { t } from '../../i18n';
import { RecordActions } from './RecordActions';
import { RecordSection, type Editing } from './RecordSection';
import { ThematicAreaField } from './ThematicAreaField';

export function Findings({ visit, mayWrite }: { visit: Visit; mayWrite: boolean }) {
  const findings = useApi('findings.list', { visitId: visit.id });
  const [editing, setEditing] = useState<Editing<FieldFinding>>(null);
  const columns = useMemo<Column<FieldFinding>[]>(
    () => [
      {
        id: 'area',
        header: t('col.thematicArea'),
        cell: (f) => thematicAreaLabel(f.thematicArea),
        sortValue: (f) => thematicAreaLabel(f.thematicArea),
      },
      { id: 'text', header: t('field.finding.text'), cell: (f) => f.text },
      {
        id: 'status',
        header: t('col.status'),
        cell: (f) => (
          <Tag tone={f.status === 'ready' ? 'success' : 'notice'}>
            {t(`field.finding.status.${f.status}`)}
          </Tag>
        ),
        sortValue: (f) => f.status,
      },
      {
        id: 'updated',
        header: t('field.finding.updatedOn'),
        cell: (f) => <DateText date={f.updatedOn} />,
        sortValue: (f) => f.updatedOn,
      },
      ...(mayWrite
        ? [
            {
              id: 'actions',
              header: t('field.col.actions'),
              cell: (f: FieldFinding) => (
                <RecordActions
                  name={t('field.finding.name', { area: thematicAreaLabel(f.thematicArea) })}
                  deleteMethod="findings.delete"
                  id={f.id}
                  onEdit={() => setEditing({ record: f })}
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
      id="field-findings"
      title={t('field.tab.findings')}
      addLabel={t('field.finding.draft')}
      mayWrite={mayWrite}
      records={findings}
      emptyMessage={t('field.finding.empty')}
      caption={t('field.finding.caption')}
      columns={columns}
      initialSort={{ column: 'area', direction: 'ascending' }}
      editing={editing}
      onEdit={setEditing}
      dialogTitle={(f) => (f ? t('field.finding.editTitle') : t('field.finding.newTitle'))}
      wideDialog
      form={(finding, done) => <FindingForm visit={visit} finding={finding} {...done} />}
    />
  );
}

function FindingForm({
  visit,
  finding,
  onDone,
  onCancel,
}: {
  visit: Visit;
  finding: FieldFinding | null;
  onDone: () => void;
  onCancel: () => void;
}) {
  const action = useAction();
  const [area, setArea] = useState(finding?.thematicArea ?? '');
  const [text, setText] = useState(finding?.text ?? '');
  const [status, setStatus] = useState<FindingStatus>(finding?.status ?? 'draft');
  const problems: Problems = {};
  if (!area) addProblems(problems, 'thematicArea', [t('field.chooseArea')]);
  if (text.trim().length < 5) addProblems(problems, 'text', [t('field.finding.textNeeded')]);
  const check = useFormCheck(problems, action.error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!check.submit()) return action.reset();
    const saved = await action.run(() =>
      call('findings.save', {
        id: finding?.id,
        visitId: visit.id,
        thematicArea: area,
        text: text.trim(),
        status,
      }),
    );
    if (saved) onDone();
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormFailure check={check} error={action.error} fields={['thematicArea', 'text', 'status']} />
      <div className="form-grid">
        <ThematicAreaField check={check} value={area} onChange={setArea} />
        <Field label={t('col.status')} hint={t('field.finding.statusHint')}>
          <OptionSelect
            options={FINDING_STATUSES}
            label={(s) => t(`field.finding.status.${s}`)}
            value={status}
            onChange={setStatus}
          />
        </Field>
      </div>
      <InputField
        label={t('field.finding.text')}
        type="textarea"
        rows={8}
        maxLength={8000}
        check={check}
        field="text"
        value={text}
        onChange={setText}
      />
      <DialogButtons busy={action.busy} submit={t('field.save')} onCancel={onCancel} />
    </form>
  );
}
