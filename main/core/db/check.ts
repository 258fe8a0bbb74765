import type { Workspace } from './workspace';

export interface CheckReport {
  ok: boolean;
  lines: string[];
}

/** A full integrity check: SQLite's own, foreign keys, and the schema version. */
export function checkWorkspace(ws: Workspace): CheckReport {
  const lines: string[] = [];
  const integrity = ws.db.pragma('integrity_check', { simple: true });
  const fk = ws.db.pragma('foreign_key_check') as unknown[];
  const states = (ws.db.prepare('SELECT COUNT(*) AS n FROM member_states').get() as { n: number })
    .n;
  const ok = integrity === 'ok' && fk.length === 0 && states === 193;
  lines.push(`Workspace: ${ws.path}`);
  lines.push(`Schema version: ${ws.schemaVersion}`);
  lines.push(`Integrity: ${integrity === 'ok' ? 'ok' : String(integrity)}`);
  lines.push(`Foreign keys: ${fk.length === 0 ? 'ok' : `${fk.length} broken reference(s)`}`);
  lines.push(`Member States: ${states}${states === 193 ? '' : ' (expected 193)'}`);
  lines.push(
    ok
      ? 'The workspace is healthy.'
      : 'Problems were found; restore from a backup or contact support.',
  );
  return { ok, lines };
}
