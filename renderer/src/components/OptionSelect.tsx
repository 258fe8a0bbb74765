import type { SelectHTMLAttributes } from 'react';

type SelectAttributes = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'>;

type OptionSelectProps<V extends string> = SelectAttributes & {
  options: readonly V[];
  /** An option in words (the option itself without it). */
  label?: (option: V) => string;
} & (
    | { value: NoInfer<V>; onChange: (value: V) => void; emptyOption?: undefined }
    | {
        value: NoInfer<V> | '';
        onChange: (value: V | '') => void;
        /** The words of a first option whose value is '': "All States", "Choose a State…". */
        emptyOption: string;
      }
  );

/**
 * A select of a fixed set of options. Other attributes (those <Field> sets among them) go to the
 * select element.
 */
export function OptionSelect<V extends string>({
  options,
  label = (option) => option,
  value,
  onChange,
  emptyOption,
  ...attributes
}: OptionSelectProps<V>) {
  return (
    <select {...attributes} value={value} onChange={(e) => onChange(e.target.value as V)}>
      {emptyOption !== undefined && <option value="">{emptyOption}</option>}
      {options.map((option) => (
        <option key={option} value={option}>
          {label(option)}
        </option>
      ))}
    </select>
  );
}
