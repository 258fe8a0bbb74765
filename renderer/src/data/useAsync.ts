// The one way pages load data: an async state (loading → ready | error) with a retry, reloaded
// whenever the workspace changes (after any mutation made from this window).
import { useCallback, useEffect, useState, type DependencyList } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract';
import { call } from '../api/client';
import { useWorkspace } from '../stores/workspace';
import { asApiCallError, type AsyncState } from './asyncState';

export type AsyncResult<T> = AsyncState<T> & { retry(): void };

export function useAsync<T>(load: () => Promise<T>, deps: DependencyList): AsyncResult<T> {
  const revision = useWorkspace((s) => s.revision);
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    load().then(
      (data) => current && setState({ status: 'ready', data }),
      (e: unknown) => current && setState({ status: 'error', error: asApiCallError(e) }),
    );
    return () => {
      current = false;
    };
    // `load` is a fresh closure on every render; `deps` say when it means something new.
  }, [...deps, revision, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}

/** One API method's output, reloaded when its input changes. */
export function useApi<M extends MethodName>(method: M, input: MethodInput<M>): AsyncResult<MethodOutput<M>> {
  return useAsync(() => call(method, input), [method, JSON.stringify(input)]);
}
