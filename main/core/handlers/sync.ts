// Sync between installations (main/core/sync): identity, trusted peers, bundles and conflicts.
import type { SyncPeer } from '../../../shared/api/types';
import type { CallContext } from '../context';
import { text } from '../../../shared/messages';
import { ApiError } from '../errors';
import { fieldWorkspaceOf } from '../field/status';
import { listConflicts, resolveConflict } from '../sync/conflicts';
import { exportBundle, importBundle, peerOf, pendingFor } from '../sync/exchange';
import { fingerprint, identityOf, isPublicKey } from '../sync/identity';
import { recordEvent } from './events';
import { refuse } from './rules';
import type { AreaHandlers } from './types';

/** A field team member exchanges bundles in a field workspace only; at HQ planners do. */
function refuseFieldTeamAtHq(ctx: CallContext): void {
  if (ctx.user.role === 'field' && !fieldWorkspaceOf(ctx.db))
    throw new ApiError(
      'FORBIDDEN',
      text('sync.fieldTeamAtHq', { user: ctx.user.name, role: text('role.field') }),
    );
}

function peers(ctx: Pick<CallContext, 'db'>, siteId?: string): SyncPeer[] {
  const rows = ctx.db
    .prepare(
      `SELECT p.site_id AS siteId, p.name, p.public_key AS publicKey, p.trusted_on AS trustedOn,
              u.name AS trustedBy, p.scope_iso3 AS scopeIso3, p.scope_visit_id AS scopeVisitId,
              (SELECT MAX(b.at) FROM sync_bundles b WHERE b.direction = 'in' AND b.peer_site_id = p.site_id) AS lastImportAt,
              (SELECT COUNT(*) FROM sync_bundles b WHERE b.direction = 'in' AND b.peer_site_id = p.site_id) AS bundlesImported
       FROM sync_peers p LEFT JOIN users u ON u.id = p.trusted_by
       ${siteId ? 'WHERE p.site_id = ?' : ''} ORDER BY p.name, p.site_id`,
    )
    .all(...(siteId ? [siteId] : [])) as (Omit<SyncPeer, 'fingerprint' | 'scope'> & {
    scopeIso3: string | null;
    scopeVisitId: string | null;
  })[];
  return rows.map(({ scopeIso3, scopeVisitId, ...r }) => ({
    ...r,
    fingerprint: fingerprint(r.publicKey),
    scope: scopeIso3 && scopeVisitId ? { iso3: scopeIso3, visitId: scopeVisitId } : null,
  }));
}

export const syncHandlers: AreaHandlers<'sync'> = {
  'sync.identity': (_input, ctx) => {
    const me = identityOf(ctx.db);
    return { siteId: me.siteId, publicKey: me.publicKey, fingerprint: fingerprint(me.publicKey) };
  },

  'sync.peers': (_input, ctx) => peers(ctx),

  'sync.trustPeer': ({ siteId, publicKey, name }, ctx) => {
    const me = identityOf(ctx.db);
    if (siteId === me.siteId || publicKey === me.publicKey)
      throw refuse('siteId', text('sync.trustSelf'));
    if (!isPublicKey(publicKey)) throw refuse('publicKey', text('sync.badPublicKey'));
    const existing = peerOf(ctx.db, siteId);
    if (existing && existing.public_key !== publicKey)
      throw new ApiError(
        'CONFLICT',
        text('sync.trustedWithOtherKey', {
          name: existing.name,
          siteId,
          fingerprint: fingerprint(existing.public_key),
        }),
      );
    if (existing) {
      ctx.db.prepare('UPDATE sync_peers SET name = ? WHERE site_id = ?').run(name, siteId);
    } else {
      ctx.db
        .prepare(
          'INSERT INTO sync_peers (site_id, public_key, name, trusted_on, trusted_by) VALUES (?, ?, ?, ?, ?)',
        )
        .run(siteId, publicKey, name, new Date(ctx.nowMs).toISOString(), ctx.user.id);
      recordEvent(ctx, 'sync.peer_trusted', 'sync_peers', siteId, {
        name,
        fingerprint: fingerprint(publicKey),
      });
    }
    return peers(ctx, siteId)[0]!;
  },

  'sync.revokePeer': ({ siteId }, ctx) => {
    const existing = peerOf(ctx.db, siteId);
    if (!existing) throw new ApiError('NOT_FOUND', text('sync.noSuchPeer', { siteId }));
    ctx.db.prepare('DELETE FROM sync_peers WHERE site_id = ?').run(siteId);
    recordEvent(ctx, 'sync.peer_revoked', 'sync_peers', siteId, {
      name: existing.name,
      fingerprint: fingerprint(existing.public_key),
    });
    return { siteId };
  },

  'sync.pending': ({ since, to }, ctx) =>
    pendingFor(ctx.db, { since: since ?? null, to: to ?? null }),

  'sync.exportBundle': ({ since, to, passphrase }, ctx) => {
    refuseFieldTeamAtHq(ctx);
    const made = exportBundle(ctx, { since: since ?? null, to: to ?? null, passphrase });
    return {
      bundle: Buffer.from(made.bytes).toString('base64'),
      bundleId: made.bundleId,
      sequence: made.sequence,
      changes: made.changes,
      createdHlc: made.createdHlc,
      to: made.to,
      fileName: made.fileName,
    };
  },

  'sync.importBundle': ({ bundle, passphrase }, ctx) => {
    refuseFieldTeamAtHq(ctx);
    return importBundle(ctx, new Uint8Array(Buffer.from(bundle, 'base64')), passphrase);
  },
};

export const conflictsHandlers: AreaHandlers<'conflicts'> = {
  'conflicts.list': (input, ctx) => listConflicts(ctx, input),
  'conflicts.resolve': (input, ctx) => resolveConflict(ctx, input),
};
