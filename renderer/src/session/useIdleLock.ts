// The automatic lock: after `minutes` without any use of the page (a key, the pointer, the wheel),
// the session is locked. Use is also reported to the backend now and then, which locks the session
// by itself when it hears nothing for that long (so a page left open elsewhere locks too).
import { useEffect } from 'react';
import { useSession } from '../stores/session';

const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;
/** Use is reported at most this often (the backend's clock counts from the last report or call). */
const REPORT_EVERY_MS = 60_000;

/** Locks the session after `minutes` of inactivity; does nothing while `minutes` is null. */
export function useIdleLock(minutes: number | null): void {
  const act = useSession((s) => s.act);
  useEffect(() => {
    if (minutes === null) return;
    const lockAfterMs = minutes * 60_000;
    let lastUse = Date.now();
    let lastReport = lastUse;
    let timer = 0;
    const check = () => {
      const idle = Date.now() - lastUse;
      if (idle >= lockAfterMs) void act('lock').catch(() => undefined);
      else timer = window.setTimeout(check, lockAfterMs - idle);
    };
    const used = () => {
      lastUse = Date.now();
      if (lastUse - lastReport < REPORT_EVERY_MS) return;
      lastReport = lastUse;
      void act('activity').catch(() => undefined);
    };
    for (const event of ACTIVITY_EVENTS) window.addEventListener(event, used, { passive: true });
    timer = window.setTimeout(check, lockAfterMs);
    return () => {
      window.clearTimeout(timer);
      for (const event of ACTIVITY_EVENTS) window.removeEventListener(event, used);
    };
  }, [minutes, act]);
}
