/**
 * Backups of the renderer's database (JSON) in the backup folder: written atomically, listed
 * newest first, read back with a size cap. The folder may be shared by several counters and
 * hold files IT put there, so main decides, not the renderer: a counter writes and prunes only
 * its own names (`journal-<siteId>-<posteId>-<date>….json`), keeps the machine config's
 * `backup.keep` of them, and support bundles (their own sub-folder) are never listed or read.
 */
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { BackupFile, PathResult, WriteBackupRequest } from '../ipc/contract';
import type { MainLogger } from '../context';
import { fileErrorCode, writeFileAtomic } from './atomic-write';
import { BACKUP_EXTENSIONS, isSafeFileName } from './file-names';
import { MAX_JOURNAL_FILE_BYTES } from '../shared/limits';

/** Support bundles start so; older versions wrote them next to the backups. */
const SUPPORT_PREFIX = 'support-';

const isBackupName = (name: string): boolean =>
  isSafeFileName(name, BACKUP_EXTENSIONS) && !name.toLowerCase().startsWith(SUPPORT_PREFIX);

/** Which counter writes: its backups are the only files it may create or delete. */
export interface BackupOwner {
  siteId: string;
  posteId: string;
  /** `backup.keep` of the machine config. */
  keep: number;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * True for this counter's own backup names, as the renderer's `bundleFileName` writes them:
 * `journal-<siteId>-<posteId>-YYYY-MM-DD.json`, or with `-HHMMSS` for a manual backup.
 */
export function isOwnBackupName(name: string, owner: Pick<BackupOwner, 'siteId' | 'posteId'>) {
  const prefix = escapeRegExp(`journal-${owner.siteId}-${owner.posteId}-`);
  return (
    isBackupName(name) && new RegExp(`^${prefix}\\d{4}-\\d{2}-\\d{2}(-\\d{6})?\\.json$`).test(name)
  );
}

/** Backups in `folder`, newest first; [] when the folder does not exist yet. */
export async function listBackups(folder: string): Promise<BackupFile[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  const files: BackupFile[] = [];
  for (const name of names.filter(isBackupName)) {
    try {
      const info = await stat(path.join(folder, name));
      if (info.isFile())
        files.push({ name, size: info.size, modifiedAt: info.mtime.toISOString() });
    } catch {
      // Deleted between readdir and stat: skip it.
    }
  }
  return files.sort(
    (a, b) => b.modifiedAt.localeCompare(a.modifiedAt) || b.name.localeCompare(a.name),
  );
}

/** Deletes every backup of this counter but the `keep` newest; returns how many were removed. */
export async function pruneBackups(folder: string, owner: BackupOwner): Promise<number> {
  const own = (await listBackups(folder)).filter((file) => isOwnBackupName(file.name, owner));
  const old = own.slice(Math.max(1, owner.keep));
  for (const file of old) await rm(path.join(folder, file.name), { force: true });
  return old.length;
}

export async function writeBackup(
  folder: string,
  request: WriteBackupRequest,
  owner: BackupOwner,
  log: MainLogger,
): Promise<PathResult> {
  if (!isOwnBackupName(request.fileName, owner)) return { ok: false, error: 'invalid-name' };
  const bytes = Buffer.byteLength(request.content, 'utf8');
  if (bytes > MAX_JOURNAL_FILE_BYTES) return { ok: false, error: 'too-large' };
  try {
    await mkdir(folder, { recursive: true });
    const file = path.join(folder, request.fileName);
    await writeFileAtomic(file, request.content);
    const removed = await pruneBackups(folder, owner);
    log.info('backup.written', { bytes, removed });
    return { ok: true, path: file };
  } catch (error) {
    const code = fileErrorCode(error);
    log.error('backup.failed', { error: code });
    return { ok: false, error: code };
  }
}

/** Reads one backup; rejects with a short code (`invalid-name`, `not-found`, `too-large`). */
export async function readBackup(folder: string, name: string): Promise<string> {
  if (!isBackupName(name)) throw new Error('invalid-name');
  const file = path.join(folder, name);
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error('not-found');
    size = info.size;
  } catch {
    throw new Error('not-found');
  }
  if (size > MAX_JOURNAL_FILE_BYTES) throw new Error('too-large');
  return readFile(file, 'utf8');
}
