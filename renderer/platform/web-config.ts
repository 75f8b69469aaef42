/**
 * The browser kiosk's machine config, as served next to the page: `config.json` answered by the
 * kiosk server (scripts/browser-kiosk), which sends only the public part and says what it
 * removed, or by any static web server (`npm run build:web`).
 *
 * - 404: there is no machine config at all (a demo or developer machine);
 * - 200: the file's text (secrets removed by our server);
 * - 503 with `{ problem }`: the file exists but cannot be used (unreadable, not JSON…);
 * - anything else: treated as unusable too, never as "no file" (no first-run takeover).
 */
import type { ConfigFileStatus, ConfigProblem } from '../../electron/shared/admin-access';
import { readConfigJson } from '../../electron/shared/config-json';
import type {
  ConfigIssue,
  KioskConfig,
  KioskConfigWithSecrets,
  ParsedConfig,
} from '../../electron/shared/config-schema';

/** The header listing the fields our server removed (comma separated). */
export const REMOVED_HEADER = 'X-Kiosque-Config-Removed';

export type FetchedConfig =
  | { kind: 'absent' }
  | { kind: 'text'; text: string; removed: string[] }
  | { kind: 'failed'; problem: ConfigProblem };

const REASONS = new Set<ConfigProblem['reason']>([
  'not-found',
  'unreadable',
  'too-large',
  'invalid-json',
  'not-object',
]);

function problemFrom(body: unknown, fallbackPath: string, status: number): ConfigProblem {
  const raw = (body as { problem?: Partial<ConfigProblem> } | null)?.problem;
  if (raw && typeof raw.reason === 'string' && REASONS.has(raw.reason)) {
    return {
      reason: raw.reason,
      path: typeof raw.path === 'string' ? raw.path : fallbackPath,
      ...(typeof raw.detail === 'string' ? { detail: raw.detail } : {}),
    };
  }
  return { reason: 'unreadable', path: fallbackPath, detail: `HTTP ${status}` };
}

export async function fetchConfig(url: string): Promise<FetchedConfig> {
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-store' });
  } catch {
    return { kind: 'failed', problem: { reason: 'unreadable', path: url, detail: 'réseau' } };
  }
  if (response.status === 404) return { kind: 'absent' };
  if (response.ok) {
    const removed = (response.headers.get(REMOVED_HEADER) ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    return { kind: 'text', text: await response.text(), removed };
  }
  const body: unknown = await response.json().catch(() => null);
  return { kind: 'failed', problem: problemFrom(body, url, response.status) };
}

export interface WebConfig {
  parsed: ParsedConfig;
  file: ConfigFileStatus;
  /** The config named an admin PIN hash: a browser never uses one (see docs/configuration.md). */
  hashIgnored: boolean;
}

/**
 * Turns a parsed config file into the config the page runs with. The admin PIN hash is dropped
 * (with its issues, if it was malformed): the page checks only a PIN chosen at first run.
 */
export function fromParsed(parsed: ParsedConfig, removed: string[], source: string): WebConfig {
  const hashIssue = parsed.issues.some((i) => i.path === 'adminPinHash');
  const hashIgnored =
    removed.includes('adminPinHash') || parsed.config.adminPinHash !== null || hashIssue;
  return {
    parsed: {
      ...parsed,
      config: { ...parsed.config, adminPinHash: null },
      issues: parsed.issues.filter((i) => i.path !== 'adminPinHash'),
    },
    file: parsed.unusable
      ? { state: 'failed', problem: { ...parsed.unusable, path: source } }
      : { state: 'read', path: source },
    hashIgnored,
  };
}

/**
 * The schema's defaults (`configSchema.parse({})`) written out, so that the boot needs no zod;
 * a unit test holds the two equal.
 */
export const WEB_DEFAULT_CONFIG: KioskConfigWithSecrets = {
  siteId: 'site-principal',
  siteName: 'Accueil',
  posteId: 'poste-1',
  lockdown: true,
  idle: { timeoutSeconds: 120, warningSeconds: 30 },
  agentLockSeconds: 300,
  languages: { default: 'fr', enabled: ['fr', 'en'], preview: false },
  adminPinHash: null,
  backup: { folder: null, keep: 14 },
  retentionMonths: 24,
  pinLockout: { maxAttempts: 5, lockMinutes: 5 },
  updates: { url: null, idleMinutesBeforeInstall: 10, publicKeys: [] },
  dailyRestart: null,
  logLevel: 'info',
  onScreenKeyboard: 'auto',
  takeaway: { printer: null, continueUrl: 'https://pix.fr/', places: [] },
  hub: null,
};

/** The public part of a config without a hub: the only kind the page builds without zod. */
export function publicConfigWithoutHub(config: KioskConfigWithSecrets): KioskConfig {
  const { adminPinHash: _hidden, ...rest } = config;
  void _hidden;
  return { ...rest, hub: null };
}

/** What the attract screen shows of the config. */
export type AttractFields = Pick<KioskConfig, 'siteName' | 'languages'>;

export type EarlyWebConfig =
  /** No file, or one that cannot be used: known in full without the schema. */
  | { kind: 'complete'; web: WebConfig }
  /**
   * A JSON object: its fields need the schema (zod), except what the attract screen shows
   * when it is plainly valid (`attract`; null when only the schema can tell).
   */
  | {
      kind: 'object';
      file: ConfigFileStatus;
      attract: AttractFields | null;
      /** What the schema validates. */
      fetched: { text: string; removed: string[] };
    };

/**
 * What can be known of the fetched config before zod loads (zod is big: see web.ts). A refused
 * file's one issue is `describe(problem)`: the platform passes describeConfigProblem.
 */
export function earlyWebConfig(
  fetched: FetchedConfig,
  source: string,
  describe: (problem: ConfigProblem) => string,
): EarlyWebConfig {
  if (fetched.kind === 'absent') {
    const parsed = { config: WEB_DEFAULT_CONFIG, issues: [] };
    return { kind: 'complete', web: { parsed, file: { state: 'absent' }, hashIgnored: false } };
  }
  if (fetched.kind === 'failed') {
    const issue: ConfigIssue = { path: '', message: describe(fetched.problem) };
    const parsed = { config: { ...WEB_DEFAULT_CONFIG, lockdown: true }, issues: [issue] };
    const file = { state: 'failed', problem: fetched.problem } as const;
    return { kind: 'complete', web: { parsed, file, hashIgnored: false } };
  }
  const json = readConfigJson(fetched.text);
  if (!json.ok) {
    const parsed: ParsedConfig = {
      config: WEB_DEFAULT_CONFIG,
      issues: [{ path: '', message: json.message }],
      unusable: json.unusable,
    };
    return { kind: 'complete', web: fromParsed(parsed, fetched.removed, source) };
  }
  return {
    kind: 'object',
    file: { state: 'read', path: source },
    attract: attractFields(json.value),
    fetched,
  };
}

/** A field of the file, or `fallback` when it is absent (a null is a value the schema refuses). */
const field = (object: Record<string, unknown>, key: string, fallback: unknown): unknown =>
  Object.hasOwn(object, key) ? object[key] : fallback;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The schema's language code rule. */
const LANGUAGE_CODE = /^[a-z]{2,3}$/;
const isLanguageCode = (v: unknown): v is string => typeof v === 'string' && LANGUAGE_CODE.test(v);

/**
 * `siteName` and `languages` as the schema would give them, when they plainly pass it (absent,
 * or valid); null otherwise, the schema then decides (a field it refuses falls back to its
 * default). Deliberately narrower than the schema, never different: a unit test compares both.
 */
export function attractFields(raw: Record<string, unknown>): AttractFields | null {
  const siteName = field(raw, 'siteName', WEB_DEFAULT_CONFIG.siteName);
  if (typeof siteName !== 'string') return null;
  const trimmed = siteName.trim();
  if (trimmed.length < 1 || trimmed.length > 80) return null;
  if (!Object.hasOwn(raw, 'languages'))
    return { siteName: trimmed, languages: structuredClone(WEB_DEFAULT_CONFIG.languages) };
  const value = raw['languages'];
  if (!isPlainObject(value)) return null;
  const fallback = WEB_DEFAULT_CONFIG.languages;
  const language = field(value, 'default', fallback.default);
  const enabled = field(value, 'enabled', fallback.enabled);
  const preview = field(value, 'preview', fallback.preview);
  if (!isLanguageCode(language) || typeof preview !== 'boolean') return null;
  if (!Array.isArray(enabled) || enabled.length < 1 || !enabled.every(isLanguageCode)) return null;
  if (!enabled.includes(language)) return null;
  return { siteName: trimmed, languages: { default: language, enabled: [...enabled], preview } };
}
