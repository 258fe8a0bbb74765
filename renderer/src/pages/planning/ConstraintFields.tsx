import { Fragment } from 'react';
import type { PlanConstraints } from '../../../../shared/domain/scoring';
import { Field } from '../../components/Field';
import { regionName, t } from '../../i18n';
import { NumberInput } from './NumberInput';
import { StateSetPicker, type StateOption } from './StateSetPicker';

interface ConstraintFieldsProps {
  regions: string[];
  states: StateOption[];
  constraints: PlanConstraints;
  onChange: (constraints: PlanConstraints) => void;
}

type Limit = 'regionMin' | 'regionMax';

/**
 * Per-region minimum and maximum; States to include or leave out whatever their rank, with the
 * reference of the CTC instruction behind them (none: the planners' own choice); already
 * scheduled States.
 */
export function ConstraintFields({
  regions,
  states,
  constraints,
  onChange,
}: ConstraintFieldsProps) {
  const setLimit = (limit: Limit, region: string, value: number | undefined) => {
    const { [region]: _old, ...others } = constraints[limit] ?? {};
    onChange({
      ...constraints,
      [limit]: value === undefined ? others : { ...others, [region]: value },
    });
  };
  const mustInclude = constraints.mustInclude ?? [];
  const exclude = constraints.exclude ?? [];
  return (
    <>
      <fieldset className="region-limits">
        <legend>{t('planning.regionLimits')}</legend>
        <p className="field-hint">{t('planning.regionLimitsHint')}</p>
        <div className="limits-grid">
          <span aria-hidden="true" />
          <span aria-hidden="true">{t('planning.regionMin')}</span>
          <span aria-hidden="true">{t('planning.regionMax')}</span>
          {regions.map((region) => (
            <Fragment key={region}>
              <span>{regionName(region)}</span>
              {(['regionMin', 'regionMax'] as const).map((limit) => (
                <NumberInput
                  key={limit}
                  aria-label={t(
                    limit === 'regionMin' ? 'planning.regionMinOf' : 'planning.regionMaxOf',
                    { region: regionName(region) },
                  )}
                  value={constraints[limit]?.[region]}
                  min={0}
                  max={60}
                  optional
                  onChange={(v) => setLimit(limit, region, v)}
                />
              ))}
            </Fragment>
          ))}
        </div>
      </fieldset>
      <StateSetPicker
        legend={t('planning.mustInclude')}
        hint={t('planning.mustIncludeHint')}
        options={states.filter((s) => !exclude.includes(s.iso3))}
        value={mustInclude}
        onChange={(value) => onChange({ ...constraints, mustInclude: value })}
      />
      <StateSetPicker
        legend={t('planning.exclude')}
        hint={t('planning.excludeHint')}
        options={states.filter((s) => !mustInclude.includes(s.iso3))}
        value={exclude}
        onChange={(value) => onChange({ ...constraints, exclude: value })}
      />
      <Field label={t('planning.instructionRef')} hint={t('planning.instructionRefHint')}>
        <input
          type="text"
          maxLength={200}
          value={constraints.instructionRef ?? ''}
          onChange={(e) => onChange({ ...constraints, instructionRef: e.target.value })}
        />
      </Field>
      <label className="filter-check">
        <input
          type="checkbox"
          checked={constraints.skipScheduled ?? true}
          onChange={(e) => onChange({ ...constraints, skipScheduled: e.target.checked })}
        />
        {t('planning.skipScheduled')}
      </label>
    </>
  );
}
