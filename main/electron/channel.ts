/** The one IPC channel between the renderer's preload bridge and the dispatcher. */
export const INVOKE_CHANNEL = 'cted:invoke';
