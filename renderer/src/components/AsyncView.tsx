import type { ReactNode } from 'react';
import type { AsyncState } from '../data/asyncState';
import { t } from '../i18n';
import { EmptyState } from './EmptyState';
import { ErrorPanel } from './ErrorPanel';

export interface AsyncViewProps<T> {
  /** A data state, with the retry offered when it failed. */
  state: AsyncState<T> & { retry?: () => void };
  children: (data: T) => ReactNode;
  /** When the data holds nothing to show, the explanation of what to do instead. */
  empty?: { when: (data: T) => boolean; message: string };
}

/** Loading, error (with retry), empty or the content: the four faces of every data view. */
export function AsyncView<T>({ state, children, empty }: AsyncViewProps<T>) {
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorPanel error={state.error} onRetry={state.retry} />;
  if (empty?.when(state.data)) return <EmptyState>{empty.message}</EmptyState>;
  return <>{children(state.data)}</>;
}

export function Loading() {
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {t('common.loading')}
    </p>
  );
}
