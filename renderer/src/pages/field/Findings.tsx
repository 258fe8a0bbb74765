// The team's draft findings per thematic area, each a draft until marked ready for the report. The
// team and planners write, correct and delete them; everyone reads them.
import { useMemo, useState, type FormEvent } from 'react';
import type { FieldFinding, Visit } from '../../../../shared/api/types';
import { FINDING_STATUSES, type FindingStatus } from '../../../../shared/domain/fieldRecords';
import { call } from '../../api/client';
import { thematicAreaLabel } from '../../columns/recommendations';
import { DoneStatus } from '../../components/ActionStatus';
import { AsyncView } from '../../components/AsyncView';
import { DataTable, type Column } from '../../components/DataTable';
import { DateText } from '../../components/DateText';
import { DialogButtons } from '../../components/DialogButtons';
import { Field } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { FormFailure } from '../../components/FormFailure';
import { addProblems, useFormCheck, type Problems } from '../../components/formChecks';
import { InputField } from '../../components/InputField';
import { OptionSelect } from '../../components/OptionSelect';
import { Tag } from '../../components/Tag';
import { useAction } from '../../data/useAction';
import { useApi } from '../../data/useAsync';
import { t } from '../../i18n';
import { RecordActions } from './RecordActions';
import { ThematicAreaField } from './ThematicAreaField';

export function Findings({ visit, mayWrite }: { visit: Visit; mayWrite: boolean }) {
  const findings = useApi('findings.list', { visitId: visit.id });
  const [open, setOpen] = useState<{ finding: FieldFinding | null } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
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
                  onEdit={() => setOpen({ finding: f })}
                />
              ),
            },
          ]
        : []),
    ],
    [mayWrite],
  );
  return (
    <section aria-labelledby="field-findings">
      <h3 id="field-findings">{t('field.tab.findings')}</h3>
      {mayWrite && (
        <div className="button-row">
          <button type="button" aria-haspopup="dialog" onClick={() => setOpen({ finding: null })}>
            {t('field.finding.draft')}
          </button>
        </div>
      )}
      <DoneStatus message={notice} />
      <AsyncView
        state={findings}
        empty={{ when: (list) => list.length === 0, message: t('field.finding.empty') }}
      >
        {(list) => (
          <DataTable
            caption={t('field.finding.caption')}
            columns={columns}
            rows={list}
            rowKey={(f) => f.id}
            initialSort={{ column: 'area', direction: 'ascending' }}
          />
        )}
      </AsyncView>
      {open && (
        <FormDialog
          title={open.finding ? t('field.finding.editTitle') : t('field.finding.newTitle')}
          onClose={() => setOpen(null)}
          wide
        >
          {({ close, thenClose }) => (
            <FindingForm
              visit={visit}
              finding={open.finding}
              onCancel={close}
              onDone={thenClose(() => setNotice(t('field.saved')))}
            />
          )}
        </FormDialog>
      )}
    </section>
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
