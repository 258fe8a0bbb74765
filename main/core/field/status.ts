// Whether a workspace is a field workspace, made from a visit pack (meta `field_workspace`), and
// which peers of an HQ workspace are field installations scoped to one State (sync_peers.scope_*).
import type { FieldStatus } from '../../../shared/api/types';
import { getMeta, setMeta, type Db } from '../db/workspace';
import type { FieldScope } from './scope';

/** meta key: JSON of {@link FieldWorkspace}; absent in HQ workspaces. */
export const FIELD_META_KEY = 'field_workspace';

export type FieldWorkspace = Extract<FieldStatus, { field: true }>;

export function fieldWorkspaceOf(db: Db): FieldWorkspace | null {
  const text = getMeta(db, FIELD_META_KEY);
  if (!text) return null;
  return { ...(JSON.parse(text) as Omit<FieldWorkspace, 'field'>), field: true };
}

export function markFieldWorkspace(db: Db, info: Omit<FieldWorkspace, 'field'>): void {
  setMeta(db, FIELD_META_KEY, JSON.stringify(info));
}

/** The State a peer was issued a pack for, or null for a peer that receives everything. */
export function peerScope(db: Db, siteId: string): FieldScope | null {
  const row = db
    .prepare(
      'SELECT scope_iso3 AS iso3, scope_visit_id AS visitId FROM sync_peers WHERE site_id = ?',
    )
    .get(siteId) as { iso3: string | null; visitId: string | null } | undefined;
  return row?.iso3 && row.visitId ? { iso3: row.iso3, visitId: row.visitId } : null;
}
