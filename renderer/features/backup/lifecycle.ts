/**
 * What happens when the agent area opens: persistent storage is requested and the daily
 * backup runs if it has not run today. Once per calendar day: a kiosk page stays loaded for
 * weeks, so the next day's first sign-in runs the next backup; calls on the same day share
 * the first run.
 */
import { localIsoDate } from '../../lib/dates';
import type { BootInfo, Platform } from '../../platform/types';
import { runDailyBackupIfDue, type BackupOutcome, type BackupSources } from './dailyBackup';
import { requestPersistentStorage, type PersistState } from './storage';

export interface LifecycleResult {
  persist: PersistState;
  backup: BackupOutcome | null;
}

let started: { day: string; run: Promise<LifecycleResult> } | null = null;

/** Starts the data lifecycle for this session (idempotent). Never throws. */
export function startDataLifecycle(
  sources: BackupSources,
  platform: Platform,
  boot: BootInfo,
): Promise<LifecycleResult> {
  const day = localIsoDate();
  if (started?.day === day) return started.run;
  const run = (async () => {
    const persist = await requestPersistentStorage();
    let backup: BackupOutcome | null = null;
    try {
      backup = await runDailyBackupIfDue(sources, platform, boot.config);
    } catch (error) {
      void platform.log({
        level: 'error',
        event: 'backup.daily-failed',
        details: { reason: error instanceof Error ? error.name : 'unknown' },
      });
    }
    return { persist, backup };
  })();
  started = { day, run };
  return run;
}
