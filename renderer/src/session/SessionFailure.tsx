import type { ApiCallError } from '../api/client';
import { describeError } from '../components/ErrorPanel';
import type { FormCheck } from '../components/formChecks';
import { t } from '../i18n';

/**
 * Above a sign-in form's fields: the problems the form found (counted), or what the backend said
 * ("The user name or passphrase is not right.", "Try again in 30 seconds.") — unless it said it
 * of a field, where it is shown instead.
 */
export function SessionFailure({ check, error }: { check: FormCheck; error: ApiCallError | null }) {
  const message =
    check.submitted && check.count > 0
      ? t('form.fixProblems', { count: check.count })
      : error
        ? error.fieldMessages.length > 0
          ? t('form.seeFields')
          : describeError(error)
        : null;
  if (!message) return null;
  return (
    <p className="form-summary" role="alert">
      <span aria-hidden="true">⚠ </span>
      {message}
    </p>
  );
}
