import { useEffect } from 'react';
import type { BootInfo, Platform } from '../platform/types';
import type { Screen } from './screens';
import type { ServicesHandle } from './servicesHandle';

/** How long the attract screen must sit unused before background work may run. */
export const HOUSEKEEPING_IDLE_MS = 3 * 60_000;

/**
 * Runs the daily backup while nobody uses the kiosk: after a few minutes on the attract
 * screen. A large journal takes seconds to back up; done here it never slows an agent or a
 * citizen. The data screens also trigger it, for a counter that is never left idle.
 */
export function useIdleHousekeeping(
  screen: Screen['name'],
  services: ServicesHandle,
  platform: Platform,
  /** Null while the boot info is still provisional: nothing runs on it. */
  boot: BootInfo | null,
): void {
  useEffect(() => {
    if (screen !== 'attract' || !boot) return;
    const timer = window.setTimeout(() => {
      void Promise.all([services.load(), import('../features/backup/lifecycle')]).then(
        ([data, { startDataLifecycle }]) => startDataLifecycle(data, platform, boot),
      );
    }, HOUSEKEEPING_IDLE_MS);
    return () => window.clearTimeout(timer);
  }, [screen, services, platform, boot]);
}
