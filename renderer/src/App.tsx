import { useEffect } from 'react';
import { canReachBackend } from './api/transport';
import { Loading } from './components/AsyncView';
import { ErrorPanel } from './components/ErrorPanel';
import { t, useLanguage } from './i18n';
import { AppShell } from './layout/AppShell';
import { PageFor } from './pages/PageFor';
import { useRoute } from './router';
import { useSession } from './stores/session';
import { useWorkspace } from './stores/workspace';

function boot(): void {
  void useSession.getState().load();
  void useWorkspace.getState().load();
}

export function App() {
  const route = useRoute();
  const language = useLanguage((s) => s.language);
  const users = useSession((s) => s.users);
  const info = useWorkspace((s) => s.info);
  useEffect(() => {
    if (canReachBackend) boot();
  }, []);

  if (!canReachBackend) return <AccessProblem />;
  const failed =
    users.status === 'error' ? users.error : info.status === 'error' ? info.error : null;
  if (failed?.code === 'UNAUTHORISED') return <AccessProblem />;
  if (failed) {
    return (
      <main className="full-page">
        <ErrorPanel error={failed} onRetry={boot} />
      </main>
    );
  }
  if (users.status === 'loading' || info.status === 'loading') {
    return (
      <main className="full-page">
        <Loading />
      </main>
    );
  }
  return (
    <AppShell key={language} route={route}>
      <PageFor route={route} />
    </AppShell>
  );
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
