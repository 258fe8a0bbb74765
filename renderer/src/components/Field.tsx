// A labelled form control with its hint and its problems, wired for assistive technology.
import { cloneElement, useId, type ReactElement } from 'react';

interface FieldProps {
  label: string;
  hint?: string;
  problems?: string[];
  /** The control (input, select, textarea); it receives id and the aria attributes. */
  children: ReactElement<Record<string, unknown>>;
}

export function Field({ label, hint, problems = [], children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const problemId = `${id}-problem`;
  const describedBy =
    [hint ? hintId : null, problems.length ? problemId : null].filter(Boolean).join(' ') ||
    undefined;
  return (
    <div className={problems.length ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {cloneElement(children, {
        id,
        'aria-describedby': describedBy,
        'aria-invalid': problems.length > 0 || undefined,
      })}
      {problems.length > 0 && (
        <ul id={problemId} className="field-problems">
          {problems.map((p) => (
            <li key={p}>
              <span aria-hidden="true">⚠ </span>
              {p}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
