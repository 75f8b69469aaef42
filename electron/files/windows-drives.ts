/**
 * The Windows side of the removable-drive probe: asks PowerShell for DriveType 2 disks with
 * media, without a window, killed after the probe timeout. Never throws (an error is "none").
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { DRIVE_PROBE_TIMEOUT_MS, WINDOWS_REMOVABLE_QUERY } from './removable-drives';

export function queryWindowsRemovableDrives(
  env: Record<string, string | undefined>,
): Promise<string[]> {
  // The full path: a PATH planted in the kiosk account's environment must not choose the binary.
  const root = env.SystemRoot ?? '';
  const system = /^[A-Z]:\\Windows$/i.test(root) ? root : 'C:\\Windows';
  const powershell = path.win32.join(
    system,
    'System32',
    'WindowsPowerShell',
    'v1.0',
    'powershell.exe',
  );
  return new Promise((resolve) => {
    execFile(
      powershell,
      ['-NoProfile', '-NonInteractive', '-Command', WINDOWS_REMOVABLE_QUERY],
      { timeout: DRIVE_PROBE_TIMEOUT_MS, windowsHide: true, encoding: 'utf8' },
      (error, stdout) => resolve(error ? [] : stdout.split(/\r?\n/).filter((l) => l.trim())),
    );
  });
}
