import type { User } from '../../shared/api/types';
import type { Db } from './db/workspace';
import type { Writer } from './db/write';

export interface Settings {
  /** OP 16 applies to assessment reports adopted on or after this date. */
  op16Start: string;
  /** A consent request without a reply after this many days raises an alert. */
  consentAlertDays: number;
}

/** Everything a handler may use: the database, the caller, "today" and (for mutations) the writer. */
export interface CallContext {
  db: Db;
  user: User;
  /** Today's date from the injected clock, YYYY-MM-DD. */
  today: string;
  nowMs: number;
  settings: Settings;
  /** The one write path; only mutating methods get a working writer. */
  write: Writer;
}
