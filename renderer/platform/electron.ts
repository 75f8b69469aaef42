import type { KioskApi } from '../../electron/ipc/contract';
import type { Platform } from './types';

/** Wraps the preload bridge; every call is validated again in main. */
export function createElectronPlatform(bridge: KioskApi): Platform {
  return { ...bridge, kind: 'electron', importFrom: 'backup-folder' };
}
