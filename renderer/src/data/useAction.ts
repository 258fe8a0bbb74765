// The one way pages run what the user asked for (save, propose, adopt, export…): busy while it
// runs, the error to show when it fails (the dispatcher's message, FORBIDDEN included), a short
// confirmation when it succeeds, and — for changes — every data view reloaded afterwards.
import { useCallback, useState } from 'react';
import type { ApiCallError } from '../api/client';
import { useWorkspace } from '../stores/workspace';
import { asApiCallError } from './asyncState';

export interface ActionState {
  busy: boolean;
  error: ApiCallError | null;
  /** What was done, in words, after the last success. */
  done: string | null;
}

export interface Action extends ActionState {
  /**
   * Runs `work`; on success shows `doneMessage(result)` and, when `changes` (the default), reloads
   * every data view. Resolves with the result, or undefined when it failed (the error is kept).
   */
  run<T>(
    work: () => Promise<T>,
    doneMessage?: (result: T) => string,
    changes?: boolean,
  ): Promise<T | undefined>;
  reset(): void;
}

const IDLE: ActionState = { busy: false, error: null, done: null };

export function useAction(): Action {
  const dataChanged = useWorkspace((s) => s.dataChanged);
  const [state, setState] = useState<ActionState>(IDLE);
  const run = useCallback(
    async <T>(work: () => Promise<T>, doneMessage?: (result: T) => string, changes = true) => {
      setState({ busy: true, error: null, done: null });
      try {
        const result = await work();
        setState({ busy: false, error: null, done: doneMessage?.(result) ?? null });
        if (changes) dataChanged();
        return result;
      } catch (e) {
        setState({ busy: false, error: asApiCallError(e), done: null });
        return undefined;
      }
    },
    [dataChanged],
  );
  const reset = useCallback(() => setState(IDLE), []);
  return { ...state, run, reset };
}

/** The server's problems with one field of a refused form (VALIDATION details). */
export function problemsAt(error: ApiCallError | null, field: string): string[] {
  return error?.fieldMessages.filter((p) => p.field === field).map((p) => p.message) ?? [];
}
