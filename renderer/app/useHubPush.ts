import { useEffect } from 'react';
import type { BootInfo, Platform } from '../platform/types';
import type { ServicesHandle } from './servicesHandle';

/**
 * Starts the push to the métropole hub when the machine config has a `hub` block (docs/hub.md).
 * Its code and the data layer load after the first screen, never before it.
 */
export function useHubPush(
  services: ServicesHandle,
  platform: Platform,
  /** Null while the boot info is still provisional. */
  boot: BootInfo | null,
): void {
  const { hub = null, siteId, posteId } = boot?.config ?? {};
  useEffect(() => {
    if (!hub || siteId === undefined || posteId === undefined) return;
    let stop: (() => void) | null = null;
    let cancelled = false;
    void Promise.all([services.load(), import('../features/hub/running')]).then(
      ([data, { startAppHubPush }]) => {
        if (cancelled) return;
        stop = startAppHubPush({
          services: data,
          place: { siteId, posteId },
          platform,
          intervalMinutes: hub.pushIntervalMinutes,
        }).stop;
      },
    );
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [services, platform, hub, siteId, posteId]);
}
