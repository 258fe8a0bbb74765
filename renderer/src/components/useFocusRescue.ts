import { useEffect, useRef } from 'react';

/**
 * After an action changes what a page shows, the button that had focus may be gone (e.g. "Record
 * the reply" once the reply is recorded). Arm the rescue with where focus should go then; once the
 * data (`dataKey`) has reloaded, focus moves there if it was lost, and stays put otherwise.
 */
export function useFocusRescue(dataKey: unknown): (target: () => HTMLElement | null) => void {
  const pending = useRef<(() => HTMLElement | null) | null>(null);
  useEffect(() => {
    const find = pending.current;
    if (!find) return;
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) {
      pending.current = null;
      return;
    }
    const target = find();
    if (target) {
      target.focus();
      pending.current = null;
    }
  }, [dataKey]);
  return (target) => {
    pending.current = target;
  };
}
