import { describe, expect, it } from 'vitest';
import { createInputIdleClock, isUserInput } from '../../../electron/idle/input-idle';
import { combineIdleSeconds } from '../../../electron/shared/idle-time';

describe('idle time', () => {
  it('ignores a system idle time of 0 and takes a non-zero one when lower', () => {
    expect(combineIdleSeconds(130, 0)).toBe(130);
    expect(combineIdleSeconds(130, 12)).toBe(12);
    expect(combineIdleSeconds(5, 600)).toBe(5);
    expect(combineIdleSeconds(7.9, Number.NaN)).toBe(7);
  });

  it("counts from the window's last input event, not from the OS", () => {
    let now = 1_000_000;
    const clock = createInputIdleClock({ systemIdleSeconds: () => 0, now: () => now });
    now += 90_000;
    expect(clock.idleSeconds()).toBe(90);
    clock.input('mouseLeave');
    expect(clock.idleSeconds()).toBe(90);
    clock.input('gestureTap');
    expect(clock.idleSeconds()).toBe(0);
    expect(isUserInput('mouseWheel')).toBe(true);
  });
});
