import { useEffect, useRef } from 'react';
import type { Platform } from '../../../platform/types';

const POLL_MS = 5000;

/**
 * Locks the agent area after `lockSeconds` without input. Idle time comes from the platform
 * (the OS in Electron, DOM events in the browser), polled every few seconds.
 */
export function useIdleLock(platform: Platform, lockSeconds: number, onLock: () => void): void {
  const onLockRef = useRef(onLock);
  useEffect(() => {
    onLockRef.current = onLock;
  }, [onLock]);

  useEffect(() => {
    let alive = true;
    const timer = window.setInterval(() => {
      void platform.getSystemIdleSeconds().then((idle) => {
        if (alive && idle >= lockSeconds) onLockRef.current();
      });
    }, POLL_MS);
    return () => {
      alive = false;
      window.clearInterval(timer);
    };
  }, [platform, lockSeconds]);
}
