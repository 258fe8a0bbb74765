// Signals (emerging issues, trends, events, analysis): what the list weighs by severity, fading
// with age. Planners add, correct and delete them; everyone else reads.
import { useState } from 'react';
import type { Signal } from '../../../../shared/api/types';
import { call } from '../../api/client';
import { signalColumns } from '../../columns/dossier';
import type { Column } from '../../components/DataTable';
import { Field } from '../../components/Field';
import { OptionSelect } from '../../components/OptionSelect';
import { useAction, type Action } from '../../data/useAction';
import { useApi } from '../../data/useAsync';
import { today } from '../../format/dates';
import { formatDate, t } from '../../i18n';
import { useMayCall } from '../../stores/session';
import { StatePicker } from '../visits/StatePicker';
import { RecordsSection } from './RecordsSection';
import { RecordForm, useRecordForm } from './RecordForm';
import { StateFilteredTable, stateColumn, useStateNames } from './stateFilter';

const KINDS: Signal['kind'][] = ['emerging_issue', 'trend', 'event', 'analysis'];
const SEVERITIES = ['1', '2', '3', '4', '5'];
const DEFAULT_HALF_LIFE_DAYS = '180';

interface RowActions {
  /** "Kenya, 1 Oct 2026": which signal a button acts on, for screen readers. */
  describe(s: Signal): string;
  confirming: string | null;
  busy: boolean;
  edit(s: Signal): void;
  askDelete(id: string | null): void;
  remove(s: Signal): void;
}

function actionsColumn(a: RowActions): Column<Signal> {
  return {
    id: 'actions',
    header: t('inputs.col.actions'),
    cell: (s) =>
      a.confirming === s.id ? (
        <span role="group" aria-label={t('inputs.signals.confirmDelete')}>
          {t('inputs.signals.confirmDelete')}{' '}
          <button
            type="button"
            className="primary"
            onClick={() => a.remove(s)}
            disabled={a.busy}
            autoFocus
          >
            {t('inputs.delete')}
          </button>{' '}
          <button type="button" onClick={() => a.askDelete(null)}>
            {t('inputs.keep')}
          </button>
        </span>
      ) : (
        <>
          <button
            type="button"
            onClick={() => a.edit(s)}
            aria-label={t('inputs.signals.editLabel', { signal: a.describe(s) })}
          >
            {t('inputs.edit')}
          </button>{' '}
          <button
            type="button"
            onClick={() => a.askDelete(s.id)}
            aria-label={t('inputs.signals.deleteLabel', { signal: a.describe(s) })}
          >
            {t('inputs.delete')}
          </button>
        </>
      ),
  };
}

export function SignalsSection() {
  const signals = useApi('signals.list', {});
  const names = useStateNames();
  const mayWrite = useMayCall('signals.create');
  const [editing, setEditing] = useState<Signal | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const deletion = useAction();

  const remove = async (s: Signal) => {
    const done = await deletion.run(
      () => call('signals.delete', { id: s.id }),
      () => t('inputs.signals.deleted', { state: names.get(s.iso3) ?? s.iso3 }),
    );
    if (!done) return;
    setConfirming(null);
    if (editing?.id === s.id) setEditing(null);
  };
  const rowActions: RowActions = {
    describe: (s) => `${names.get(s.iso3) ?? s.iso3}, ${formatDate(s.occurredOn)}`,
    confirming,
    busy: deletion.busy,
    edit: setEditing,
    askDelete: setConfirming,
    remove: (s) => void remove(s),
  };
  const columns = [
    stateColumn<Signal>(names),
    ...signalColumns(),
    {
      id: 'halfLife',
      header: t('inputs.signals.halfLife'),
      cell: (s: Signal) => t('inputs.days', { count: s.halfLifeDays }),
      sortValue: (s: Signal) => s.halfLifeDays,
      numeric: true,
    },
    ...(mayWrite ? [actionsColumn(rowActions)] : []),
  ];

  return (
    <RecordsSection
      name="signals"
      state={signals}
      rowAction={deletion}
      form={
        mayWrite ? (
          <SignalForm
            key={editing?.id ?? 'new'}
            editing={editing}
            names={names}
            onClose={() => setEditing(null)}
          />
        ) : null
      }
    >
      {(all) => (
        <StateFilteredTable
          caption={t('inputs.signals.title')}
          all={all}
          names={names}
          columns={columns}
          initialSort={{ column: 'date', direction: 'descending' }}
          addressKey="signals"
        />
      )}
    </RecordsSection>
  );
}

interface SignalValues {
  iso3: string;
  kind: Signal['kind'];
  occurredOn: string;
  severity: string;
  halfLifeDays: string;
  source: string;
  text: string;
}

const emptySignal = (): SignalValues => ({
  iso3: '',
  kind: 'event',
  occurredOn: today(),
  severity: '3',
  halfLifeDays: DEFAULT_HALF_LIFE_DAYS,
  source: '',
  text: '',
});

const valuesOf = (s: Signal): SignalValues => ({
  iso3: s.iso3,
  kind: s.kind,
  occurredOn: s.occurredOn,
  severity: String(s.severity),
  halfLifeDays: String(s.halfLifeDays),
  source: s.source ?? '',
  text: s.text ?? '',
});

function save(action: Action, v: SignalValues, editing: Signal | null) {
  const fields = {
    kind: v.kind,
    occurredOn: v.occurredOn,
    severity: Number(v.severity),
    halfLifeDays: Number(v.halfLifeDays),
    source: v.source.trim() || null,
    text: v.text.trim() || null,
  };
  return editing
    ? action.run(
        () => call('signals.update', { id: editing.id, ...fields }),
        () => t('inputs.signals.updated'),
      )
    : action.run(
        () => call('signals.create', { iso3: v.iso3, ...fields }),
        () => t('inputs.signals.created'),
      );
}

function SignalForm({
  editing,
  names,
  onClose,
}: {
  editing: Signal | null;
  names: Map<string, string>;
  onClose: () => void;
}) {
  const { action, values, setValues, valueProps, textProps, problems } =
    useRecordForm<SignalValues>(editing ? valuesOf(editing) : emptySignal);

  const submit = async () => {
    const saved = await save(action, values, editing);
    if (saved && !editing) setValues(emptySignal());
  };

  return (
    <RecordForm
      titleId="signal-form-title"
      title={editing ? t('inputs.signals.editTitle') : t('inputs.signals.newTitle')}
      submitLabel={editing ? t('inputs.signals.saveChanges') : t('inputs.signals.create')}
      action={action}
      onSubmit={submit}
      editing={editing && { backLabel: t('inputs.signals.backToNew'), onBack: onClose }}
    >
      <div className="form-grid">
        <Field
          label={t('col.state')}
          hint={editing ? t('inputs.signals.stateFixed') : undefined}
          problems={problems('iso3')}
        >
          {editing ? (
            <input type="text" value={names.get(editing.iso3) ?? editing.iso3} readOnly />
          ) : (
            <StatePicker {...valueProps('iso3')} />
          )}
        </Field>
        <Field label={t('col.kind')} problems={problems('kind')}>
          <OptionSelect
            options={KINDS}
            label={(k) => t(`signalKind.${k}`)}
            {...valueProps('kind')}
          />
        </Field>
        <Field label={t('col.date')} problems={problems('occurredOn')}>
          <input type="date" max={today()} {...textProps('occurredOn')} />
        </Field>
        <Field
          label={t('col.severity')}
          hint={t('inputs.signals.severityHint')}
          problems={problems('severity')}
        >
          <OptionSelect
            options={SEVERITIES}
            label={(n) => t('signal.severityOf', { severity: n })}
            {...valueProps('severity')}
          />
        </Field>
        <Field
          label={t('inputs.signals.halfLife')}
          hint={t('inputs.signals.halfLifeHint')}
          problems={problems('halfLifeDays')}
        >
          <input type="number" min={1} max={3650} step={1} {...textProps('halfLifeDays')} />
        </Field>
        <Field label={t('col.source')} problems={problems('source')}>
          <input type="text" {...textProps('source')} />
        </Field>
      </div>
      <Field label={t('col.description')} problems={problems('text')}>
        <textarea rows={3} {...textProps('text')} />
      </Field>
    </RecordForm>
  );
}
