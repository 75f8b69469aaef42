import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  afterFailure,
  afterSuccess,
  isLocked,
  NO_LOCKOUT,
  remainingMs,
  type LockoutPolicy,
  type LockoutState,
} from '../../../../electron/shared/lockout';
import { lockoutStoreOf } from './lockoutStore';
import { useServices } from '../../../app/KioskContext';

/**
 * The persisted lockout as React state, with a one-second tick while locked so the remaining
 * time on screen counts down (and the pad comes back by itself when the lock ends).
 */
export function useLockout(policy: LockoutPolicy) {
  const { settings } = useServices();
  const lockoutStore = useMemo(() => lockoutStoreOf(settings), [settings]);
  const [state, setState] = useState<LockoutState>(NO_LOCKOUT);
  const [loaded, setLoaded] = useState(false);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    let alive = true;
    void lockoutStore.load(policy).then((stored) => {
      if (!alive) return;
      setState(stored);
      setLoaded(true);
    });
    return () => {
      alive = false;
    };
  }, [lockoutStore, policy]);

  const locked = isLocked(state, now);
  useEffect(() => {
    if (!locked) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [locked]);

  const fail = useCallback(async (): Promise<LockoutState> => {
    const at = Date.now();
    // Read the stored state again: another tab or a reload may have counted failures meanwhile.
    const next = afterFailure(await lockoutStore.load(policy, at), policy, at);
    await lockoutStore.save(next);
    setNow(at);
    setState(next);
    return next;
  }, [lockoutStore, policy]);

  const succeed = useCallback(async () => {
    await lockoutStore.save(afterSuccess());
    setState(afterSuccess());
  }, [lockoutStore]);

  return { state, loaded, locked, remaining: remainingMs(state, now), fail, succeed };
}
