/**
 * The daily automatic backup: the JSON bundle written through the platform (Electron: the
 * configured backup folder, main keeping the config's `backup.keep` files; browser kiosk: inside IndexedDB), at
 * most once per calendar day: after a few idle minutes on the attract screen, or when a data
 * screen of the agent area opens (whichever comes first).
 */
import type { KiosqueDb } from '../../db/db';
import { createSettings } from '../../db/settings';
import type { Platform } from '../../platform/types';
import { bundleFileName, type BundleOrigin } from '../exports/bundleFormat';
import { exportBundleText } from '../exports/exportData';
import { localIsoDate } from '../stats/period';

export const LAST_AUTO_BACKUP_KEY = 'lastAutoBackupDate';
export const LAST_BACKUP_KEY = 'lastBackup';

export interface BackupOutcome {
  ok: boolean;
  /** Where the file went, or the error code. */
  detail: string;
  entries: number;
  at: string;
}

/**
 * Writes a backup now. The daily run is named by its date (`journal-<site>-<poste>-<date>.json`);
 * "Sauvegarder maintenant" adds the time, so it never replaces the day's automatic file.
 */
export async function backupNow(
  db: KiosqueDb,
  platform: Platform,
  origin: BundleOrigin,
  now: Date = new Date(),
  kind: 'manual' | 'daily' = 'manual',
): Promise<BackupOutcome> {
  const { content, entries } = await exportBundleText(db, origin);
  const result = await platform.writeBackup({
    fileName: bundleFileName(origin, now, kind === 'manual'),
    content,
  });
  const outcome: BackupOutcome = {
    ok: result.ok,
    detail: result.ok ? result.path : result.error,
    entries,
    at: now.toISOString(),
  };
  await createSettings(db).set(LAST_BACKUP_KEY, outcome);
  void platform.log({
    level: result.ok ? 'info' : 'error',
    event: 'backup.write',
    details: { ok: result.ok, entries },
  });
  return outcome;
}

/** Runs the backup when none was made today; returns null when it was not due. */
export async function runDailyBackupIfDue(
  db: KiosqueDb,
  platform: Platform,
  origin: BundleOrigin,
  now: Date = new Date(),
): Promise<BackupOutcome | null> {
  const today = localIsoDate(now);
  const settings = createSettings(db);
  if ((await settings.get<string>(LAST_AUTO_BACKUP_KEY)) === today) return null;
  const outcome = await backupNow(db, platform, origin, now, 'daily');
  // Only a successful run counts for the day: a failed one is tried again at the next opening.
  if (outcome.ok) await settings.set(LAST_AUTO_BACKUP_KEY, today);
  return outcome;
}
