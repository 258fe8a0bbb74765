// The form of the Inputs sections: a new record, or (where records can be edited) the one chosen
// in the table, with the server's problems shown at the field they name.
import { useEffect, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import { ActionStatus } from '../../components/ActionStatus';
import { problemsAt, useAction, type ActionState } from '../../data/useAction';

type TextField<V> = { [F in keyof V]: V[F] extends string ? F : never }[keyof V];

/** The values of a record form, how to change them, and the action that saves them. */
export function useRecordForm<V>(initial: V | (() => V)) {
  const action = useAction();
  const [values, setValues] = useState<V>(initial);
  const set = <F extends keyof V>(field: F, value: V[F]) =>
    setValues((v) => ({ ...v, [field]: value }));
  /** value and onChange for a control that reports the value itself (OptionSelect, StatePicker). */
  const valueProps = <F extends keyof V>(field: F) => ({
    value: values[field],
    onChange: (value: V[F]) => set(field, value),
  });
  /** value and onChange of an input or textarea for a text field. */
  const textProps = <F extends TextField<V>>(field: F) => ({
    value: values[field] as string,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      set(field, e.target.value as V[F]),
  });
  /** The server's problems with a field, after a refused save. */
  const problems = (field: string) => problemsAt(action.error, field);
  return { action, values, setValues, valueProps, textProps, problems };
}

interface RecordFormProps {
  titleId: string;
  title: string;
  submitLabel: string;
  action: ActionState;
  onSubmit: () => unknown;
  /** While an existing record is edited: the way back to a new one. The heading takes the focus. */
  editing?: { backLabel: string; onBack: () => void } | null;
  children: ReactNode;
}

export function RecordForm({
  titleId,
  title,
  submitLabel,
  action,
  onSubmit,
  editing,
  children,
}: RecordFormProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const isEditing = !!editing;
  useEffect(() => {
    if (isEditing) heading.current?.focus();
  }, [isEditing]);
  return (
    <form
      className="form-section"
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit();
      }}
      noValidate
      aria-labelledby={titleId}
    >
      <h3 id={titleId} ref={heading} tabIndex={-1}>
        {title}
      </h3>
      {children}
      <button type="submit" className="primary" disabled={action.busy}>
        {submitLabel}
      </button>{' '}
      {editing && (
        <button type="button" onClick={editing.onBack}>
          {editing.backLabel}
        </button>
      )}
      <ActionStatus action={action} />
    </form>
  );
}
