// What every workspace has from its first call on: an administrator (so every call has a caller),
// the default OP 12 methodology shipped with the app, and the installation's key pair.
import { DEFAULT_PARAMS, DEFAULT_WEIGHTS } from '../../shared/domain/scoring';
import { getMeta, type Workspace } from './db/workspace';
import { Writer, type Row } from './db/write';
import { fieldWorkspaceOf } from './field/status';
import { ensureInstallationKey, INSTALLATION_KEY } from './sync/identity';

export const DEFAULT_METHODOLOGY_NAME = 'CTED default';

/** The methodology shipped with the app, as a row to insert. */
export function defaultMethodologyRow(createdOn: string): Row {
  return {
    name: DEFAULT_METHODOLOGY_NAME,
    version: 1,
    weights: DEFAULT_WEIGHTS,
    params: DEFAULT_PARAMS,
    is_default: 1,
    locked: 0,
    created_on: createdOn,
  };
}

export function ensureDefaults(ws: Workspace, now: () => number): void {
  const db = ws.db;
  // The installation's key pair, which signs its sync bundles (main/core/sync/identity.ts).
  if (!getMeta(db, INSTALLATION_KEY)) ensureInstallationKey(db);
  // A field workspace has the visit's team only: an administrator made there would travel to HQ.
  const needsAdmin =
    !fieldWorkspaceOf(db) &&
    !db.prepare("SELECT 1 FROM users WHERE deleted = 0 AND role = 'admin'").get();
  const needsMethodology = !db
    .prepare('SELECT 1 FROM methodologies WHERE deleted = 0 AND is_default = 1')
    .get();
  if (!needsAdmin && !needsMethodology) return;
  db.transaction(() => {
    const w = new Writer(db, ws.siteId, null, now);
    if (needsAdmin) w.insert('users', { name: 'Administrator', role: 'admin' });
    if (needsMethodology)
      w.insert('methodologies', defaultMethodologyRow(new Date(now()).toISOString().slice(0, 10)));
  }).immediate();
}
