// `cted-planner field export` and `field open`: a visit pack made at HQ (as a planner, through the
// dispatcher's field.exportPack), and the encrypted field workspace made from it on the team's
// laptop (main/core/field/pack.ts). The pack passphrase protects the pack on its way; it is
// neither the workspace key (--key-file) nor a user's sign-in passphrase (--passphrase-file).
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Caller, Dispatcher } from '../core/dispatcher';
import { ApiError } from '../core/errors';
import { openPack } from '../core/field/pack';
import { KEY_ENV } from './key';
import { PASSPHRASE_ENV } from './auth';
import { readSecretFile, SecretError } from './secrets';

export const PACK_PASSPHRASE_ENV = 'CTED_PACK_PASSPHRASE';

export const FIELD_OPTIONS = {
  visit: { type: 'string' },
  'pack-passphrase-file': { type: 'string' },
  'hq-fingerprint': { type: 'string' },
} as const;

export const FIELD_HELP = `  field export --visit ID --to PACK --db FILE [--key-file K | --pack-passphrase-file F]
                                                     as a planner at HQ: write the visit's pack (its
                                                     State's records, for a new field installation
                                                     HQ trusts for that State); the pack passphrase
                                                     is read from F or ${PACK_PASSPHRASE_ENV}, else
                                                     it is K (which opens HQ's workspace instead
                                                     when that is encrypted)
  field open PACK --db NEW_FILE --key-file K --user NAME [--pack-passphrase-file F]
             [--hq-fingerprint FP]                   on the field laptop: create the encrypted field
                                                     workspace from the pack, encrypted with K
                                                     (K also opens the pack unless F or
                                                     ${PACK_PASSPHRASE_ENV} is given); NAME (on the visit's
                                                     team) gets the sign-in passphrase given as for
                                                     signing in (${PASSPHRASE_ENV}); FP, HQ's key
                                                     fingerprint, refuses a pack HQ did not sign`;

interface FieldValues {
  visit?: string | undefined;
  to?: string | undefined;
  db?: string | undefined;
  user?: string | undefined;
  'pack-passphrase-file'?: string | undefined;
  'hq-fingerprint'?: string | undefined;
}

/**
 * The pack passphrase: from --pack-passphrase-file or the environment; else the key given with
 * --key-file (or its variable) when it may serve, so that `field export … --key-file F` and
 * `field open … --key-file F` use one secret for the pack and the field workspace. Or what is
 * wrong (a sentence).
 */
function packPassphrase(
  values: FieldValues,
  env: NodeJS.ProcessEnv,
  key: string | undefined,
): string | { problem: string } {
  const file = values['pack-passphrase-file'];
  if (file) {
    try {
      return readSecretFile(file, 'pack passphrase');
    } catch (e) {
      if (e instanceof SecretError) return { problem: e.message };
      throw e;
    }
  }
  if (env[PACK_PASSPHRASE_ENV]) return env[PACK_PASSPHRASE_ENV];
  if (key !== undefined) return key;
  return {
    problem: `Give the pack passphrase with --pack-passphrase-file FILE, the ${PACK_PASSPHRASE_ENV} environment variable, or --key-file FILE (the same key then protects the pack and the field workspace).`,
  };
}

export interface ExportRequest {
  visitId: string;
  to: string;
  passphrase: string;
}

/** What `field export` needs, or what is wrong with the command (a sentence). */
export function exportRequest(
  values: FieldValues,
  packKey: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): ExportRequest | string {
  if (!values.visit) return 'Give the visit with --visit ID (its id, as visits.list shows it).';
  if (!values.to) return 'Give the pack file to write with --to FILE, e.g. --to kenya.cted.';
  if (existsSync(values.to)) return `${values.to} already exists; choose a new file name.`;
  const passphrase = packPassphrase(values, env, packKey);
  if (typeof passphrase !== 'string') return passphrase.problem;
  return { visitId: values.visit, to: values.to, passphrase };
}

/** Writes the pack through the dispatcher (a planner's call); returns the exit code. */
export function exportPackFile(
  api: Dispatcher,
  caller: Caller,
  request: ExportRequest,
  print: (line: string) => void = console.log,
  fail: (line: string) => void = console.error,
): number {
  const made = api.call(
    'field.exportPack',
    { visitId: request.visitId, passphrase: request.passphrase },
    caller,
  );
  if (!made.ok) {
    fail(`No pack written: ${made.error.message}`);
    return 1;
  }
  const pack = made.value;
  // Written aside and renamed, so that nobody copies half a pack.
  const partial = `${request.to}.partial`;
  writeFileSync(partial, Buffer.from(pack.pack, 'base64'), { flag: 'wx' });
  renameSync(partial, request.to);
  print(
    `Wrote the pack for the visit to ${pack.state.name} to ${request.to} (${pack.bytes} bytes). HQ now trusts field installation ${pack.siteId} (key fingerprint ${pack.fingerprint}) for ${pack.state.name} only. Give the pack passphrase to the team apart from the pack.`,
  );
  return 0;
}

export interface OpenRequest {
  packFile: string;
  db: string;
  key: string;
  user: string;
  passphrase: string;
  hqFingerprint: string | undefined;
}

/** What `field open` needs, or what is wrong with the command (a sentence). */
export function openRequest(
  values: FieldValues,
  packFile: string | undefined,
  key: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): OpenRequest | string {
  if (!packFile) return 'Name the pack to open: cted-planner field open PACK --db NEW_FILE ….';
  if (!existsSync(packFile)) return `There is no pack at ${packFile}.`;
  if (!values.db) return 'Give the new field workspace file with --db FILE.';
  if (key === undefined)
    return `A field workspace is always encrypted: give its new key with --key-file FILE (or ${KEY_ENV}).`;
  if (!values.user)
    return 'Name the team member who will sign in there with --user NAME (as on the visit’s team).';
  const passphrase = packPassphrase(values, env, key);
  if (typeof passphrase !== 'string') return passphrase.problem;
  return {
    packFile,
    db: values.db,
    key,
    user: values.user,
    passphrase,
    hqFingerprint: values['hq-fingerprint'],
  };
}

/** Creates the field workspace; a refused pack prints why and leaves no file (exit 1). */
export function openPackFile(
  request: OpenRequest,
  passphraseHash: string,
  nowMs: number,
  print: (line: string) => void = console.log,
  fail: (line: string) => void = console.error,
): number {
  try {
    const opened = openPack({
      path: request.db,
      pack: new Uint8Array(readFileSync(request.packFile)),
      passphrase: request.passphrase,
      key: request.key,
      hqFingerprint: request.hqFingerprint,
      member: { name: request.user, passphraseHash },
      nowMs,
    });
    print(
      `Created the field workspace ${opened.path} (encrypted) for the visit to ${opened.stateName}: ${opened.changes} changes from ${opened.hqName} (key fingerprint ${opened.hqFingerprint}). ${opened.member} signs in with the passphrase just given. Exchange bundles with HQ with cted-planner sync --folder.`,
    );
    return 0;
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    fail(`No field workspace created: ${e.message}`);
    return 1;
  }
}
