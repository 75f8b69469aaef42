import type { KioskApi } from '../../electron/ipc/contract';
import { combineIdleSeconds } from '../../electron/shared/idle-time';
import { createPageIdleTracker, type PageIdleTracker } from './input-idle';
import type { Platform } from './types';

/**
 * Wraps the preload bridge; every call is validated again in main. Idle time is the page's own
 * input count, lowered by main's figure when main reports one (main counts the window's input
 * events too, and the OS idle time when it is not stuck at 0).
 */
export function createElectronPlatform(
  bridge: KioskApi,
  page: PageIdleTracker = createPageIdleTracker(window),
): Platform {
  return {
    ...bridge,
    kind: 'electron',
    importFrom: 'backup-folder',
    async getIdleSeconds() {
      const host = await bridge.getIdleSeconds().catch(() => 0);
      return combineIdleSeconds(page.idleSeconds(), host);
    },
  };
}
