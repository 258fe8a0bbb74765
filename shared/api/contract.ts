// The one API contract (DESIGN §2): every method once, with its input schema, output type,
// whether it writes, and which roles may call it (admins may call everything). Each area declares
// its methods and output shapes in shared/api/areas/; this file puts them together.
import type { z } from 'zod';
import { annualReviewMethods } from './areas/annualReview';
import { consentMethods } from './areas/consent';
import { committeeMethods } from './areas/committee';
import { coverageMethods } from './areas/coverage';
import { deadlinesMethods } from './areas/deadlines';
import { exportsMethods } from './areas/exports';
import { fieldMethods } from './areas/field';
import { fieldRecordsMethods } from './areas/fieldRecords';
import { followupsMethods } from './areas/followups';
import { inputsMethods } from './areas/inputs';
import { planMethods } from './areas/plan';
import { reportsMethods } from './areas/reports';
import { settingsMethods } from './areas/settings';
import { statesMethods } from './areas/states';
import { syncMethods } from './areas/sync';
import { usersMethods } from './areas/users';
import { visitsMethods } from './areas/visits';
import { workspaceMethods } from './areas/workspace';
import type { MethodSpec } from './schema';

export type { MethodSpec } from './schema';

export const API = {
  ...workspaceMethods,
  ...usersMethods,
  ...settingsMethods,
  ...statesMethods,
  ...coverageMethods,
  ...visitsMethods,
  ...consentMethods,
  ...reportsMethods,
  ...annualReviewMethods,
  ...followupsMethods,
  ...committeeMethods,
  ...deadlinesMethods,
  ...inputsMethods,
  ...planMethods,
  ...exportsMethods,
  ...syncMethods,
  ...fieldRecordsMethods,
  ...fieldMethods,
} as const;

export type Api = typeof API;
export type MethodName = keyof Api;
export type MethodInput<M extends MethodName> = z.input<Api[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Api[M]['input']>;
export type MethodOutput<M extends MethodName> =
  Api[M] extends MethodSpec<z.ZodType, infer O> ? O : never;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(API, name);
}

export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'INVALID_TRANSITION',
  'INTEGRITY',
  'INTERNAL',
  /** Not signed in, signed out, or the session ended; or a wrong user name or passphrase. */
  'UNAUTHENTICATED',
  /** The session locked itself after a while without activity: the passphrase unlocks it. */
  'LOCKED',
  /** Too many wrong passphrases: wait before trying again. */
  'TOO_MANY_ATTEMPTS',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };
