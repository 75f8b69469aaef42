/**
 * The boot reads (config file, stored PIN), started once. start.ts starts them just before it
 * imports React's boot: at once on a first start, and with the attract screen's still on screen
 * when the still lets React load (2 s after its paint, or at the first gesture), beside the
 * boot chunk's download, so they overlap React's download and compile instead of following
 * them. Not earlier: they fetch and compile chunks (the database, the config schema) that would
 * share the counter's two cores with the still's first frames (docs/mesures.md).
 */
import { detectPlatform } from '../platform';
import type { Platform, StagedBootInfo } from '../platform/types';

interface Boot {
  platform: Platform;
  bootInfo: Promise<StagedBootInfo>;
}

let started: Boot | null = null;

/** Starts the boot reads on the first call; every call returns the same platform and reads. */
export function startBoot(): Boot {
  if (started) return started;
  const platform = detectPlatform();
  const bootInfo = platform.bootInStages
    ? platform.bootInStages()
    : platform.getBootInfo().then((first) => ({ first, complete: null }));
  started = { platform, bootInfo };
  return started;
}
