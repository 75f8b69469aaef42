/**
 * Background updates with electron-updater (generic provider, URL from the machine config).
 *
 * An update is downloaded as soon as it is published, but installed only when the kiosk has sat
 * on the attract screen for `updates.idleMinutesBeforeInstall` minutes: a citizen in the middle
 * of an exercise or an agent logging a démarche is never interrupted. Any failure is logged and
 * the running version keeps working. The install decision is the pure `shouldInstallNow`.
 *
 * Only updates from us: a downloaded file is installable only once its detached Ed25519
 * signature (`<file>.sig`) verifies against a key of `updates.publicKeys` (updates/signature.ts);
 * unsigned or badly signed, it is refused and logged. Per-machine Windows installs are left to
 * the fleet's tools; under systemd the new version is not force-run (the service restarts it).
 */
import { readFile } from 'node:fs/promises';
import { app, net } from 'electron';
import { autoUpdater } from 'electron-updater';
import type { ActivityState } from './ipc/contract';
import type { MainContext } from './context';
import {
  isPerMachineWindowsInstall,
  isUnderSystemd,
  signatureUrl,
  verifyDetachedSignature,
} from './updates/signature';

/** How often the update server is asked for a new version. */
export const CHECK_INTERVAL_MS = 6 * 60 * 60 * 1000;
/** First check a little after start-up, once the network is likely up. */
export const FIRST_CHECK_DELAY_MS = 60 * 1000;
/** How often the install gate is evaluated once an update is downloaded. */
export const GATE_INTERVAL_MS = 60 * 1000;

/**
 * Where the updater stands, shown on the diagnostics screen:
 * `off` no `updates.url`; `dev` unpackaged run; `unsupported` the package manager owns updates
 * (Linux .deb); `managed` a per-machine Windows install (the fleet's tools update it); `no-key`
 * no `updates.publicKeys` to check signatures with; then the normal cycle `idle` → `checking` →
 * `up-to-date` | `downloading` → `downloaded` → `installing`; `refused` a download whose
 * signature is missing or wrong; `error` after a failed check, download or install.
 */
export type UpdateState =
  | 'off'
  | 'dev'
  | 'unsupported'
  | 'managed'
  | 'no-key'
  | 'refused'
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
  /** Settles once the signature of the last download has been checked (tests). */
  signatureChecked?(): Promise<void>;
  stop(): void;
}

/** What the updater reads from the system; injectable for tests. */
export interface UpdaterSystem {
  platform: string;
  env: Record<string, string | undefined>;
  execPath: string;
  /** The text at `url`, or null when it cannot be fetched (404, network). */
  fetchText(url: string): Promise<string | null>;
  readFile(file: string): Promise<Uint8Array>;
}

const realSystem = (): UpdaterSystem => ({
  platform: process.platform,
  env: process.env,
  execPath: process.execPath,
  async fetchText(url) {
    try {
      const response = await net.fetch(url, { cache: 'no-store' });
      return response.ok ? await response.text() : null;
    } catch {
      return null;
    }
  },
  readFile: (file) => readFile(file),
});

/** The fields of electron-updater's `update-downloaded` event the signature check reads. */
interface DownloadedInfo {
  version: string;
  downloadedFile?: string;
  path?: string;
  files?: { url: string }[];
}

/**
 * Starts the updater for this machine: nothing when `config.updates.url` is null, when the
 * app is not packaged, on a Linux .deb install (apt owns updates there, and a privilege
 * prompt must never appear over the kiosk), on a per-machine Windows install, or without a
 * public key to check signatures. `now` and the system are injectable for tests.
 */
export function registerUpdater(
  ctx: MainContext,
  now: () => number = Date.now,
  system: UpdaterSystem = realSystem(),
): UpdaterHandle {
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
  if (system.platform === 'linux' && !system.env.APPIMAGE) {
    ctx.log.warn('update.off', { reason: 'deb-install-updated-by-package-manager' });
    return inert('unsupported');
  }
  if (system.platform === 'win32' && isPerMachineWindowsInstall(system.execPath, system.env)) {
    ctx.log.warn('update.off', { reason: 'per-machine-windows-install' });
    return inert('managed');
  }
  const publicKeys = ctx.config.updates.publicKeys;
  if (publicKeys.length === 0) {
    ctx.log.warn('update.off', { reason: 'no-public-key' });
    return inert('no-key');
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
  /** True only when the downloaded file verifies against one of the configured keys. */
  const isSigned = async (info: DownloadedInfo): Promise<boolean> => {
    const fileUrl = info.files?.[0]?.url ?? info.path;
    if (!info.downloadedFile || !fileUrl) return false;
    const signature = await system.fetchText(signatureUrl(url, fileUrl));
    if (signature === null) return false;
    try {
      return verifyDetachedSignature(
        await system.readFile(info.downloadedFile),
        signature,
        publicKeys,
      );
    } catch {
      return false;
    }
  };
  let verifying: Promise<void> = Promise.resolve();
  autoUpdater.on('update-downloaded', (info: DownloadedInfo) => {
    verifying = isSigned(info).then((signed) => {
      if (!signed) {
        // Not installable: the running version stays; the next check may bring a good one.
        downloaded = false;
        set('refused');
        ctx.log.error('update.signature-refused', { version: info.version });
        return;
      }
      downloaded = true;
      set('downloaded');
      ctx.log.info('update.downloaded', { version: info.version, signed: true });
    });
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
      // Under systemd the service starts the new version; running it too would make two.
      const runAfter = !(system.platform === 'linux' && isUnderSystemd(system.env));
      autoUpdater.quitAndInstall(true, runAfter);
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
    signatureChecked: () => verifying,
    stop() {
      clearTimeout(first);
      for (const timer of timers) clearInterval(timer);
    },
  };
}
