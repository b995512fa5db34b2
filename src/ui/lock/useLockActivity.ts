import { useEffect } from 'preact/hooks';
import type { LockStore } from '../../state/lockStore';

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * While unlocked, a touch, a key or a scroll starts the idle time again; when the page is shown again
 * (a phone woken, a tab brought back), the idle lock checks the clock, since timers slept.
 */
export function useLockActivity(lock: LockStore): void {
  const unlocked = lock.status.value === 'unlocked';
  useEffect(() => {
    if (!unlocked) return undefined;
    let last = Number.NEGATIVE_INFINITY;
    const touch = (event: Event) => {
      // A second is close enough, and keeps a fast typist from re-arming a timer on every key.
      if (event.timeStamp - last < 1000) return;
      last = event.timeStamp;
      lock.touch();
    };
    const shown = () => {
      if (document.visibilityState === 'visible') lock.checkIdle();
    };
    for (const type of ACTIVITY) window.addEventListener(type, touch, { capture: true, passive: true });
    document.addEventListener('visibilitychange', shown);
    window.addEventListener('pageshow', shown);
    return () => {
      for (const type of ACTIVITY) window.removeEventListener(type, touch, { capture: true });
      document.removeEventListener('visibilitychange', shown);
      window.removeEventListener('pageshow', shown);
    };
  }, [lock, unlocked]);
}
