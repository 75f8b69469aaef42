/**
 * The main-process logger: electron-log writing `kiosque.log` in the per-machine log folder,
 * capped in size and rotated (a few archives kept), at the level chosen in the machine config.
 * Lines are `event {json details}`: greppable, and never free text from the renderer.
 */
import { accessSync, constants, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { ipcMain } from 'electron';
import electronLog from 'electron-log/main';
import type { LogDetails, MainLogger } from '../context';
import { chooseLogFolder } from './log-folder';
import { rotateLogFiles } from './rotation';

export const LOG_FILE_NAME = 'kiosque.log';
/** 2 MB per file and 5 archives: weeks of normal activity, bounded disk use. */
export const LOG_MAX_BYTES = 2 * 1024 * 1024;
export const LOG_ARCHIVES = 5;
/** The channel electron-log opens for renderer logging when imported. */
export const ELECTRON_LOG_CHANNEL = '__ELECTRON_LOG__';

export type MainLogLevel = 'error' | 'warn' | 'info' | 'debug';

/** Creates the folder if needed and checks the kiosk account may write into it. */
export function canWriteFolder(folder: string): boolean {
  try {
    mkdirSync(folder, { recursive: true });
    accessSync(folder, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

const format = (event: string, details?: LogDetails): string =>
  details && Object.keys(details).length > 0 ? `${event} ${JSON.stringify(details)}` : event;

/** Reads the last lines of a file without loading all of it. */
export async function readTail(file: string, lines: number): Promise<string[]> {
  try {
    const handle = await open(file, 'r');
    try {
      const { size } = await handle.stat();
      const length = Math.min(size, 256 * 1024);
      const buffer = Buffer.alloc(length);
      await handle.read(buffer, 0, length, size - length);
      const all = buffer
        .toString('utf8')
        .split(/\r?\n/)
        .filter((l) => l.length > 0);
      // The first line may be cut in the middle when the read started mid-file.
      if (length < size) all.shift();
      return all.slice(-lines);
    } finally {
      await handle.close();
    }
  } catch {
    return [];
  }
}

/** Sets electron-log up and returns the logger every feature receives in `MainContext`. */
export function createMainLogger(options: {
  userData: string;
  level: MainLogLevel;
  consoleLevel: MainLogLevel | false;
  /** The OS whose machine-wide log folder is tried first; injectable for tests. */
  platform?: string;
}): MainLogger {
  const platform = options.platform ?? process.platform;
  const folder = chooseLogFolder({
    platform,
    env: process.env,
    userData: options.userData,
    canWrite: canWriteFolder,
  });
  const file = folder ? path.join(folder, LOG_FILE_NAME) : null;
  const fileTransport = electronLog.transports.file;
  if (file) {
    fileTransport.resolvePathFn = () => file;
    fileTransport.maxSize = LOG_MAX_BYTES;
    fileTransport.archiveLogFn = (old) =>
      rotateLogFiles(old.path, LOG_ARCHIVES, { existsSync, renameSync, rmSync });
    fileTransport.level = options.level;
    fileTransport.format = '[{y}-{m}-{d} {h}:{i}:{s}.{ms}] [{level}] {text}';
  } else {
    fileTransport.level = false;
  }
  electronLog.transports.console.level = options.consoleLevel;
  // electron-log listens on its own IPC channel as soon as it is imported. The renderer logs
  // through the gate and its sanitiser only (ipc/gate.ts), so that channel is closed.
  ipcMain.removeHandler(ELECTRON_LOG_CHANNEL);
  ipcMain.removeAllListeners(ELECTRON_LOG_CHANNEL);
  // Uncaught errors in main are logged; no dialog, which a citizen could not act on.
  electronLog.errorHandler.startCatching({ showDialog: false });
  return {
    folder,
    debug: (event, details) => electronLog.debug(format(event, details)),
    info: (event, details) => electronLog.info(format(event, details)),
    warn: (event, details) => electronLog.warn(format(event, details)),
    error: (event, details) => electronLog.error(format(event, details)),
    tail: async (lines) => (file ? readTail(file, lines) : []),
  };
}
