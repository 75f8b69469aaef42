/**
 * Starts reading the boot info as soon as the page's code runs. main.tsx imports this module
 * first, so it runs before React's code is evaluated: the config request and the IndexedDB
 * read overlap that work instead of following it.
 */
import { detectPlatform } from '../platform';
import type { StagedBootInfo } from '../platform/types';

export const platform = detectPlatform();

export const bootInfo: Promise<StagedBootInfo> = platform.bootInStages
  ? platform.bootInStages()
  : platform.getBootInfo().then((first) => ({ first, complete: null }));
