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
import {
  isOwnBackupName,
  listBackups,
  readBackup,
  writeBackup,
} from '../../../electron/files/backups';
import {
  folderForTarget,
  listExportTargets,
  saveExport,
  type ExportDeps,
} from '../../../electron/files/exports';
import { captureLogger } from './test-logger';
import { MAX_JOURNAL_FILE_BYTES } from '../../../electron/shared/limits';

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
  /** This counter (site mairie-nord, poste 1), keeping the machine config's 3 backups. */
  const owner = { siteId: 'mairie-nord', posteId: 'poste-1', keep: 3 };
  const own = (day: number) =>
    `journal-mairie-nord-poste-1-2026-03-${String(day).padStart(2, '0')}.json`;

  it("recognises only this counter's own backup names", () => {
    expect(isOwnBackupName(own(4), owner)).toBe(true);
    expect(isOwnBackupName('journal-mairie-nord-poste-1-2026-03-04-101500.json', owner)).toBe(true);
    expect(isOwnBackupName('journal-mairie-nord-poste-2-2026-03-04.json', owner)).toBe(false);
    expect(isOwnBackupName('journal-mairie-sud-poste-1-2026-03-04.json', owner)).toBe(false);
    expect(isOwnBackupName('support-poste-1-20260304-101500.json', owner)).toBe(false);
    expect(isOwnBackupName('notes.json', owner)).toBe(false);
  });

  it("keeps the config's N newest of its own and lists every backup newest first", async () => {
    const log = captureLogger();
    for (let i = 1; i <= 4; i += 1) {
      const result = await writeBackup(
        dir,
        { fileName: own(i), content: `{"n":${i}}` },
        owner,
        log,
      );
      expect(result).toEqual({ ok: true, path: path.join(dir, own(i)) });
      stamp(path.join(dir, own(i)), 10 - i);
    }
    const list = await listBackups(dir);
    expect(list.map((b) => b.name)).toEqual([own(4), own(3), own(2)]);
    expect(list[0]).toMatchObject({ size: 7 });
    expect(await readBackup(dir, own(3))).toBe('{"n":3}');
    expect(log.lines.filter((l) => l.event === 'backup.written')).toHaveLength(4);
  });

  it('never prunes what is not its own: other counters, IT files, support bundles', async () => {
    writeFileSync(path.join(dir, 'notes IT.txt'), 'garder');
    writeFileSync(path.join(dir, 'journal-mairie-nord-poste-2-2026-01-01.json'), '{}');
    writeFileSync(path.join(dir, 'autre.json'), '{}');
    writeFileSync(path.join(dir, 'support-poste-1-20260101-000000.json'), '{}');
    mkdirSync(path.join(dir, 'exports'));
    const keepOne = { ...owner, keep: 1 };
    await writeBackup(dir, { fileName: own(1), content: '{}' }, keepOne, captureLogger());
    stamp(path.join(dir, own(1)), 5);
    await writeBackup(dir, { fileName: own(2), content: '{}' }, keepOne, captureLogger());
    expect(readdirSync(dir).sort()).toEqual([
      'autre.json',
      'exports',
      own(2),
      'journal-mairie-nord-poste-2-2026-01-01.json',
      'notes IT.txt',
      'support-poste-1-20260101-000000.json',
    ]);
    // A support bundle is never offered for restore, nor read back as a backup.
    expect((await listBackups(dir)).map((b) => b.name)).not.toContain(
      'support-poste-1-20260101-000000.json',
    );
    await expect(readBackup(dir, 'support-poste-1-20260101-000000.json')).rejects.toThrow(
      'invalid-name',
    );
  });

  it("creates the folder and refuses bad names and other counters' names", async () => {
    const folder = path.join(dir, 'nouveau');
    const write = (fileName: string) =>
      writeBackup(folder, { fileName, content: '{}' }, owner, captureLogger());
    expect((await write(own(1))).ok).toBe(true);
    for (const bad of [
      '../b.json',
      'b.csv',
      'journal-mairie-nord-poste-2-2026-03-01.json',
      'autre.json',
    ])
      expect(await write(bad)).toEqual({ ok: false, error: 'invalid-name' });
  });

  it('returns a clear error when the folder cannot be written', async () => {
    const blocker = path.join(dir, 'fichier');
    writeFileSync(blocker, 'x');
    const result = await writeBackup(
      path.join(blocker, 'sous-dossier'),
      { fileName: own(1), content: '{}' },
      owner,
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
  const probe = (mounts: string[]) => ({
    platform: 'linux',
    user: 'kiosque',
    env: {},
    listFolders: async (f: string) => (f === '/media/kiosque' ? mounts : []),
    windowsRemovableDrives: async () => [],
  });
  const deps = (mounts: string[] = []): ExportDeps => ({
    backupsFolder: dir,
    log: captureLogger(),
    probe: probe(mounts),
  });
  const admin = { removable: true };
  const agent = { removable: false };

  it('lists the backup folder first, then removable drives for the admin only', async () => {
    const folder = { id: 'backup-folder', label: path.join(dir, 'exports'), kind: 'backup-folder' };
    expect(await listExportTargets(deps(['CLE_USB']), admin)).toEqual([
      folder,
      { id: 'removable:/media/kiosque/CLE_USB', label: 'CLE_USB', kind: 'removable' },
    ]);
    expect(await listExportTargets(deps(['CLE_USB']), agent)).toEqual([folder]);
  });

  it('saves into the exports sub-folder of the backup folder, admin or not', async () => {
    const result = await saveExport(
      deps(),
      { targetId: 'backup-folder', fileName: 'journal.csv', content: 'a;b\n1;2\n' },
      agent,
    );
    expect(result).toEqual({ ok: true, path: path.join(dir, 'exports', 'journal.csv') });
    expect(readFileSync(path.join(dir, 'exports', 'journal.csv'), 'utf8')).toBe('a;b\n1;2\n');
  });

  it('saves an export given as UTF-8 bytes as they are, and counts its bytes against the cap', async () => {
    const bytes = new TextEncoder().encode('\uFEFFdémarche;durée\r\n');
    const request = { targetId: 'backup-folder', fileName: 'journal.csv', content: bytes };
    expect(await saveExport(deps(), request, agent)).toEqual({
      ok: true,
      path: path.join(dir, 'exports', 'journal.csv'),
    });
    expect(readFileSync(path.join(dir, 'exports', 'journal.csv'))).toEqual(Buffer.from(bytes));
    // Untouched zero pages: a buffer one byte over the cap costs no memory.
    const over = new Uint8Array(MAX_JOURNAL_FILE_BYTES + 1);
    expect(await saveExport(deps(), { ...request, content: over }, agent)).toEqual({
      ok: false,
      error: 'too-large',
    });
  });

  it('writes to a removable drive only for the admin', async () => {
    const d = deps(['CLE']);
    const request = { targetId: 'removable:/media/kiosque/CLE', fileName: 'x.csv', content: 'x' };
    expect(await saveExport(d, request, agent)).toEqual({ ok: false, error: 'admin-required' });
    expect(await folderForTarget(d, request.targetId, agent)).toBeNull();
    expect(await folderForTarget(d, request.targetId, admin)).toBe('/media/kiosque/CLE');
  });

  it('refuses an unknown target, a target not currently plugged and a bad name', async () => {
    const d = deps([]);
    expect(
      await saveExport(d, { targetId: 'removable:/etc', fileName: 'x.csv', content: '' }, admin),
    ).toEqual({ ok: false, error: 'target-unavailable' });
    expect(
      await saveExport(d, { targetId: 'anything', fileName: 'x.csv', content: '' }, admin),
    ).toEqual({ ok: false, error: 'target-unavailable' });
    expect(
      await saveExport(d, { targetId: 'backup-folder', fileName: '../x.csv', content: '' }, admin),
    ).toEqual({ ok: false, error: 'invalid-name' });
    expect(await folderForTarget(d, 'removable:/media/kiosque/CLE', admin)).toBeNull();
  });

  it('reports an unwritable drive as a result, not an exception', async () => {
    const result = await saveExport(
      deps(['ABSENTE']),
      { targetId: 'removable:/media/kiosque/ABSENTE', fileName: 'x.csv', content: 'x' },
      admin,
    );
    expect(result).toEqual({ ok: false, error: 'folder-missing' });
  });
});
