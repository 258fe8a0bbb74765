import { THEMATIC_AREAS } from '../../../../shared/domain/reports';
import { thematicAreaLabel } from '../../columns/recommendations';
import { Field } from '../../components/Field';
import type { FormCheck } from '../../components/formChecks';
import { OptionSelect } from '../../components/OptionSelect';
import { t } from '../../i18n';

const AREA_KEYS: readonly string[] = THEMATIC_AREAS.map((a) => a.key);

/** The thematic area of an observation or a finding (field `thematicArea` of its form). */
export function ThematicAreaField({
  check,
  value,
  onChange,
}: {
  check: Pick<FormCheck, 'shown' | 'changed'>;
  value: string;
  onChange: (key: string) => void;
}) {
  return (
    <Field label={t('col.thematicArea')} problems={check.shown('thematicArea')}>
      <OptionSelect
        options={AREA_KEYS}
        label={thematicAreaLabel}
        value={value}
        emptyOption={t('field.chooseAreaOption')}
        onChange={(key: string) => {
          onChange(key);
          check.changed('thematicArea');
        }}
      />
    </Field>
  );
}
