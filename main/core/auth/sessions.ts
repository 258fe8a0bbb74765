// Signed-in sessions, kept in the memory of the process that serves the UI (HTTP host or
// Electron main): a random id (256 bits) known only to the client, looked up by its SHA-256 so
// that the map never holds a usable id. A session locks after the workspace's `lockAfterMinutes`
// without activity (the passphrase unlocks it) and ends at sign-out, after MAX_SESSION_HOURS, or
// when the process stops.
import { createHash, randomBytes } from 'node:crypto';

export const MAX_SESSION_HOURS = 12;

export interface Session {
  userId: string;
  startedMs: number;
  lastActiveMs: number;
  locked: boolean;
  /** A digest of the user's passphrase hash at sign-in: a change made elsewhere (a reset) ends the session. */
  credential: string;
}

const expired = (session: Session, nowMs: number) =>
  nowMs - session.startedMs > MAX_SESSION_HOURS * 3_600_000;

const digest = (id: string) => createHash('sha256').update(id, 'utf8').digest('hex');

export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  /** Starts a session and returns its id, to give to the client only. */
  start(userId: string, credential: string, nowMs: number): string {
    // Sessions that were never signed out are forgotten once they have expired.
    for (const [key, session] of this.sessions)
      if (expired(session, nowMs)) this.sessions.delete(key);
    const id = randomBytes(32).toString('base64url');
    this.sessions.set(digest(id), {
      userId,
      startedMs: nowMs,
      lastActiveMs: nowMs,
      locked: false,
      credential,
    });
    return id;
  }

  /**
   * The session with this id, locked first if it has been idle longer than `lockAfterMs`; null
   * when there is none (never was, signed out, expired).
   */
  find(id: string | null, nowMs: number, lockAfterMs: number): Session | null {
    if (!id) return null;
    const key = digest(id);
    const session = this.sessions.get(key);
    if (!session) return null;
    if (expired(session, nowMs)) {
      this.sessions.delete(key);
      return null;
    }
    if (nowMs - session.lastActiveMs > lockAfterMs) session.locked = true;
    return session;
  }

  end(id: string | null): void {
    if (id) this.sessions.delete(digest(id));
  }
}
