import { describe, expect, it } from 'vitest';
import {
  afterFailure,
  afterSuccess,
  attemptsLeft,
  isLocked,
  NO_LOCKOUT,
  parseLockout,
  remainingMs,
} from '../../../electron/shared/lockout';
import { remainingMinutes } from '../../../renderer/features/agent/signin/formatRemaining';

const policy = { maxAttempts: 5, lockMinutes: 5 };
const t0 = Date.UTC(2026, 2, 12, 9);

describe('PIN lockout', () => {
  it('locks for five minutes on the fifth wrong PIN, not before', () => {
    let state = NO_LOCKOUT;
    for (let i = 1; i <= 4; i += 1) {
      state = afterFailure(state, policy, t0 + i);
      expect(isLocked(state, t0 + i)).toBe(false);
      expect(attemptsLeft(state, policy)).toBe(5 - i);
    }
    state = afterFailure(state, policy, t0 + 5);
    expect(isLocked(state, t0 + 5)).toBe(true);
    expect(remainingMs(state, t0 + 5)).toBe(5 * 60_000);
    expect(isLocked(state, t0 + 5 + 5 * 60_000 - 1)).toBe(true);
    expect(isLocked(state, t0 + 5 + 5 * 60_000)).toBe(false);
  });

  it('ignores attempts during the lock, and starts counting afresh after it', () => {
    let state = NO_LOCKOUT;
    for (let i = 0; i < 5; i += 1) state = afterFailure(state, policy, t0);
    const locked = state;
    expect(afterFailure(locked, policy, t0 + 1000)).toBe(locked);
    state = afterFailure(locked, policy, t0 + 6 * 60_000);
    expect(state).toEqual({ failures: 1, lockedUntil: null });
  });

  it('follows a configured policy', () => {
    let state = NO_LOCKOUT;
    const strict = { maxAttempts: 3, lockMinutes: 15 };
    for (let i = 0; i < 3; i += 1) state = afterFailure(state, strict, t0);
    expect(remainingMs(state, t0)).toBe(15 * 60_000);
  });

  it('a right PIN clears the count', () => {
    const state = afterFailure(afterFailure(NO_LOCKOUT, policy, t0), policy, t0);
    expect(afterSuccess()).toEqual(NO_LOCKOUT);
    expect(attemptsLeft(state, policy)).toBe(3);
  });

  it('reads stored values defensively', () => {
    expect(parseLockout(undefined)).toEqual(NO_LOCKOUT);
    expect(parseLockout('x')).toEqual(NO_LOCKOUT);
    expect(parseLockout({ failures: -3, lockedUntil: 'soon' })).toEqual(NO_LOCKOUT);
    expect(parseLockout({ failures: 2, lockedUntil: t0 })).toEqual({
      failures: 2,
      lockedUntil: t0,
    });
  });

  it('shows the remaining time in whole minutes, rounded up', () => {
    expect(remainingMinutes(5 * 60_000)).toBe(5);
    expect(remainingMinutes(4 * 60_000 + 1)).toBe(5);
    expect(remainingMinutes(61_000)).toBe(2);
    expect(remainingMinutes(60_000)).toBeNull();
    expect(remainingMinutes(42_000)).toBeNull();
  });
});

describe('a lockout stored under a wrong clock', () => {
  it('ends at most one lock length from now, for the admin PIN and the agents alike', () => {
    const now = Date.UTC(2026, 2, 12, 9);
    const years = { failures: 0, lockedUntil: Date.UTC(2031, 0, 1) };
    expect(parseLockout(years, { policy, now })).toEqual({
      failures: 0,
      lockedUntil: now + policy.lockMinutes * 60_000,
    });
    // A lock within its length is kept as it was.
    const soon = { failures: 0, lockedUntil: now + 60_000 };
    expect(parseLockout(soon, { policy, now })).toEqual(soon);
    expect(isLocked(parseLockout(years, { policy, now }), now + 6 * 60_000)).toBe(false);
  });
});
