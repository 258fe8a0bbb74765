// The typed client of the one API contract (shared/api/contract.ts). Every page calls the backend
// through `call`, whatever the transport (Electron bridge or HTTP host); the session store signs
// in and out through `callSession`.
import type {
  ErrorCode,
  MethodInput,
  MethodName,
  MethodOutput,
} from '../../../shared/api/contract';
import type { SessionAction, SessionState } from '../../../shared/api/session';
import { send, TransportError, type TransportProblem } from './transport';

export interface FieldMessage {
  field: string;
  message: string;
}

export class ApiCallError extends Error {
  constructor(
    readonly code: ErrorCode | TransportProblem,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiCallError';
  }

  /** The per-field problems of a VALIDATION error ({field, message}[]); empty otherwise. */
  get fieldMessages(): FieldMessage[] {
    if (!Array.isArray(this.details)) return [];
    return this.details.filter(
      (d): d is FieldMessage =>
        typeof d === 'object' &&
        d !== null &&
        typeof d.field === 'string' &&
        typeof d.message === 'string',
    );
  }
}

type SessionLostListener = (error: ApiCallError) => void;
let sessionLost: SessionLostListener = () => undefined;

/**
 * Who hears that a call was refused because the session ended or locked (the session store, which
 * then shows the sign-in or lock screen).
 */
export function onSessionLost(listener: SessionLostListener): void {
  sessionLost = listener;
}

async function sent(kind: 'api' | 'session', name: string, input: unknown): Promise<unknown> {
  let result;
  try {
    result = await send(kind, name, input);
  } catch (e) {
    if (e instanceof TransportError) throw new ApiCallError(e.problem, e.detail);
    throw e;
  }
  if (result.ok) return result.value;
  const error = new ApiCallError(result.error.code, result.error.message, result.error.details);
  if (kind === 'api' && (error.code === 'UNAUTHENTICATED' || error.code === 'LOCKED'))
    sessionLost(error);
  throw error;
}

export async function call<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  return (await sent('api', method, input)) as MethodOutput<M>;
}

/** A session action (sign in, set up, lock, unlock, sign out, activity): the session's new state. */
export async function callSession(
  action: SessionAction,
  input: object = {},
): Promise<SessionState> {
  return (await sent('session', action, input)) as SessionState;
}
