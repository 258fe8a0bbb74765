// A small form in a modal dialog, opened from a button: focus goes to its first field, Escape or
// Cancel closes it, and focus goes back to the button that opened it (or, when that button is
// gone because the action changed what is offered, to what the caller names).
import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';

export interface DialogControls {
  /** Closes the dialog (as Escape does). */
  close(): void;
  /** `then` (what the form does once it succeeds), followed by closing the dialog. */
  thenClose<A extends unknown[]>(then: (...args: A) => void): (...args: A) => void;
}

export function FormDialog({
  title,
  intro,
  onClose,
  wide = false,
  children,
}: {
  title: string;
  intro?: ReactNode;
  onClose: () => void;
  wide?: boolean;
  children: (controls: DialogControls) => ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const close = () => dialog.current?.close();
  // Before the dialog is painted, so that it never shows without focus in it.
  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    element.showModal();
    const first = element.querySelector<HTMLElement>(
      'input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled])',
    );
    first?.focus();
  }, []);
  return (
    <dialog
      ref={dialog}
      className={wide ? 'dialog dialog-wide' : 'dialog'}
      aria-labelledby={titleId}
      onClose={onClose}
    >
      <h2 id={titleId}>{title}</h2>
      {intro && <div className="dialog-intro">{intro}</div>}
      {children({
        close,
        thenClose:
          (then) =>
          (...args) => {
            then(...args);
            close();
          },
      })}
    </dialog>
  );
}
