// The installations whose bundles this one accepts. Trusting takes the other side's id and public
// key (compare its fingerprint by voice); revoking, once confirmed, refuses its bundles from then on.
import { useState } from 'react';
import type { SyncPeer } from '../../../../shared/api/types';
import { call } from '../../api/client';
import { pickColumns } from '../../columns/pick';
import { ActionStatus } from '../../components/ActionStatus';
import { AsyncView } from '../../components/AsyncView';
import { DataTable } from '../../components/DataTable';
import { FormDialog } from '../../components/FormDialog';
import { RoleNote } from '../../components/RoleNote';
import { useAction, type Action } from '../../data/useAction';
import { useApi } from '../../data/useAsync';
import { formatInstant, t } from '../../i18n';
import { useMayCall } from '../../stores/session';
import { TrustPeerForm } from './TrustPeerForm';

const instant = (iso: string | null) => (iso ? formatInstant(Date.parse(iso)) : t('common.none'));

export function PeersSection() {
  const peers = useApi('sync.peers', {});
  const mayTrust = useMayCall('sync.trustPeer');
  const revocation = useAction();
  const [trusting, setTrusting] = useState(false);
  const [confirming, setConfirming] = useState<string | null>(null);
  const revoke = async (peer: SyncPeer) => {
    const done = await revocation.run(
      () => call('sync.revokePeer', { siteId: peer.siteId }),
      () => t('sync.revoked', { name: peer.name }),
    );
    if (done) setConfirming(null);
  };
  // A few rows: the columns (whose buttons act on each row) are simply made again on each render.
  const columns = pickColumns<SyncPeer, 'name' | 'site' | 'fingerprint' | 'trusted' | 'imports'>({
    name: { header: t('sync.col.name'), cell: (p) => p.name, sortValue: (p) => p.name },
    site: { header: t('sync.siteId'), cell: (p) => <code>{p.siteId}</code> },
    fingerprint: { header: t('sync.fingerprint'), cell: (p) => p.fingerprint },
    trusted: {
      header: t('sync.col.trusted'),
      cell: (p) =>
        t('sync.trustedByOn', {
          who: p.trustedBy ?? t('common.unknown'),
          when: instant(p.trustedOn),
        }),
      sortValue: (p) => p.trustedOn,
    },
    imports: {
      header: t('sync.col.imports'),
      cell: (p) =>
        t('sync.importsSoFar', { count: p.bundlesImported, last: instant(p.lastImportAt) }),
      sortValue: (p) => p.bundlesImported,
    },
  });
  if (mayTrust)
    columns.push({
      id: 'actions',
      header: t('sync.col.actions'),
      cell: (p) => (
        <RevokeButton
          peer={p}
          confirming={confirming === p.siteId}
          action={revocation}
          ask={setConfirming}
          revoke={(peer) => void revoke(peer)}
        />
      ),
    });
  return (
    <section aria-labelledby="sync-peers">
      <h2 id="sync-peers">{t('sync.peers')}</h2>
      <p>{t('sync.peersIntro')}</p>
      {mayTrust ? (
        <div className="button-row">
          <button type="button" aria-haspopup="dialog" onClick={() => setTrusting(true)}>
            {t('sync.trust')}
          </button>
        </div>
      ) : (
        <RoleNote what={t('sync.trustWhat')} />
      )}
      <ActionStatus action={revocation} />
      <AsyncView state={peers} empty={{ when: (l) => l.length === 0, message: t('sync.noPeers') }}>
        {(list) => (
          <DataTable
            caption={t('sync.peers')}
            columns={columns}
            rows={list}
            rowKey={(p) => p.siteId}
          />
        )}
      </AsyncView>
      {trusting && (
        <FormDialog
          title={t('sync.trust')}
          intro={t('sync.trustIntro')}
          onClose={() => setTrusting(false)}
        >
          {({ close }) => <TrustPeerForm onCancel={close} onDone={close} />}
        </FormDialog>
      )}
    </section>
  );
}

function RevokeButton({
  peer,
  confirming,
  action,
  ask,
  revoke,
}: {
  peer: SyncPeer;
  confirming: boolean;
  action: Action;
  ask: (siteId: string | null) => void;
  revoke: (peer: SyncPeer) => void;
}) {
  if (!confirming)
    return (
      <button
        type="button"
        onClick={() => ask(peer.siteId)}
        aria-label={t('sync.revokeLabel', { name: peer.name })}
      >
        {t('sync.revoke')}
      </button>
    );
  const question = t('sync.confirmRevoke', { name: peer.name });
  return (
    <span role="group" aria-label={question}>
      {question}{' '}
      <button
        type="button"
        className="primary"
        onClick={() => revoke(peer)}
        disabled={action.busy}
        autoFocus
      >
        {t('sync.revokeConfirmed')}
      </button>{' '}
      <button type="button" onClick={() => ask(null)}>
        {t('sync.keepTrusting')}
      </button>
    </span>
  );
}
