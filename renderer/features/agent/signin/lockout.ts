/**
 * PIN lockout as pure functions: after `maxAttempts` wrong PINs in a row, entry to the agent
 * area is refused for `lockMinutes`. One counter for the whole sign-in screen (any tile and
 * the admin), so trying every tile does not multiply the guesses.
 */
export interface LockoutPolicy {
  maxAttempts: number;
  lockMinutes: number;
}

export interface LockoutState {
  /** Wrong PINs since the last success or the last lock. */
  failures: number;
  /** Epoch milliseconds until which entry is refused, or null. */
  lockedUntil: number | null;
}

export const NO_LOCKOUT: LockoutState = { failures: 0, lockedUntil: null };

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
  const failures = state.failures + 1;
  if (failures >= policy.maxAttempts)
    return { failures: 0, lockedUntil: now + policy.lockMinutes * 60_000 };
  return { failures, lockedUntil: null };
}

/** A right PIN clears the count. */
export const afterSuccess = (): LockoutState => NO_LOCKOUT;

/** Attempts left before the lock. */
export const attemptsLeft = (state: LockoutState, policy: LockoutPolicy): number =>
  Math.max(0, policy.maxAttempts - state.failures);

/** Reads a stored value defensively: anything odd counts as no lockout, never as a crash. */
export function parseLockout(value: unknown): LockoutState {
  if (typeof value !== 'object' || value === null) return NO_LOCKOUT;
  const { failures, lockedUntil } = value as Record<string, unknown>;
  return {
    failures:
      typeof failures === 'number' && Number.isInteger(failures) && failures >= 0 ? failures : 0,
    lockedUntil:
      typeof lockedUntil === 'number' && Number.isFinite(lockedUntil) ? lockedUntil : null,
  };
}
