/**
 * The browser kiosk's exports, backups and diagnostics (see web.ts): downloads, and backups
 * kept in IndexedDB. Only the agent area and the housekeeping use them, so this code loads on
 * first use, never before the attract screen.
 */
import { MAX_JOURNAL_FILE_BYTES } from '../../electron/shared/limits';
import { appDb } from '../data/appDb';
import type { KioskApi } from '../../electron/ipc/contract';
import type { BackupFile } from './types';

const DOWNLOAD_TARGET = {
  id: 'downloads',
  label: 'Téléchargements du navigateur',
  kind: 'backup-folder',
} as const;

function download(
  fileName: string,
  content: string | Uint8Array<ArrayBuffer>,
  type = 'text/plain;charset=utf-8',
): string {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return fileName;
}

const mimeFor = (name: string): string =>
  name.endsWith('.csv')
    ? 'text/csv;charset=utf-8'
    : name.endsWith('.json')
      ? 'application/json'
      : 'text/plain;charset=utf-8';

type Api<K extends keyof KioskApi> = KioskApi[K];

export const listExportTargets: Api<'listExportTargets'> = async () => [DOWNLOAD_TARGET];

export const saveExport: Api<'saveExport'> = async ({ fileName, content }) => ({
  ok: true,
  path: download(fileName, content, mimeFor(fileName)),
});

/** `keep`: the config's `backup.keep`. */
export async function writeBackup(
  { fileName, content }: Parameters<Api<'writeBackup'>>[0],
  keep: number,
): ReturnType<Api<'writeBackup'>> {
  // The journal files' cap, as main applies it: a backup no restore would accept is refused.
  if (content.length > MAX_JOURNAL_FILE_BYTES) return { ok: false, error: 'too-large' };
  const db = appDb();
  await db.transaction('rw', db.backups, async () => {
    await db.backups.put({ name: fileName, createdAt: new Date().toISOString(), content });
    const names = await db.backups.orderBy('createdAt').reverse().primaryKeys();
    await db.backups.bulkDelete(names.slice(keep));
  });
  return { ok: true, path: `IndexedDB/${fileName}` };
}

export const listBackups: Api<'listBackups'> = async () => {
  const rows = await appDb().backups.orderBy('createdAt').reverse().toArray();
  return rows.map((r): BackupFile => ({
    name: r.name,
    size: r.content.length,
    modifiedAt: r.createdAt,
  }));
};

export const readBackup: Api<'readBackup'> = async (name) => {
  const row = await appDb().backups.get(name);
  if (!row) throw new Error('backup-not-found');
  return row.content;
};

export const getDiagnostics: Api<'getDiagnostics'> = async () => {
  const last = await appDb().backups.orderBy('createdAt').last();
  return {
    logFolder: null,
    logTail: [],
    userDataFolder: 'IndexedDB',
    backupFolder: 'IndexedDB',
    lastBackup: last
      ? { name: last.name, size: last.content.length, modifiedAt: last.createdAt }
      : null,
    updates: { enabled: false, state: 'browser' },
  };
};

export const writeSupportBundle: Api<'writeSupportBundle'> = async (renderer) => {
  const name = `support-${new Date().toISOString().slice(0, 10)}.json`;
  return {
    ok: true,
    path: download(name, JSON.stringify({ renderer }, null, 2), 'application/json'),
  };
};
