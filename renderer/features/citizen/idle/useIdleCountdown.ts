import { useCallback, useEffect, useState } from 'react';
import type { Platform } from '../../../platform/types';

/** Where the idle watch stands: nothing to show, a warning with seconds left, or time is up. */
export type IdleState =
  { phase: 'active' } | { phase: 'warning'; secondsLeft: number } | { phase: 'expired' };

/** Pure rule: from the seconds without input, what to show. */
export function idleStateFor(
  idleSeconds: number,
  timeoutSeconds: number,
  warningSeconds: number,
): IdleState {
  if (idleSeconds < timeoutSeconds) return { phase: 'active' };
  const left = timeoutSeconds + warningSeconds - idleSeconds;
  return left > 0 ? { phase: 'warning', secondsLeft: left } : { phase: 'expired' };
}

/**
 * Polls the idle time every second: the page's own input events in every frame (plus main's
 * count in Electron), never the OS idle time alone, which stays at 0 under Wayland kiosks.
 */
export function useIdleCountdown(
  platform: Platform,
  timeoutSeconds: number,
  warningSeconds: number,
): [state: IdleState, pollNow: () => void] {
  const [state, setState] = useState<IdleState>({ phase: 'active' });
  const poll = useCallback(async () => {
    const idle = await platform.getIdleSeconds();
    const next = idleStateFor(idle, timeoutSeconds, warningSeconds);
    setState((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next));
  }, [platform, timeoutSeconds, warningSeconds]);
  useEffect(() => {
    const timer = window.setInterval(() => void poll(), 1000);
    return () => window.clearInterval(timer);
  }, [poll]);
  return [state, () => void poll()];
}
