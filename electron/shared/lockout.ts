/**
 * PIN lockout as pure state transitions, one rule for the admin PIN (main process) and the
 * agents' PINs (renderer): after `maxAttempts` wrong PINs in a row, every attempt is refused
 * for `lockMinutes`, even the right PIN. The callers persist the state, so restarting the
 * kiosk or reloading the page does not reset the count.
 */
export interface LockoutPolicy {
  maxAttempts: number;
  lockMinutes: number;
}

export interface LockoutState {
  /** Wrong PINs in a row since the last success or the last lock. */
  failures: number;
  /** End of the current lock (ms since epoch), or null. */
  lockedUntil: number | null;
}

export const NO_LOCKOUT: LockoutState = { failures: 0, lockedUntil: null };

const lockMs = (policy: LockoutPolicy): number => policy.lockMinutes * 60_000;

/** Milliseconds left of the lock (0 when not locked). */
export function remainingMs(state: LockoutState, now: number): number {
  return state.lockedUntil === null ? 0 : Math.max(0, state.lockedUntil - now);
}

export const isLocked = (state: LockoutState, now: number): boolean => remainingMs(state, now) > 0;

/** The state after a wrong PIN: the last allowed failure starts the lock. */
export function afterFailure(
  state: LockoutState,
  policy: LockoutPolicy,
  now: number,
): LockoutState {
  if (isLocked(state, now)) return state;
  // A lock that has run out starts a fresh count.
  const failures = (state.lockedUntil === null ? state.failures : 0) + 1;
  if (failures >= policy.maxAttempts) return { failures: 0, lockedUntil: now + lockMs(policy) };
  return { failures, lockedUntil: null };
}

/** A right PIN clears the count. */
export const afterSuccess = (): LockoutState => NO_LOCKOUT;

/** The state after one attempt that was checked (not refused for being locked). */
export const afterAttempt = (
  state: LockoutState,
  success: boolean,
  now: number,
  policy: LockoutPolicy,
): LockoutState => (success ? afterSuccess() : afterFailure(state, policy, now));

/** Attempts left before the lock. */
export const attemptsLeft = (state: LockoutState, policy: LockoutPolicy): number =>
  Math.max(0, policy.maxAttempts - state.failures);

/**
 * Reads a stored state defensively: anything odd counts as no lockout, never as a crash. With
 * `clock`, a stored end later than now plus one lock length (written under a wrong clock, or
 * forged) is brought back to now plus the lock length: a bad date must not lock anyone out for
 * years.
 */
export function parseLockout(
  raw: unknown,
  clock?: { policy: LockoutPolicy; now: number },
): LockoutState {
  if (typeof raw !== 'object' || raw === null) return NO_LOCKOUT;
  const { failures, lockedUntil } = raw as Record<string, unknown>;
  let until = typeof lockedUntil === 'number' && Number.isFinite(lockedUntil) ? lockedUntil : null;
  if (until !== null && clock) until = Math.min(until, clock.now + lockMs(clock.policy));
  return {
    failures:
      typeof failures === 'number' && Number.isInteger(failures) && failures >= 0 && failures < 1000
        ? failures
        : 0,
    lockedUntil: until,
  };
}
