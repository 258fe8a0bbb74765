// Field visit packs (main/core/field): issuing a pack at HQ, and what a field workspace is for.
import { exportPack } from '../field/pack';
import { fieldWorkspaceOf } from '../field/status';
import type { AreaHandlers } from './types';

export const fieldHandlers: AreaHandlers<'field'> = {
  'field.exportPack': (input, ctx) => {
    const issued = exportPack(ctx, input);
    return {
      pack: Buffer.from(issued.bytes).toString('base64'),
      fileName: issued.fileName,
      bytes: issued.bytes.length,
      siteId: issued.siteId,
      fingerprint: issued.fingerprint,
      state: issued.state,
      visitId: issued.visitId,
    };
  },

  'field.status': (_input, ctx) => fieldWorkspaceOf(ctx.db) ?? { field: false },
};
