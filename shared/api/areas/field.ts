// Field visit packs (issue 9, "The field workspace"): HQ issues an encrypted, signed pack of one
// visit's State to a new field installation it trusts at once; the field team opens it as an
// encrypted field workspace, works offline, and exchanges bundles with HQ (sync.*).
import { z } from 'zod';
import { ALL_ROLES, PLANNERS } from '../../domain/roles';
import { id, method, nothing } from '../schema';
import { MIN_BUNDLE_PASSPHRASE } from './sync';

export interface FieldPackExport {
  /** The pack's bytes, base64. */
  pack: string;
  /** A file name for it: `visit-<iso3>-<date>.cted`. */
  fileName: string;
  bytes: number;
  /** The new field installation's site id, trusted here from now on for that State only. */
  siteId: string;
  /** Its key's fingerprint, to compare with what the field workspace shows. */
  fingerprint: string;
  state: { iso3: string; name: string };
  visitId: string;
}

export type FieldStatus =
  | { field: false }
  | {
      field: true;
      visitId: string;
      iso3: string;
      stateName: string;
      hqSiteId: string;
      hqName: string;
      /** When the pack was opened here (ISO instant). */
      openedAt: string;
    };

export const fieldMethods = {
  /**
   * Writes a visit pack: the visit's State's records with their history, the reference rows they
   * need, and a new field installation's identity, which this workspace trusts for that State.
   */
  'field.exportPack': method<FieldPackExport>()({
    input: z.strictObject({
      visitId: id,
      passphrase: z
        .string({ error: 'schema.field.passphraseRequired' })
        .min(MIN_BUNDLE_PASSPHRASE, {
          message: 'schema.field.passphraseTooShort',
        })
        .max(1024, { message: 'schema.users.passphraseTooLong' }),
    }),
    mutates: true,
    roles: PLANNERS,
  }),
  /** Whether this is a field workspace, and for which visit: the UI shows it in its banner. */
  'field.status': method<FieldStatus>()({ input: nothing, mutates: false, roles: ALL_ROLES }),
};
