/**
 * What the diagnostics screen and the support bundle know about the main process: folders,
 * the end of the current log file, the last backup, the updater's state.
 *
 * The support bundle is written for IT staff (sent by e-mail or copied on a USB key), so it
 * holds no personal data: no config secret (the admin PIN hash is removed), no journal content,
 * only counts from the renderer. It is written atomically (temporary file, then rename) so a
 * half-written bundle never appears in the backup folder.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { MainContext } from './context';
import type { MainDiagnostics, PathResult, RendererDiagnostics } from './ipc/contract';
import { publicConfig } from './shared/config-schema';
import { getUpdateStatus } from './updater';

/** Support bundles go here, under the backup folder: never listed as backups, never restored. */
export const SUPPORT_SUBFOLDER = 'support';

/** How many log lines the diagnostics screen and the bundle carry. */
export const LOG_TAIL_LINES = 50;

const PIN_HASH_ANYWHERE = /pbkdf2-sha256\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+/g;

/** Masks anything shaped like a PIN hash; logs should never hold one, this is a second lock. */
export function redactSecrets(text: string): string {
  return text.replace(PIN_HASH_ANYWHERE, '[empreinte masquée]');
}

/** Collects the main-process side of the diagnostics screen. Never throws. */
export async function collectMainDiagnostics(ctx: MainContext): Promise<MainDiagnostics> {
  const [tail, backups] = await Promise.all([
    ctx.log.tail(LOG_TAIL_LINES).catch(() => []),
    ctx.listBackups().catch(() => []),
  ]);
  return {
    logFolder: ctx.log.folder ?? ctx.paths.logs,
    logTail: tail.slice(-LOG_TAIL_LINES).map(redactSecrets),
    userDataFolder: ctx.paths.userData,
    backupFolder: ctx.paths.backups,
    lastBackup: backups[0] ?? null,
    updates: getUpdateStatus(),
  };
}

const SAFE_KEY = /^[A-Za-z0-9_.:-]{1,64}$/;
const MAX_RENDERER_KEYS = 200;

/**
 * Keeps only small, well-named facts from the renderer (counts, sizes, flags). The IPC gate
 * validates the shape already; this bounds what can land in a file sent outside the site.
 */
export function sanitizeRendererDiagnostics(renderer: RendererDiagnostics): RendererDiagnostics {
  const out: RendererDiagnostics = {};
  for (const [key, value] of Object.entries(renderer).slice(0, MAX_RENDERER_KEYS)) {
    if (!SAFE_KEY.test(key)) continue;
    if (typeof value === 'string') out[key] = redactSecrets(value).slice(0, 200);
    else if (typeof value === 'number') out[key] = Number.isFinite(value) ? value : null;
    else if (typeof value === 'boolean' || value === null) out[key] = value;
  }
  return out;
}

/** The config as shown in a bundle: an update URL keeps its host but loses any `user:password@`. */
function withoutUrlCredentials<T extends { updates: { url: string | null } }>(config: T): T {
  const { url } = config.updates;
  if (url === null) return config;
  try {
    const parsed = new URL(url);
    if (!parsed.username && !parsed.password) return config;
    parsed.username = '';
    parsed.password = '';
    return { ...config, updates: { ...config.updates, url: parsed.toString() } };
  } catch {
    return { ...config, updates: { ...config.updates, url: '[adresse illisible]' } };
  }
}

const stamp = (date: Date): string =>
  date.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');

/** Builds the support bundle's content (exported for tests). */
export async function buildSupportBundle(
  ctx: MainContext,
  renderer: RendererDiagnostics,
  now = new Date(),
) {
  return {
    kind: 'kiosque-numerique-support-bundle',
    formatVersion: 1,
    createdAt: now.toISOString(),
    app: {
      version: ctx.appVersion,
      electron: process.versions.electron ?? '',
      chrome: process.versions.chrome ?? '',
      node: process.versions.node,
      platform: process.platform,
      arch: process.arch,
      osRelease: os.release(),
      hostname: os.hostname(),
    },
    lockdown: ctx.lockdown,
    config: {
      source: ctx.configSource,
      issues: ctx.configIssues,
      adminPinFromConfig: ctx.config.adminPinHash !== null,
      effective: withoutUrlCredentials(publicConfig(ctx.config)),
    },
    activity: ctx.activity.current(),
    main: await collectMainDiagnostics(ctx),
    renderer: sanitizeRendererDiagnostics(renderer),
  };
}

/**
 * Writes `support-<poste>-<date>.json` into the backup folder's `support` sub-folder and
 * returns its path. Failures
 * (folder missing and not creatable, disk full, read-only share) come back as `{ ok: false }`.
 */
export async function writeSupportBundle(
  ctx: MainContext,
  renderer: RendererDiagnostics,
): Promise<PathResult> {
  const now = new Date();
  const folder = path.join(ctx.paths.backups, SUPPORT_SUBFOLDER);
  const file = path.join(folder, `support-${ctx.config.posteId}-${stamp(now)}.json`);
  const temp = `${file}.${process.pid}.tmp`;
  try {
    const bundle = await buildSupportBundle(ctx, renderer, now);
    await mkdir(folder, { recursive: true });
    await writeFile(temp, `${JSON.stringify(bundle, null, 2)}\n`, { encoding: 'utf8', flag: 'wx' });
    await rename(temp, file);
    ctx.log.info('support-bundle.written', { file: path.basename(file) });
    return { ok: true, path: file };
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    const code =
      typeof error === 'object' &&
      error !== null &&
      'code' in error &&
      typeof error.code === 'string'
        ? error.code
        : 'unknown';
    ctx.log.error('support-bundle.failed', { code });
    return { ok: false, error: code };
  }
}
