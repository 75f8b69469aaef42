/**
 * Main process entry (bundled to dist-electron/main.cjs). Reads the machine config, sets up
 * logging, the app:// protocol, the IPC gate and the kiosk window in lockdown, then the updater.
 * `--hash-pin` prints a PIN hash and exits; a second launch only focuses the first window.
 * Before anything else, launch-policy.ts decides what this start-up may take from its command
 * line and environment (a packaged build ignores the debug doors and refuses debug switches).
 */
import { existsSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  app,
  ipcMain,
  Menu,
  powerMonitor,
  powerSaveBlocker,
  safeStorage,
  session,
  type BrowserWindow,
} from 'electron';
import { createActivityTracker, type MainContext } from './context';
import { createInputIdleClock } from './idle/input-idle';
import { effectiveLockdown, parseCommandLine } from './config/cli';
import { loadMachineConfig } from './config/load';
import { machineConfigPath } from './config/lookup';
import { decideLaunch } from './launch/launch-policy';
import { readBuildVariant } from './launch/build-variant';
import { installSignalQuit } from './launch/signal-quit';
import { runHashPin } from './hash-pin-cli';
import { APP_ORIGIN } from './lockdown';
import { APP_HOME, handleAppProtocol, registerAppScheme } from './protocol';
import { createMainLogger } from './log/logger';
import { createBlockSummary } from './log/block-summary';
import { guardAnyWebContents, guardSession, type SecurityDeps } from './security';
import { createKioskWindow } from './kiosk-window';
import { createAdminPin } from './admin/admin-pin';
import { logAdminAccess } from './admin/log-access';
import { createAdminSession } from './admin/admin-session';
import { queryWindowsRemovableDrives } from './files/windows-drives';
import { listBackups } from './files/backups';
import { registerIpcHandlers } from './ipc/gate';
import { createIpcHandlers } from './ipc/handlers';
import { createHubService } from './hub/service';
import { createStoredPassword } from './hub/storedPassword';
import { collectMainDiagnostics, writeSupportBundle } from './diagnostics';
import { registerUpdater } from './updater';
import { registerDailyRestart } from './daily-restart';

registerAppScheme();
// Two-finger swipes must not walk the history.
app.commandLine.appendSwitch('overscroll-history-navigation', '0');
// Linux: Chromium lists the system voices ("Écouter") only through speech-dispatcher, if asked.
if (process.platform === 'linux') app.commandLine.appendSwitch('enable-speech-dispatcher');

const machineConfig = machineConfigPath(process.platform, {});
const launch = decideLaunch({
  isPackaged: app.isPackaged,
  variant: readBuildVariant(() =>
    readFileSync(path.join(app.getAppPath(), 'package.json'), 'utf8'),
  ),
  argv: process.argv,
  env: process.env,
  platform: process.platform,
  machineConfigExists: machineConfig !== null && existsSync(machineConfig),
});
const cli = { ...parseCommandLine(process.argv), dev: launch.dev };
if (cli.hashPin) {
  void runHashPin({ stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then(
    (code) => app.exit(code),
  );
} else if (launch.refusal) {
  refuseToStart(launch.refusal);
} else {
  // Tests may point the data folder elsewhere (a fresh profile per Playwright test). The
  // single-instance lock lives in that folder, so it is taken only once the folder is set.
  if (launch.userData) app.setPath('userData', launch.userData);
  if (!app.requestSingleInstanceLock()) {
    // Another kiosk is running: it receives 'second-instance' and comes to the front.
    app.quit();
  } else {
    start();
  }
}

/** Logs why this start-up is refused and exits non-zero (the OS service shows the failure). */
function refuseToStart(reason: string): void {
  const log = createMainLogger({
    userData: app.getPath('userData'),
    level: 'info',
    consoleLevel: 'error',
  });
  log.error('app.refused', { reason });
  app.exit(1);
}

function start(): void {
  const loaded = loadMachineConfig({
    argv: process.argv,
    env: launch.configEnv,
    platform: process.platform,
    fs: { exists: existsSync, readText: (file) => readFileSync(file, 'utf8') },
  });
  const lockdown = effectiveLockdown(cli, loaded.config.lockdown);
  const userData = app.getPath('userData');
  const log = createMainLogger({
    userData,
    level: loaded.config.logLevel,
    consoleLevel: app.isPackaged ? false : 'info',
  });
  for (const door of launch.ignored) log.warn('launch.ignored', { door });
  log.info('app.start', {
    version: app.getVersion(),
    electron: process.versions.electron,
    chrome: process.versions.chrome,
    node: process.versions.node,
    platform: process.platform,
    packaged: app.isPackaged,
    lockdown,
  });
  log.info('config.loaded', {
    source: loaded.source ?? 'defaults',
    origin: loaded.origin,
    issues: loaded.issues.length,
  });
  for (const issue of loaded.issues)
    log.warn('config.issue', { field: issue.path || '(fichier)', message: issue.message });

  const backups = loaded.config.backup.folder ?? path.join(userData, 'backups');
  let win: BrowserWindow | null = null;
  let quitAllowed = false;
  const idleClock = createInputIdleClock({
    systemIdleSeconds: () => powerMonitor.getSystemIdleTime(),
  });
  const ctx: MainContext = {
    config: loaded.config,
    configSource: loaded.source,
    configIssues: loaded.issues,
    lockdown,
    appVersion: app.getVersion(),
    paths: { userData, logs: log.folder, backups },
    log,
    getWindow: () => (win && !win.isDestroyed() ? win : null),
    activity: createActivityTracker(),
    getIdleSeconds: () => idleClock.idleSeconds(),
    listBackups: () => listBackups(backups),
    allowQuit(reason) {
      quitAllowed = true;
      log.info('app.quit-allowed', { reason });
      ctx.getWindow()?.setClosable(true);
    },
  };
  const blocks = createBlockSummary(log);
  const security: SecurityDeps = { lockdown, appOrigin: APP_ORIGIN, blocks };

  app.on('web-contents-created', (_event, contents) => guardAnyWebContents(contents, security));
  app.on('second-instance', () => {
    log.info('app.second-instance');
    const current = ctx.getWindow();
    if (!current) return;
    if (current.isMinimized()) current.restore();
    current.show();
    current.focus();
  });
  app.on('before-quit', (event) => {
    if (lockdown && !quitAllowed) {
      event.preventDefault();
      blocks.record('app', 'quit');
      return;
    }
    blocks.dispose();
    log.info('app.quit');
  });
  app.on('window-all-closed', () => app.quit());
  installSignalQuit({
    process,
    allowQuit: (reason) => ctx.allowQuit(reason),
    quit: () => app.quit(),
    exit: (code) => app.exit(code),
    log,
  });
  app.on('child-process-gone', (_event, details) =>
    log.error('child-process.gone', { type: details.type, reason: details.reason }),
  );

  void app.whenReady().then(() => {
    Menu.setApplicationMenu(null);
    handleAppProtocol(path.join(app.getAppPath(), 'dist', 'renderer'), log);
    guardSession(session.defaultSession, security);
    const adminPin = createAdminPin({
      userData,
      configHash: loaded.config.adminPinHash,
      file: loaded.file,
      hashInvalid: loaded.hashInvalid,
      policy: loaded.config.pinLockout,
      log,
    });
    // After `ready`: safeStorage needs it (and on Linux the desktop's secret service).
    const hubPassword = createStoredPassword(
      path.join(userData, 'hub-password.bin'),
      safeStorage,
      process.platform,
    );
    registerIpcHandlers(
      { ipcMain, getWindow: ctx.getWindow, appOrigin: APP_ORIGIN, log },
      createIpcHandlers({
        ctx,
        adminPin,
        adminSession: createAdminSession(),
        platform: process.platform,
        versions: {
          app: app.getVersion(),
          electron: process.versions.electron,
          chrome: process.versions.chrome,
          node: process.versions.node,
        },
        exportDeps: {
          backupsFolder: backups,
          log,
          probe: {
            platform: process.platform,
            user: os.userInfo().username,
            env: process.env,
            listFolders: (folder) => readdir(folder).catch(() => []),
            windowsRemovableDrives: () => queryWindowsRemovableDrives(process.env),
          },
        },
        quit: () => app.quit(),
        diagnostics: { collect: collectMainDiagnostics, writeBundle: writeSupportBundle },
        hub: createHubService(loaded.config.hub, {
          appVersion: app.getVersion(),
          dataFolder: userData,
          place: loaded.config,
          storedPassword: () => hubPassword.load(),
        }),
        hubPassword,
      }),
    );
    win = createKioskWindow({
      ctx,
      security,
      preload: path.join(__dirname, 'preload.cjs'),
      home: APP_HOME,
      idle: idleClock,
      isQuitAllowed: () => quitAllowed,
    });
    powerSaveBlocker.start('prevent-display-sleep');
    powerMonitor.on('shutdown', () => ctx.allowQuit('system-shutdown'));
    registerUpdater(ctx);
    registerDailyRestart({
      ctx,
      platform: process.platform,
      env: process.env,
      relaunch: () => app.relaunch(),
      exit: (code) => app.exit(code),
    });
    logAdminAccess(log, adminPin.access());
  });
}
