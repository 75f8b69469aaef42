/**
 * Browser implementation of the platform seam: the browser kiosk (`npm start` without
 * Electron, `npm run build:web`) and the browser tests. Config comes from `config.json` next to
 * the page, exports are downloads, idle time comes from DOM events, backups stay in IndexedDB.
 */
import type { ParsedConfig } from '../../electron/shared/config-schema';
import { hashPin, isWellFormedPin, verifyPin } from '../../electron/shared/pin-hash';
import { db } from '../db/db';
import { settings } from '../db/settings';
import { createPageIdleTracker } from './input-idle';
import type { BackupFile, BootInfo, Platform } from './types';
import { createWebHub } from './webHub';

const ADMIN_PIN_KEY = 'adminPinHash';
const DOWNLOAD_TARGET = {
  id: 'downloads',
  label: 'Téléchargements du navigateur',
  kind: 'backup-folder',
} as const;

const pageIdle = createPageIdleTracker(window);

/** A config hash wins over one set at first run; read once per boot. */
let configHash: string | null = null;
/** How many backups IndexedDB keeps: the config's `backup.keep`, read once per boot. */
let backupKeep = 14;

/** The text of `config.json` next to the page, or null when there is none (built-in defaults). */
async function fetchConfigText(): Promise<string | null> {
  try {
    const response = await fetch('./config.json', { cache: 'no-store' });
    return response.ok ? await response.text() : null;
  } catch {
    return null;
  }
}

async function loadBootInfo(): Promise<BootInfo> {
  // The schema (zod) loads on demand, in parallel with the file: Electron gets a parsed config
  // from main instead, so zod stays out of the initial bundle.
  const [schema, text] = await Promise.all([
    import('../../electron/shared/config-schema'),
    fetchConfigText(),
  ]);
  const parsed: ParsedConfig =
    text === null ? { config: schema.DEFAULT_CONFIG, issues: [] } : schema.parseConfigText(text);
  const source = text === null ? null : new URL('./config.json', location.href).pathname;
  configHash = parsed.config.adminPinHash;
  backupKeep = parsed.config.backup.keep;
  const stored = await settings.get<string>(ADMIN_PIN_KEY);
  return {
    config: schema.publicConfig(parsed.config),
    configSource: source,
    configIssues: parsed.issues,
    adminPin: configHash ? 'configured' : stored ? 'stored' : 'missing',
    lockdown: parsed.config.lockdown,
    versions: { app: __APP_VERSION__, electron: '', chrome: chromeVersion(), node: '' },
    platform: navigator.platform,
  };
}

function chromeVersion(): string {
  return /Chrom(?:e|ium)\/([\d.]+)/.exec(navigator.userAgent)?.[1] ?? '';
}

function download(fileName: string, content: string, type = 'text/plain;charset=utf-8'): string {
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

export function createWebPlatform(): Platform {
  return {
    ...createWebHub(),
    kind: 'web',
    importFrom: 'file-input',
    getBootInfo: loadBootInfo,
    async setInitialAdminPin(pin) {
      if (!isWellFormedPin(pin)) return { ok: false, error: 'pin-format' };
      if (configHash || (await settings.get<string>(ADMIN_PIN_KEY)))
        return { ok: false, error: 'pin-exists' };
      await settings.set(ADMIN_PIN_KEY, await hashPin(pin));
      return { ok: true };
    },
    async verifyAdminPin(pin) {
      const hash = configHash ?? (await settings.get<string>(ADMIN_PIN_KEY));
      return typeof pin === 'string' && !!hash && verifyPin(pin, hash);
    },
    async quitKiosk() {
      return { ok: false, error: 'quit-unavailable-in-browser' };
    },
    async getIdleSeconds() {
      return pageIdle.idleSeconds();
    },
    async log(entry) {
      const line = `[kiosque] ${entry.level} ${entry.event}`;
      if (entry.level === 'error') console.error(line, entry.details ?? '');
      else console.info(line, entry.details ?? '');
    },
    async listExportTargets() {
      return [DOWNLOAD_TARGET];
    },
    async saveExport({ fileName, content }) {
      return { ok: true, path: download(fileName, content, mimeFor(fileName)) };
    },
    async writeBackup({ fileName, content }) {
      await db.transaction('rw', db.backups, async () => {
        await db.backups.put({ name: fileName, createdAt: new Date().toISOString(), content });
        const names = await db.backups.orderBy('createdAt').reverse().primaryKeys();
        await db.backups.bulkDelete(names.slice(backupKeep));
      });
      return { ok: true, path: `IndexedDB/${fileName}` };
    },
    async listBackups() {
      const rows = await db.backups.orderBy('createdAt').reverse().toArray();
      return rows.map((r): BackupFile => ({
        name: r.name,
        size: r.content.length,
        modifiedAt: r.createdAt,
      }));
    },
    async readBackup(name) {
      const row = await db.backups.get(name);
      if (!row) throw new Error('backup-not-found');
      return row.content;
    },
    async getDiagnostics() {
      const last = await db.backups.orderBy('createdAt').last();
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
    },
    async writeSupportBundle(renderer) {
      const name = `support-${new Date().toISOString().slice(0, 10)}.json`;
      return {
        ok: true,
        path: download(name, JSON.stringify({ renderer }, null, 2), 'application/json'),
      };
    },
    async setActivityState() {
      // Nothing to hold back in a browser: updates come with the served files.
    },
  };
}
