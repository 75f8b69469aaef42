/**
 * `/config.json` for the browser kiosk's page: the machine config found like Electron's
 * (`--config`, KIOSQUE_CONFIG, the machine file) with every secret removed. The page checks
 * the admin PIN itself, so it never receives a hash; URLs lose their user name and password.
 * A file that exists but cannot be used is answered 503 with the reason (never as "no file":
 * that would offer the first-run PIN setup to a passer-by).
 */
import { readFileSync, statSync } from 'node:fs';
import { MAX_CONFIG_BYTES } from '../../electron/config/load';
import type { ConfigProblem } from '../../electron/shared/admin-access';
import { send, type RequestHandler } from './handlers';

/** Also in renderer/platform/web-config.ts, which reads it. */
export const REMOVED_HEADER = 'X-Kiosque-Config-Removed';

/** Field names that hold secrets wherever they appear. */
const SECRET_KEY = /(hash|password|passwd|secret|token|credentials?)$/i;

export type PublicConfig =
  | { kind: 'absent' }
  | { kind: 'public'; text: string; removed: string[] }
  | { kind: 'failed'; problem: ConfigProblem };

/** A URL without its user name and password, or null when the text is no such URL. */
function withoutCredentials(text: string): string | null {
  if (!/^[a-z][a-z0-9+.-]*:\/\/[^/]*@/i.test(text)) return null;
  try {
    const url = new URL(text);
    if (!url.username && !url.password) return null;
    url.username = '';
    url.password = '';
    return url.href;
  } catch {
    return null;
  }
}

/**
 * Removes secret fields and URL credentials at any depth; lists, by dotted path, the fields
 * removed or whose URL lost its credentials.
 */
export function stripSecrets(value: unknown, removed: string[] = [], at = ''): unknown {
  if (typeof value === 'string') {
    const clean = withoutCredentials(value);
    if (clean === null) return value;
    removed.push(at);
    return clean;
  }
  if (Array.isArray(value)) return value.map((v, i) => stripSecrets(v, removed, `${at}[${i}]`));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    const path = at ? `${at}.${key}` : key;
    if (SECRET_KEY.test(key)) {
      if (inner !== null) removed.push(path);
      continue;
    }
    out[key] = stripSecrets(inner, removed, path);
  }
  return out;
}

/** Reads the file and keeps only what the page may see. */
export function readPublicConfig(configPath: string | null): PublicConfig {
  if (!configPath) return { kind: 'absent' };
  const failed = (problem: Omit<ConfigProblem, 'path'>): PublicConfig => ({
    kind: 'failed',
    problem: { ...problem, path: configPath },
  });
  let text: string;
  try {
    if (statSync(configPath).size > MAX_CONFIG_BYTES) return failed({ reason: 'too-large' });
    text = readFileSync(configPath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'erreur';
    return failed(
      code === 'ENOENT' ? { reason: 'not-found' } : { reason: 'unreadable', detail: code },
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return failed({ reason: 'invalid-json', detail: (error as Error).message });
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return failed({ reason: 'not-object' });
  const removed: string[] = [];
  const clean = stripSecrets(raw, removed);
  return { kind: 'public', text: JSON.stringify(clean, null, 2), removed };
}

export function publicConfig(configPath: string | null): RequestHandler {
  return (request) => {
    if (request.path !== '/config.json') return false;
    const found = readPublicConfig(configPath);
    if (found.kind === 'absent') return send(request, 404, 'Not Found');
    if (found.kind === 'failed')
      return send(
        request,
        503,
        JSON.stringify({ problem: found.problem }),
        'application/json; charset=utf-8',
      );
    return send(request, 200, found.text, 'application/json; charset=utf-8', {
      // Field names are ASCII (zod schema); anything else is dropped from the header.
      [REMOVED_HEADER]: found.removed.filter((r) => /^[\x20-\x7e]*$/.test(r)).join(', '),
    });
  };
}
