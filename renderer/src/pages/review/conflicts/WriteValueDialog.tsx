import { useState, type FormEvent } from 'react';
import type { SyncConflict } from '../../../../../shared/api/types';
import { DialogButtons } from '../../../components/DialogButtons';
import { FormDialog } from '../../../components/FormDialog';
import { FormFailure } from '../../../components/FormFailure';
import { addProblems, useFormCheck, type Problems } from '../../../components/formChecks';
import { InputField } from '../../../components/InputField';
import { useAction } from '../../../data/useAction';
import { t } from '../../../i18n';
import { fieldLabel, recordLabel, valueText } from './describe';
import type { Settle } from './OpenConflict';

/** The server takes values up to this length (conflicts.resolve). */
const MAX_VALUE_LENGTH = 100_000;

/** A third value for a conflicted field, starting from the current one. */
export function WriteValueDialog({
  conflict: c,
  settle,
  onClose,
}: {
  conflict: SyncConflict;
  settle: Settle;
  onClose: () => void;
}) {
  const action = useAction();
  const [value, setValue] = useState(c.current ?? '');
  const problems: Problems = {};
  if (!value.trim()) addProblems(problems, 'value', [t('conflicts.enterValue')]);
  const check = useFormCheck(problems, action.error);
  return (
    <FormDialog
      title={t('conflicts.writeTitle', { field: fieldLabel(c.column) })}
      intro={
        <>
          <p>{recordLabel(c)}</p>
          <p>
            {t('conflicts.writeBoth', {
              current: valueText(c.current),
              other: valueText(c.lost.value),
            })}
          </p>
        </>
      }
      onClose={onClose}
    >
      {({ close }) => {
        const submit = async (e: FormEvent) => {
          e.preventDefault();
          if (!check.submit()) return action.reset();
          // A refusal shows here, at the field; the page announces the success.
          const done = await action.run(() => settle(c, 'value', value));
          if (done) close();
        };
        return (
          <form onSubmit={(e) => void submit(e)} noValidate>
            <FormFailure check={check} error={action.error} fields={['value']} />
            <InputField
              label={t('conflicts.newValue')}
              hint={t('conflicts.newValueHint')}
              type="textarea"
              rows={3}
              check={check}
              field="value"
              value={value}
              onChange={setValue}
              maxLength={MAX_VALUE_LENGTH}
            />
            <DialogButtons busy={action.busy} submit={t('conflicts.keepValue')} onCancel={close} />
          </form>
        );
      }}
    </FormDialog>
  );
}
