import { describe, expect, it } from 'vitest';
import {
  listRemovableMounts,
  removableTargets,
  type DriveProbe,
} from '../../../electron/files/removable-drives';

const linux = (folders: Record<string, string[]>, user = 'agent'): DriveProbe => ({
  platform: 'linux',
  user,
  env: {},
  exists: () => true,
  listFolders: (f) => folders[f] ?? [],
});

describe('removable drives on Linux', () => {
  it('lists the automounter folders of the user', () => {
    const probe = linux({
      '/media/agent': ['CLE_USB', 'DISQUE'],
      '/run/media/agent': ['KINGSTON'],
    });
    expect(listRemovableMounts(probe)).toEqual([
      '/media/agent/CLE_USB',
      '/media/agent/DISQUE',
      '/run/media/agent/KINGSTON',
    ]);
  });

  it('adds usbmount-style mounts and nothing else from /media', () => {
    const probe = linux({ '/media': ['agent', 'usb0', 'usb1', 'cdrom'], '/media/agent': [] });
    expect(listRemovableMounts(probe)).toEqual(['/media/usb0', '/media/usb1']);
  });

  it('lists nothing when no drive is plugged, and ignores an odd user name', () => {
    expect(listRemovableMounts(linux({}))).toEqual([]);
    expect(listRemovableMounts(linux({ '/media/../etc': ['passwd'] }, '../etc'))).toEqual([]);
  });
});

describe('removable drives on Windows', () => {
  const win = (
    present: string[],
    env: Record<string, string> = { SystemDrive: 'C:' },
  ): DriveProbe => ({
    platform: 'win32',
    user: 'kiosque',
    env,
    listFolders: () => [],
    exists: (root) => present.includes(root),
  });

  it('lists the drive letters that answer, except the system drive', () => {
    expect(listRemovableMounts(win(['C:\\', 'E:\\', 'F:\\']))).toEqual(['E:\\', 'F:\\']);
  });

  it('skips the system drive when it is not C:', () => {
    expect(listRemovableMounts(win(['D:\\', 'E:\\'], { SystemDrive: 'D:' }))).toEqual(['E:\\']);
  });

  it('never lists A: or B: (floppy letters that hang when probed)', () => {
    expect(listRemovableMounts(win(['A:\\', 'B:\\']))).toEqual([]);
  });

  it('labels targets with the drive letter', () => {
    expect(removableTargets(win(['E:\\']))).toEqual([
      { id: 'removable:E:\\', label: 'E:', kind: 'removable' },
    ]);
  });
});

it('lists nothing on other systems', () => {
  expect(
    listRemovableMounts({
      platform: 'darwin',
      user: 'a',
      env: {},
      exists: () => true,
      listFolders: () => ['x'],
    }),
  ).toEqual([]);
});
