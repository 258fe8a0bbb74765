// The controls of a checked form: a <Field> with a text, date, password or multi-line control, and a
// checkbox on a line of its own. Each passes the new value on and marks its field changed; the
// <Field> also shows the field's problems.
import type { InputHTMLAttributes } from 'react';
import { Field } from './Field';
import type { FormCheck } from './formChecks';

type ControlAttributes = Pick<
  InputHTMLAttributes<HTMLInputElement>,
  'disabled' | 'maxLength' | 'placeholder' | 'autoFocus' | 'autoComplete'
>;

interface InputFieldProps extends ControlAttributes {
  label: string;
  hint?: string;
  check: Pick<FormCheck, 'shown' | 'changed'>;
  /** The field's name in the form's problems (and the server's). */
  field: string;
  /** An input of that type, or a textarea. */
  type?: 'text' | 'date' | 'password' | 'email' | 'textarea';
  /** The textarea's height in lines. */
  rows?: number;
  value: string;
  onChange: (value: string) => void;
}

export function InputField({
  label,
  hint,
  check,
  field,
  type = 'text',
  rows,
  onChange,
  ...attributes
}: InputFieldProps) {
  const change = (value: string) => {
    onChange(value);
    check.changed(field);
  };
  return (
    <Field label={label} hint={hint} problems={check.shown(field)}>
      {type === 'textarea' ? (
        <textarea rows={rows} {...attributes} onChange={(e) => change(e.target.value)} />
      ) : (
        <input type={type} {...attributes} onChange={(e) => change(e.target.value)} />
      )}
    </Field>
  );
}

type CheckboxAttributes = Pick<
  InputHTMLAttributes<HTMLInputElement>,
  'disabled' | 'aria-describedby'
>;

interface CheckboxLineProps extends CheckboxAttributes {
  label: string;
  check: Pick<FormCheck, 'changed'>;
  /** The field's name in the form's problems (and the server's). */
  field: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** A checkbox of a checked form on a line of its own, with its words (its problems go below). */
export function CheckboxLine({
  label,
  check,
  field,
  checked,
  onChange,
  ...attributes
}: CheckboxLineProps) {
  return (
    <label className="filter-check check-line">
      <input
        type="checkbox"
        {...attributes}
        checked={checked}
        onChange={(e) => {
          onChange(e.target.checked);
          check.changed(field);
        }}
      />
      {label}
    </label>
  );
}
