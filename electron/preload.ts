/**
 * The preload bridge: `window.kiosk` exposes one named function per contract method, each a
 * plain `ipcRenderer.invoke` on its channel. Never `ipcRenderer` itself, never an event object.
 * Sandboxed preloads cannot `require` local files: this file is bundled into one CommonJS file
 * (scripts/build-electron.ts) with the contract inlined.
 *
 * The admin token main returns on a successful admin PIN check stays here, in the preload's
 * isolated world: page script never sees it; the admin-only calls carry it to main, which
 * checks it (and forgets it when the kiosk leaves the agent area). The renderer's API stays the
 * plain `KioskApi`.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { IPC, type AdminPinCheck, type KioskApi } from './ipc/contract';
import { installMainWorldGuards } from './main-world-guards';

let adminToken: string | null = null;

const api = {
  getBootInfo: () => ipcRenderer.invoke(IPC.getBootInfo),
  setInitialAdminPin: (pin) => ipcRenderer.invoke(IPC.setInitialAdminPin, pin),
  async verifyAdminPin(pin) {
    const check = (await ipcRenderer.invoke(IPC.verifyAdminPin, pin)) as AdminPinCheck;
    if (check.ok) adminToken = check.token;
    return check.ok;
  },
  quitKiosk: (pin) => ipcRenderer.invoke(IPC.quitKiosk, adminToken, pin),
  getIdleSeconds: () => ipcRenderer.invoke(IPC.getIdleSeconds),
  log: (entry) => ipcRenderer.invoke(IPC.log, entry),
  listExportTargets: () => ipcRenderer.invoke(IPC.listExportTargets, adminToken),
  saveExport: (request) => ipcRenderer.invoke(IPC.saveExport, adminToken, request),
  writeBackup: (request) => ipcRenderer.invoke(IPC.writeBackup, request),
  listBackups: () => ipcRenderer.invoke(IPC.listBackups),
  readBackup: (name) => ipcRenderer.invoke(IPC.readBackup, adminToken, name),
  getDiagnostics: () => ipcRenderer.invoke(IPC.getDiagnostics),
  writeSupportBundle: (renderer) =>
    ipcRenderer.invoke(IPC.writeSupportBundle, adminToken, renderer),
  setActivityState(state) {
    // Main drops its copy too: the token is only ever good inside the agent area.
    if (state !== 'agent') adminToken = null;
    return ipcRenderer.invoke(IPC.setActivityState, state);
  },
  printTakeaway: () => ipcRenderer.invoke(IPC.printTakeaway),
  hubPush: (request) => ipcRenderer.invoke(IPC.hubPush, request),
  hubStatus: () => ipcRenderer.invoke(IPC.hubStatus),
  hubSetPassword: (password) => ipcRenderer.invoke(IPC.hubSetPassword, adminToken, password),
} satisfies KioskApi;

contextBridge.exposeInMainWorld('kiosk', api);
if (!installMainWorldGuards())
  void ipcRenderer.invoke(IPC.log, { level: 'error', event: 'preload.dialog-guard-failed' });

// A file or link dropped on the window must not open it (navigateOnDragDrop is off too).
const stopDrop = (event: DragEvent): void => {
  const types = event.dataTransfer?.types ?? [];
  // Only external drops (files, links): the exercises' own drag-and-drop stays untouched.
  if (!event.defaultPrevented && (types.includes('Files') || types.includes('text/uri-list')))
    event.preventDefault();
};
window.addEventListener('dragover', stopDrop);
window.addEventListener('drop', stopDrop);

// No OS file dialog: it would open the machine's file system to citizens. Imports read the
// backup folder through main instead (platform.importFrom = 'backup-folder').
window.addEventListener(
  'click',
  (event) => {
    const target = event.target;
    if (target instanceof HTMLInputElement && target.type === 'file') event.preventDefault();
  },
  true,
);
