// Workspace settings: read by every caller, changed by administrators through the write path.
import { text } from '../../../shared/messages';
import { readSettings, SETTINGS_COLUMN, SETTINGS_ID } from '../settings';
import { recordEvent } from './events';
import { refuse, toColumns } from './rules';
import type { AreaHandlers } from './types';

export const settingsHandlers: AreaHandlers<'settings'> = {
  'settings.get': (_input, ctx) => readSettings(ctx.db),

  'settings.update': (input, ctx) => {
    const next = { ...readSettings(ctx.db), ...input };
    if (next.alertNearDays >= next.alertFarDays)
      throw refuse(
        'alertNearDays',
        text('settings.alertWindows', { near: next.alertNearDays, far: next.alertFarDays }),
      );
    const columns = toColumns(input, SETTINGS_COLUMN);
    const exists = ctx.db.prepare('SELECT 1 FROM settings WHERE id = ?').get(SETTINGS_ID);
    if (exists) ctx.write.update('settings', SETTINGS_ID, { ...columns, deleted: 0 });
    else ctx.write.insert('settings', { id: SETTINGS_ID, ...columns });
    recordEvent(ctx, 'settings.updated', 'settings', SETTINGS_ID, input);
    return readSettings(ctx.db);
  },
};
