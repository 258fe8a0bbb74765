import { useId } from 'react';
import { FACTORS, type Factor, type Weights } from '../../../../shared/domain/scoring';
import { formatNumber, t } from '../../i18n';
import { FactorSwatch } from './ContributionBar';
import { factorHint, factorLabel } from './factors';

const MAX_WEIGHT = 50;

/** One slider per factor (0–50), named in plain words, with its value and share of the total. */
export function WeightSliders({
  weights,
  onChange,
}: {
  weights: Weights;
  onChange: (weights: Weights) => void;
}) {
  const total = FACTORS.reduce((sum, f) => sum + weights[f], 0);
  return (
    <div className="weights">
      {total === 0 && (
        <p className="form-summary" role="alert">
          {t('planning.allWeightsZero')}
        </p>
      )}
      {FACTORS.map((factor) => (
        <WeightSlider
          key={factor}
          factor={factor}
          value={weights[factor]}
          total={total}
          onChange={(value) => onChange({ ...weights, [factor]: value })}
        />
      ))}
    </div>
  );
}

function WeightSlider({
  factor,
  value,
  total,
  onChange,
}: {
  factor: Factor;
  value: number;
  total: number;
  onChange: (value: number) => void;
}) {
  const id = useId();
  const share = total > 0 ? formatNumber(Math.round((value / total) * 100)) : '0';
  return (
    <div className="weight">
      <label htmlFor={id}>
        <FactorSwatch factor={factor} />
        {factorLabel(factor)}
      </label>
      <div className="weight-control">
        <input
          id={id}
          type="range"
          min={0}
          max={MAX_WEIGHT}
          step={1}
          value={Math.min(value, MAX_WEIGHT)}
          aria-valuetext={t('planning.weightValue', { value, share })}
          aria-describedby={`${id}-hint`}
          onChange={(e) => onChange(Number(e.target.value))}
        />
        <output htmlFor={id} className="weight-value">
          {value}
        </output>
      </div>
      <p id={`${id}-hint`} className="field-hint">
        {factorHint(factor)} {t('planning.weightShare', { share })}
      </p>
    </div>
  );
}
