/**
 * Background updates with electron-updater (generic provider, URL from the machine config).
 *
 * An update is downloaded as soon as it is published, but installed only when the kiosk has sat
 * on the attract screen for `updates.idleMinutesBeforeInstall` minutes: a citizen in the middle
 * of an exercise or an agent logging a démarche is never interrupted. Any failure is logged and
 * the running version keeps working. The install decision is the pure `shouldInstallNow`.
 */
import { app } from 'electron';
import { autoUpdater } from 'electron-updater';
import type { ActivityState } from './ipc/contract';
import type { MainContext } from './context';

/** How often the update server is asked for a new version. */
export const CHECK_INTERVAL_MS = 6 * 60 * 60 * 1000;
/** First check a little after start-up, once the network is likely up. */
export const FIRST_CHECK_DELAY_MS = 60 * 1000;
/** How often the install gate is evaluated once an update is downloaded. */
export const GATE_INTERVAL_MS = 60 * 1000;

/**
 * Where the updater stands, shown on the diagnostics screen:
 * `off` no `updates.url`; `dev` unpackaged run; `unsupported` the package manager owns updates
 * (Linux .deb); then the normal cycle `idle` → `checking` → `up-to-date` | `downloading` →
 * `downloaded` → `installing`; `error` after a failed check, download or install.
 */
export type UpdateState =
  | 'off'
  | 'dev'
  | 'unsupported'
  | 'idle'
  | 'checking'
  | 'up-to-date'
  | 'downloading'
  | 'downloaded'
  | 'installing'
  | 'error';

/** What diagnostics report about updates. */
export interface UpdateStatus {
  enabled: boolean;
  state: UpdateState;
}

/** The facts the install gate looks at. */
export interface InstallGateInput {
  /** What the kiosk shows now, as reported by the renderer. */
  activity: ActivityState;
  /** Since when (ms since epoch) it has shown it. */
  activitySince: number;
  /** Current time, ms since epoch. */
  now: number;
  /** True once an update has been fully downloaded. */
  downloaded: boolean;
  /** Minutes of attract screen required before installing (machine config). */
  idleMinutesBeforeInstall: number;
}

/**
 * True only when a downloaded update may be installed now: the kiosk shows the attract screen
 * and has done so for at least the configured minutes. A citizen or an agent at the counter,
 * or an attract screen shown only a moment ago, always means "not now".
 */
export function shouldInstallNow(input: InstallGateInput): boolean {
  const { activity, activitySince, now, downloaded, idleMinutesBeforeInstall } = input;
  if (!downloaded || activity !== 'attract') return false;
  if (!Number.isFinite(activitySince) || !Number.isFinite(now) || !(idleMinutesBeforeInstall > 0))
    return false;
  return now - activitySince >= idleMinutesBeforeInstall * 60_000;
}

let status: UpdateStatus = { enabled: false, state: 'off' };

/** The updater's current status (diagnostics screen, support bundle). */
export function getUpdateStatus(): UpdateStatus {
  return { ...status };
}

/** Removes credentials that an update URL could carry before a message reaches the log. */
export function safeErrorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\/\/[^/\s@]+@/g, '//***@').slice(0, 300);
}

/** Controls returned by `registerUpdater`, mainly for tests and a clean shutdown. */
export interface UpdaterHandle {
  status(): UpdateStatus;
  /** Asks the server now (also run on a timer). */
  checkNow(): Promise<void>;
  /** Evaluates the install gate now (also run on a timer). */
  evaluateGate(): void;
  stop(): void;
}

/**
 * Starts the updater for this machine: nothing when `config.updates.url` is null, when the
 * app is not packaged, or on a Linux .deb install (apt owns updates there, and a privilege
 * prompt must never appear over the kiosk). `now` is injectable for tests.
 */
export function registerUpdater(ctx: MainContext, now: () => number = Date.now): UpdaterHandle {
  const url = ctx.config.updates.url;
  const timers: ReturnType<typeof setInterval>[] = [];
  const inert = (state: UpdateState): UpdaterHandle => {
    status = { enabled: false, state };
    return {
      status: getUpdateStatus,
      checkNow: async () => undefined,
      evaluateGate: () => undefined,
      stop: () => undefined,
    };
  };

  if (url === null) {
    ctx.log.info('update.off', { reason: 'no-url' });
    return inert('off');
  }
  if (!app.isPackaged) {
    ctx.log.info('update.off', { reason: 'not-packaged' });
    return inert('dev');
  }
  if (process.platform === 'linux' && !process.env.APPIMAGE) {
    ctx.log.warn('update.off', { reason: 'deb-install-updated-by-package-manager' });
    return inert('unsupported');
  }

  status = { enabled: true, state: 'idle' };
  let downloaded = false;
  const set = (state: UpdateState): void => {
    status = { enabled: true, state };
  };

  autoUpdater.logger = {
    info: (message?: unknown) =>
      ctx.log.debug('update.detail', { message: safeErrorMessage(message) }),
    warn: (message?: unknown) =>
      ctx.log.warn('update.detail', { message: safeErrorMessage(message) }),
    error: (message?: unknown) =>
      ctx.log.error('update.detail', { message: safeErrorMessage(message) }),
  };
  autoUpdater.autoDownload = true;
  // Installing is our decision (the gate), never a side effect of the admin quitting.
  autoUpdater.autoInstallOnAppQuit = false;
  autoUpdater.allowDowngrade = false;
  autoUpdater.setFeedURL({ provider: 'generic', url });

  autoUpdater.on('checking-for-update', () => {
    if (!downloaded) set('checking');
  });
  autoUpdater.on('update-not-available', () => {
    if (!downloaded) set('up-to-date');
  });
  autoUpdater.on('update-available', (info) => {
    set('downloading');
    ctx.log.info('update.available', { version: info.version });
  });
  autoUpdater.on('update-downloaded', (info) => {
    downloaded = true;
    set('downloaded');
    ctx.log.info('update.downloaded', { version: info.version });
  });
  autoUpdater.on('error', (error) => {
    if (status.state === 'installing') {
      // The installer failed to start: forget this download (the next check fetches it again),
      // so the gate does not retry every minute.
      downloaded = false;
    }
    // A downloaded update stays installable even if a later check fails.
    set(downloaded ? 'downloaded' : 'error');
    ctx.log.error('update.error', { message: safeErrorMessage(error) });
  });

  const checkNow = async (): Promise<void> => {
    if (downloaded) return;
    try {
      await autoUpdater.checkForUpdates();
    } catch (error) {
      // Also emitted as 'error'; caught here so a failed check never becomes an unhandled rejection.
      set('error');
      ctx.log.error('update.check-failed', { message: safeErrorMessage(error) });
    }
  };

  const evaluateGate = (): void => {
    if (!downloaded || status.state === 'installing') return;
    const activity = ctx.activity.current();
    const ready = shouldInstallNow({
      activity: activity.state,
      activitySince: activity.since,
      now: now(),
      downloaded,
      idleMinutesBeforeInstall: ctx.config.updates.idleMinutesBeforeInstall,
    });
    if (!ready) return;
    set('installing');
    ctx.log.info('update.install', { idleMinutes: ctx.config.updates.idleMinutesBeforeInstall });
    try {
      ctx.allowQuit('update-install');
      autoUpdater.quitAndInstall(true, true);
    } catch (error) {
      downloaded = false;
      set('error');
      ctx.log.error('update.install-failed', { message: safeErrorMessage(error) });
    }
  };

  const first = setTimeout(() => void checkNow(), FIRST_CHECK_DELAY_MS);
  timers.push(setInterval(() => void checkNow(), CHECK_INTERVAL_MS));
  timers.push(setInterval(evaluateGate, GATE_INTERVAL_MS));
  ctx.log.info('update.on', { intervalHours: CHECK_INTERVAL_MS / 3_600_000 });

  return {
    status: getUpdateStatus,
    checkNow,
    evaluateGate,
    stop() {
      clearTimeout(first);
      for (const timer of timers) clearInterval(timer);
    },
  };
}
