import type { ReactNode } from 'react';
import { useEffect } from 'react';
import { canReachBackend } from './api/transport';
import { Loading } from './components/AsyncView';
import { ErrorPanel } from './components/ErrorPanel';
import { t, useLanguage } from './i18n';
import { AppShell } from './layout/AppShell';
import { PageFor } from './pages/PageFor';
import { useRoute } from './router';
import { FirstRunPage } from './session/FirstRunPage';
import { LockScreen } from './session/LockScreen';
import { SignInPage } from './session/SignInPage';
import { useIdleLock } from './session/useIdleLock';
import { useSession } from './stores/session';
import { useWorkspace } from './stores/workspace';

const loadSession = () => void useSession.getState().load();

/**
 * The session decides what shows: the first-run form, the sign-in screen, or the app — with the
 * lock screen over it once the session has locked (the page stays underneath).
 */
export function App() {
  const route = useRoute();
  const language = useLanguage((s) => s.language);
  const session = useSession((s) => s.session);
  const info = useWorkspace((s) => s.info);
  const reloadInfo = useWorkspace((s) => s.load);
  const state = session.status === 'ready' ? session.data : null;
  useIdleLock(state?.status === 'active' ? state.lockAfterMinutes : null);
  useEffect(() => {
    if (canReachBackend) loadSession();
  }, []);

  if (!canReachBackend) return <AccessProblem />;
  if (session.status === 'error')
    return session.error.code === 'UNAUTHORISED' ? (
      <AccessProblem />
    ) : (
      <FullPage>
        <ErrorPanel error={session.error} onRetry={loadSession} />
      </FullPage>
    );
  if (!state)
    return (
      <FullPage>
        <Loading />
      </FullPage>
    );
  if (state.status === 'setup') return <FirstRunPage state={state} />;
  if (state.status === 'signedOut') return <SignInPage state={state} />;
  if (info.status === 'error' && info.error.code === 'UNAUTHORISED') return <AccessProblem />;
  return (
    <>
      {info.status === 'ready' ? (
        <AppShell key={language} route={route}>
          <PageFor route={route} />
        </AppShell>
      ) : (
        <FullPage>
          {info.status === 'error' ? (
            <ErrorPanel error={info.error} onRetry={() => void reloadInfo()} />
          ) : (
            <Loading />
          )}
        </FullPage>
      )}
      {state.status === 'locked' && <LockScreen state={state} />}
    </>
  );
}

function FullPage({ children }: { children: ReactNode }) {
  return <main className="full-page">{children}</main>;
}

/** The browser was opened without (or with a stale) access token from `npm run web`. */
function AccessProblem() {
  return (
    <main className="full-page">
      <div className="panel panel-error" role="alert">
        <h1>{t('access.title')}</h1>
        <p>{t('access.explanation')}</p>
        <p>{t('access.whatToDo')}</p>
      </div>
    </main>
  );
}
