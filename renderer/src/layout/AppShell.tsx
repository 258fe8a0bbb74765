import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import type { Route } from '../router';
import { t } from '../i18n';
import { DemoBanner } from './DemoBanner';
import { LanguageSwitcher } from './LanguageSwitcher';
import { NavBar } from './NavBar';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { SessionBar } from './SessionBar';

/** Skip link, header with the signed-in user, demo banner, navigation and the page. */
export function AppShell({ route, children }: { route: Route; children: ReactNode }) {
  const main = useRef<HTMLElement>(null);
  const routeKey = JSON.stringify(route);
  const opened = useRef(false);
  useEffect(() => {
    // After navigating (not on opening), start reading and tabbing from the new page.
    if (!opened.current) {
      opened.current = true;
      return;
    }
    window.scrollTo(0, 0);
    main.current?.focus({ preventScroll: true });
  }, [routeKey]);
  return (
    <div className="app">
      <a className="skip-link" href="#main-content" onClick={skipToContent}>
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <p className="app-title">
          <span className="app-mark" aria-hidden="true">
            ◎
          </span>
          {t('app.title')}
        </p>
        <div className="topbar-end">
          <LanguageSwitcher />
          <SessionBar />
        </div>
      </header>
      <DemoBanner />
      <ReadOnlyBanner />
      <div className="layout">
        <NavBar route={route} />
        <main id="main-content" ref={main} tabIndex={-1}>
          {children}
        </main>
      </div>
    </div>
  );
}

/** `#main-content` would be read as a route: move focus without touching the hash. */
function skipToContent(e: MouseEvent) {
  e.preventDefault();
  document.getElementById('main-content')?.focus();
}
