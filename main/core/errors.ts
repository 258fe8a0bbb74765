import type { ApiErrorBody, ErrorCode } from '../../shared/api/contract';

/** An error a handler raises on purpose; the dispatcher turns it into `{ok:false,error}`. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }

  toBody(): ApiErrorBody {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

/** A workspace that cannot be opened, with a message for the person who tried. */
export class WorkspaceError extends Error {}

/**
 * Why an encrypted workspace did not open, so that an adapter can say where a key comes from (the
 * command line's --key-file, the app's key prompt): `needed` (encrypted, and no key was given),
 * `wrong` (the key does not open it), `unexpected` (a key was given for a plain workspace).
 */
export class WorkspaceKeyError extends WorkspaceError {
  constructor(
    readonly reason: 'needed' | 'wrong' | 'unexpected',
    message: string,
  ) {
    super(message);
  }
}
