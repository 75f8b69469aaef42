/**
 * The one typed contract between the renderer and the main process.
 *
 * Channel names live here as constants; each channel's argument and result types are in
 * `KioskApi`, which the preload implements with named functions and the renderer imports with
 * `import type` only. Main validates every argument as `unknown` (see `ipc/schemas.ts`).
 */
import type { KioskConfig, ConfigIssue } from '../shared/config-schema';
import type { AdminAccess } from '../shared/admin-access';

export type { AdminAccess, ConfigProblem } from '../shared/admin-access';
import type { HubStatus, PushRequest, PushResponse } from '../shared/hub/protocol';

export const IPC = {
  getBootInfo: 'kiosk:get-boot-info',
  setInitialAdminPin: 'kiosk:set-initial-admin-pin',
  verifyAdminPin: 'kiosk:verify-admin-pin',
  quitKiosk: 'kiosk:quit',
  getIdleSeconds: 'kiosk:get-idle-seconds',
  log: 'kiosk:log',
  saveExport: 'files:save-export',
  listExportTargets: 'files:list-export-targets',
  writeBackup: 'files:write-backup',
  listBackups: 'files:list-backups',
  readBackup: 'files:read-backup',
  getDiagnostics: 'diag:get',
  writeSupportBundle: 'diag:write-support-bundle',
  setActivityState: 'kiosk:set-activity-state',
  printTakeaway: 'kiosk:print-takeaway',
  hubPush: 'hub:push',
  hubStatus: 'hub:status',
  hubSetPassword: 'hub:set-password',
} as const;

export type IpcChannel = (typeof IPC)[keyof typeof IPC];

/** Where the admin PIN hash comes from: the machine config, the first-run setup, or nowhere yet. */
export type AdminPinState = 'configured' | 'stored' | 'missing';

export interface BootInfo {
  /** The effective config (invalid fields replaced by safe defaults); never holds a PIN hash. */
  config: KioskConfig;
  /** Path of the file read, or null when built-in defaults are used. */
  configSource: string | null;
  /** Every problem found in the config file, field by field. Empty when it validated. */
  configIssues: ConfigIssue[];
  adminPin: AdminPinState;
  /** Whether the agent area may open, or why IT must fix the config first. */
  adminAccess: AdminAccess;
  /** Browser kiosk only: the config's `adminPinHash` was set and is ignored there. */
  configHashIgnored: boolean;
  lockdown: boolean;
  versions: { app: string; electron: string; chrome: string; node: string };
  platform: string;
}

export type Result = { ok: true } | { ok: false; error: string };
export type PathResult = { ok: true; path: string } | { ok: false; error: string };

export type LogLevel = 'info' | 'warn' | 'error';
export interface RendererLogEntry {
  level: LogLevel;
  /** A short event name such as `journal.export`; never user input. */
  event: string;
  /** Small, non-personal facts (counts, ids of exercises, durations). */
  details?: Record<string, string | number | boolean>;
}

/** A place where exports can be written: the configured backup folder or a removable drive. */
export interface ExportTarget {
  id: string;
  label: string;
  kind: 'backup-folder' | 'removable';
}

export interface SaveExportRequest {
  targetId: string;
  /** A plain file name (no folder part): validated in main. */
  fileName: string;
  /**
   * The file's text, or its UTF-8 bytes: a year's journal CSV is encoded in the export's
   * workers, so the page's thread neither encodes it nor copies it as a string.
   */
  content: string | Uint8Array<ArrayBuffer>;
}

export interface BackupFile {
  name: string;
  size: number;
  modifiedAt: string;
}

export interface WriteBackupRequest {
  /** `journal-<siteId>-<posteId>-<date>[-<time>].json`: this counter's own names only. */
  fileName: string;
  content: string;
  // How many files to keep is the machine config's `backup.keep`, never the renderer's choice.
}

export interface MainDiagnostics {
  logFolder: string | null;
  logTail: string[];
  userDataFolder: string;
  backupFolder: string;
  lastBackup: BackupFile | null;
  updates: { enabled: boolean; state: string };
}

/** Renderer-side facts added to the support bundle (counts only, no personal data). */
export type RendererDiagnostics = Record<string, string | number | boolean | null>;

/** What the kiosk is doing, so main can hold updates until it sits idle on the attract screen. */
export type ActivityState = 'attract' | 'citizen' | 'agent';

export interface KioskApi {
  getBootInfo(): Promise<BootInfo>;
  setInitialAdminPin(pin: string): Promise<Result>;
  verifyAdminPin(pin: string): Promise<boolean>;
  quitKiosk(pin: string): Promise<Result>;
  /**
   * Seconds without input on the kiosk: the window's own input events (every frame), lowered by
   * the OS idle time when that is non-zero (it stays 0 under Wayland kiosk sessions).
   */
  getIdleSeconds(): Promise<number>;
  log(entry: RendererLogEntry): Promise<void>;
  listExportTargets(): Promise<ExportTarget[]>;
  saveExport(request: SaveExportRequest): Promise<PathResult>;
  writeBackup(request: WriteBackupRequest): Promise<PathResult>;
  listBackups(): Promise<BackupFile[]>;
  readBackup(name: string): Promise<string>;
  getDiagnostics(): Promise<MainDiagnostics>;
  writeSupportBundle(renderer: RendererDiagnostics): Promise<PathResult>;
  setActivityState(state: ActivityState): Promise<void>;
  /** Prints the takeaway sheet on the configured printer (main picks the printer). */
  printTakeaway(): Promise<Result>;
  /** One batch to the métropole hub, pushed by main with the credentials only main holds. */
  hubPush(request: PushRequest): Promise<PushResponse>;
  hubStatus(): Promise<HubStatus>;
  /**
   * Admin only: the poste's hub password, typed once by IT where the config says
   * `storedPassword: true`; main keeps it encrypted (safeStorage) and never gives it back.
   */
  hubSetPassword(password: string): Promise<Result>;
}

/**
 * The admin token: issued by main on a successful admin PIN check, valid a few minutes, dropped
 * when the kiosk leaves the agent area. The preload keeps it in its isolated world and adds it
 * to the calls below; page script never sees it.
 */
export type AdminToken = string;
export type AdminPinCheck = { ok: true; token: AdminToken } | { ok: false };

/** Served only with a valid admin token: restore/import, support bundle, quitting. */
export const ADMIN_ONLY_METHODS = [
  'readBackup',
  'writeSupportBundle',
  'quitKiosk',
  'hubSetPassword',
] as const;
/** Served to everyone, but removable drives are listed and written only with a valid token. */
export const ADMIN_AWARE_METHODS = ['listExportTargets', 'saveExport'] as const;
export type TokenMethod =
  (typeof ADMIN_ONLY_METHODS)[number] | (typeof ADMIN_AWARE_METHODS)[number];

type WithToken<F> = F extends (...args: infer A) => infer R
  ? (token: AdminToken | null, ...args: A) => R
  : never;

/** What travels on the IPC wire (main's handlers and schemas are typed against this). */
export type KioskIpc = {
  [K in keyof KioskApi]: K extends TokenMethod
    ? WithToken<KioskApi[K]>
    : K extends 'verifyAdminPin'
      ? (pin: string) => Promise<AdminPinCheck>
      : KioskApi[K];
};
