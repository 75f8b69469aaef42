/**
 * The preload bridge: `window.kiosk` exposes one named function per contract method, each a
 * plain `ipcRenderer.invoke` on its channel. Never `ipcRenderer` itself, never an event object.
 * Sandboxed preloads cannot `require` local files: this file is bundled into one CommonJS file
 * (scripts/build-electron.ts) with the contract inlined.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { IPC, type KioskApi } from './ipc/contract';

const api = {
  getBootInfo: () => ipcRenderer.invoke(IPC.getBootInfo),
  setInitialAdminPin: (pin) => ipcRenderer.invoke(IPC.setInitialAdminPin, pin),
  verifyAdminPin: (pin) => ipcRenderer.invoke(IPC.verifyAdminPin, pin),
  quitKiosk: (pin) => ipcRenderer.invoke(IPC.quitKiosk, pin),
  getIdleSeconds: () => ipcRenderer.invoke(IPC.getIdleSeconds),
  log: (entry) => ipcRenderer.invoke(IPC.log, entry),
  listExportTargets: () => ipcRenderer.invoke(IPC.listExportTargets),
  saveExport: (request) => ipcRenderer.invoke(IPC.saveExport, request),
  writeBackup: (request) => ipcRenderer.invoke(IPC.writeBackup, request),
  listBackups: () => ipcRenderer.invoke(IPC.listBackups),
  readBackup: (name) => ipcRenderer.invoke(IPC.readBackup, name),
  getDiagnostics: () => ipcRenderer.invoke(IPC.getDiagnostics),
  writeSupportBundle: (renderer) => ipcRenderer.invoke(IPC.writeSupportBundle, renderer),
  setActivityState: (state) => ipcRenderer.invoke(IPC.setActivityState, state),
} satisfies KioskApi;

contextBridge.exposeInMainWorld('kiosk', api);

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
