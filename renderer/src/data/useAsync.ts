// The one way pages load data: an async state (loading → ready | error) with a retry, reloaded
// whenever the workspace changes (after any mutation made from this window).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract';
import { call } from '../api/client';
import { useWorkspace } from '../stores/workspace';
import { asApiCallError, type AsyncState } from './asyncState';

export type AsyncResult<T> = AsyncState<T> & { retry(): void };

/**
 * Loads with `load` whenever `query` (a string naming what is loaded) changes. A reload of the
 * same query (the workspace changed) keeps the data on screen until the new answer arrives, so
 * filters and sort orders survive it.
 */
export function useAsync<T>(load: () => Promise<T>, query: string): AsyncResult<T> {
  const revision = useWorkspace((s) => s.revision);
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  const latestLoad = useRef(load);
  const lastQuery = useRef(query);
  useEffect(() => {
    latestLoad.current = load;
  });
  useEffect(() => {
    let current = true;
    const sameQuery = lastQuery.current === query;
    lastQuery.current = query;
    setState((s) => (sameQuery && s.status === 'ready' ? s : { status: 'loading' }));
    latestLoad.current().then(
      (data) => current && setState({ status: 'ready', data }),
      (e: unknown) => current && setState({ status: 'error', error: asApiCallError(e) }),
    );
    return () => {
      current = false;
    };
  }, [query, revision, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}

/** One API method's output, reloaded when its input changes. */
export function useApi<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
): AsyncResult<MethodOutput<M>> {
  return useAsync(() => call(method, input), `${method} ${JSON.stringify(input)}`);
}
