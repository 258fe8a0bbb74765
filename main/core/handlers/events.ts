import type { CallContext } from '../context';

/** Records a semantic action (DESIGN §4 `events`) with its actor, through the write path. */
export function recordEvent(
  ctx: CallContext,
  kind: string,
  subjectTable: string,
  subjectId: string,
  payload: Record<string, unknown>,
): void {
  ctx.write.insert('events', {
    kind,
    at: new Date(ctx.nowMs).toISOString(),
    actor_id: ctx.user.id,
    subject_table: subjectTable,
    subject_id: subjectId,
    payload,
  });
}
