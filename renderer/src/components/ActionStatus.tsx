import { useRef } from 'react';
import type { ActionState } from '../data/useAction';
import { t } from '../i18n';
import { describeError } from './ErrorPanel';
import { useFocusOnFailure, useFocusOnResult } from './focusAfterSubmit';

/**
 * Under an action's buttons: "working…" or what was done (in a live region that is always there,
 * so that screen readers announce the change), or what went wrong and what to do (an alert).
 * A failure moves focus to the first field with a problem, else to the alert; a success moves it
 * to what was done when the pressed button lost it.
 */
export function ActionStatus({ action }: { action: ActionState }) {
  const status = useRef<HTMLParagraphElement>(null);
  const alert = useRef<HTMLParagraphElement>(null);
  useFocusOnFailure(alert, action.error);
  useFocusOnResult(status, action.busy ? null : action.done);
  return (
    <>
      <p className="action-status" role="status" ref={status} tabIndex={-1}>
        {action.busy && (
          <>
            <span className="spinner" aria-hidden="true" />
            {t('action.working')}
          </>
        )}
        {!action.busy && action.done && (
          <>
            <span aria-hidden="true">✓ </span>
            {action.done}
          </>
        )}
      </p>
      {action.error && (
        <p className="form-summary" role="alert" ref={alert} tabIndex={-1}>
          <span aria-hidden="true">⚠ </span>
          {t('action.failed')} {describeError(action.error)}
          {action.error.code === 'FORBIDDEN' && <> {t('error.hint.forbidden')}</>}
        </p>
      )}
    </>
  );
}

/** What was just done ("✓ Saved."), in a live region that is always there, or nothing yet. */
export function DoneStatus({ message }: { message: string | null }) {
  const status = useRef<HTMLParagraphElement>(null);
  useFocusOnResult(status, message);
  return (
    <p className="action-status" role="status" ref={status} tabIndex={-1}>
      {message && (
        <>
          <span aria-hidden="true">✓ </span>
          {message}
        </>
      )}
    </p>
  );
}
