// Who is using the app: the signed-in session (issue "Trust"). The backend establishes the user
// (a session cookie over HTTP, the window's session in Electron); this store only mirrors what the
// backend says — signed out, first run, locked or active — and asks it to sign in, lock, unlock or
// sign out. A call refused because the session ended or locked updates it too.
import { create } from 'zustand';
import { API, type MethodName } from '../../../shared/api/contract';
import type { SessionAction, SessionState } from '../../../shared/api/session';
import type { User } from '../../../shared/api/types';
import type { Role } from '../../../shared/domain/roles';
import { callSession, onSessionLost } from '../api/client';
import { asApiCallError, type AsyncState } from '../data/asyncState';
import { DEFAULT_LANGUAGE, useLanguage } from '../i18n';
import { useWorkspace } from './workspace';

interface SessionStore {
  session: AsyncState<SessionState>;
  /** The signed-in user while the session is active or locked; null otherwise. */
  currentUser: User | null;
  load(): Promise<void>;
  /** Runs a session action and takes the state it answers; a refusal is thrown for the form. */
  act(action: SessionAction, input?: object): Promise<SessionState>;
}

/**
 * The actions of the gate that send the interface's language, so that a refusal (a wrong
 * passphrase, a name too short) is said in the language the page speaks, before anyone is signed in.
 */
const SAY_IN_PAGE_LANGUAGE: ReadonlySet<SessionAction> = new Set(['signIn', 'setup', 'unlock']);

export const useSession = create<SessionStore>((set, get) => {
  const take = (state: SessionState) => {
    const before = get().session;
    // An unchanged state (an activity report, mostly) changes nothing on the page.
    if (before.status === 'ready' && JSON.stringify(before.data) === JSON.stringify(state))
      return before.data;
    set({ session: { status: 'ready', data: state }, currentUser: state.user });
    // The user's language, as they chose it (at sign-in, on reload, or on another site), once it
    // changes: never over a choice just made whose answer crossed an older state on the way.
    const languageBefore = before.status === 'ready' ? before.data.language : null;
    if (state.language && state.language !== languageBefore)
      useLanguage.getState().setLanguage(state.language);
    // Signed out (by the user, or a session that ended): the sign-in page speaks the workspace's
    // default language again, not the last user's, until the person at the screen chooses another.
    const wasSignedIn =
      before.status === 'ready' &&
      (before.data.status === 'active' || before.data.status === 'locked');
    if (wasSignedIn && state.status === 'signedOut')
      useLanguage.getState().setLanguage(DEFAULT_LANGUAGE);
    // Every view reloads after signing in or unlocking: as another user, or after refusals.
    const wasActive = before.status === 'ready' && before.data.status === 'active';
    if (state.status === 'active' && !wasActive) useWorkspace.getState().dataChanged();
    return state;
  };
  onSessionLost(() => void get().load());
  return {
    session: { status: 'loading' },
    currentUser: null,
    load: async () => {
      try {
        take(await callSession('state'));
      } catch (e) {
        set({ session: { status: 'error', error: asApiCallError(e) }, currentUser: null });
      }
    },
    act: async (action, input = {}) =>
      take(
        await callSession(
          action,
          SAY_IN_PAGE_LANGUAGE.has(action)
            ? { ...input, language: useLanguage.getState().language }
            : input,
        ),
      ),
  };
});

/** The session's status, or null while it is loading or could not be read. */
export const useSessionStatus = () =>
  useSession((s) => (s.session.status === 'ready' ? s.session.data.status : null));

/** Whether a role may call a method, per the contract (the dispatcher enforces it anyway). */
export function mayCall(role: Role, method: MethodName): boolean {
  return role === 'admin' || API[method].roles.includes(role);
}

/** Whether the signed-in user may call a method; nothing that changes data on a read-only workspace. */
export function useMayCall(method: MethodName): boolean {
  const readOnly = useWorkspace((s) => s.info.status === 'ready' && s.info.data.readOnly);
  const allowed = useSession((s) => (s.currentUser ? mayCall(s.currentUser.role, method) : false));
  return allowed && !(readOnly && API[method].mutates);
}
