import type { ActionState } from '../data/useAction';
import { t } from '../i18n';
import { describeError } from './ErrorPanel';

/**
 * Under an action's buttons: "working…" or what was done (in a live region that is always there,
 * so that screen readers announce the change), or what went wrong and what to do (an alert).
 */
export function ActionStatus({ action }: { action: ActionState }) {
  return (
    <>
      <p className="action-status" role="status">
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
        <p className="form-summary" role="alert">
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
  return (
    <p className="action-status" role="status">
      {message && (
        <>
          <span aria-hidden="true">✓ </span>
          {message}
        </>
      )}
    </p>
  );
}
