// The preload exposes exactly one function to the page: invoke(method, input, user).
import { contextBridge, ipcRenderer } from 'electron';
import { INVOKE_CHANNEL } from './channel';

contextBridge.exposeInMainWorld('cted', {
  invoke: (method: string, input: unknown, user: string | null) =>
    ipcRenderer.invoke(INVOKE_CHANNEL, method, input, user),
});
