// After a submit, focus goes where the user has to look next (WCAG 3.3.1, 2.4.3): to the first
// field the form marks invalid, else to the message that says why nothing was saved; and after a
// success whose button was taken away, to the words that say what was done.
import { useEffect, type RefObject } from 'react';

/** The first control marked invalid in the message's form (or dialog), else the message itself. */
export function focusFirstProblem(message: HTMLElement | null): void {
  if (!message?.isConnected) return;
  const scope = message.closest('form, dialog');
  const field = scope?.querySelector<HTMLElement>(
    '[aria-invalid="true"]:not([disabled]), [aria-invalid="true"] input:not([disabled])',
  );
  (field ?? message).focus();
}

/**
 * Moves focus to the first problem each time `failure` takes a new value (a new refusal, another
 * refused attempt); nothing while it is null or undefined.
 */
export function useFocusOnFailure(message: RefObject<HTMLElement | null>, failure: unknown): void {
  useEffect(() => {
    if (failure === null || failure === undefined || failure === false) return;
    focusFirstProblem(message.current);
  }, [failure, message]);
}

/**
 * When `result` appears and focus was lost on the way (the button that was pressed is disabled or
 * gone), focus moves to the result. Focus the user still has elsewhere stays where it is.
 */
export function useFocusOnResult(
  result: RefObject<HTMLElement | null>,
  done: string | null | undefined,
): void {
  useEffect(() => {
    if (!done) return;
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    result.current?.focus();
  }, [done, result]);
}
