import { t } from '../i18n';
import { LanguageSwitcher } from './LanguageSwitcher';

/**
 * The header of the pages shown before anyone is signed in (sign-in, first run): the app's name
 * and the language switcher, so that the person at the screen reads the gate in their language.
 */
export function GateHeader() {
  return (
    <header className="topbar">
      <p className="app-title">
        <span className="app-mark" aria-hidden="true">
          ◎
        </span>
        {t('app.title')}
      </p>
      <div className="topbar-end">
        <LanguageSwitcher />
      </div>
    </header>
  );
}
