import type { ApiCallError } from '../api/client';
import { t, type MessageKey } from '../i18n';

/** What to do next, by error code; the dispatcher's own message says what went wrong. */
const HINT: Partial<Record<ApiCallError['code'], MessageKey>> = {
  FORBIDDEN: 'error.hint.forbidden',
  NOT_FOUND: 'error.hint.notFound',
  INTERNAL: 'error.hint.internal',
  UNREACHABLE: 'error.hint.unreachable',
};

/** What went wrong, in plain words: the dispatcher's message, or ours when it could not be reached. */
export function describeError(error: ApiCallError): string {
  return error.code === 'UNREACHABLE' ? t('error.unreachable') : error.message;
}

export function ErrorPanel({ error, onRetry }: { error: ApiCallError; onRetry?: () => void }) {
  const hint = HINT[error.code];
  const message = describeError(error);
  return (
    <div className="panel panel-error" role="alert">
      <h2 className="panel-title">
        <span aria-hidden="true">⚠ </span>
        {t('error.title')}
      </h2>
      <p>{message}</p>
      {hint && <p>{t(hint)}</p>}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
