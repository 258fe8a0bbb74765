// Review → Conflicts (issue 9): the concurrent edits that sync kept for a person to settle. Each
// open one shows both values with who made each and when; a planner keeps either or writes a
// third, and that resolution is a change like any other, carried by the next bundle.
import { useRef, useState } from 'react';
import type { SyncConflict } from '../../../../../shared/api/types';
import { call } from '../../../api/client';
import { ActionStatus, DoneStatus } from '../../../components/ActionStatus';
import { AsyncView } from '../../../components/AsyncView';
import { EmptyState } from '../../../components/EmptyState';
import { PageHeader } from '../../../components/PageHeader';
import { RoleNote } from '../../../components/RoleNote';
import { useFocusRescue } from '../../../components/useFocusRescue';
import { useAction } from '../../../data/useAction';
import { useApi } from '../../../data/useAsync';
import { t } from '../../../i18n';
import { syncHref } from '../../../router';
import { useMayCall } from '../../../stores/session';
import { ReviewNav } from '../ReviewNav';
import { OpenConflict, type Settle } from './OpenConflict';
import { ResolvedConflicts } from './ResolvedConflicts';
import { fieldLabel, valueText } from './describe';
import { useDocumentTitle } from '../../../layout/useDocumentTitle';

export function ConflictsPage() {
  useDocumentTitle([t('conflicts.title'), t('review.title')]);
  const conflicts = useApi('conflicts.list', { open: false });
  return (
    <>
      <PageHeader title={t('conflicts.title')}>
        <p>{t('conflicts.intro')}</p>
      </PageHeader>
      <ReviewNav current="conflicts" />
      <AsyncView state={conflicts}>{(all) => <ConflictLists conflicts={all} />}</AsyncView>
    </>
  );
}

function ConflictLists({ conflicts }: { conflicts: SyncConflict[] }) {
  const mayResolve = useMayCall('conflicts.resolve');
  const resolution = useAction();
  const [notice, setNotice] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const rescueFocus = useFocusRescue(conflicts);
  const open = conflicts.filter((c) => !c.resolvedAt);
  const resolved = conflicts.filter((c) => c.resolvedAt);
  const settle: Settle = async (conflict, keep, value) => {
    setNotice(null);
    const done = await call('conflicts.resolve', { id: conflict.id, keep, value });
    // The settled conflict leaves the open ones: focus goes back to their heading.
    rescueFocus(() => heading.current);
    setNotice(
      t('conflicts.resolvedNow', {
        field: fieldLabel(done.column),
        value: valueText(done.current),
      }),
    );
    return done;
  };
  return (
    <>
      <section aria-labelledby="open-conflicts">
        <h2 id="open-conflicts" ref={heading} tabIndex={-1}>
          {t('conflicts.open', { count: open.length })}
        </h2>
        {!mayResolve && <RoleNote what={t('conflicts.what')} />}
        <ActionStatus action={resolution} />
        <DoneStatus message={notice} />
        {open.length === 0 ? (
          <EmptyState>
            {t('conflicts.noneOpen')} <a href={syncHref}>{t('conflicts.openSync')}</a>
          </EmptyState>
        ) : (
          open.map((c) => (
            <OpenConflict
              key={c.id}
              conflict={c}
              settle={mayResolve ? settle : null}
              action={resolution}
            />
          ))
        )}
      </section>
      <ResolvedConflicts conflicts={resolved} />
    </>
  );
}
