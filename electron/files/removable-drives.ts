/**
 * Removable drives where an admin can save an export. Pure apart from the probes, which are
 * parameters, so both OS rules are unit-tested anywhere.
 *
 * Linux: drives mounted by the desktop's automounter under `/media/<user>/` or
 * `/run/media/<user>/` (plus `/media/usbN` for usbmount-style mounts); a drive mounted
 * elsewhere is not listed. Windows: only drives the OS reports as removable (DriveType 2, with
 * media in), asked asynchronously with a timeout: a fixed disk, a DVD or a mapped network drive
 * is never listed, and a disconnected network drive can never freeze the kiosk.
 */
import path from 'node:path';
import type { ExportTarget } from '../ipc/contract';

/** How long the OS may take to list its removable drives before the list is given up. */
export const DRIVE_PROBE_TIMEOUT_MS = 4_000;

export interface DriveProbe {
  platform: string;
  user: string;
  env: Record<string, string | undefined>;
  /** Names in a folder, [] when it is missing or unreadable (Linux). */
  listFolders(folder: string): Promise<string[]>;
  /** Device ids (`E:`) of removable drives with media, as the OS reports them (Windows). */
  windowsRemovableDrives(): Promise<string[]>;
  /** Injectable for tests. */
  timeoutMs?: number;
}

/**
 * The PowerShell query behind `windowsRemovableDrives`: logical disks of DriveType 2 that hold
 * media (an empty card-reader slot has no size). Run with -NoProfile -NonInteractive.
 */
export const WINDOWS_REMOVABLE_QUERY =
  "Get-CimInstance -ClassName Win32_LogicalDisk -Filter 'DriveType=2' | " +
  'Where-Object { $_.Size } | ForEach-Object { $_.DeviceID }';

/** Resolves to `fallback` when `promise` takes longer than `ms` or fails. */
export function withTimeout<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(fallback);
      },
    );
  });
}

/** Drive roots (`E:\`) from the OS's device ids: letters D–Z only, never the system drive. */
export function windowsDriveRoots(deviceIds: readonly string[], systemDrive = 'C:'): string[] {
  const system = systemDrive.slice(0, 1).toUpperCase();
  const roots = deviceIds
    .map((id) => id.trim().toUpperCase())
    .filter((id) => /^[D-Z]:$/.test(id) && id[0] !== system)
    .map((id) => `${id}\\`);
  return [...new Set(roots)].sort();
}

/** Label shown to the agent next to the target kind: the drive letter or the volume name. */
const labelFor = (mount: string, platform: string): string =>
  platform === 'win32' ? mount.slice(0, 2) : path.posix.basename(mount);

async function linuxMounts(probe: DriveProbe): Promise<string[]> {
  const mounts: string[] = [];
  const safeUser = /^[a-z_][a-z0-9_.-]{0,31}$/i.test(probe.user) ? probe.user : null;
  const perUser = safeUser ? [`/media/${safeUser}`, `/run/media/${safeUser}`] : [];
  for (const parent of perUser) {
    for (const name of await probe.listFolders(parent)) mounts.push(path.posix.join(parent, name));
  }
  // usbmount and some appliances mount straight under /media (usb0, usb1…).
  for (const name of await probe.listFolders('/media')) {
    if (name !== safeUser && /^usb\d*$/i.test(name)) mounts.push(path.posix.join('/media', name));
  }
  return [...new Set(mounts)];
}

export async function listRemovableMounts(probe: DriveProbe): Promise<string[]> {
  const timeout = probe.timeoutMs ?? DRIVE_PROBE_TIMEOUT_MS;
  if (probe.platform === 'win32') {
    const ids = await withTimeout(probe.windowsRemovableDrives(), timeout, []);
    return windowsDriveRoots(ids, probe.env.SystemDrive ?? 'C:');
  }
  if (probe.platform === 'linux') return withTimeout(linuxMounts(probe), timeout, []);
  return [];
}

/** The removable drives as export targets; the id carries the mount so main can re-check it. */
export async function removableTargets(probe: DriveProbe): Promise<ExportTarget[]> {
  return (await listRemovableMounts(probe)).map((mount) => ({
    id: `removable:${mount}`,
    label: labelFor(mount, probe.platform),
    kind: 'removable' as const,
  }));
}
