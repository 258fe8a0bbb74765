// Who is using the app: the workspace's users and the one chosen in the header's user switcher
// (by default the first administrator), remembered for this browser tab.
import { create } from 'zustand';
import { API, type MethodName } from '../../../shared/api/contract';
import type { User } from '../../../shared/api/types';
import type { Role } from '../../../shared/domain/roles';
import { call, setActingUser } from '../api/client';
import { asApiCallError, type AsyncState } from '../data/asyncState';
import { useWorkspace } from './workspace';

const USER_KEY = 'cted.user';

interface SessionStore {
  users: AsyncState<User[]>;
  currentUser: User | null;
  load(): Promise<void>;
  chooseUser(id: string): void;
}

export const useSession = create<SessionStore>((set, get) => ({
  users: { status: 'loading' },
  currentUser: null,
  load: async () => {
    try {
      const users = await call('users.list', {});
      const remembered = users.find((u) => u.id === sessionStorage.getItem(USER_KEY));
      const chosen = remembered ?? users.find((u) => u.role === 'admin') ?? users[0] ?? null;
      setActingUser(chosen?.id ?? null);
      set({ users: { status: 'ready', data: users }, currentUser: chosen });
    } catch (e) {
      set({ users: { status: 'error', error: asApiCallError(e) } });
    }
  },
  chooseUser: (id) => {
    const { users } = get();
    const user = users.status === 'ready' ? users.data.find((u) => u.id === id) : undefined;
    if (!user) return;
    sessionStorage.setItem(USER_KEY, user.id);
    setActingUser(user.id);
    set({ currentUser: user });
  },
}));

/** Whether a role may call a method, per the contract (the dispatcher enforces it anyway). */
export function mayCall(role: Role, method: MethodName): boolean {
  return role === 'admin' || API[method].roles.includes(role);
}

/** Whether the chosen user may call a method; nothing that changes data on a read-only workspace. */
export function useMayCall(method: MethodName): boolean {
  const readOnly = useWorkspace((s) => s.info.status === 'ready' && s.info.data.readOnly);
  const allowed = useSession((s) => (s.currentUser ? mayCall(s.currentUser.role, method) : false));
  return allowed && !(readOnly && API[method].mutates);
}
