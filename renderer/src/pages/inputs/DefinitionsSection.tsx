import { useMemo, useState } from 'react';
import type { MethodInput } from '../../../../shared/api/contract';
import type { IndicatorDefinitionRecord } from '../../../../shared/api/types';
import { call } from '../../api/client';
import { DataTable, type Column } from '../../components/DataTable';
import { Field } from '../../components/Field';
import { OptionSelect } from '../../components/OptionSelect';
import { useApi } from '../../data/useAsync';
import { formatNumber, t } from '../../i18n';
import { useMayCall } from '../../stores/session';
import { RecordsSection } from './RecordsSection';
import { RecordForm, useRecordForm } from './RecordForm';

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
    {
      id: 'externalCode',
      header: t('inputs.col.externalCode'),
      cell: (d) => (d.externalCode ? <code>{d.externalCode}</code> : t('common.none')),
      sortValue: (d) => d.externalCode,
    },
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
    <RecordsSection
      name="definitions"
      state={definitions}
      form={
        mayDefine ? (
          <DefinitionForm
            key={editing?.id ?? 'new'}
            editing={editing}
            onClose={() => setEditing(null)}
          />
        ) : null
      }
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
    </RecordsSection>
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
  externalCode: string;
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
  externalCode: '',
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
  externalCode: d.externalCode ?? '',
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
    externalCode: v.externalCode.trim() || null,
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
  const { action, values, setValues, valueProps, textProps, problems } =
    useRecordForm<DefinitionValues>(editing ? valuesOf(editing) : EMPTY);
  const [thresholdsProblem, setThresholdsProblem] = useState<string | null>(null);

  const submit = async () => {
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
    <RecordForm
      titleId="definition-form-title"
      title={
        editing
          ? t('inputs.definitions.editTitle', { label: editing.label })
          : t('inputs.definitions.newTitle')
      }
      submitLabel={editing ? t('inputs.definitions.saveChanges') : t('inputs.definitions.create')}
      action={action}
      onSubmit={submit}
      editing={editing && { backLabel: t('inputs.definitions.backToNew'), onBack: onClose }}
    >
      <div className="form-grid">
        <Field
          label={t('inputs.definitions.key')}
          hint={t(editing ? 'inputs.definitions.keyFixed' : 'inputs.definitions.keyHint')}
          problems={problems('key')}
        >
          <input type="text" readOnly={!!editing} {...textProps('key')} />
        </Field>
        <Field label={t('inputs.definitions.label')} problems={problems('label')}>
          <input type="text" {...textProps('label')} />
        </Field>
        <Field label={t('inputs.definitions.unit')} problems={problems('unit')}>
          <input type="text" {...textProps('unit')} />
        </Field>
        <Field label={t('inputs.definitions.direction')} problems={problems('direction')}>
          <OptionSelect
            options={DIRECTIONS}
            label={(d) => t(`inputs.direction.${d}`)}
            {...valueProps('direction')}
          />
        </Field>
        <Field
          label={t('inputs.definitions.normalisation')}
          hint={t(`inputs.normalisationHint.${values.normalisation}`)}
          problems={problems('normalisation')}
        >
          <OptionSelect
            options={NORMALISATIONS}
            label={(n) => t(`inputs.normalisation.${n}`)}
            {...valueProps('normalisation')}
          />
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
            <input type="text" inputMode="decimal" {...textProps('thresholds')} />
          </Field>
        )}
        <Field
          label={t('inputs.definitions.min')}
          hint={t('inputs.definitions.boundsHint')}
          problems={problems('min')}
        >
          <input type="number" step="any" {...textProps('min')} />
        </Field>
        <Field label={t('inputs.definitions.max')} problems={problems('max')}>
          <input type="number" step="any" {...textProps('max')} />
        </Field>
        <Field label={t('inputs.definitions.source')} problems={problems('source')}>
          <input type="text" {...textProps('source')} />
        </Field>
        <Field
          label={t('inputs.definitions.externalCode')}
          hint={t('inputs.definitions.externalCodeHint')}
          problems={problems('externalCode')}
        >
          <input type="text" spellCheck={false} {...textProps('externalCode')} />
        </Field>
      </div>
    </RecordForm>
  );
}
