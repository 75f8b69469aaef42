/**
 * What happens when the agent area opens: persistent storage is requested and the daily
 * backup runs if it has not run today. Once per calendar day: a kiosk page stays loaded for
 * weeks, so the next day's first sign-in runs the next backup; calls on the same day share
 * the first run.
 */
import type { BootInfo, Platform } from '../../platform/types';
import { db } from '../../db/db';
import { runDailyBackupIfDue, type BackupOutcome } from './dailyBackup';
import { requestPersistentStorage, type PersistState } from './storage';

export interface LifecycleResult {
  persist: PersistState;
  backup: BackupOutcome | null;
}

let started: { day: string; run: Promise<LifecycleResult> } | null = null;

const localDay = (d: Date): string => `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;

/** Starts the data lifecycle for this session (idempotent). Never throws. */
export function startDataLifecycle(platform: Platform, boot: BootInfo): Promise<LifecycleResult> {
  const day = localDay(new Date());
  if (started?.day === day) return started.run;
  const run = (async () => {
    const persist = await requestPersistentStorage();
    let backup: BackupOutcome | null = null;
    try {
      backup = await runDailyBackupIfDue(db, platform, boot.config);
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
