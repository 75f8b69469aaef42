/**
 * Browser implementation of the platform seam: the browser kiosk (`npm start` without
 * Electron, `npm run build:web`) and the browser tests. Config comes from `config.json` next to
 * the page, exports are downloads, idle time comes from DOM events, backups stay in IndexedDB.
 */
import {
  decideAdminAccess,
  describeConfigProblem,
  type ConfigFileStatus,
} from '../../electron/shared/admin-access';
import { MAX_JOURNAL_FILE_BYTES } from '../../electron/shared/limits';
import type { KiosqueDb } from '../data/db';
import { createPageIdleTracker } from './input-idle';
import type { BackupFile, BootInfo, Platform } from './types';
import { fetchConfig, webConfigFrom } from './web-config';

const ADMIN_PIN_KEY = 'adminPinHash';

/** The app's database, loaded on first use (its code is not part of the attract screen's). */
// PIN hashing is needed only when a code is chosen or typed: it loads then.
const pinHash = () => import('../../electron/shared/pin-hash');
// So is the hub's endpoint client, first called once the attract screen is up.
const webHub = () => import('./webHub').then((m) => m.createWebHub());
const database = (): Promise<KiosqueDb> => import('../data/appDb').then(({ appDb }) => appDb());
const HASH_IGNORED_LOG =
  'adminPinHash du fichier de configuration ignoré : le kiosque navigateur vérifie le code administrateur dans la page, qui ne reçoit jamais d’empreinte ; le code se choisit au premier démarrage.';
const DOWNLOAD_TARGET = {
  id: 'downloads',
  label: 'Téléchargements du navigateur',
  kind: 'backup-folder',
} as const;

const pageIdle = createPageIdleTracker(window);

/** What the config lookup found, read once per boot: decides whether the agent area opens. */
let bootFile: ConfigFileStatus = { state: 'absent' };
/** The takeaway printer of the config (the browser prints on the system's default one). */
let configuredPrinter: string | null = null;
/** How many backups IndexedDB keeps: the config's `backup.keep`, read once per boot. */
let backupKeep = 14;

const storedHash = async (): Promise<string | null> => {
  const value = (await (await database()).settings.get(ADMIN_PIN_KEY))?.value;
  // Not matched against the schema's pattern: that would pull zod into the first bundle, and
  // verifyPin refuses any malformed hash anyway.
  return typeof value === 'string' && value.startsWith('pbkdf2-sha256$') ? value : null;
};

const currentAccess = async () =>
  decideAdminAccess({
    mode: 'web',
    file: bootFile,
    configHash: null,
    hashInvalid: false,
    storedPin: (await storedHash()) !== null,
  });

async function loadBootInfo(): Promise<BootInfo> {
  // The schema (zod) loads on demand, in parallel with the file: Electron gets a parsed config
  // from main instead, so zod stays out of the initial bundle.
  const configUrl = new URL('./config.json', location.href);
  const [schema, fetched] = await Promise.all([
    import('../../electron/shared/config-schema'),
    fetchConfig(configUrl.href),
  ]);
  const web = webConfigFrom(fetched, configUrl.pathname, schema);
  bootFile = web.file;
  backupKeep = web.parsed.config.backup.keep;
  configuredPrinter = web.parsed.config.takeaway.printer;
  const access = await currentAccess();
  if (web.hashIgnored) console.warn(`[kiosque] warn config.admin-hash-ignored ${HASH_IGNORED_LOG}`);
  if (access.state === 'config-required')
    console.error(`[kiosque] error config.required ${describeConfigProblem(access.problem)}`);
  return {
    config: schema.publicConfig(web.parsed.config),
    configSource: fetched.kind === 'absent' ? null : configUrl.pathname,
    configIssues: web.parsed.issues,
    adminPin: access.state === 'ready' ? 'stored' : 'missing',
    adminAccess: access,
    configHashIgnored: web.hashIgnored,
    lockdown: web.parsed.config.lockdown,
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
    hubPush: async (request) => (await webHub()).hubPush(request),
    hubSetPassword: async () => (await webHub()).hubSetPassword(),
    hubStatus: async () => (await webHub()).hubStatus(),
    kind: 'web',
    importFrom: 'file-input',
    getBootInfo: loadBootInfo,
    async setInitialAdminPin(pin) {
      if ((await storedHash()) !== null) return { ok: false, error: 'pin-exists' };
      if ((await currentAccess()).state !== 'first-run')
        return { ok: false, error: 'setup-not-allowed' };
      const { hashPin, isWeakPin, isWellFormedPin } = await pinHash();
      if (!isWellFormedPin(pin)) return { ok: false, error: 'pin-format' };
      if (isWeakPin(pin)) return { ok: false, error: 'pin-weak' };
      const hash = await hashPin(pin);
      await (await database()).settings.put({ key: ADMIN_PIN_KEY, value: hash });
      return { ok: true };
    },
    async verifyAdminPin(pin) {
      // Wrong codes count in the sign-in screen's persisted lockout, shared with the agents'.
      if ((await currentAccess()).state !== 'ready') return false;
      const hash = await storedHash();
      const { isWellFormedPin, verifyPin } = await pinHash();
      return isWellFormedPin(pin) && hash !== null && verifyPin(pin, hash);
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
      // The journal files' cap, as main applies it: a backup no restore would accept is refused.
      if (content.length > MAX_JOURNAL_FILE_BYTES) return { ok: false, error: 'too-large' };
      const db = await database();
      await db.transaction('rw', db.backups, async () => {
        await db.backups.put({ name: fileName, createdAt: new Date().toISOString(), content });
        const names = await db.backups.orderBy('createdAt').reverse().primaryKeys();
        await db.backups.bulkDelete(names.slice(backupKeep));
      });
      return { ok: true, path: `IndexedDB/${fileName}` };
    },
    async listBackups() {
      const rows = await (await database()).backups.orderBy('createdAt').reverse().toArray();
      return rows.map((r): BackupFile => ({
        name: r.name,
        size: r.content.length,
        modifiedAt: r.createdAt,
      }));
    },
    async readBackup(name) {
      const row = await (await database()).backups.get(name);
      if (!row) throw new Error('backup-not-found');
      return row.content;
    },
    async getDiagnostics() {
      const last = await (await database()).backups.orderBy('createdAt').last();
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
    async printTakeaway() {
      // The browser kiosk prints silently only when Chromium runs with --kiosk-printing, which
      // scripts/start.ts adds when a printer is configured (on the system's default printer).
      if (!configuredPrinter) return { ok: false, error: 'no-printer' };
      window.print();
      return { ok: true };
    },
  };
}
