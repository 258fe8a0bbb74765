// The workspace itself: what it holds, its users, and the history of any record.
import { z } from 'zod';
import { ALL_ROLES, type Role } from '../../domain/roles';
import { id, method, nothing } from '../schema';

export interface WorkspaceInfo {
  schemaVersion: number;
  /** Today by the backend's clock (which `--today` may set), YYYY-MM-DD. */
  today: string;
  demo: boolean;
  /** Set on demo workspaces: the history is invented and must be labelled as such. */
  syntheticNotice: string | null;
  siteId: string;
  counts: Record<string, number>;
}

export interface User {
  id: string;
  name: string;
  role: Role;
}

export interface AuditEntry {
  seq: number;
  hlc: string;
  siteId: string;
  authorId: string | null;
  authorName: string | null;
  table: string;
  rowId: string;
  column: string;
  oldValue: string | null;
  newValue: string | null;
}

export const workspaceMethods = {
  'workspace.info': method<WorkspaceInfo>()({ input: nothing, mutates: false, roles: ALL_ROLES }),
  'users.list': method<User[]>()({ input: nothing, mutates: false, roles: ALL_ROLES }),
  'audit.history': method<AuditEntry[]>()({
    input: z.strictObject({
      table: z.string().regex(/^[a-z_]+$/, { message: 'Unknown table.' }),
      id,
    }),
    mutates: false,
    roles: ALL_ROLES,
  }),
};
