import type { AuditAnchor } from '../../../shared/api/areas/workspace';
import { AUDIT_CHAIN_VERSION, verifyAudit } from './audit';
import type { Workspace } from './workspace';

export interface CheckReport {
  ok: boolean;
  lines: string[];
}

/**
 * A full integrity check: SQLite's own, foreign keys, the reference data and the schema version.
 * It only reads: give it a workspace opened with `inspectWorkspace`, which never writes or
 * migrates, so a workspace of an older schema is checked as it is and said to need a migration.
 * The audit trail's chain is verified too (against `anchor` when one is given), once the schema
 * has it.
 */
export function checkWorkspace(ws: Workspace, anchor?: AuditAnchor): CheckReport {
  const lines: string[] = [];
  const integrity = ws.db.pragma('integrity_check', { simple: true });
  const fk = ws.db.pragma('foreign_key_check') as unknown[];
  const states = (ws.db.prepare('SELECT COUNT(*) AS n FROM member_states').get() as { n: number })
    .n;
  const chained = ws.schemaVersion >= AUDIT_CHAIN_VERSION;
  const audit = chained ? verifyAudit(ws.db, anchor) : null;
  const ok = integrity === 'ok' && fk.length === 0 && states === 193 && (audit?.ok ?? !anchor);
  lines.push(`Workspace: ${ws.path}`);
  lines.push(
    ws.schemaVersion < ws.latestVersion
      ? `Schema version: ${ws.schemaVersion} (a migration to ${ws.latestVersion} is pending: opening it in the app, or cted-planner migrate --db FILE, upgrades it after taking a copy)`
      : `Schema version: ${ws.schemaVersion}`,
  );
  lines.push(`Integrity: ${integrity === 'ok' ? 'ok' : String(integrity)}`);
  lines.push(`Foreign keys: ${fk.length === 0 ? 'ok' : `${fk.length} broken reference(s)`}`);
  lines.push(`Member States: ${states}${states === 193 ? '' : ' (expected 193)'}`);
  if (audit) lines.push(...audit.lines);
  else
    lines.push(
      `Audit trail: not chained yet (schema ${ws.schemaVersion}); the migration to schema ${AUDIT_CHAIN_VERSION} chains it.${anchor ? ' The anchor cannot be checked before then.' : ''}`,
    );
  lines.push(
    ok
      ? 'The workspace is healthy.'
      : 'Problems were found; restore from a backup or contact support.',
  );
  return { ok, lines };
}
