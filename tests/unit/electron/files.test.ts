import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isSafeFileName, BACKUP_EXTENSIONS } from '../../../electron/files/file-names';
import { fileErrorCode, writeFileAtomic } from '../../../electron/files/atomic-write';
import { listBackups, readBackup, writeBackup } from '../../../electron/files/backups';
import {
  folderForTarget,
  listExportTargets,
  saveExport,
  type ExportDeps,
} from '../../../electron/files/exports';
import { captureLogger } from './test-logger';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'kiosque-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('isSafeFileName', () => {
  it.each(['journal-2026-11-28.csv', 'export_stats.json', 'Sauvegarde.2026.json', 'a.csv'])(
    'accepts %s',
    (name) => {
      expect(isSafeFileName(name)).toBe(true);
    },
  );
  it.each([
    '../journal.csv',
    '..\\journal.csv',
    'dossier/journal.csv',
    'dossier\\journal.csv',
    'C:journal.csv',
    '/etc/passwd.csv',
    '.cache.csv',
    'journal..csv',
    'journal.csv.',
    'journal .csv',
    'journal.exe',
    'journal.csv.exe',
    'journal.CSV.lnk',
    '.csv',
    'CON.csv',
    'nul.json',
    'COM1.csv',
    'lpt9.json',
    'journal\u0000.csv',
    'journal\n.csv',
    'café.csv',
    '',
    `${'a'.repeat(130)}.csv`,
  ])('refuses %j', (name) => {
    expect(isSafeFileName(name)).toBe(false);
  });
  it('refuses non-strings and honours the allowed extensions', () => {
    expect(isSafeFileName(42)).toBe(false);
    expect(isSafeFileName(null)).toBe(false);
    expect(isSafeFileName('data.csv', BACKUP_EXTENSIONS)).toBe(false);
    expect(isSafeFileName('data.json', BACKUP_EXTENSIONS)).toBe(true);
  });
});

describe('writeFileAtomic', () => {
  it('writes the content and leaves no temporary file', async () => {
    const target = path.join(dir, 'out.json');
    await writeFileAtomic(target, '{"a":1}');
    await writeFileAtomic(target, '{"a":2}');
    expect(readFileSync(target, 'utf8')).toBe('{"a":2}');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('throws and cleans up when the folder is missing', async () => {
    await expect(writeFileAtomic(path.join(dir, 'missing', 'out.json'), 'x')).rejects.toMatchObject(
      { code: 'ENOENT' },
    );
  });

  it('maps system errors to codes the agent area can explain', () => {
    const err = (code: string) => Object.assign(new Error(code), { code });
    expect(fileErrorCode(err('ENOSPC'))).toBe('disk-full');
    expect(fileErrorCode(err('EDQUOT'))).toBe('disk-full');
    expect(fileErrorCode(err('EROFS'))).toBe('not-writable');
    expect(fileErrorCode(err('EACCES'))).toBe('not-writable');
    expect(fileErrorCode(err('ENOENT'))).toBe('folder-missing');
    expect(fileErrorCode(new Error('other'))).toBe('write-failed');
    expect(fileErrorCode(null)).toBe('write-failed');
  });
});

describe('backups', () => {
  const stamp = (file: string, minutesAgo: number) => {
    const t = new Date(Date.now() - minutesAgo * 60_000);
    utimesSync(file, t, t);
  };

  it('writes, keeps the N newest and lists them newest first', async () => {
    const log = captureLogger();
    for (let i = 1; i <= 4; i += 1) {
      const result = await writeBackup(
        dir,
        { fileName: `sauvegarde-${i}.json`, content: `{"n":${i}}`, keep: 3 },
        log,
      );
      expect(result).toEqual({ ok: true, path: path.join(dir, `sauvegarde-${i}.json`) });
      stamp(path.join(dir, `sauvegarde-${i}.json`), 10 - i);
    }
    const list = await listBackups(dir);
    expect(list.map((b) => b.name)).toEqual([
      'sauvegarde-4.json',
      'sauvegarde-3.json',
      'sauvegarde-2.json',
    ]);
    expect(list[0]).toMatchObject({ size: 7 });
    expect(await readBackup(dir, 'sauvegarde-3.json')).toBe('{"n":3}');
    expect(log.lines.filter((l) => l.event === 'backup.written')).toHaveLength(4);
  });

  it('never touches files that are not backups', async () => {
    writeFileSync(path.join(dir, 'notes IT.txt'), 'garder');
    mkdirSync(path.join(dir, 'exports'));
    await writeBackup(dir, { fileName: 'b1.json', content: '{}', keep: 1 }, captureLogger());
    await writeBackup(dir, { fileName: 'b2.json', content: '{}', keep: 1 }, captureLogger());
    expect(readdirSync(dir).sort()).toEqual(['b2.json', 'exports', 'notes IT.txt']);
  });

  it('creates the folder and refuses bad names', async () => {
    const folder = path.join(dir, 'nouveau');
    expect(
      (await writeBackup(folder, { fileName: 'b.json', content: '{}', keep: 2 }, captureLogger()))
        .ok,
    ).toBe(true);
    expect(
      await writeBackup(folder, { fileName: '../b.json', content: '{}', keep: 2 }, captureLogger()),
    ).toEqual({ ok: false, error: 'invalid-name' });
    expect(
      await writeBackup(folder, { fileName: 'b.csv', content: '{}', keep: 2 }, captureLogger()),
    ).toEqual({ ok: false, error: 'invalid-name' });
  });

  it('returns a clear error when the folder cannot be written', async () => {
    const blocker = path.join(dir, 'fichier');
    writeFileSync(blocker, 'x');
    const result = await writeBackup(
      path.join(blocker, 'sous-dossier'),
      { fileName: 'b.json', content: '{}', keep: 2 },
      captureLogger(),
    );
    expect(result.ok).toBe(false);
    expect(result).toHaveProperty('error');
  });

  it('reads only valid, existing names', async () => {
    await expect(readBackup(dir, '../../etc/passwd')).rejects.toThrow('invalid-name');
    await expect(readBackup(dir, 'absent.json')).rejects.toThrow('not-found');
  });

  it('lists nothing for a missing folder', async () => {
    expect(await listBackups(path.join(dir, 'absent'))).toEqual([]);
  });
});

describe('exports', () => {
  const deps = (mounts: string[] = []): ExportDeps => ({
    backupsFolder: dir,
    log: captureLogger(),
    probe: {
      platform: 'linux',
      user: 'kiosque',
      env: {},
      exists: () => true,
      listFolders: (f) => (f === '/media/kiosque' ? mounts : []),
    },
  });

  it('lists the backup folder first, then removable drives', () => {
    expect(listExportTargets(deps(['CLE_USB']))).toEqual([
      { id: 'backup-folder', label: path.join(dir, 'exports'), kind: 'backup-folder' },
      { id: 'removable:/media/kiosque/CLE_USB', label: 'CLE_USB', kind: 'removable' },
    ]);
  });

  it('saves into the exports sub-folder of the backup folder', async () => {
    const d = deps();
    const result = await saveExport(d, {
      targetId: 'backup-folder',
      fileName: 'journal.csv',
      content: 'a;b\n1;2\n',
    });
    expect(result).toEqual({ ok: true, path: path.join(dir, 'exports', 'journal.csv') });
    expect(readFileSync(path.join(dir, 'exports', 'journal.csv'), 'utf8')).toBe('a;b\n1;2\n');
  });

  it('refuses an unknown target, a target not currently plugged and a bad name', async () => {
    const d = deps([]);
    expect(
      await saveExport(d, { targetId: 'removable:/etc', fileName: 'x.csv', content: '' }),
    ).toEqual({ ok: false, error: 'target-unavailable' });
    expect(await saveExport(d, { targetId: 'anything', fileName: 'x.csv', content: '' })).toEqual({
      ok: false,
      error: 'target-unavailable',
    });
    expect(
      await saveExport(d, { targetId: 'backup-folder', fileName: '../x.csv', content: '' }),
    ).toEqual({ ok: false, error: 'invalid-name' });
    expect(folderForTarget(d, 'removable:/media/kiosque/CLE')).toBeNull();
  });

  it('reports an unwritable drive as a result, not an exception', async () => {
    const d: ExportDeps = {
      ...deps(),
      probe: {
        platform: 'linux',
        user: 'kiosque',
        env: {},
        exists: () => true,
        listFolders: (f) => (f === '/media/kiosque' ? ['ABSENTE'] : []),
      },
    };
    const result = await saveExport(d, {
      targetId: 'removable:/media/kiosque/ABSENTE',
      fileName: 'x.csv',
      content: 'x',
    });
    expect(result).toEqual({ ok: false, error: 'folder-missing' });
  });
});
