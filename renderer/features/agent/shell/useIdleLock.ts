import { useEffect, useRef, useState } from 'react';
import type { Platform } from '../../../platform/types';

const POLL_MS = 5000;
/** The warning shows during the last seconds before the lock. */
export const IDLE_WARNING_SECONDS = 30;

/**
 * Locks the agent area after `lockSeconds` without input. Idle time comes from the platform
 * (the page's own input events, see platform/input-idle.ts), polled every few seconds. Returns the
 * seconds left when the lock is near (for a warning), else null.
 */
export function useIdleLock(
  platform: Platform,
  lockSeconds: number,
  onLock: () => void,
): number | null {
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const onLockRef = useRef(onLock);
  useEffect(() => {
    onLockRef.current = onLock;
  }, [onLock]);

  useEffect(() => {
    let alive = true;
    const timer = window.setInterval(() => {
      void platform.getIdleSeconds().then((idle) => {
        if (!alive) return;
        const left = lockSeconds - idle;
        setSecondsLeft(left > 0 && left <= IDLE_WARNING_SECONDS ? left : null);
        if (left <= 0) onLockRef.current();
      });
    }, POLL_MS);
    return () => {
      alive = false;
      window.clearInterval(timer);
    };
  }, [platform, lockSeconds]);

  return secondsLeft;
}
