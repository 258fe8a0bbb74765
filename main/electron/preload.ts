// The preload exposes exactly two functions to the page: invoke(method, input) and
// session(action, input). Neither names a user: the main process keeps the window's session.
// (And one to the key prompt's page, below.)
import { contextBridge, ipcRenderer } from 'electron';
import { INVOKE_CHANNEL, SESSION_CHANNEL, WORKSPACE_KEY_CHANNEL } from './channel';

contextBridge.exposeInMainWorld('cted', {
  invoke: (method: string, input: unknown) => ipcRenderer.invoke(INVOKE_CHANNEL, method, input),
  session: (action: string, input: unknown) => ipcRenderer.invoke(SESSION_CHANNEL, action, input),
});

// The key prompt's page (renderer/key-prompt.html) answers with the key typed, or null; the main
// process accepts the answer only from the prompt's own window.
contextBridge.exposeInMainWorld('ctedKeyPrompt', {
  answer: (answer: unknown) => ipcRenderer.invoke(WORKSPACE_KEY_CHANNEL, answer),
});
