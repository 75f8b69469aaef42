/**
 * What happens when the agent area opens: persistent storage is requested and the daily
 * backup runs if it has not run today. Once per page load; later calls share the first run.
 */
import type { BootInfo, Platform } from '../../platform/types';
import { db } from '../../db/db';
import { runDailyBackupIfDue, type BackupOutcome } from './dailyBackup';
import { requestPersistentStorage, type PersistState } from './storage';

export interface LifecycleResult {
  persist: PersistState;
  backup: BackupOutcome | null;
}

let started: Promise<LifecycleResult> | null = null;

/** Starts the data lifecycle for this session (idempotent). Never throws. */
export function startDataLifecycle(platform: Platform, boot: BootInfo): Promise<LifecycleResult> {
  started ??= (async () => {
    const persist = await requestPersistentStorage();
    let backup: BackupOutcome | null = null;
    try {
      backup = await runDailyBackupIfDue(db, platform, boot.config, boot.config.backup.keep);
    } catch (error) {
      void platform.log({ level: 'error', event: 'backup.daily-failed', details: { reason: error instanceof Error ? error.name : 'unknown' } });
    }
    return { persist, backup };
  })();
  return started;
}
