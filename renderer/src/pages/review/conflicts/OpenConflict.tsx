import { useId, useState } from 'react';
import type { ConflictSide, SyncConflict } from '../../../../../shared/api/types';
import type { Action } from '../../../data/useAction';
import { t } from '../../../i18n';
import { authorship, fieldLabel, recordLabel, valueText } from './describe';
import { WriteValueDialog } from './WriteValueDialog';

/** Settles a conflict: the conflict as it is now, or the server's refusal (thrown). */
export type Settle = (
  conflict: SyncConflict,
  keep: 'current' | 'other' | 'value',
  value?: string,
) => Promise<SyncConflict>;

/**
 * One open conflict: its record and field, the current and the other value side by side with who
 * made each, where and when, and — for those who may — the three ways to settle it.
 */
export function OpenConflict({
  conflict: c,
  settle,
  action,
}: {
  conflict: SyncConflict;
  /** Null: the user reads only. */
  settle: Settle | null;
  /** Runs the "keep" buttons (their progress and refusals show above the conflicts). */
  action: Action;
}) {
  const titleId = useId();
  // An edit of a record deleted elsewhere: the current side is the deletion.
  const current = c.kind === 'deleted' ? t('conflicts.deletedRecord') : valueText(c.current);
  return (
    <article className="panel conflict" aria-labelledby={titleId}>
      <h3 id={titleId} className="panel-title">
        {recordLabel(c)}
      </h3>
      <p>
        {t('conflicts.field')} <strong>{fieldLabel(c.column)}</strong>
      </p>
      <div className="side-by-side">
        <Side title={t('conflicts.current')} value={current} side={c.kept} />
        <Side title={t('conflicts.other')} value={valueText(c.lost.value)} side={c.lost} />
      </div>
      {settle && (
        <SettleButtons conflict={c} settle={settle} action={action} labelledBy={titleId} />
      )}
    </article>
  );
}

function Side({ title, value, side }: { title: string; value: string; side: ConflictSide }) {
  return (
    <div className="version-column">
      <h4>{title}</h4>
      <p className="conflict-value">{value}</p>
      <p className="comment-meta">{authorship(side)}</p>
    </div>
  );
}

function SettleButtons({
  conflict,
  settle,
  action,
  labelledBy,
}: {
  conflict: SyncConflict;
  settle: Settle;
  action: Action;
  labelledBy: string;
}) {
  const [writing, setWriting] = useState(false);
  const keep = (which: 'current' | 'other') => () => void action.run(() => settle(conflict, which));
  return (
    <>
      <div className="button-row" role="group" aria-labelledby={labelledBy}>
        <button type="button" disabled={action.busy} onClick={keep('current')}>
          {t('conflicts.keepCurrent')}
        </button>
        <button type="button" disabled={action.busy} onClick={keep('other')}>
          {t('conflicts.keepOther')}
        </button>
        <button type="button" aria-haspopup="dialog" onClick={() => setWriting(true)}>
          {t('conflicts.writeValue')}
        </button>
      </div>
      {writing && (
        <WriteValueDialog conflict={conflict} settle={settle} onClose={() => setWriting(false)} />
      )}
    </>
  );
}
