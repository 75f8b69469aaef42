/**
 * Creates the kiosk window and installs, in this order and before its first load: the security
 * guards, the keyboard guard (lockdown only), recovery, and the close/minimise refusals. Only
 * then is the home page loaded.
 */
import type { BrowserWindow } from 'electron';
import type { MainContext } from './context';
import type { InputIdleClock } from './idle/input-idle';
import { guardKioskContents, type SecurityDeps } from './security';
import { installInputGuard } from './input-guard';
import { installRecovery } from './recovery';
import { openKioskBrowserWindow } from './window';

export interface KioskWindowDeps {
  ctx: Pick<MainContext, 'lockdown' | 'log' | 'allowQuit'>;
  security: SecurityDeps;
  preload: string;
  home: string;
  /** Counts the page's input events: the idle source that works on every session type. */
  idle: Pick<InputIdleClock, 'input'>;
  /** True once the admin PIN (or an update, or the OS shutting down) allowed quitting. */
  isQuitAllowed(): boolean;
}

export function createKioskWindow(deps: KioskWindowDeps): BrowserWindow {
  const { ctx, security } = deps;
  const lockdown = ctx.lockdown;
  const win = openKioskBrowserWindow({ lockdown, preload: deps.preload });
  const contents = win.webContents;

  guardKioskContents(contents, security);
  if (lockdown) installInputGuard(contents, security.blocks);
  installRecovery(contents, { home: deps.home, log: ctx.log });
  contents.on('input-event', (_event, input) => deps.idle.input(input.type));

  win.on('close', (event) => {
    if (!lockdown || deps.isQuitAllowed()) return;
    event.preventDefault();
    security.blocks.record('window', 'close');
  });
  if (lockdown) {
    win.on('minimize', () => win.restore());
    win.on('leave-full-screen', () => win.setKiosk(true));
    // Mouse back/forward buttons and media keys arrive as app commands on Windows.
    win.on('app-command', (event, command) => {
      event.preventDefault();
      security.blocks.record('app-command', command);
    });
  }
  // Windows is logging off or shutting down: let it.
  win.on('session-end', () => ctx.allowQuit('session-end'));
  win.once('ready-to-show', () => {
    win.show();
    win.focus();
  });

  win.loadURL(deps.home).catch(() => {
    // did-fail-load has logged it and schedules the retry.
  });
  return win;
}
