// The gate every UI adapter passes through (DESIGN §7: identity is established, never claimed).
// The HTTP host and Electron main keep only a session id per client; the gate signs in, sets up
// the first administrator, locks, unlocks and signs out, and runs every API call as the session's
// user — or as an API key's user. Nothing the client sends can name another user: the dispatcher
// is called with the user the session holds. Key derivations run one at a time, asynchronously.
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { ApiResult } from '../../../shared/api/contract';
import {
  setupInput,
  signInInput,
  SESSION_ACTIONS,
  unlockInput,
  type SessionAction,
  type SessionState,
} from '../../../shared/api/session';
import type { LanguageCode } from '../../../shared/api/schema';
import type { User, UserAccount } from '../../../shared/api/types';
import { text, type Text } from '../../../shared/messages';
import { getMeta, type Workspace } from '../db/workspace';
import { invalidInput, zodLocale, type Dispatcher } from '../dispatcher';
import { ApiError } from '../errors';
import { isLanguage, languageOfUser } from '../language';
import { readSettings } from '../settings';
import { account, accountNamed, accounts } from './accounts';
import { attemptsOf } from './attempts';
import { anyoneCanSignIn, passphraseOf, userOfApiKey } from './credentials';
import { setUpFirstAdministrator } from './firstAdministrator';
import { DECOY_HASH, hashPassphraseAsync, verifyPassphraseAsync } from './passphrase';
import { SessionStore, type Session } from './sessions';

export interface GateOptions {
  /** The clock, in epoch milliseconds (the dispatcher's): idle locks and waits are measured on it. */
  now?: () => number;
}

/** What a session action answers, and the session id the client keeps from now on (null: none). */
export interface SessionReply {
  result: ApiResult<SessionState>;
  sessionId: string | null;
}

const WRONG = text('auth.wrongCredentials');

export class Gate {
  private readonly sessions = new SessionStore();
  private readonly now: () => number;
  /** Derivations run one after another: parallel guesses queue up instead of adding up. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly ws: Workspace,
    private readonly dispatcher: Dispatcher,
    options: GateOptions = {},
  ) {
    this.now = options.now ?? Date.now;
  }

  /**
   * One session action (POST /session/<action>, or Electron's session channel). Its errors are
   * said in the language the input names (the sign-in page's: nobody is signed in yet), else in
   * the session user's, else in English.
   */
  async session(action: string, sessionId: string | null, input: unknown): Promise<SessionReply> {
    const language = this.languageOf(sessionId, input);
    try {
      if (!(SESSION_ACTIONS as readonly string[]).includes(action))
        throw new ApiError('NOT_FOUND', text('auth.noSuchAction', { action }));
      switch (action as SessionAction) {
        case 'state':
          return this.reply(sessionId);
        case 'activity':
          return this.activity(sessionId);
        case 'signIn':
          return await this.signIn(sessionId, parse(signInInput, input, language));
        case 'setup':
          return await this.setup(sessionId, parse(setupInput, input, language));
        case 'unlock':
          return await this.unlock(sessionId, parse(unlockInput, input, language));
        case 'lock': {
          const session = this.find(sessionId);
          if (session) session.locked = true;
          return this.reply(sessionId);
        }
        case 'signOut':
          this.sessions.end(sessionId);
          return this.reply(null);
      }
    } catch (e) {
      if (e instanceof ApiError)
        return { result: { ok: false, error: e.toBody(language) }, sessionId };
      throw e;
    }
  }

  /**
   * An API call as the session's user: refused when there is no session or it is locked (in the
   * session user's language; in English when there is no session).
   */
  async call(
    sessionId: string | null,
    method: string,
    input: unknown,
  ): Promise<ApiResult<unknown>> {
    const language = this.languageOf(sessionId, null);
    const live = this.resolve(sessionId);
    if (live instanceof ApiError) return { ok: false, error: live.toBody(language) };
    const { session, user } = live;
    if (session.locked) return { ok: false, error: this.lockedError().toBody(language) };
    session.lastActiveMs = this.now();
    const result = await this.dispatcher.callAsync(method, input, { user: user.id });
    // A passphrase changed by this very session (its own, or an administrator resetting theirs)
    // keeps it signed in; a change made anywhere else ends it (see resolve()).
    session.credential = this.credential(user.id);
    return result;
  }

  /** An API call as the user an API key was issued to (scripts: `Authorization: Bearer …`). */
  async callWithKey(key: string, method: string, input: unknown): Promise<ApiResult<unknown>> {
    const userId = userOfApiKey(this.ws.db, key);
    const user = userId ? account(this.ws.db, userId) : null;
    if (!user || user.disabled)
      return {
        ok: false,
        error: new ApiError(
          'UNAUTHENTICATED',
          user ? text('auth.apiKeyUserDisabled', { user: user.name }) : text('auth.apiKeyInvalid'),
        ).toBody(user ? languageOfUser(this.ws.db, user.id) : 'en'),
      };
    return this.dispatcher.callAsync(method, input, { user: user.id });
  }

  // ---- Session actions -----------------------------------------------------------------------

  private async signIn(
    previous: string | null,
    input: z.output<typeof signInInput>,
  ): Promise<SessionReply> {
    const user = await this.verify(input.user, input.passphrase);
    this.sessions.end(previous);
    const sessionId = this.sessions.start(user.id, this.credential(user.id), this.now());
    return this.reply(sessionId);
  }

  private async setup(
    previous: string | null,
    input: z.output<typeof setupInput>,
  ): Promise<SessionReply> {
    if (anyoneCanSignIn(this.ws.db)) throw new ApiError('CONFLICT', text('auth.alreadySetUp'));
    const hash = await this.serially(() => hashPassphraseAsync(input.passphrase));
    const admin = setUpFirstAdministrator(this.ws, input.name, hash, this.now);
    this.sessions.end(previous);
    const sessionId = this.sessions.start(admin.id, this.credential(admin.id), this.now());
    return this.reply(sessionId);
  }

  private async unlock(
    sessionId: string | null,
    input: z.output<typeof unlockInput>,
  ): Promise<SessionReply> {
    const live = this.resolve(sessionId);
    if (live instanceof ApiError) throw live;
    const { session, user } = live;
    if (session.locked) {
      await this.verify(user.name, input.passphrase, text('auth.wrongPassphrase'));
      session.locked = false;
      session.lastActiveMs = this.now();
    }
    return this.reply(sessionId);
  }

  private activity(sessionId: string | null): SessionReply {
    const session = this.find(sessionId);
    if (session && !session.locked) session.lastActiveMs = this.now();
    return this.reply(sessionId);
  }

  // ---- Checks --------------------------------------------------------------------------------

  /**
   * The user whose name and passphrase these are, able to sign in; otherwise UNAUTHENTICATED (or
   * TOO_MANY_ATTEMPTS). A wrong name costs the same derivation as a wrong passphrase.
   */
  private verify(name: string, passphrase: string, wrong: Text = WRONG): Promise<UserAccount> {
    return this.serially(async () => {
      const attempts = attemptsOf(this.ws.db);
      attempts.check(name, this.now());
      const user = accountNamed(this.ws.db, name);
      const stored = user ? passphraseOf(this.ws.db, user.id) : null;
      const right = await verifyPassphraseAsync(passphrase, stored ?? DECOY_HASH);
      if (!user || !stored || !right) {
        attempts.failed(name, this.now());
        throw new ApiError('UNAUTHENTICATED', wrong);
      }
      attempts.succeeded(name);
      const now = account(this.ws.db, user.id);
      if (!now || now.disabled)
        throw new ApiError('UNAUTHENTICATED', text('auth.accountDisabled', { user: user.name }));
      return now;
    });
  }

  /** The live session with this id (locked first if it has been idle too long), or null. */
  private find(sessionId: string | null): Session | null {
    const lockAfterMs = readSettings(this.ws.db).lockAfterMinutes * 60_000;
    return this.sessions.find(sessionId, this.now(), lockAfterMs);
  }

  /**
   * The session and its user, or why there is none. A session whose user can no longer act
   * (disabled, or their passphrase changed elsewhere) ends here.
   */
  private resolve(sessionId: string | null): { session: Session; user: UserAccount } | ApiError {
    const session = this.find(sessionId);
    if (!session) return notSignedIn();
    const user = account(this.ws.db, session.userId);
    const ended = (message: Text) => {
      this.sessions.end(sessionId);
      return new ApiError('UNAUTHENTICATED', message);
    };
    if (!user || user.disabled) return ended(text('auth.ownAccountDisabled'));
    if (this.credential(user.id) !== session.credential)
      return ended(text('auth.passphraseChangedElsewhere'));
    return { session, user };
  }

  private lockedError(): ApiError {
    const minutes = readSettings(this.ws.db).lockAfterMinutes;
    return new ApiError('LOCKED', text('auth.locked', { count: minutes }));
  }

  /**
   * The language to answer a client in: the one its input names (the sign-in page's), else the
   * language of the session's user, else English. Reading it changes no session.
   */
  private languageOf(sessionId: string | null, input: unknown): LanguageCode {
    const asked =
      typeof input === 'object' && input !== null
        ? (input as { language?: unknown }).language
        : undefined;
    if (isLanguage(asked)) return asked;
    const session = this.find(sessionId);
    const user = session ? account(this.ws.db, session.userId) : null;
    return user ? languageOfUser(this.ws.db, user.id) : 'en';
  }

  /** A digest of the user's stored passphrase hash: it changes whenever the passphrase does. */
  private credential(userId: string): string {
    return createHash('sha256')
      .update(passphraseOf(this.ws.db, userId) ?? '')
      .digest('hex');
  }

  private reply(sessionId: string | null): SessionReply {
    const value = this.state(sessionId);
    return { result: { ok: true, value }, sessionId: value.user ? sessionId : null };
  }

  /** What the sign-in screen and the app need to know about this client's session. */
  state(sessionId: string | null): SessionState {
    const db = this.ws.db;
    const live = this.resolve(sessionId);
    const user = live instanceof ApiError ? null : live.user;
    const status =
      live instanceof ApiError
        ? anyoneCanSignIn(db)
          ? 'signedOut'
          : 'setup'
        : live.session.locked
          ? 'locked'
          : 'active';
    const demo = getMeta(db, 'demo') === '1';
    return {
      status,
      user: user ? plain(user) : null,
      language: user ? languageOfUser(db, user.id) : null,
      lockAfterMinutes: readSettings(db).lockAfterMinutes,
      demoUsers: demo
        ? accounts(db)
            .filter((u) => u.hasPassphrase && !u.disabled)
            .map(plain)
        : null,
      readOnly: this.ws.readOnly,
    };
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

const plain = ({ id, name, role }: User): User => ({ id, name, role });

const notSignedIn = () => new ApiError('UNAUTHENTICATED', text('auth.notSignedIn'));

/**
 * A session action's input, or the VALIDATION error the dispatcher would give, in `language`. The
 * sign-in form shows each message beside its field, so a message is said without the field's
 * name (as `custom` issues are): "Enter your passphrase.", not "Passphrase: Enter your passphrase.".
 */
function parse<S extends z.ZodType>(
  schema: S,
  input: unknown,
  language: LanguageCode,
): z.output<S> {
  const parsed = schema.safeParse(input ?? {}, { error: zodLocale(language) });
  if (parsed.success) return parsed.data;
  throw invalidInput(
    parsed.error.issues.map((issue) => ({ ...issue, code: 'custom' }) as z.core.$ZodIssue),
    language,
  );
}
