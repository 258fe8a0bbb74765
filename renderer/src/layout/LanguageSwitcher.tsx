import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { LANGUAGES, type LanguageCode } from '../../../shared/api/schema';
import { call } from '../api/client';
import { asApiCallError } from '../data/asyncState';
import { directionOf, t, useLanguage } from '../i18n';
import { useMayCall, useSession } from '../stores/session';
import { useWorkspace } from '../stores/workspace';

/**
 * Set when the user chooses a language: the app is drawn again in it (App keys the shell by
 * language), and the new switcher takes the focus back, so that the keyboard stays where it was.
 */
let refocus = false;

/** A failure to remember the choice, shown by the switcher drawn again in the new language. */
let notSaved: string | null = null;

/**
 * The six UN languages, each named in itself: a menu button (WAI-ARIA menu pattern) in the header.
 * The choice applies at once and is remembered for the signed-in user (users.setLanguage), who
 * finds it again at their next sign-in, on any site.
 */
export function LanguageSwitcher() {
  const language = useLanguage((s) => s.language);
  const setLanguage = useLanguage((s) => s.setLanguage);
  const mayRemember = useMayCall('users.setLanguage');
  // Before signing in (the sign-in page), the choice is this window's only, and there is no data.
  const signedIn = useSession((s) => s.currentUser !== null);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(() => {
    if (refocus) {
      refocus = false;
      button.current?.focus();
    }
    if (notSaved !== null) {
      setProblem(notSaved);
      notSaved = null;
    }
    // On mount (the header drawn again in the new language), or on a page that stays (sign-in).
  }, [language]);

  useEffect(() => {
    if (open) items.current[LANGUAGES.indexOf(language)]?.focus();
  }, [open, language]);

  const close = (focusButton: boolean) => {
    setOpen(false);
    if (focusButton) button.current?.focus();
  };

  const choose = async (next: LanguageCode) => {
    if (next === language) {
      close(true);
      return;
    }
    setBusy(true);
    // Remembered first, so that every view drawn again in the new language reads the server's
    // names in it too.
    if (mayRemember) {
      try {
        await call('users.setLanguage', { language: next });
      } catch (e) {
        notSaved = asApiCallError(e).message;
      }
    }
    refocus = true;
    setBusy(false);
    setOpen(false);
    setLanguage(next);
    if (signedIn) useWorkspace.getState().dataChanged();
  };

  const onButtonKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
    }
  };

  const onMenuKey = (e: KeyboardEvent) => {
    const at = items.current.findIndex((item) => item === document.activeElement);
    const move = (to: number) => items.current[(to + LANGUAGES.length) % LANGUAGES.length]?.focus();
    if (e.key === 'ArrowDown') move(at + 1);
    else if (e.key === 'ArrowUp') move(at - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(LANGUAGES.length - 1);
    else if (e.key === 'Escape') close(true);
    else if (e.key === 'Tab') {
      setOpen(false);
      return;
    } else return;
    e.preventDefault();
  };

  /** Focus leaving the switcher (a click elsewhere, Tab) closes the menu. */
  const onBlur = (e: FocusEvent<HTMLDivElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen(false);
  };

  return (
    <div className="language-switcher" onBlur={onBlur}>
      <button
        ref={button}
        type="button"
        className="language-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? 'language-menu' : undefined}
        disabled={busy}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={onButtonKey}
      >
        <span className="visually-hidden">{t('language.label')}: </span>
        <span lang={language}>{t(`language.${language}`)}</span>
        <span aria-hidden="true"> ▾</span>
      </button>
      {open && (
        <ul id="language-menu" role="menu" aria-label={t('language.menu')} onKeyDown={onMenuKey}>
          {LANGUAGES.map((code, i) => (
            <li key={code} role="none">
              <button
                ref={(el) => {
                  items.current[i] = el;
                }}
                type="button"
                role="menuitemradio"
                aria-checked={code === language}
                lang={code}
                dir={directionOf(code)}
                tabIndex={-1}
                onClick={() => void choose(code)}
              >
                {t(`language.${code}`)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {problem && (
        <p className="language-problem" role="alert">
          {t('language.notSaved', { reason: problem })}
        </p>
      )}
    </div>
  );
}
