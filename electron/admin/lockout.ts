/**
 * Throttling of admin PIN attempts, as pure state transitions: after `maxAttempts` wrong codes
 * in a row, every attempt is refused for `lockMinutes`, even the right code. The state is
 * persisted by the caller so restarting the kiosk does not reset the count.
 */

export interface LockoutPolicy {
  maxAttempts: number;
  lockMinutes: number;
}

export interface LockoutState {
  /** Wrong codes in a row since the last success or the last lock. */
  failures: number;
  /** End of the current lock (ms since epoch), or null. */
  lockedUntil: number | null;
}

export const NO_LOCKOUT: LockoutState = { failures: 0, lockedUntil: null };

export const isLocked = (state: LockoutState, now: number): boolean =>
  state.lockedUntil !== null && now < state.lockedUntil;

/** The state after one attempt that was checked (not refused for being locked). */
export function afterAttempt(
  state: LockoutState,
  success: boolean,
  now: number,
  policy: LockoutPolicy,
): LockoutState {
  if (success) return NO_LOCKOUT;
  // A lock that has run out starts a fresh count.
  const expired = state.lockedUntil !== null && !isLocked(state, now);
  const failures = (expired ? 0 : state.failures) + 1;
  if (failures >= policy.maxAttempts)
    return { failures: 0, lockedUntil: now + policy.lockMinutes * 60_000 };
  return { failures, lockedUntil: null };
}

/** Reads a stored state defensively: anything odd counts as no lockout. */
export function parseLockoutState(raw: unknown): LockoutState {
  if (typeof raw !== 'object' || raw === null) return NO_LOCKOUT;
  const { failures, lockedUntil } = raw as Record<string, unknown>;
  return {
    failures:
      typeof failures === 'number' && Number.isInteger(failures) && failures >= 0 && failures < 1000
        ? failures
        : 0,
    lockedUntil:
      typeof lockedUntil === 'number' && Number.isFinite(lockedUntil) ? lockedUntil : null,
  };
}
