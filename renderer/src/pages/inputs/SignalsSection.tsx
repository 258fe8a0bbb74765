// Signals (emerging issues, trends, events, analysis): what the list weighs by severity, fading
// with age. Planners add, correct and delete them; everyone else reads.
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { Signal } from '../../../../shared/api/types';
import { call } from '../../api/client';
import { signalColumns } from '../../columns/dossier';
import { ActionStatus } from '../../components/ActionStatus';
import { AsyncView } from '../../components/AsyncView';
import { DataTable, type Column } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { Field } from '../../components/Field';
import { problemsAt, useAction, type Action } from '../../data/useAction';
import { useApi } from '../../data/useAsync';
import { today } from '../../format/dates';
import { formatDate, t } from '../../i18n';
import { useMayCall } from '../../stores/session';
import { StatePicker } from '../visits/StatePicker';
import { RoleNote } from './RoleNote';
import { StateFilter, stateColumn, useStateNames } from './stateFilter';

const KINDS: Signal['kind'][] = ['emerging_issue', 'trend', 'event', 'analysis'];
const SEVERITIES = [1, 2, 3, 4, 5];
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
    <section aria-labelledby="signals-title">
      <h2 id="signals-title">{t('inputs.signals.title')}</h2>
      <p>{t('inputs.signals.intro')}</p>
      <AsyncView
        state={signals}
        empty={{ when: (d) => d.length === 0, message: t('inputs.signals.empty') }}
      >
        {(all) => <SignalList all={all} names={names} columns={columns} />}
      </AsyncView>
      <ActionStatus action={deletion} />
      {mayWrite ? (
        <SignalForm
          key={editing?.id ?? 'new'}
          editing={editing}
          names={names}
          onClose={() => setEditing(null)}
        />
      ) : (
        <RoleNote what={t('inputs.signals.what')} />
      )}
    </section>
  );
}

function SignalList({
  all,
  names,
  columns,
}: {
  all: Signal[];
  names: Map<string, string>;
  columns: Column<Signal>[];
}) {
  const [iso3, setIso3] = useState('');
  const shown = useMemo(() => all.filter((s) => !iso3 || s.iso3 === iso3), [all, iso3]);
  return (
    <>
      <StateFilter iso3s={all.map((s) => s.iso3)} names={names} value={iso3} onChange={setIso3} />
      {shown.length === 0 ? (
        <EmptyState>{t('common.noMatch')}</EmptyState>
      ) : (
        <DataTable
          caption={t('inputs.signals.title')}
          columns={columns}
          rows={shown}
          rowKey={(s) => s.id}
          initialSort={{ column: 'date', direction: 'descending' }}
        />
      )}
    </>
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
  const action = useAction();
  const [values, setValues] = useState<SignalValues>(editing ? valuesOf(editing) : emptySignal());
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (editing) heading.current?.focus();
  }, [editing]);
  const set = <F extends keyof SignalValues>(field: F, value: SignalValues[F]) =>
    setValues((v) => ({ ...v, [field]: value }));
  const problems = (field: string) => problemsAt(action.error, field);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const saved = await save(action, values, editing);
    if (saved && !editing) setValues(emptySignal());
  };

  return (
    <form className="form-section" onSubmit={submit} noValidate aria-labelledby="signal-form-title">
      <h3 id="signal-form-title" ref={heading} tabIndex={-1}>
        {editing ? t('inputs.signals.editTitle') : t('inputs.signals.newTitle')}
      </h3>
      <div className="form-grid">
        <Field
          label={t('col.state')}
          hint={editing ? t('inputs.signals.stateFixed') : undefined}
          problems={problems('iso3')}
        >
          {editing ? (
            <input type="text" value={names.get(editing.iso3) ?? editing.iso3} readOnly />
          ) : (
            <StatePicker value={values.iso3} onChange={(iso3) => set('iso3', iso3)} />
          )}
        </Field>
        <Field label={t('col.kind')} problems={problems('kind')}>
          <select
            value={values.kind}
            onChange={(e) => set('kind', e.target.value as Signal['kind'])}
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`signalKind.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('col.date')} problems={problems('occurredOn')}>
          <input
            type="date"
            value={values.occurredOn}
            max={today()}
            onChange={(e) => set('occurredOn', e.target.value)}
          />
        </Field>
        <Field
          label={t('col.severity')}
          hint={t('inputs.signals.severityHint')}
          problems={problems('severity')}
        >
          <select value={values.severity} onChange={(e) => set('severity', e.target.value)}>
            {SEVERITIES.map((n) => (
              <option key={n} value={n}>
                {t('signal.severityOf', { severity: n })}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label={t('inputs.signals.halfLife')}
          hint={t('inputs.signals.halfLifeHint')}
          problems={problems('halfLifeDays')}
        >
          <input
            type="number"
            min={1}
            max={3650}
            step={1}
            value={values.halfLifeDays}
            onChange={(e) => set('halfLifeDays', e.target.value)}
          />
        </Field>
        <Field label={t('col.source')} problems={problems('source')}>
          <input
            type="text"
            value={values.source}
            onChange={(e) => set('source', e.target.value)}
          />
        </Field>
      </div>
      <Field label={t('col.description')} problems={problems('text')}>
        <textarea rows={3} value={values.text} onChange={(e) => set('text', e.target.value)} />
      </Field>
      <button type="submit" className="primary" disabled={action.busy}>
        {editing ? t('inputs.signals.saveChanges') : t('inputs.signals.create')}
      </button>{' '}
      {editing && (
        <button type="button" onClick={onClose}>
          {t('inputs.signals.backToNew')}
        </button>
      )}
      <ActionStatus action={action} />
    </form>
  );
}
