/**
 * Removable drives where an agent can save an export. Pure: the folder listing and existence
 * probes are parameters, so both OS rules are unit-tested anywhere.
 *
 * Limits (documented in docs/configuration.md): on Linux, drives mounted by the desktop's
 * automounter under `/media/<user>/` or `/run/media/<user>/` (plus `/media/<name>` for
 * usbmount-style mounts); a drive mounted elsewhere is not listed. On Windows, every drive letter
 * from D: to Z: other than the system drive that answers; this can include a DVD drive with a
 * disc or a mapped network drive, and a write there fails cleanly when it is read-only.
 */
import path from 'node:path';
import type { ExportTarget } from '../ipc/contract';

export interface DriveProbe {
  platform: string;
  user: string;
  env: Record<string, string | undefined>;
  /** Names in a folder, [] when it is missing or unreadable. */
  listFolders(folder: string): string[];
  exists(folder: string): boolean;
}

/** Label shown to the agent next to the target kind: the drive letter or the volume name. */
const labelFor = (mount: string, platform: string): string =>
  platform === 'win32' ? mount.slice(0, 2) : path.posix.basename(mount);

export function listRemovableMounts(probe: DriveProbe): string[] {
  if (probe.platform === 'win32') {
    const system = (probe.env.SystemDrive ?? 'C:').slice(0, 1).toUpperCase();
    const letters = 'DEFGHIJKLMNOPQRSTUVWXYZ'.split('').filter((l) => l !== system);
    return letters.map((l) => `${l}:\\`).filter((root) => probe.exists(root));
  }
  if (probe.platform === 'linux') {
    const mounts: string[] = [];
    const safeUser = /^[a-z_][a-z0-9_.-]{0,31}$/i.test(probe.user) ? probe.user : null;
    const perUser = safeUser ? [`/media/${safeUser}`, `/run/media/${safeUser}`] : [];
    for (const parent of perUser) {
      for (const name of probe.listFolders(parent)) mounts.push(path.posix.join(parent, name));
    }
    // usbmount and some appliances mount straight under /media (usb0, usb1…).
    for (const name of probe.listFolders('/media')) {
      if (name !== safeUser && /^usb\d*$/i.test(name)) mounts.push(path.posix.join('/media', name));
    }
    return [...new Set(mounts)];
  }
  return [];
}

/** The removable drives as export targets; the id carries the mount so main can re-check it. */
export function removableTargets(probe: DriveProbe): ExportTarget[] {
  return listRemovableMounts(probe).map((mount) => ({
    id: `removable:${mount}`,
    label: labelFor(mount, probe.platform),
    kind: 'removable' as const,
  }));
}
