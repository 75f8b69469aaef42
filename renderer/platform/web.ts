/**
 * Browser implementation of the platform seam: the browser kiosk (`npm start` without
 * Electron, `npm run build:web`) and the browser tests. Config comes from `config.json` next to
 * the page, exports are downloads, idle time comes from DOM events, backups stay in IndexedDB.
 */
import {
  decideAdminAccess,
  type ConfigFileStatus,
  type ConfigProblem,
} from '../../electron/shared/admin-access';
import type { KioskConfig } from '../../electron/shared/config-schema';
import type { KiosqueDb } from '../data/db';
import { peekSetting } from '../data/peekSetting';
import { DB_NAME } from '../data/dbName';
import { createPageIdleTracker } from './input-idle';
import type { BootInfo, Platform, StagedBootInfo } from './types';
import {
  earlyWebConfig,
  fetchConfig,
  publicConfigWithoutHub,
  fromParsed,
  WEB_DEFAULT_CONFIG,
  type FetchedConfig,
  type WebConfig,
} from './web-config';

const ADMIN_PIN_KEY = 'adminPinHash';

/** The app's database, loaded on first use (its code is not part of the attract screen's). */
// PIN hashing is needed only when a code is chosen or typed: it loads then.
const pinHash = () => import('../../electron/shared/pin-hash');
// So is the hub's endpoint client, first called once the attract screen is up.
const webHub = () => import('./webHub').then((m) => m.createWebHub());
const database = (): Promise<KiosqueDb> => import('../data/appDb').then(({ appDb }) => appDb());
const HASH_IGNORED_LOG =
  'adminPinHash du fichier de configuration ignoré : le kiosque navigateur vérifie le code administrateur dans la page, qui ne reçoit jamais d’empreinte ; le code se choisit au premier démarrage.';
// Exports, backups and diagnostics serve the agent area only: their code loads with it.
const files = () => import('./webFiles');

const pageIdle = createPageIdleTracker(window);

/** What the config lookup found, read once per boot: decides whether the agent area opens. */
let bootFile: ConfigFileStatus = { state: 'absent' };
/** The takeaway printer of the config (the browser prints on the system's default one). */
let configuredPrinter: string | null = null;
/** How many backups IndexedDB keeps: the config's `backup.keep`, read once per boot. */
let backupKeep = 14;

/** Not matched against the schema's pattern (zod): verifyPin refuses any malformed hash. */
const asStoredHash = (value: unknown): string | null =>
  typeof value === 'string' && value.startsWith('pbkdf2-sha256$') ? value : null;

const storedHash = async (): Promise<string | null> =>
  asStoredHash((await (await database()).settings.get(ADMIN_PIN_KEY))?.value);

/** Whether a PIN was chosen, read without Dexie (see peekSetting); Dexie if that fails. */
async function pinStoredAtBoot(): Promise<boolean> {
  const peeked = await peekSetting(DB_NAME, ADMIN_PIN_KEY);
  if (peeked === 'failed') return (await storedHash()) !== null;
  return peeked.found && asStoredHash(peeked.value) !== null;
}

const accessFor = (storedPin: boolean) =>
  decideAdminAccess({
    mode: 'web',
    file: bootFile,
    configHash: null,
    hashInvalid: false,
    storedPin,
  });

const currentAccess = async () => accessFor((await storedHash()) !== null);

/**
 * How a config problem is told to IT. Its French texts load only when the file has one: they
 * are not part of the attract screen's first bundle. A file read or absent has no problem.
 */
async function problemTexts(fetched: FetchedConfig): Promise<(problem: ConfigProblem) => string> {
  if (fetched.kind !== 'failed') return (problem) => problem.reason;
  return (await import('../../electron/shared/config-problem-text')).describeConfigProblem;
}

/**
 * The boot info in two steps. The attract screen paints from what needs neither zod nor Dexie
 * (their code is ~60 kB gzip, loaded and run only after the first paint): the config file's
 * state, the fields the screen shows (see attractFields), the stored PIN read straight from
 * IndexedDB. A JSON object's field-by-field validation (the schema) completes it.
 */
async function loadStagedBootInfo(): Promise<StagedBootInfo> {
  const configUrl = new URL('./config.json', location.href);
  const source = configUrl.pathname;
  const [fetched, storedPin] = await Promise.all([fetchConfig(configUrl.href), pinStoredAtBoot()]);
  const describe = await problemTexts(fetched);
  const early = earlyWebConfig(fetched, source, describe);
  bootFile = early.kind === 'complete' ? early.web.file : early.file;
  const access = accessFor(storedPin);
  if (access.state === 'config-required')
    console.error(`[kiosque] error config.required ${describe(access.problem)}`);
  const info = (web: WebConfig, config: KioskConfig): BootInfo => {
    backupKeep = web.parsed.config.backup.keep;
    configuredPrinter = web.parsed.config.takeaway.printer;
    if (web.hashIgnored)
      console.warn(`[kiosque] warn config.admin-hash-ignored ${HASH_IGNORED_LOG}`);
    return {
      config,
      configSource: fetched.kind === 'absent' ? null : source,
      configIssues: web.parsed.issues,
      adminPin: access.state === 'ready' ? 'stored' : 'missing',
      adminAccess: access,
      configHashIgnored: web.hashIgnored,
      lockdown: web.parsed.config.lockdown,
      versions: { app: __APP_VERSION__, electron: '', chrome: chromeVersion(), node: '' },
      platform: navigator.platform,
    };
  };
  if (early.kind === 'complete')
    return {
      first: info(early.web, publicConfigWithoutHub(early.web.parsed.config)),
      complete: null,
    };
  const { text, removed } = early.fetched;
  let validating: Promise<BootInfo> | null = null;
  const complete = () =>
    (validating ??= import('../../electron/shared/config-schema').then(
      (schema) => {
        const web = fromParsed(schema.parseConfigText(text), removed, source);
        return info(web, schema.publicConfig(web.parsed.config));
      },
      (error: unknown) => {
        validating = null; // The next call tries again.
        throw error;
      },
    ));
  // A field the attract screen shows is not plainly valid: only the schema knows its value. And
  // the first-run setup, shown instead of the attract screen, needs the whole config.
  if (!early.attract || access.state === 'first-run')
    return { first: await complete(), complete: null };
  const provisional = publicConfigWithoutHub(WEB_DEFAULT_CONFIG);
  return {
    first: {
      config: { ...provisional, ...early.attract },
      configSource: source,
      configIssues: [],
      adminPin: access.state === 'ready' ? 'stored' : 'missing',
      adminAccess: access,
      configHashIgnored: false,
      lockdown: provisional.lockdown,
      versions: { app: __APP_VERSION__, electron: '', chrome: chromeVersion(), node: '' },
      platform: navigator.platform,
    },
    complete,
  };
}

/** Read once per page: the config file and the stored PIN decide the boot. */
let staged: Promise<StagedBootInfo> | null = null;
const stagedBootInfo = () => (staged ??= loadStagedBootInfo());

function chromeVersion(): string {
  return /Chrom(?:e|ium)\/([\d.]+)/.exec(navigator.userAgent)?.[1] ?? '';
}

export function createWebPlatform(): Platform {
  return {
    hubPush: async (request) => (await webHub()).hubPush(request),
    hubSetPassword: async () => (await webHub()).hubSetPassword(),
    hubStatus: async () => (await webHub()).hubStatus(),
    kind: 'web',
    importFrom: 'file-input',
    bootInStages: stagedBootInfo,
    getBootInfo: async () => {
      const { first, complete } = await stagedBootInfo();
      return complete ? complete() : first;
    },
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
    listExportTargets: async () => (await files()).listExportTargets(),
    saveExport: async (request) => (await files()).saveExport(request),
    writeBackup: async (request) => (await files()).writeBackup(request, backupKeep),
    listBackups: async () => (await files()).listBackups(),
    readBackup: async (name) => (await files()).readBackup(name),
    getDiagnostics: async () => (await files()).getDiagnostics(),
    writeSupportBundle: async (renderer) => (await files()).writeSupportBundle(renderer),
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
