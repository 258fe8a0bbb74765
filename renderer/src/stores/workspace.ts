// The open workspace: its description (schema, demo flag, counts) and a revision number that
// every data view depends on, bumped after each change made from this window.
import { create } from 'zustand';
import type { WorkspaceInfo } from '../../../shared/api/types';
import { call } from '../api/client';
import { asApiCallError, type AsyncState } from '../data/asyncState';

interface WorkspaceStore {
  info: AsyncState<WorkspaceInfo>;
  revision: number;
  load(): Promise<void>;
  /** Call after a successful mutation: every page reloads what it shows. */
  dataChanged(): void;
}

export const useWorkspace = create<WorkspaceStore>((set, get) => ({
  info: { status: 'loading' },
  revision: 0,
  load: async () => {
    try {
      set({ info: { status: 'ready', data: await call('workspace.info', {}) } });
    } catch (e) {
      set({ info: { status: 'error', error: asApiCallError(e) } });
    }
  },
  dataChanged: () => {
    set((s) => ({ revision: s.revision + 1 }));
    void get().load();
  },
}));
