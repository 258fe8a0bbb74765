import { useId, useState } from 'react';
import { t } from '../../i18n';

interface NumberInputProps {
  value: number | undefined;
  min: number;
  max: number;
  /** Whole numbers only (the default), or any number in range. */
  integer?: boolean;
  /** Called with every valid number typed; with undefined when emptied, if `optional`. */
  onChange: (value: number | undefined) => void;
  optional?: boolean;
  /** Set by <Field>, or given directly when there is no visible label. */
  id?: string;
  'aria-label'?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

/**
 * A number box that lets the user type freely (clearing it, typing "1" on the way to "12") and
 * passes on only valid numbers in range; anything else is marked, with what is expected.
 */
export function NumberInput({
  value,
  min,
  max,
  integer = true,
  onChange,
  optional = false,
  ...aria
}: NumberInputProps) {
  const problemId = useId();
  const [text, setText] = useState(value === undefined ? '' : String(value));
  const [lastValue, setLastValue] = useState(value);
  if (value !== lastValue) {
    // Changed from outside (another methodology chosen): show the new value.
    setLastValue(value);
    setText(value === undefined ? '' : String(value));
  }
  const read = (s: string): { valid: boolean; number: number | undefined } => {
    if (s.trim() === '') return { valid: optional, number: undefined };
    const n = Number(s);
    return {
      valid: Number.isFinite(n) && n >= min && n <= max && (!integer || Number.isInteger(n)),
      number: n,
    };
  };
  const { valid } = read(text);
  return (
    <span className="number-input">
      <input
        {...aria}
        type="number"
        min={min}
        max={max}
        step={integer ? 1 : 'any'}
        value={text}
        aria-invalid={!valid || undefined}
        aria-describedby={
          [aria['aria-describedby'], valid ? null : problemId].filter(Boolean).join(' ') ||
          undefined
        }
        onChange={(e) => {
          setText(e.target.value);
          const typed = read(e.target.value);
          if (typed.valid) {
            setLastValue(typed.number);
            onChange(typed.number);
          }
        }}
      />
      {!valid && (
        <span id={problemId} className="field-problems">
          <span aria-hidden="true">⚠ </span>
          {t('planning.numberRange', { min, max })}
        </span>
      )}
    </span>
  );
}
