/**
 * Backups of the renderer's database (JSON) in the backup folder: written atomically, the N
 * newest kept, listed newest first, read back with a size cap. Only names that pass
 * `isSafeFileName` are ever touched, so other files an IT technician puts there are left alone.
 */
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { BackupFile, PathResult, WriteBackupRequest } from '../ipc/contract';
import type { MainLogger } from '../context';
import { fileErrorCode, writeFileAtomic } from './atomic-write';
import { BACKUP_EXTENSIONS, isSafeFileName } from './file-names';

/** A backup larger than this is refused on read (and write): 100 MB. */
export const MAX_BACKUP_BYTES = 100 * 1024 * 1024;

const isBackupName = (name: string): boolean => isSafeFileName(name, BACKUP_EXTENSIONS);

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

/** Deletes every backup but the `keep` newest; returns how many were removed. */
export async function pruneBackups(folder: string, keep: number): Promise<number> {
  const old = (await listBackups(folder)).slice(Math.max(1, keep));
  for (const file of old) await rm(path.join(folder, file.name), { force: true });
  return old.length;
}

export async function writeBackup(
  folder: string,
  request: WriteBackupRequest,
  log: MainLogger,
): Promise<PathResult> {
  if (!isBackupName(request.fileName)) return { ok: false, error: 'invalid-name' };
  const bytes = Buffer.byteLength(request.content, 'utf8');
  if (bytes > MAX_BACKUP_BYTES) return { ok: false, error: 'too-large' };
  try {
    await mkdir(folder, { recursive: true });
    const file = path.join(folder, request.fileName);
    await writeFileAtomic(file, request.content);
    const removed = await pruneBackups(folder, request.keep);
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
  if (size > MAX_BACKUP_BYTES) throw new Error('too-large');
  return readFile(file, 'utf8');
}
