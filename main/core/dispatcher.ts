// validate → authorise → run (a mutation inside one BEGIN IMMEDIATE transaction) → {ok, value | error}.
import { z } from 'zod';
import {
  API,
  isMethodName,
  type ApiResult,
  type MethodName,
  type MethodOutput,
} from '../../shared/api/contract';
import type { LanguageCode } from '../../shared/api/schema';
import type { User } from '../../shared/api/types';
import { dateOfInstant } from '../../shared/domain/dates';
import { firstAdministrator } from './auth/accounts';
import type { CallContext } from './context';
import type { Workspace } from './db/workspace';
import { Writer } from './db/write';
import { ensureDefaults } from './defaults';
import { ApiError } from './errors';
import { handlers } from './handlers';
import { languageOfUser } from './language';
import { readSettings } from './settings';
import { isCoreMessageKey, say, text } from '../../shared/messages';

export interface Caller {
  /**
   * A workspace user's id or name; the first active admin when absent. Trusted as given: the
   * adapters pass only the user their sign-in established (main/core/auth/gate.ts).
   */
  user?: string | null;
}

export interface Dispatcher {
  /** A call answered at once; a method whose handler answers later (see callAsync) is refused. */
  call<M extends MethodName>(
    method: M,
    input: unknown,
    caller?: Caller,
  ): ApiResult<MethodOutput<M>>;
  call(method: string, input: unknown, caller?: Caller): ApiResult<unknown>;
  /**
   * Any call, answered when its handler is done. A handler of a method that does not write may
   * return a promise (e.g. an XLSX file, which exceljs writes asynchronously); the adapters (host,
   * Electron, CLI) call through here. Such a handler reads what it needs before its first await.
   */
  callAsync<M extends MethodName>(
    method: M,
    input: unknown,
    caller?: Caller,
  ): Promise<ApiResult<MethodOutput<M>>>;
  callAsync(method: string, input: unknown, caller?: Caller): Promise<ApiResult<unknown>>;
}

export interface DispatcherOptions {
  /** The clock, in epoch milliseconds; injected so that deadline rules are testable for any date. */
  now?: () => number;
  /** Where new rows' ids come from (UUID v7 by default; the demo generator's are seeded). */
  newId?: () => string;
}

export function createDispatcher(ws: Workspace, options: DispatcherOptions = {}): Dispatcher {
  const now = options.now ?? Date.now;
  const { db } = ws;
  // A read-only workspace is taken as it is: nothing can be added to it.
  if (!ws.readOnly) ensureDefaults(ws, now);
  const readOnlyWriter = new Proxy({} as Writer, {
    get() {
      throw new Error('A read-only method tried to write.');
    },
  });

  /** Validates, authorises and runs the handler; its value may still be a promise. */
  function invoke(
    method: string,
    input: unknown,
    caller: Caller,
    later: boolean,
  ): ApiResult<unknown> {
    // The caller's language, once the caller is known: errors before that are said in English.
    let language: LanguageCode = 'en';
    try {
      if (!isMethodName(method))
        throw new ApiError('NOT_FOUND', text('call.noSuchMethod', { method }));
      const spec = API[method];
      if (spec.mutates && ws.readOnly) throw readOnlyError(ws);
      const user = resolveUser(ws, caller.user ?? null);
      language = languageOfUser(db, user.id);
      if (user.role !== 'admin' && !spec.roles.includes(user.role)) {
        throw new ApiError(
          'FORBIDDEN',
          text('call.forbidden', { user: user.name, role: text(`role.${user.role}`), method }),
        );
      }
      const parsed = (spec.input as z.ZodType).safeParse(input ?? {}, {
        error: zodLocale(language),
      });
      if (!parsed.success) throw invalidInput(parsed.error.issues, language);
      // Refused only once the call is known to be valid, so that bad input gets the same answer.
      if (spec.answersLater && !later)
        throw new Error(`${method} answers later: call it with callAsync.`);
      const nowMs = now();
      const base = {
        db,
        user,
        language,
        nowMs,
        today: dateOfInstant(nowMs),
        settings: readSettings(db),
        readOnlyReason: ws.readOnlyReason,
      };
      const handler = handlers[method] as (input: unknown, ctx: CallContext) => unknown;
      if (!spec.mutates)
        return { ok: true, value: handler(parsed.data, { ...base, write: readOnlyWriter }) };
      const run = db.transaction(() =>
        handler(parsed.data, {
          ...base,
          write: new Writer(db, ws.siteId, user.id, now, options.newId),
        }),
      );
      return { ok: true, value: run.immediate() };
    } catch (e) {
      return failure(e, language);
    }
  }

  /**
   * What a thrown error tells the caller, in their language: its own words for an ApiError, a
   * safe sentence otherwise.
   */
  function failure(e: unknown, language: LanguageCode): ApiResult<never> {
    if (e instanceof ApiError) return { ok: false, error: e.toBody(language) };
    const message = (e as Error)?.message ?? String(e);
    // The file turned out not to be writable after all (e.g. a read-only mount).
    if (/^SQLITE_READONLY/.test(String((e as { code?: unknown })?.code)))
      return { ok: false, error: { ...readOnlyError(ws).toBody(language), details: message } };
    if (/constraint failed/i.test(message)) {
      return {
        ok: false,
        error: { code: 'INTEGRITY', message: say(language, 'call.integrity'), details: message },
      };
    }
    return {
      ok: false,
      error: { code: 'INTERNAL', message: say(language, 'call.internal'), details: message },
    };
  }

  /** The caller's language; English for a caller who is not (or no longer) a user. */
  function languageOfCaller(caller: Caller): LanguageCode {
    try {
      return languageOfUser(db, resolveUser(ws, caller.user ?? null).id);
    } catch {
      return 'en';
    }
  }

  function call(method: string, input: unknown, caller: Caller = {}): ApiResult<unknown> {
    return invoke(method, input, caller, false);
  }

  async function callAsync(
    method: string,
    input: unknown,
    caller: Caller = {},
  ): Promise<ApiResult<unknown>> {
    const result = invoke(method, input, caller, true);
    if (!result.ok || !(result.value instanceof Promise)) return result;
    try {
      return { ok: true, value: await result.value };
    } catch (e) {
      return failure(e, languageOfCaller(caller));
    }
  }

  return { call, callAsync } as Dispatcher;
}

/** What every mutating method answers on a read-only workspace, before its handler runs. */
function readOnlyError(ws: Workspace): ApiError {
  return new ApiError(
    'FORBIDDEN',
    ws.readOnlyReason
      ? text('call.readOnlyBecause', { reason: ws.readOnlyReason })
      : text('call.readOnly'),
  );
}

/** zod's own messages (a wrong type, an unknown key) in the caller's language. */
export const zodLocale = (language: LanguageCode) =>
  ({
    en: z.locales.en,
    fr: z.locales.fr,
    es: z.locales.es,
    ru: z.locales.ru,
    zh: z.locales.zhCN,
    ar: z.locales.ar,
  })[language]().localeError;

/**
 * The VALIDATION error for input the method's schema refused. A schema's own message is a key of
 * the core's catalogues, said with the issue's figures (its maximum, minimum…); a field is named
 * by its label in the caller's language.
 */
export function invalidInput(
  issues: readonly z.core.$ZodIssue[],
  language: LanguageCode,
): ApiError {
  const problems = issues.map((i) => ({
    field: i.path.join('.'),
    message: isCoreMessageKey(i.message) ? say(language, i.message, figuresOf(i)) : i.message,
    named: i.code !== 'custom' && i.path.length > 0,
  }));
  const sentences = problems.map((p, n) =>
    p.named
      ? say(language, 'call.fieldProblem', {
          field: fieldLabel(issues[n]!.path, language),
          problem: p.message,
        })
      : p.message,
  );
  return new ApiError(
    'VALIDATION',
    sentences.join(' '),
    problems.map(({ field, message }) => ({ field, message })),
  );
}

/** An issue's numbers and words (maximum, minimum, expected…), as a message's parameters. */
function figuresOf(issue: z.core.$ZodIssue): Record<string, string | number> {
  const figures: Record<string, string | number> = {};
  // A custom issue carries its message's parameters in `params`.
  const params = issue.code === 'custom' ? (issue.params ?? {}) : {};
  for (const [name, value] of Object.entries({ ...issue, ...params }))
    if (typeof value === 'number' || typeof value === 'string') figures[name] = value;
    else if (typeof value === 'bigint') figures[name] = Number(value);
  return figures;
}

/**
 * A field's label in `language` (`field.startDate`), else its name in words: `startDate` →
 * `Start date`.
 */
function fieldLabel(path: readonly PropertyKey[], language: LanguageCode): string {
  const last = String(path.filter((p) => typeof p === 'string').at(-1) ?? 'input');
  const key = `field.${last}`;
  if (isCoreMessageKey(key)) return say(language, key);
  const words = last.replace(/([a-z])([A-Z0-9])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The caller: a user named by id (or by name, for the command line's `--user`), or the first
 * active administrator when none is named. The adapters name only a signed-in user (auth/gate.ts);
 * in-process callers (tests, the demo generator) are trusted. A disabled user can do nothing.
 */
function resolveUser(ws: Workspace, who: string | null): User {
  const db = ws.db;
  const row = (
    who === null
      ? firstAdministrator(db)
      : db
          .prepare(
            'SELECT id, name, role, COALESCE(disabled, 0) AS disabled FROM users WHERE deleted = 0 AND (id = ? OR name = ? COLLATE NOCASE) ORDER BY id LIMIT 1',
          )
          .get(who, who)
  ) as (User & { disabled: number | boolean }) | null | undefined;
  if (!row)
    throw new ApiError(
      'FORBIDDEN',
      who === null ? text('call.noAdministrator') : text('call.noSuchUser', { user: who }),
    );
  if (row.disabled) throw new ApiError('FORBIDDEN', text('call.userDisabled', { user: row.name }));
  return { id: row.id, name: row.name, role: row.role };
}
