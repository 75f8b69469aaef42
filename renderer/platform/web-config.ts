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
import {
  describeConfigProblem,
  type ConfigFileStatus,
  type ConfigProblem,
} from '../../electron/shared/admin-access';
import type { ConfigIssue, ParsedConfig } from '../../electron/shared/config-schema';

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
 * Turns what was fetched into the config the page runs with. The admin PIN hash is dropped
 * (with its issues, if it was malformed): the page checks only a PIN chosen at first run.
 */
export function webConfigFrom(
  fetched: FetchedConfig,
  source: string,
  schema: {
    DEFAULT_CONFIG: ParsedConfig['config'];
    parseConfigText(text: string): ParsedConfig;
  },
): WebConfig {
  if (fetched.kind === 'absent')
    return {
      parsed: { config: schema.DEFAULT_CONFIG, issues: [] },
      file: { state: 'absent' },
      hashIgnored: false,
    };
  if (fetched.kind === 'failed') {
    const issue: ConfigIssue = { path: '', message: describeConfigProblem(fetched.problem) };
    return {
      parsed: { config: { ...schema.DEFAULT_CONFIG, lockdown: true }, issues: [issue] },
      file: { state: 'failed', problem: fetched.problem },
      hashIgnored: false,
    };
  }
  const parsed = schema.parseConfigText(fetched.text);
  const hashIssue = parsed.issues.some((i) => i.path === 'adminPinHash');
  const hashIgnored =
    fetched.removed.includes('adminPinHash') || parsed.config.adminPinHash !== null || hashIssue;
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
