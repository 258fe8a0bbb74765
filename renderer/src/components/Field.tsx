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
      <InlineProblems id={problemId} problems={problems} />
    </div>
  );
}

/**
 * A control's problems as a list (nothing when there are none): under a <Field>'s control, or
 * under one that <Field> does not wrap (a checkbox, a group of radio buttons, a table cell).
 */
export function InlineProblems({
  id,
  label,
  problems,
}: {
  id?: string;
  /** Names the list for screen readers, when the problems are not of one control. */
  label?: string;
  problems: string[];
}) {
  if (problems.length === 0) return null;
  return (
    <ul id={id} className="field-problems" aria-label={label}>
      {problems.map((p) => (
        <li key={p}>
          <span aria-hidden="true">⚠ </span>
          {p}
        </li>
      ))}
    </ul>
  );
}
