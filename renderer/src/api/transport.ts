// How an API call or a session action reaches the backend: the Electron preload bridge when
// present, else HTTP to the loopback host (`npm run web`), authorised by the per-start token from
// the printed address. Neither names a user: the backend runs every call as the signed-in user of
// this window (Electron main) or of this browser's session cookie (HttpOnly: no script sees it).
import type { ApiResult } from '../../../shared/api/contract';

/**
 * What the Electron preload exposes with contextBridge.exposeInMainWorld('cted', …):
 *   invoke(method, input) → the dispatcher's ApiResult for that call, as the window's user;
 *   session(action, input) → the session's state after a sign-in, lock, unlock or sign-out.
 */
export interface CtedBridge {
  invoke(method: string, input: unknown): Promise<ApiResult<unknown>>;
  session(action: string, input: unknown): Promise<ApiResult<unknown>>;
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

/** An API call (`api/<method>`) or a session action (`session/<action>`). */
export async function send(
  kind: 'api' | 'session',
  name: string,
  input: unknown,
): Promise<ApiResult<unknown>> {
  if (bridge) return kind === 'api' ? bridge.invoke(name, input) : bridge.session(name, input);
  if (!token) throw new TransportError('UNAUTHORISED', 'no token');
  let response: Response;
  try {
    response = await fetch(`${kind}/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-cted-token': token },
      body: JSON.stringify(input),
    });
  } catch (e) {
    throw new TransportError('UNREACHABLE', (e as Error).message);
  }
  let result: ApiResult<unknown>;
  try {
    result = (await response.json()) as ApiResult<unknown>;
  } catch {
    throw new TransportError('UNREACHABLE', `HTTP ${response.status} without an API answer`);
  }
  // 401 is also the answer of a session that ended or locked: only a refused token is a page
  // that cannot reach the planner at all.
  const sessionProblem =
    !result.ok && (result.error.code === 'UNAUTHENTICATED' || result.error.code === 'LOCKED');
  if (response.status === 401 && !sessionProblem)
    throw new TransportError('UNAUTHORISED', `HTTP ${response.status}`);
  return result;
}
