// The state of anything loaded from the backend, shared by the stores and the useAsync hook.
import { ApiCallError } from '../api/client';

export type AsyncState<T> =
  | { status: 'loading' }
  | { status: 'error'; error: ApiCallError }
  | { status: 'ready'; data: T };

/** Anything thrown while loading, as an ApiCallError (an unexpected failure becomes INTERNAL). */
export function asApiCallError(e: unknown): ApiCallError {
  return e instanceof ApiCallError
    ? e
    : new ApiCallError('INTERNAL', (e as Error)?.message ?? String(e));
}
