import { useId, useState } from 'react';
import { t } from '../../i18n';

export interface StateOption {
  iso3: string;
  name: string;
}

interface StateSetPickerProps {
  legend: string;
  hint: string;
  /** Every State that may be chosen, in display order. */
  options: StateOption[];
  value: string[];
  onChange: (value: string[]) => void;
}

/** A set of Member States: the chosen ones with a remove button each, and a picker to add one. */
export function StateSetPicker({ legend, hint, options, value, onChange }: StateSetPickerProps) {
  const id = useId();
  const [candidate, setCandidate] = useState('');
  const chosen = new Set(value);
  const nameOf = new Map(options.map((o) => [o.iso3, o.name]));
  const add = () => {
    if (candidate && !chosen.has(candidate)) onChange([...value, candidate]);
    setCandidate('');
  };
  return (
    <fieldset className="state-set">
      <legend>{legend}</legend>
      <p className="field-hint">{hint}</p>
      {value.length > 0 && (
        <ul className="chips">
          {value.map((iso3) => (
            <li key={iso3} className="chip">
              {nameOf.get(iso3) ?? iso3}
              <button
                type="button"
                className="chip-remove"
                aria-label={t('planning.removeState', {
                  state: nameOf.get(iso3) ?? iso3,
                  list: legend,
                })}
                onClick={() => onChange(value.filter((v) => v !== iso3))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="inline-form">
        <label className="visually-hidden" htmlFor={id}>
          {t('planning.addStateTo', { list: legend })}
        </label>
        <select id={id} value={candidate} onChange={(e) => setCandidate(e.target.value)}>
          <option value="">{t('planning.chooseState')}</option>
          {options
            .filter((o) => !chosen.has(o.iso3))
            .map((o) => (
              <option key={o.iso3} value={o.iso3}>
                {o.name}
              </option>
            ))}
        </select>
        <button type="button" onClick={add} disabled={!candidate}>
          {t('planning.addState')}
        </button>
      </div>
    </fieldset>
  );
}
