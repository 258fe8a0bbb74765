import { Field } from '../../components/Field';
import { t } from '../../i18n';
import type { PlanSettings } from '../../stores/plan';
import { ConstraintFields } from './ConstraintFields';
import { NumberInput } from './NumberInput';
import type { StateOption } from './StateSetPicker';

interface SelectionPanelProps {
  regions: string[];
  states: StateOption[];
  settings: PlanSettings;
  onChange: (patch: Partial<PlanSettings>) => void;
}

/** How many visits the list holds, how long the reserve is, and the balance constraints. */
export function SelectionPanel({ regions, states, settings, onChange }: SelectionPanelProps) {
  return (
    <section className="panel control-panel" aria-labelledby="selection-heading">
      <h2 id="selection-heading" className="panel-title">
        {t('planning.selectionRules')}
      </h2>
      <div className="form-grid compact">
        <Field label={t('planning.capacity')} hint={t('planning.capacityHint')}>
          <NumberInput
            value={settings.capacity}
            min={1}
            max={60}
            onChange={(capacity) => capacity && onChange({ capacity })}
          />
        </Field>
        <Field label={t('planning.reserveSize')} hint={t('planning.reserveSizeHint')}>
          <NumberInput
            value={settings.reserveSize}
            min={0}
            max={50}
            onChange={(reserveSize) => reserveSize !== undefined && onChange({ reserveSize })}
          />
        </Field>
      </div>
      <ConstraintFields
        regions={regions}
        states={states}
        constraints={settings.constraints}
        onChange={(constraints) => onChange({ constraints })}
      />
    </section>
  );
}
