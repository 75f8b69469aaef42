/**
 * The kiosk window's options, as a pure function (unit-tested): fullscreen kiosk with no way to
 * close, minimise or move it in lockdown, and the hardened web preferences of the Electron
 * security checklist in every mode.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowOptionsInput {
  lockdown: boolean;
  preload: string;
  /** Colour painted before the first frame, matching the attract screen. */
  backgroundColor?: string;
}

export function kioskWindowOptions({ lockdown, preload, backgroundColor = '#f5f5fe' }: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title: 'Kiosque Numérique',
    show: false,
    backgroundColor,
    kiosk: lockdown,
    fullscreen: lockdown,
    width: 1366,
    height: 768,
    autoHideMenuBar: true,
    closable: !lockdown,
    minimizable: !lockdown,
    maximizable: !lockdown,
    resizable: !lockdown,
    movable: !lockdown,
    skipTaskbar: lockdown,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: !lockdown,
      enableWebSQL: false,
      safeDialogs: true,
      // The idle timer must keep ticking when the kiosk is covered by an OS dialog.
      backgroundThrottling: false,
      zoomFactor: 1,
    },
  };
}
