import type { User } from '../../../shared/api/types';
import type { CallContext } from '../context';

/** What recording an event needs: a handler's context, or a writer outside the dispatcher. */
export type EventContext = Pick<CallContext, 'write' | 'nowMs'> & { user: Pick<User, 'id'> };

/** Records a semantic action (DESIGN §4 `events`) with its actor, through the write path. */
export function recordEvent(
  ctx: EventContext,
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
