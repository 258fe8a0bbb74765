// Rate limiting of wrong passphrases, per user name (as typed, whether or not it exists) and for
// the whole workspace: after 5 wrong passphrases for a name (20 in all) the next try waits 30
// seconds, and every further failure doubles the wait, up to 15 minutes. A right passphrase
// clears its name's count; counts are forgotten after an hour without failures. The counts live
// in memory, per open workspace: a command-line run is one process per attempt, slowed by the
// key derivation itself (and whoever holds the file can try passphrases offline anyway).
import { text } from '../../../shared/messages';
import { ApiError } from '../errors';
import type { Db } from '../db/workspace';

export const LIMITS = {
  perName: 5,
  overall: 20,
  firstWaitMs: 30_000,
  maxWaitMs: 15 * 60_000,
  forgetAfterMs: 60 * 60_000,
} as const;

interface Count {
  failures: number;
  lastFailureMs: number;
}

const OVERALL = '\u0000overall';

export class AttemptLimiter {
  private readonly counts = new Map<string, Count>();

  /** Throws TOO_MANY_ATTEMPTS while `name` (or the workspace as a whole) must wait. */
  check(name: string, nowMs: number): void {
    const own = this.waitMs(key(name), LIMITS.perName, nowMs);
    const overall = this.waitMs(OVERALL, LIMITS.overall, nowMs);
    const wait = Math.max(own, overall);
    if (wait <= 0) return;
    const seconds = Math.ceil(wait / 1000);
    throw new ApiError(
      'TOO_MANY_ATTEMPTS',
      text(own >= overall ? 'auth.tooManyForUser' : 'auth.tooManyOnWorkspace', {
        count: seconds,
      }),
      { retryAfterSeconds: seconds },
    );
  }

  failed(name: string, nowMs: number): void {
    for (const k of [key(name), OVERALL]) {
      const count = this.current(k, nowMs);
      this.counts.set(k, { failures: (count?.failures ?? 0) + 1, lastFailureMs: nowMs });
    }
  }

  succeeded(name: string): void {
    this.counts.delete(key(name));
  }

  private current(k: string, nowMs: number): Count | null {
    const count = this.counts.get(k);
    if (!count) return null;
    if (nowMs - count.lastFailureMs > LIMITS.forgetAfterMs) {
      this.counts.delete(k);
      return null;
    }
    return count;
  }

  private waitMs(k: string, limit: number, nowMs: number): number {
    const count = this.current(k, nowMs);
    if (!count || count.failures < limit) return 0;
    const wait = Math.min(LIMITS.firstWaitMs * 2 ** (count.failures - limit), LIMITS.maxWaitMs);
    return count.lastFailureMs + wait - nowMs;
  }
}

/** Names are matched as the dispatcher matches them: case does not matter. */
const key = (name: string) => name.trim().toLowerCase();

const limiters = new WeakMap<Db, AttemptLimiter>();

/** The limiter of one open workspace, shared by its sign-in, unlock and passphrase changes. */
export function attemptsOf(db: Db): AttemptLimiter {
  let limiter = limiters.get(db);
  if (!limiter) {
    limiter = new AttemptLimiter();
    limiters.set(db, limiter);
  }
  return limiter;
}
