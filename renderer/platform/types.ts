/**
 * The renderer's one door to the host. Two implementations, chosen once at start-up:
 * Electron (the preload bridge, `window.kiosk`) and Web (plain browser APIs, for the browser
 * kiosk and the browser tests). Features use `usePlatform()`, never `window.kiosk` directly.
 */
import type { BootInfo, KioskApi } from '../../electron/ipc/contract';

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
  /** The boot info in two steps, when the platform can paint the attract screen before all of it is known. */
  bootInStages?(): Promise<StagedBootInfo>;
}

export interface StagedBootInfo {
  /** Enough for the attract screen; the whole boot info when `complete` is null. */
  first: BootInfo;
  /**
   * Loads the whole boot info (once; again after a failure): its attract-screen fields equal
   * `first`'s. Until it comes, only the attract screen may show: nothing else reads `first`.
   */
  complete: (() => Promise<BootInfo>) | null;
}
