import type { LanguageCode, User } from '../../shared/api/types';
import type { WorkspaceSettings } from '../../shared/domain/settings';
import type { Db } from './db/workspace';
import type { Writer } from './db/write';

/** Everything a handler may use: the database, the caller, "today" and (for mutations) the writer. */
export interface CallContext {
  db: Db;
  user: User;
  /**
   * The caller's language (the user's choice, English until they choose): States are named and
   * sorted in it (./language.ts), and exports use it unless they are asked for another.
   */
  language: LanguageCode;
  /** Today's date from the injected clock, YYYY-MM-DD. */
  today: string;
  nowMs: number;
  settings: WorkspaceSettings;
  /** Why the workspace is read-only (a sentence), or null when it can be written. */
  readOnlyReason: string | null;
  /** The one write path; only mutating methods get a working writer. */
  write: Writer;
}

/** What a read of records needs: the database, and the language to name States in. */
export type Reader = Pick<CallContext, 'db' | 'language'>;
