import type { ReactNode } from 'react';
import { ActionStatus } from '../../components/ActionStatus';
import { AsyncView, type AsyncViewProps } from '../../components/AsyncView';
import type { ActionState } from '../../data/useAction';
import { t } from '../../i18n';
import { RoleNote } from '../../components/RoleNote';

/**
 * A section of the Inputs page about one kind of record: the records, then the form that adds
 * them, or why the user acting now is not offered it.
 */
export function RecordsSection<T>({
  name,
  state,
  children,
  rowAction,
  form,
}: {
  name: 'definitions' | 'signals' | 'requests';
  state: AsyncViewProps<T[]>['state'];
  /** The table of the records, once there are some. */
  children: (all: T[]) => ReactNode;
  /** What the table's own buttons and selects do, reported under it. */
  rowAction?: ActionState;
  /** null when the user's role may not write these records. */
  form: ReactNode | null;
}) {
  const titleId = `${name}-title`;
  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>{t(`inputs.${name}.title`)}</h2>
      <p>{t(`inputs.${name}.intro`)}</p>
      <AsyncView
        state={state}
        empty={{ when: (d) => d.length === 0, message: t(`inputs.${name}.empty`) }}
      >
        {children}
      </AsyncView>
      {rowAction && <ActionStatus action={rowAction} />}
      {form ?? <RoleNote what={t(`inputs.${name}.what`)} />}
    </section>
  );
}
