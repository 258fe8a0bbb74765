// `cted-planner sync --folder DIR`: sync through a shared folder or a USB stick. Applies the other
// installations' bundles found in the folder (each once: one already applied is skipped with a
// line), then drops this installation's own bundle there, named by its site id and sequence, and
// at HQ one more for each field installation issued a visit pack (scoped to its State).
// The bundle passphrase is agreed between the installations; it is not the user's sign-in
// passphrase (--passphrase-file) nor the workspace's encryption key (--key-file).
import {
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type { Caller, Dispatcher } from '../core/dispatcher';
import { BUNDLE_EXTENSION } from '../core/sync/bundle';
import type { SyncPeer } from '../../shared/api/types';
import { readSecretFile, SecretError } from './secrets';

export const BUNDLE_PASSPHRASE_ENV = 'CTED_BUNDLE_PASSPHRASE';

export const SYNC_OPTIONS = {
  folder: { type: 'string' },
  'bundle-passphrase-file': { type: 'string' },
} as const;

export const SYNC_HELP = `  sync --folder DIR --db FILE [--bundle-passphrase-file F]
                                                     sync through a shared folder or USB stick: apply
                                                     the other installations' bundles found in DIR
                                                     (each once), then write this one's there; the
                                                     bundle passphrase is read from F or from
                                                     ${BUNDLE_PASSPHRASE_ENV}`;

export interface SyncRequest {
  folder: string;
  passphrase: string;
}

/**
 * The folder and bundle passphrase from the options and the environment, or what is wrong with
 * them (a sentence for the person typing the command).
 */
export function syncRequest(
  values: { folder?: string | undefined; 'bundle-passphrase-file'?: string | undefined },
  env: NodeJS.ProcessEnv = process.env,
): SyncRequest | string {
  const folder = values.folder;
  if (!folder) return 'Give the shared folder with --folder DIR.';
  if (!existsSync(folder) || !statSync(folder).isDirectory())
    return `${folder} is not a folder: give the shared folder (or the USB stick's folder) with --folder DIR.`;
  const file = values['bundle-passphrase-file'];
  let passphrase: string | undefined;
  if (file) {
    try {
      passphrase = readSecretFile(file, 'bundle passphrase');
    } catch (e) {
      if (e instanceof SecretError) return e.message;
      throw e;
    }
  } else passphrase = env[BUNDLE_PASSPHRASE_ENV];
  if (!passphrase)
    return `Give the bundle passphrase agreed with the other installations, with --bundle-passphrase-file FILE or the ${BUNDLE_PASSPHRASE_ENV} environment variable.`;
  return { folder, passphrase };
}

/**
 * Applies the bundles in the folder, then writes this installation's. Returns the exit code: 0
 * when every bundle found was applied or skipped, 1 when one was refused or the export failed.
 */
export function syncFolder(
  api: Dispatcher,
  caller: Caller,
  request: SyncRequest,
  print: (line: string) => void = console.log,
): number {
  const identity = api.call('sync.identity', {}, caller);
  if (!identity.ok) {
    print(identity.error.message);
    return 1;
  }
  const mine = `${identity.value.siteId}-`;
  let refused = 0;
  const files = readdirSync(request.folder)
    .filter((f) => f.endsWith(BUNDLE_EXTENSION) && !f.startsWith(mine))
    .sort();
  for (const file of files) {
    const path = join(request.folder, file);
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (e) {
      print(`Refused ${file}: it cannot be read (${(e as Error).message}).`);
      refused += 1;
      continue;
    }
    const result = api.call(
      'sync.importBundle',
      { bundle: bytes.toString('base64'), passphrase: request.passphrase },
      caller,
    );
    if (result.ok) {
      const r = result.value;
      print(
        `Applied ${file} from ${r.from.name}: ${r.changes} changes, ${r.applied} new here${r.conflicts ? `, ${r.conflicts} conflicting edits to review (cted-planner call conflicts.list)` : ''}.`,
      );
      continue;
    }
    const reason = (result.error.details as { reason?: string } | undefined)?.reason;
    if (reason === 'replayed') print(`Skipped ${file}: already applied.`);
    else if (reason === 'not_for_us')
      print(`Skipped ${file}: it was made for another installation.`);
    else {
      print(`Refused ${file}: ${result.error.message}`);
      refused += 1;
    }
  }
  if (files.length === 0) print('No bundles from other installations in the folder.');

  // A bundle for any trusted installation, and one for each field installation (it takes only
  // those made for it, holding its State's changes). When every peer is a field installation, no
  // bundle for any: it would put every State's records where a field team can read them.
  const peers = api.call('sync.peers', {}, caller);
  if (!peers.ok) {
    print(peers.error.message);
    return 1;
  }
  const fieldPeers = peers.value.filter((p) => p.scope !== null);
  const forAny = fieldPeers.length === 0 || fieldPeers.length < peers.value.length;
  const recipients: (SyncPeer | null)[] = [...(forAny ? [null] : []), ...fieldPeers];
  for (const peer of recipients) {
    const to = peer ? { to: peer.siteId } : {};
    const pending = api.call('sync.pending', to, caller);
    if (!pending.ok) {
      print(pending.error.message);
      return 1;
    }
    // The bundle written last time holds everything a new one would (marks only rise): unless it
    // was removed, the folder already has it.
    if (!pending.value.newSinceLastBundle) {
      print(peer ? `Nothing new to send to ${peer.name}.` : 'Nothing new to send.');
      continue;
    }
    const made = api.call('sync.exportBundle', { ...to, passphrase: request.passphrase }, caller);
    if (!made.ok) {
      print(`No bundle written${peer ? ` for ${peer.name}` : ''}: ${made.error.message}`);
      return 1;
    }
    const target = join(request.folder, made.value.fileName);
    // Written aside and renamed, so that another installation never reads half a bundle.
    const partial = `${target}.partial`;
    writeFileSync(partial, Buffer.from(made.value.bundle, 'base64'));
    renameSync(partial, target);
    print(
      `Wrote ${made.value.fileName}${peer ? ` for ${peer.name}` : ''}: ${made.value.changes} changes.`,
    );
  }
  return refused ? 1 : 0;
}
