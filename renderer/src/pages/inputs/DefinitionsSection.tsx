import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { MethodInput } from '../../../../shared/api/contract';
import type { IndicatorDefinitionRecord } from '../../../../shared/api/types';
import { call } from '../../api/client';
import { ActionStatus } from '../../components/ActionStatus';
import { AsyncView } from '../../components/AsyncView';
import { DataTable, type Column } from '../../components/DataTable';
import { Field } from '../../components/Field';
import { problemsAt, useAction } from '../../data/useAction';
import { useApi } from '../../data/useAsync';
import { formatNumber, t } from '../../i18n';
import { useMayCall } from '../../stores/session';
import { RoleNote } from './RoleNote';

type Direction = IndicatorDefinitionRecord['direction'];
type Normalisation = IndicatorDefinitionRecord['normalisation'];
const DIRECTIONS: Direction[] = ['higher_is_riskier', 'lower_is_riskier'];
const NORMALISATIONS: Normalisation[] = ['minmax', 'rank', 'thresholds'];

/** How a definition turns values into scores, in words: "Min–max (0 to 10)", "Thresholds 1, 5, 10". */
function scaleOf(d: IndicatorDefinitionRecord): string {
  const name = t(`inputs.normalisation.${d.normalisation}`);
  if (d.normalisation === 'thresholds')
    return `${name}: ${(d.thresholds ?? []).map(formatNumber).join(', ')}`;
  if (d.min === null && d.max === null) return name;
  const bound = (n: number | null) =>
    n === null ? t('inputs.definitions.observed') : formatNumber(n);
  return t('inputs.definitions.range', { name, min: bound(d.min), max: bound(d.max) });
}

function definitionColumns(
  onEdit: ((d: IndicatorDefinitionRecord) => void) | null,
): Column<IndicatorDefinitionRecord>[] {
  const columns: Column<IndicatorDefinitionRecord>[] = [
    {
      id: 'key',
      header: t('inputs.col.key'),
      cell: (d) => <code>{d.key}</code>,
      sortValue: (d) => d.key,
    },
    { id: 'label', header: t('inputs.col.label'), cell: (d) => d.label, sortValue: (d) => d.label },
    { id: 'unit', header: t('inputs.col.unit'), cell: (d) => d.unit ?? t('common.none') },
    {
      id: 'direction',
      header: t('inputs.col.direction'),
      cell: (d) => t(`inputs.direction.${d.direction}`),
    },
    { id: 'scale', header: t('inputs.col.scale'), cell: scaleOf },
    { id: 'source', header: t('col.source'), cell: (d) => d.source ?? t('common.none') },
  ];
  if (onEdit) {
    columns.push({
      id: 'edit',
      header: t('inputs.col.actions'),
      cell: (d) => (
        <button
          type="button"
          onClick={() => onEdit(d)}
          aria-label={t('inputs.definitions.editLabel', { label: d.label })}
        >
          {t('inputs.edit')}
        </button>
      ),
    });
  }
  return columns;
}

export function DefinitionsSection() {
  const definitions = useApi('indicators.definitions', {});
  const mayDefine = useMayCall('indicators.define');
  const [editing, setEditing] = useState<IndicatorDefinitionRecord | null>(null);
  const columns = useMemo(() => definitionColumns(mayDefine ? setEditing : null), [mayDefine]);
  return (
    <section aria-labelledby="definitions-title">
      <h2 id="definitions-title">{t('inputs.definitions.title')}</h2>
      <p>{t('inputs.definitions.intro')}</p>
      <AsyncView
        state={definitions}
        empty={{ when: (d) => d.length === 0, message: t('inputs.definitions.empty') }}
      >
        {(all) => (
          <DataTable
            caption={t('inputs.definitions.title')}
            columns={columns}
            rows={all}
            rowKey={(d) => d.id}
            initialSort={{ column: 'key', direction: 'ascending' }}
          />
        )}
      </AsyncView>
      {mayDefine ? (
        <DefinitionForm
          key={editing?.id ?? 'new'}
          editing={editing}
          onClose={() => setEditing(null)}
        />
      ) : (
        <RoleNote what={t('inputs.definitions.what')} />
      )}
    </section>
  );
}

interface DefinitionValues {
  key: string;
  label: string;
  unit: string;
  direction: Direction;
  normalisation: Normalisation;
  /** Cut points separated by semicolons or spaces. */
  thresholds: string;
  min: string;
  max: string;
  source: string;
}

const EMPTY: DefinitionValues = {
  key: '',
  label: '',
  unit: '',
  direction: 'higher_is_riskier',
  normalisation: 'minmax',
  thresholds: '',
  min: '',
  max: '',
  source: '',
};

const valuesOf = (d: IndicatorDefinitionRecord): DefinitionValues => ({
  key: d.key,
  label: d.label,
  unit: d.unit ?? '',
  direction: d.direction,
  normalisation: d.normalisation,
  thresholds: (d.thresholds ?? []).join('; '),
  min: d.min === null ? '' : String(d.min),
  max: d.max === null ? '' : String(d.max),
  source: d.source ?? '',
});

const numberOrNull = (text: string) => (text.trim() === '' ? null : Number(text));

/** The API input, or the problem that stops the form from being sent. */
function toInput(
  v: DefinitionValues,
): MethodInput<'indicators.define'> | { thresholdsProblem: string } {
  const cuts = v.thresholds
    .split(/[;\s]+/)
    .filter(Boolean)
    .map(Number);
  if (cuts.some((n) => !Number.isFinite(n)))
    return { thresholdsProblem: t('inputs.definitions.thresholdsNotNumbers') };
  return {
    key: v.key.trim(),
    label: v.label.trim(),
    unit: v.unit.trim() || null,
    direction: v.direction,
    normalisation: v.normalisation,
    thresholds: cuts.length ? cuts : null,
    min: numberOrNull(v.min),
    max: numberOrNull(v.max),
    source: v.source.trim() || null,
  };
}

/** Defines a new indicator, or edits one (the form stays on it after saving, showing what was saved). */
function DefinitionForm({
  editing,
  onClose,
}: {
  editing: IndicatorDefinitionRecord | null;
  onClose: () => void;
}) {
  const action = useAction();
  const [values, setValues] = useState<DefinitionValues>(editing ? valuesOf(editing) : EMPTY);
  const [thresholdsProblem, setThresholdsProblem] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (editing) heading.current?.focus();
  }, [editing]);

  const set = <F extends keyof DefinitionValues>(field: F, value: DefinitionValues[F]) =>
    setValues((v) => ({ ...v, [field]: value }));
  const problems = (field: string) => problemsAt(action.error, field);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input = toInput(values);
    setThresholdsProblem('thresholdsProblem' in input ? input.thresholdsProblem : null);
    if ('thresholdsProblem' in input) return;
    const saved = await action.run(
      () => call('indicators.define', input),
      (d) => t('inputs.definitions.saved', { label: d.label }),
    );
    if (saved && !editing) setValues(EMPTY);
  };

  return (
    <form
      className="form-section"
      onSubmit={submit}
      noValidate
      aria-labelledby="definition-form-title"
    >
      <h3 id="definition-form-title" ref={heading} tabIndex={-1}>
        {editing
          ? t('inputs.definitions.editTitle', { label: editing.label })
          : t('inputs.definitions.newTitle')}
      </h3>
      <div className="form-grid">
        <Field
          label={t('inputs.definitions.key')}
          hint={t(editing ? 'inputs.definitions.keyFixed' : 'inputs.definitions.keyHint')}
          problems={problems('key')}
        >
          <input
            type="text"
            value={values.key}
            readOnly={!!editing}
            onChange={(e) => set('key', e.target.value)}
          />
        </Field>
        <Field label={t('inputs.definitions.label')} problems={problems('label')}>
          <input type="text" value={values.label} onChange={(e) => set('label', e.target.value)} />
        </Field>
        <Field label={t('inputs.definitions.unit')} problems={problems('unit')}>
          <input type="text" value={values.unit} onChange={(e) => set('unit', e.target.value)} />
        </Field>
        <Field label={t('inputs.definitions.direction')} problems={problems('direction')}>
          <select
            value={values.direction}
            onChange={(e) => set('direction', e.target.value as Direction)}
          >
            {DIRECTIONS.map((d) => (
              <option key={d} value={d}>
                {t(`inputs.direction.${d}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label={t('inputs.definitions.normalisation')}
          hint={t(`inputs.normalisationHint.${values.normalisation}`)}
          problems={problems('normalisation')}
        >
          <select
            value={values.normalisation}
            onChange={(e) => set('normalisation', e.target.value as Normalisation)}
          >
            {NORMALISATIONS.map((n) => (
              <option key={n} value={n}>
                {t(`inputs.normalisation.${n}`)}
              </option>
            ))}
          </select>
        </Field>
        {values.normalisation === 'thresholds' && (
          <Field
            label={t('inputs.definitions.thresholds')}
            hint={t('inputs.definitions.thresholdsHint')}
            problems={[
              ...(thresholdsProblem ? [thresholdsProblem] : []),
              ...problems('thresholds'),
            ]}
          >
            <input
              type="text"
              inputMode="decimal"
              value={values.thresholds}
              onChange={(e) => set('thresholds', e.target.value)}
            />
          </Field>
        )}
        <Field
          label={t('inputs.definitions.min')}
          hint={t('inputs.definitions.boundsHint')}
          problems={problems('min')}
        >
          <input
            type="number"
            step="any"
            value={values.min}
            onChange={(e) => set('min', e.target.value)}
          />
        </Field>
        <Field label={t('inputs.definitions.max')} problems={problems('max')}>
          <input
            type="number"
            step="any"
            value={values.max}
            onChange={(e) => set('max', e.target.value)}
          />
        </Field>
        <Field label={t('inputs.definitions.source')} problems={problems('source')}>
          <input
            type="text"
            value={values.source}
            onChange={(e) => set('source', e.target.value)}
          />
        </Field>
      </div>
      <button type="submit" className="primary" disabled={action.busy}>
        {editing ? t('inputs.definitions.saveChanges') : t('inputs.definitions.create')}
      </button>{' '}
      {editing && (
        <button type="button" onClick={onClose}>
          {t('inputs.definitions.backToNew')}
        </button>
      )}
      <ActionStatus action={action} />
    </form>
  );
}
