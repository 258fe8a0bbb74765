import { useApi } from '../../data/useAsync';
import { describeError } from '../../components/ErrorPanel';
import { t } from '../../i18n';

interface StatePickerProps {
  value: string;
  onChange: (iso3: string) => void;
  /** Set by <Field>. */
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

/** A select of the 193 Member States by name. */
export function StatePicker({ value, onChange, ...aria }: StatePickerProps) {
  const states = useApi('states.list', {});
  if (states.status === 'error') {
    return (
      <p className="field-problems" role="alert">
        {describeError(states.error)}{' '}
        <button type="button" onClick={states.retry}>
          {t('common.retry')}
        </button>
      </p>
    );
  }
  return (
    <select
      {...aria}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      disabled={states.status === 'loading'}
    >
      <option value="">
        {states.status === 'loading' ? t('common.loading') : t('visitForm.chooseStateOption')}
      </option>
      {states.status === 'ready' &&
        states.data.map((s) => (
          <option key={s.iso3} value={s.iso3}>
            {s.name}
          </option>
        ))}
    </select>
  );
}
