import { IMPUTATIONS, type MethodologyParams } from '../../../../shared/domain/scoring';
import { Field } from '../../components/Field';
import { OptionSelect } from '../../components/OptionSelect';
import { t } from '../../i18n';
import { NumberInput } from './NumberInput';

/**
 * The methodology's parameters: horizon, signal cap, imputation rule, when to go comprehensive,
 * and how long a consent counts.
 */
export function ParameterFields({
  params,
  onChange,
}: {
  params: MethodologyParams;
  onChange: (params: MethodologyParams) => void;
}) {
  const set = <K extends keyof MethodologyParams>(
    key: K,
    value: MethodologyParams[K] | undefined,
  ) => {
    if (value !== undefined) onChange({ ...params, [key]: value });
  };
  return (
    <div className="form-grid compact">
      <Field label={t('planning.param.horizonYears')} hint={t('planning.paramHint.horizonYears')}>
        <NumberInput
          value={params.horizonYears}
          min={1}
          max={30}
          integer={false}
          onChange={(v) => set('horizonYears', v)}
        />
      </Field>
      <Field label={t('planning.param.signalCap')} hint={t('planning.paramHint.signalCap')}>
        <NumberInput
          value={params.signalCap}
          min={0.1}
          max={100}
          integer={false}
          onChange={(v) => set('signalCap', v)}
        />
      </Field>
      <Field label={t('planning.param.imputation')} hint={t('planning.paramHint.imputation')}>
        <OptionSelect
          value={params.imputation}
          options={IMPUTATIONS}
          label={(rule) => t(`planning.imputationOption.${rule}`)}
          onChange={(rule) => set('imputation', rule)}
        />
      </Field>
      <Field
        label={t('planning.param.comprehensiveAfterYears')}
        hint={t('planning.paramHint.comprehensiveAfterYears')}
      >
        <NumberInput
          value={params.comprehensiveAfterYears}
          min={1}
          max={30}
          integer={false}
          onChange={(v) => set('comprehensiveAfterYears', v)}
        />
      </Field>
      <Field
        label={t('planning.param.consentValidityYears')}
        hint={t('planning.paramHint.consentValidityYears')}
      >
        <NumberInput
          value={params.consentValidityYears}
          min={0.5}
          max={10}
          integer={false}
          onChange={(v) => set('consentValidityYears', v)}
        />
      </Field>
    </div>
  );
}
