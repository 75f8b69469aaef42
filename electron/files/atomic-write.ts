/**
 * Atomic writes: the content goes to a temporary file in the same folder, is flushed to disk
 * (fsync), then renamed over the target, so a power cut or a pulled USB key never leaves a
 * half-written export or backup. Errors come back as short codes the renderer can translate.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** Why a write failed, in words the agent area can show. */
export type FileErrorCode =
  'disk-full' | 'not-writable' | 'folder-missing' | 'too-large' | 'write-failed';

/** Maps a Node error to a `FileErrorCode`. */
export function fileErrorCode(error: unknown): FileErrorCode {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'disk-full';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'EBUSY')
    return 'not-writable';
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'folder-missing';
  if (code === 'EFBIG') return 'too-large';
  return 'write-failed';
}

/** Writes `content` to `target` atomically; throws the underlying error after cleaning up. */
export async function writeFileAtomic(target: string, content: string | Uint8Array): Promise<void> {
  const temp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  try {
    const handle = await open(temp, 'wx', 0o640);
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}
