import { MAX_PASSPHRASE_LENGTH, MIN_PASSPHRASE_LENGTH } from '../../../shared/api/areas/users';
import { t } from '../i18n';

/** What a new passphrase must be (the backend checks the same). */
export function passphraseProblems(passphrase: string): string[] {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH)
    return [t('users.passphraseTooShort', { min: MIN_PASSPHRASE_LENGTH })];
  if (passphrase.length > MAX_PASSPHRASE_LENGTH)
    return [t('users.passphraseTooLong', { max: MAX_PASSPHRASE_LENGTH })];
  return [];
}
