/**
 * What every main-process feature receives: `registerX(ctx)` modules (IPC handlers, updater,
 * diagnostics, recovery) depend on this interface only, never on `main.ts` internals, so each
 * can be unit-tested with a hand-made context.
 */
import type { BrowserWindow } from 'electron';
import type { ConfigIssue, KioskConfigWithSecrets } from './shared/config-schema';
import type { ActivityState, BackupFile } from './ipc/contract';

/** Small, non-personal facts attached to a log line (never user input, never a PIN). */
export type LogDetails = Record<string, string | number | boolean | null | undefined>;

/** The main-process logger (electron-log underneath, see `log.ts`). */
export interface MainLogger {
  debug(event: string, details?: LogDetails): void;
  info(event: string, details?: LogDetails): void;
  warn(event: string, details?: LogDetails): void;
  error(event: string, details?: LogDetails): void;
  /** Folder holding the log files, or null when nothing can be written to disk. */
  readonly folder: string | null;
  /** The last `lines` lines of the current log file (oldest first); empty when unreadable. */
  tail(lines: number): Promise<string[]>;
}

/** Folders the kiosk uses on this machine, resolved once at start-up. */
export interface MainPaths {
  /** Electron's per-user data folder (IndexedDB, first-run PIN hash, lockout state). */
  userData: string;
  /** Log folder, or null when no folder was writable. */
  logs: string | null;
  /** Where backups and exports go: `config.backup.folder`, else `<userData>/backups`. */
  backups: string;
}

/** What the renderer says it is doing, and since when (ms since epoch). */
export interface ActivitySnapshot {
  state: ActivityState;
  since: number;
}

/** The activity state reported by the renderer through `setActivityState`. */
export interface ActivityTracker {
  current(): ActivitySnapshot;
  /** Called on every change (not on repeats of the same state). Returns the unsubscribe. */
  subscribe(listener: (snapshot: ActivitySnapshot) => void): () => void;
  /** Used by the IPC handler only. */
  set(state: ActivityState): void;
}

export interface MainContext {
  /** Effective config, secrets included (the admin PIN hash): never send it to the renderer. */
  config: KioskConfigWithSecrets;
  /** Path of the config file read, or null for built-in defaults. */
  configSource: string | null;
  /** Problems found in the config file, field by field. */
  configIssues: ConfigIssue[];
  /** True unless `--dev` or `lockdown: false` in a valid config. */
  lockdown: boolean;
  appVersion: string;
  paths: MainPaths;
  log: MainLogger;
  /** The kiosk window, or null before it exists / after it is destroyed. */
  getWindow(): BrowserWindow | null;
  activity: ActivityTracker;
  /**
   * Seconds since the last input in the kiosk window (its 'input-event's, every frame), lowered
   * by the OS idle time when that is non-zero (see idle/input-idle.ts).
   */
  getIdleSeconds(): number;
  /** Backups in `paths.backups`, newest first. */
  listBackups(): Promise<BackupFile[]>;
  /**
   * Marks the coming quit as legitimate (admin PIN confirmed, or an update being installed):
   * in lockdown the window refuses to close otherwise. Call it right before `app.quit()` or
   * `autoUpdater.quitAndInstall()`.
   */
  allowQuit(reason: string): void;
}

/** Creates the activity tracker; `now` is injectable for tests. */
export function createActivityTracker(now: () => number = Date.now): ActivityTracker {
  let snapshot: ActivitySnapshot = { state: 'attract', since: now() };
  const listeners = new Set<(s: ActivitySnapshot) => void>();
  return {
    current: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    set(state) {
      if (state === snapshot.state) return;
      snapshot = { state, since: now() };
      for (const listener of listeners) listener(snapshot);
    },
  };
}
