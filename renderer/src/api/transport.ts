// How an API call reaches the backend: the Electron preload bridge when present, else HTTP to
// the loopback host (`npm run web`), authorised by the per-start token from the printed address.
import type { ApiResult } from '../../../shared/api/contract';

/**
 * What the Electron preload exposes with contextBridge.exposeInMainWorld('cted', …):
 *   invoke(method, input, user) → the dispatcher's ApiResult for that call,
 * where `user` is the id of the workspace user chosen in the app's user switcher (null: the
 * workspace's first admin). The preload forwards the three arguments over IPC unchanged.
 */
export interface CtedBridge {
  invoke(method: string, input: unknown, user: string | null): Promise<ApiResult<unknown>>;
}

declare global {
  interface Window {
    cted?: CtedBridge;
  }
}

/** Failures that happen before the dispatcher answers; they have no dispatcher error code. */
export type TransportProblem = 'UNAUTHORISED' | 'UNREACHABLE';

export class TransportError extends Error {
  constructor(
    readonly problem: TransportProblem,
    readonly detail: string,
  ) {
    super(detail);
  }
}

const TOKEN_KEY = 'cted.token';

/**
 * The host prints `…/?token=T`. Keep T for this tab's session and take it out of the address bar,
 * so it is not left in history or shown on screen.
 */
function takeToken(): string | null {
  const params = new URLSearchParams(window.location.search);
  const fromAddress = params.get('token');
  if (fromAddress) {
    sessionStorage.setItem(TOKEN_KEY, fromAddress);
    params.delete('token');
    const query = params.toString();
    window.history.replaceState(
      null,
      '',
      `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`,
    );
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

const bridge = window.cted;
const token = bridge ? null : takeToken();

/** False when neither the Electron bridge nor an access token is available: no call can succeed. */
export const canReachBackend = Boolean(bridge || token);

export async function send(
  method: string,
  input: unknown,
  user: string | null,
): Promise<ApiResult<unknown>> {
  if (bridge) return bridge.invoke(method, input, user);
  if (!token) throw new TransportError('UNAUTHORISED', 'no token');
  let response: Response;
  try {
    response = await fetch(`api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-cted-token': token,
        ...(user ? { 'x-cted-user': user } : {}),
      },
      body: JSON.stringify(input),
    });
  } catch (e) {
    throw new TransportError('UNREACHABLE', (e as Error).message);
  }
  if (response.status === 401) throw new TransportError('UNAUTHORISED', `HTTP ${response.status}`);
  try {
    return (await response.json()) as ApiResult<unknown>;
  } catch {
    throw new TransportError('UNREACHABLE', `HTTP ${response.status} without an API answer`);
  }
}
