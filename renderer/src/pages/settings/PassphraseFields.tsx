import { MIN_PASSPHRASE_LENGTH } from '../../../../shared/api/areas/users';
import { addProblems, type FormCheck, type Problems } from '../../components/formChecks';
import { InputField } from '../../components/InputField';
import { t } from '../../i18n';
import { passphraseProblems } from '../../session/passphraseChecks';

export interface NewPassphrase {
  passphrase: string;
  again: string;
}

/** The problems of a new passphrase typed twice, under the fields `passphrase` and `again`. */
export function newPassphraseProblems(problems: Problems, value: NewPassphrase): Problems {
  addProblems(problems, 'passphrase', passphraseProblems(value.passphrase));
  if (value.again !== value.passphrase)
    addProblems(problems, 'again', [t('users.passphrasesDiffer')]);
  return problems;
}

/** A new passphrase and the same again, never shown as typed. */
export function PassphraseFields({
  check,
  value,
  onChange,
  label = t('users.newPassphrase'),
}: {
  check: FormCheck;
  value: NewPassphrase;
  onChange: (value: NewPassphrase) => void;
  label?: string;
}) {
  return (
    <>
      <InputField
        label={label}
        hint={t('users.passphraseHint', { min: MIN_PASSPHRASE_LENGTH })}
        type="password"
        check={check}
        field="passphrase"
        value={value.passphrase}
        onChange={(passphrase) => onChange({ ...value, passphrase })}
        autoComplete="new-password"
      />
      <InputField
        label={t('users.passphraseAgain')}
        type="password"
        check={check}
        field="again"
        value={value.again}
        onChange={(again) => onChange({ ...value, again })}
        autoComplete="new-password"
      />
    </>
  );
}
