// @vitest-environment jsdom
/**
 * Idle on every session type: with the host's idle figure stuck at 0 (Chromium under a Wayland
 * kiosk compositor), the citizen session still expires and the agent area still locks on time,
 * because the renderer counts its own input events.
 */
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KioskApi } from '../../../electron/ipc/contract';
import { createElectronPlatform } from '../../../renderer/platform/electron';
import { createPageIdleTracker } from '../../../renderer/platform/input-idle';
import { useIdleCountdown } from '../../../renderer/features/citizen/idle/useIdleCountdown';
import { useIdleLock } from '../../../renderer/features/agent/shell/useIdleLock';

/** The bridge as an old main or a Wayland session answers it: never any idle time. */
const stuckBridge = { getIdleSeconds: () => Promise.resolve(0) } as unknown as KioskApi;

/** Advances the clock and lets React apply what the polls found. */
const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const platformWith = (counts: (event: Event) => boolean = (e) => e.isTrusted) =>
  createElectronPlatform(stuckBridge, createPageIdleTracker(window, Date.now, counts));

describe('idle with a system idle time stuck at 0', () => {
  it('wipes the citizen session after the timeout and the warning', async () => {
    const platform = platformWith();
    const { result } = renderHook(() => useIdleCountdown(platform, 60, 10));
    await advance(59_000);
    expect(result.current[0]).toEqual({ phase: 'active' });
    await advance(3_000);
    expect(result.current[0]).toEqual({ phase: 'warning', secondsLeft: 8 });
    await advance(8_000);
    expect(result.current[0]).toEqual({ phase: 'expired' });
  });

  it('locks the agent area after its lock time', async () => {
    const onLock = vi.fn();
    const platform = platformWith();
    renderHook(() => useIdleLock(platform, 60, onLock));
    await advance(55_000);
    expect(onLock).not.toHaveBeenCalled();
    await advance(5_000);
    expect(onLock).toHaveBeenCalled();
  });

  it('restarts the count on input, in the page and in a same-origin frame', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const platform = platformWith(() => true);
    await vi.advanceTimersByTimeAsync(40_000);
    expect(await platform.getIdleSeconds()).toBe(40);
    window.dispatchEvent(new Event('pointerdown'));
    expect(await platform.getIdleSeconds()).toBe(0);
    await vi.advanceTimersByTimeAsync(20_000);
    frame.contentWindow?.dispatchEvent(new Event('keydown'));
    expect(await platform.getIdleSeconds()).toBe(0);
    frame.remove();
  });

  it('does not count events a script dispatches', async () => {
    const platform = platformWith();
    await vi.advanceTimersByTimeAsync(30_000);
    window.dispatchEvent(new Event('pointerdown'));
    expect(await platform.getIdleSeconds()).toBe(30);
  });
});
