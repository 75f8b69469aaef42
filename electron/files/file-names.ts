/**
 * File names chosen by the renderer are checked here before any write or read: a plain name,
 * safe characters only, an allowed extension. No folder part, no `..`, nothing Windows treats
 * specially (device names, trailing dot or space, alternate data streams).
 */

export const EXPORT_EXTENSIONS = ['.csv', '.json'] as const;
export const BACKUP_EXTENSIONS = ['.json'] as const;

const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$/;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;

/** True when `name` may be used as a file name in our folders. */
export function isSafeFileName(
  name: unknown,
  extensions: readonly string[] = EXPORT_EXTENSIONS,
): name is string {
  if (typeof name !== 'string' || !SAFE_NAME.test(name)) return false;
  if (name.includes('..') || name.endsWith('.') || WINDOWS_DEVICE.test(name)) return false;
  const lower = name.toLowerCase();
  return extensions.some((ext) => lower.endsWith(ext) && lower.length > ext.length);
}
