import type { User } from '../../shared/api/types';
import type { WorkspaceSettings } from '../../shared/domain/settings';
import type { Db } from './db/workspace';
import type { Writer } from './db/write';

/** Everything a handler may use: the database, the caller, "today" and (for mutations) the writer. */
export interface CallContext {
  db: Db;
  user: User;
  /** Today's date from the injected clock, YYYY-MM-DD. */
  today: string;
  nowMs: number;
  settings: WorkspaceSettings;
  /** Why the workspace is read-only (a sentence), or null when it can be written. */
  readOnlyReason: string | null;
  /** The one write path; only mutating methods get a working writer. */
  write: Writer;
}
