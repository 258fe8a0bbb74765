// The workspace itself: what it holds and the history of any record.
import { z } from 'zod';
import { ADMINS_ONLY, ALL_ROLES } from '../../domain/roles';
import { id, method, nothing } from '../schema';

export interface WorkspaceInfo {
  schemaVersion: number;
  /** Today by the backend's clock (which `--today` may set), YYYY-MM-DD. */
  today: string;
  demo: boolean;
  /** Set on demo workspaces: the history is invented and must be labelled as such. */
  syntheticNotice: string | null;
  siteId: string;
  /** Nothing can be changed (the file or its folder is read-only): show it as a banner. */
  readOnly: boolean;
  /** Why, as a sentence with what to do about it; null when the workspace can be written. */
  readOnlyReason: string | null;
  counts: Record<string, number>;
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

/** The audit chain's head (main/core/db/audit.ts), kept elsewhere to prove later that nothing before it was rewritten. */
export interface AuditAnchor {
  kind: 'cted-audit-anchor';
  count: number;
  lastSeq: number;
  hash: string | null;
  /** When the anchor was taken (ISO instant). */
  takenAt: string;
}

export interface AuditVerdict {
  ok: boolean;
  /** Changes read along the chain. */
  rows: number;
  /** In words: whether the chain is whole, or where it first breaks. */
  lines: string[];
}

/** An audit anchor as saved outside the workspace (`audit.anchor`), read back to verify against. */
export const auditAnchorSchema = z.strictObject(
  {
    kind: z.literal('cted-audit-anchor'),
    count: z.number().int().min(0),
    lastSeq: z.number().int().min(0),
    hash: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .nullable(),
    takenAt: z.string().max(40),
  },
  { error: 'schema.workspace.auditAnchor' },
);

export const workspaceMethods = {
  'workspace.info': method<WorkspaceInfo>()({ input: nothing, mutates: false, roles: ALL_ROLES }),
  'audit.history': method<AuditEntry[]>()({
    input: z.strictObject({
      table: z.string().regex(/^[a-z_]+$/, { message: 'schema.workspace.unknownTable' }),
      id,
    }),
    mutates: false,
    roles: ALL_ROLES,
  }),
  /** Verifies the whole audit chain, and the history up to an anchor when one is given. */
  'audit.verify': method<AuditVerdict>()({
    input: z.strictObject({ anchor: auditAnchorSchema.optional() }),
    mutates: false,
    roles: ADMINS_ONLY,
  }),
  /** The chain's head now, to keep outside the workspace. */
  'audit.anchor': method<AuditAnchor>()({ input: nothing, mutates: false, roles: ADMINS_ONLY }),
};
