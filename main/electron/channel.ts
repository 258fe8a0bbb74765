/** The IPC channel of API calls, from the renderer's preload bridge to the gate (as the window's user). */
export const INVOKE_CHANNEL = 'cted:invoke';
/** The IPC channel of session actions: sign in, first administrator, lock, unlock, sign out. */
export const SESSION_CHANNEL = 'cted:session';
/** The IPC channel of the key prompt's answer (workspace-key.ts), from its own window only. */
export const WORKSPACE_KEY_CHANNEL = 'cted:workspace-key';
