import type { KioskApi } from '../../electron/ipc/contract';
import { createElectronPlatform } from './electron';
import { createWebPlatform } from './web';
import type { Platform } from './types';

declare global {
  interface Window {
    /** Set by the preload script in Electron; absent in a plain browser. */
    kiosk?: KioskApi;
  }
}

/** Chooses the implementation once, at start-up. */
export function detectPlatform(): Platform {
  return window.kiosk ? createElectronPlatform(window.kiosk) : createWebPlatform();
}

export type { Platform } from './types';
