import { useRef } from 'react';
import type { ApiCallError } from '../api/client';
import { t } from '../i18n';
import { describeError } from './ErrorPanel';
import { useFocusOnFailure } from './focusAfterSubmit';
import type { FormCheck } from './formChecks';

/**
 * Above a form's fields: why it was not sent (problems the form found, counted) or why the server
 * refused it. What the server tied to a field of the form is shown at that field, not here. Each
 * refused submit moves focus to the first field with a problem, else to this message.
 */
export function FormFailure({
  check,
  error,
  fields,
}: {
  check: FormCheck;
  error: ApiCallError | null;
  /** The fields the form shows (server problems about them appear at the field). */
  fields: readonly string[];
}) {
  const message = useRef<HTMLParagraphElement>(null);
  const refusedHere = check.submitted && check.count > 0;
  useFocusOnFailure(message, refusedHere ? `attempt ${check.attempts}` : error);
  if (refusedHere)
    return (
      <p className="form-summary" role="alert" ref={message} tabIndex={-1}>
        <span aria-hidden="true">⚠ </span>
        {t('form.fixProblems', { count: check.count })}
      </p>
    );
  if (!error) return null;
  const messages = error.fieldMessages;
  const elsewhere = messages.filter((p) => !fields.includes(p.field));
  let detail = describeError(error);
  if (messages.length > 0)
    detail = elsewhere.length ? elsewhere.map((p) => p.message).join(' ') : t('form.seeFields');
  return (
    <p className="form-summary" role="alert" ref={message} tabIndex={-1}>
      <span aria-hidden="true">⚠ </span>
      {t('form.notSaved')} {detail}
      {error.code === 'FORBIDDEN' && <> {t('error.hint.forbidden')}</>}
    </p>
  );
}
