/**
 * The kiosk BrowserWindow: fullscreen kiosk with no way to close, minimise or move it in
 * lockdown, and the hardened web preferences of the Electron security checklist in every mode.
 * The options stay a literal in the `new BrowserWindow` call so Electronegativity can read them;
 * the wiring test (tests/unit/electron/wiring.test.ts) asserts each one.
 */
import { BrowserWindow } from 'electron';

export interface WindowOptionsInput {
  lockdown: boolean;
  preload: string;
}

/** Colour painted before the first frame, matching the attract screen. */
export const WINDOW_BACKGROUND = '#f5f5fe';

export function openKioskBrowserWindow({ lockdown, preload }: WindowOptionsInput): BrowserWindow {
  return new BrowserWindow({
    title: 'Kiosque Numérique',
    show: false,
    backgroundColor: WINDOW_BACKGROUND,
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
      // Middle click, and the File System Access pickers in every frame: DISABLED_BLINK_FEATURES
      // of csp.ts, written out because Electronegativity skips a webPreferences object holding
      // a computed value (the wiring test checks the two agree).
      disableBlinkFeatures: 'Auxclick,FileSystemAccessLocal',
      // The idle timer must keep ticking when the kiosk is covered by an OS dialog.
      backgroundThrottling: false,
      zoomFactor: 1,
    },
  });
}
