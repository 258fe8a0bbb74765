import { t } from '../i18n';

/** A form dialog's two buttons: send (busy while it runs) and close without saving. */
export function DialogButtons({
  busy,
  submit,
  busyText = t('form.saving'),
  disabled = false,
  onCancel,
}: {
  busy: boolean;
  submit: string;
  /** The send button's words while it runs ("Saving…" unless said). */
  busyText?: string;
  /** The send button is off for another reason than being busy. */
  disabled?: boolean;
  onCancel: () => void;
}) {
  return (
    <div className="button-row">
      <button type="submit" className="primary" disabled={busy || disabled}>
        {busy ? busyText : submit}
      </button>
      <button type="button" onClick={onCancel}>
        {t('form.cancel')}
      </button>
    </div>
  );
}
