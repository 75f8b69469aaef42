/**
 * The renderer's one door to the host. Two implementations, chosen once at start-up:
 * Electron (the preload bridge, `window.kiosk`) and Web (plain browser APIs, for the browser
 * kiosk and the browser tests). Features use `usePlatform()`, never `window.kiosk` directly.
 */
import type { KioskApi } from '../../electron/ipc/contract';

export type {
  BootInfo,
  ExportTarget,
  BackupFile,
  PathResult,
  Result,
  RendererLogEntry,
  MainDiagnostics,
  ActivityState,
  AdminPinState,
  AdminAccess,
  ConfigProblem,
} from '../../electron/ipc/contract';

export interface Platform extends KioskApi {
  kind: 'electron' | 'web';
  /**
   * How bundles are imported: Electron lists files of the backup folder / removable drives
   * through main (no OS dialog); the browser kiosk uses a file input inside the agent area.
   */
  importFrom: 'backup-folder' | 'file-input';
}
