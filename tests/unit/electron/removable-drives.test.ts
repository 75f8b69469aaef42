import { describe, expect, it } from 'vitest';
import {
  listRemovableMounts,
  removableTargets,
  windowsDriveRoots,
  withTimeout,
  WINDOWS_REMOVABLE_QUERY,
  type DriveProbe,
} from '../../../electron/files/removable-drives';

const linux = (folders: Record<string, string[]>, user = 'agent'): DriveProbe => ({
  platform: 'linux',
  user,
  env: {},
  listFolders: async (f) => folders[f] ?? [],
  windowsRemovableDrives: async () => [],
});

describe('removable drives on Linux', () => {
  it('lists the automounter folders of the user', async () => {
    const probe = linux({
      '/media/agent': ['CLE_USB', 'DISQUE'],
      '/run/media/agent': ['KINGSTON'],
    });
    expect(await listRemovableMounts(probe)).toEqual([
      '/media/agent/CLE_USB',
      '/media/agent/DISQUE',
      '/run/media/agent/KINGSTON',
    ]);
  });

  it('adds usbmount-style mounts and nothing else from /media', async () => {
    const probe = linux({ '/media': ['agent', 'usb0', 'usb1', 'cdrom'], '/media/agent': [] });
    expect(await listRemovableMounts(probe)).toEqual(['/media/usb0', '/media/usb1']);
  });

  it('lists nothing when no drive is plugged, and ignores an odd user name', async () => {
    expect(await listRemovableMounts(linux({}))).toEqual([]);
    expect(await listRemovableMounts(linux({ '/media/../etc': ['passwd'] }, '../etc'))).toEqual([]);
  });
});

describe('removable drives on Windows', () => {
  const win = (
    removable: string[] | (() => Promise<string[]>),
    env: Record<string, string> = { SystemDrive: 'C:' },
  ): DriveProbe => ({
    platform: 'win32',
    user: 'kiosque',
    env,
    listFolders: async () => [],
    windowsRemovableDrives: typeof removable === 'function' ? removable : async () => removable,
    timeoutMs: 50,
  });

  it('lists only what the OS reports as removable (DriveType 2 with media)', async () => {
    expect(WINDOWS_REMOVABLE_QUERY).toContain('DriveType=2');
    expect(await listRemovableMounts(win(['E:', 'F:']))).toEqual(['E:\\', 'F:\\']);
  });

  it('never lists the system drive, A:, B: or anything that is not a drive letter', async () => {
    expect(await listRemovableMounts(win(['C:', 'A:', 'B:', '\\\\srv\\share', 'e:']))).toEqual([
      'E:\\',
    ]);
    expect(windowsDriveRoots(['D:', 'E:'], 'D:')).toEqual(['E:\\']);
  });

  it('gives up on a probe that hangs (a disconnected network drive) instead of freezing', async () => {
    const hangs = () => new Promise<string[]>(() => undefined);
    expect(await listRemovableMounts(win(hangs))).toEqual([]);
    expect(await listRemovableMounts(win(() => Promise.reject(new Error('ENOENT'))))).toEqual([]);
    expect(await withTimeout(Promise.resolve(['x']), 50, [])).toEqual(['x']);
  });

  it('labels targets with the drive letter', async () => {
    expect(await removableTargets(win(['E:']))).toEqual([
      { id: 'removable:E:\\', label: 'E:', kind: 'removable' },
    ]);
  });
});

it('lists nothing on other systems', async () => {
  expect(
    await listRemovableMounts({
      platform: 'darwin',
      user: 'a',
      env: {},
      listFolders: async () => ['x'],
      windowsRemovableDrives: async () => ['E:'],
    }),
  ).toEqual([]);
});
