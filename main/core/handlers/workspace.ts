import type { AuditEntry, WorkspaceInfo } from '../../../shared/api/types';
import { auditAnchor, verifyAudit } from '../db/audit';
import { say, text } from '../../../shared/messages';
import { ApiError } from '../errors';
import { getMeta } from '../db/workspace';
import { userTables } from '../db/write';
import type { AreaHandlers } from './types';

/** The demo's notice in English (workspace.info says it in the caller's language). */
export const SYNTHETIC_NOTICE = say('en', 'workspace.syntheticNotice');
/** The line every file made from the demo workspace starts with. */
export const SYNTHETIC_LINE = `SYNTHETIC DATA — ${SYNTHETIC_NOTICE}`;

export const workspaceHandlers: AreaHandlers<'workspace'> = {
  'workspace.info': (_input, ctx) => {
    const counts: Record<string, number> = {
      member_states: (
        ctx.db.prepare('SELECT COUNT(*) AS n FROM member_states').get() as { n: number }
      ).n,
    };
    for (const table of userTables(ctx.db)) {
      counts[table] = (
        ctx.db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE deleted = 0`).get() as {
          n: number;
        }
      ).n;
    }
    const demo = getMeta(ctx.db, 'demo') === '1';
    const info: WorkspaceInfo = {
      today: ctx.today,
      schemaVersion: (
        ctx.db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number }
      ).v,
      demo,
      syntheticNotice: demo ? say(ctx.language, 'workspace.syntheticNotice') : null,
      siteId: getMeta(ctx.db, 'site_id') ?? '',
      readOnly: ctx.readOnlyReason !== null,
      readOnlyReason: ctx.readOnlyReason,
      counts,
    };
    return info;
  },
};

export const auditHandlers: AreaHandlers<'audit'> = {
  'audit.verify': ({ anchor }, ctx) => verifyAudit(ctx.db, anchor),
  'audit.anchor': (_input, ctx) => auditAnchor(ctx.db, new Date(ctx.nowMs).toISOString()),

  /** The change_log rows of one record, newest first. */
  'audit.history': ({ table, id }, ctx) => {
    if (!userTables(ctx.db).includes(table))
      throw new ApiError('VALIDATION', text('workspace.noHistory', { table }), [
        { field: 'table', message: text('workspace.unknownTable') },
      ]);
    return ctx.db
      .prepare(
        `SELECT c.seq, c.hlc, c.site_id AS siteId, c.author_id AS authorId, u.name AS authorName, c.tbl AS "table",
                c.row_id AS rowId, c.col AS "column", c.old_value AS oldValue, c.new_value AS newValue
         FROM change_log c LEFT JOIN users u ON u.id = c.author_id
         WHERE c.tbl = ? AND c.row_id = ? ORDER BY c.hlc DESC, c.seq DESC`,
      )
      .all(table, id) as AuditEntry[];
  },
};
