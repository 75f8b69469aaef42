/**
 * Exports (CSV/JSON) chosen in the agent area, written to the backup folder's `exports`
 * sub-folder or, for the admin only (a valid admin token), to the root of a removable drive.
 * The target id coming from the renderer is only accepted when it is one of the targets listed
 * right now; the name is validated; the write is atomic; every failure is a result, never an
 * exception across IPC.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { ExportTarget, PathResult, SaveExportRequest } from '../ipc/contract';
import type { MainLogger } from '../context';
import { fileErrorCode, writeFileAtomic } from './atomic-write';
import { isSafeFileName } from './file-names';
import { removableTargets, type DriveProbe } from './removable-drives';
import { MAX_JOURNAL_FILE_BYTES } from '../shared/limits';

export const BACKUP_FOLDER_TARGET = 'backup-folder';
/** Exports are kept apart from backups so backup pruning never deletes one. */
export const EXPORTS_SUBFOLDER = 'exports';

export interface ExportDeps {
  backupsFolder: string;
  probe: DriveProbe;
  log: MainLogger;
}

/** What the caller may reach: removable drives only with a valid admin token. */
export interface ExportAccess {
  removable: boolean;
}

export async function listExportTargets(
  deps: ExportDeps,
  access: ExportAccess,
): Promise<ExportTarget[]> {
  const folder = {
    id: BACKUP_FOLDER_TARGET,
    label: path.join(deps.backupsFolder, EXPORTS_SUBFOLDER),
    kind: 'backup-folder' as const,
  };
  return access.removable ? [folder, ...(await removableTargets(deps.probe))] : [folder];
}

/** The folder behind a target id, or null when the id is not a current target. */
export async function folderForTarget(
  deps: ExportDeps,
  targetId: string,
  access: ExportAccess,
): Promise<string | null> {
  if (targetId === BACKUP_FOLDER_TARGET) return path.join(deps.backupsFolder, EXPORTS_SUBFOLDER);
  if (!access.removable) return null;
  const target = (await removableTargets(deps.probe)).find((t) => t.id === targetId);
  return target ? target.id.slice('removable:'.length) : null;
}

export async function saveExport(
  deps: ExportDeps,
  request: SaveExportRequest,
  access: ExportAccess,
): Promise<PathResult> {
  if (!isSafeFileName(request.fileName)) return { ok: false, error: 'invalid-name' };
  const { content } = request;
  const bytes =
    typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.byteLength;
  if (bytes > MAX_JOURNAL_FILE_BYTES) return { ok: false, error: 'too-large' };
  if (request.targetId !== BACKUP_FOLDER_TARGET && !access.removable)
    return { ok: false, error: 'admin-required' };
  const folder = await folderForTarget(deps, request.targetId, access);
  if (!folder) return { ok: false, error: 'target-unavailable' };
  const kind = request.targetId === BACKUP_FOLDER_TARGET ? 'backup-folder' : 'removable';
  try {
    if (kind === 'backup-folder') await mkdir(folder, { recursive: true });
    const file = path.join(folder, request.fileName);
    await writeFileAtomic(file, content);
    deps.log.info('export.saved', { kind, bytes });
    return { ok: true, path: file };
  } catch (error) {
    const code = fileErrorCode(error);
    deps.log.warn('export.failed', { kind, error: code });
    return { ok: false, error: code };
  }
}
