import type { Methodology } from '../../../../shared/api/types';
import { Field } from '../../components/Field';
import { t } from '../../i18n';
import { useMayCall } from '../../stores/session';
import type { PlanSettings } from '../../stores/plan';
import { ParameterFields } from './ParameterFields';
import { SaveWeights } from './SaveWeights';
import { WeightSliders } from './WeightSliders';

interface MethodologyPanelProps {
  year: number;
  methodologies: Methodology[];
  /** The saved methodology the settings start from. */
  methodology: Methodology;
  settings: PlanSettings;
  onChange: (patch: Partial<PlanSettings>) => void;
  onSaved: (methodology: Methodology) => void;
}

/** Which methodology, its weights (sliders) and parameters, and saving them. */
export function MethodologyPanel({
  year,
  methodologies,
  methodology,
  settings,
  onChange,
  onSaved,
}: MethodologyPanelProps) {
  const maySave = useMayCall('methodologies.update');
  const choose = (m: Methodology) =>
    onChange({ methodologyId: m.id, weights: m.weights, params: m.params });
  return (
    <section className="panel control-panel" aria-labelledby="methodology-heading">
      <h2 id="methodology-heading" className="panel-title">
        {t('planning.methodology')}
      </h2>
      <Field
        label={t('planning.methodologyPicker')}
        hint={methodology.locked ? t('planning.lockedHint') : undefined}
      >
        <select
          value={methodology.id}
          onChange={(e) =>
            choose(methodologies.find((m) => m.id === e.target.value) ?? methodology)
          }
        >
          {methodologies.map((m) => (
            <option key={m.id} value={m.id}>
              {t(m.locked ? 'planning.methodologyOptionLocked' : 'planning.methodologyOption', {
                name: m.name,
                version: m.version,
              })}
            </option>
          ))}
        </select>
      </Field>
      <h3>{t('planning.weights')}</h3>
      <p className="field-hint">{t('planning.weightsHint')}</p>
      <WeightSliders weights={settings.weights} onChange={(weights) => onChange({ weights })} />
      <h3>{t('planning.parameters')}</h3>
      <ParameterFields params={settings.params} onChange={(params) => onChange({ params })} />
      {maySave ? (
        <SaveWeights
          year={year}
          settings={settings}
          methodology={methodology}
          onSaved={onSaved}
          onReset={() => choose(methodology)}
        />
      ) : (
        <p className="field-hint">{t('planning.exploreOnly')}</p>
      )}
    </section>
  );
}
