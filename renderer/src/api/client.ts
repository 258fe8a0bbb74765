// The typed client of the one API contract (shared/api/contract.ts). Every page calls the backend
// through `call`, whatever the transport (Electron bridge or HTTP host).
import type {
  ErrorCode,
  MethodInput,
  MethodName,
  MethodOutput,
} from '../../../shared/api/contract';
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

let actingUser: string | null = null;

/** The workspace user every following call acts as (chosen in the user switcher). */
export function setActingUser(userId: string | null): void {
  actingUser = userId;
}

export async function call<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  let result;
  try {
    result = await send(method, input, actingUser);
  } catch (e) {
    if (e instanceof TransportError) throw new ApiCallError(e.problem, e.detail);
    throw e;
  }
  if (!result.ok)
    throw new ApiCallError(result.error.code, result.error.message, result.error.details);
  return result.value as MethodOutput<M>;
}
