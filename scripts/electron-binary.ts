/**
 * Finds the Electron executable WITHOUT `require('electron')`, which tries to download the
 * binary on first use (impossible on our machines) and throws. Honours
 * ELECTRON_OVERRIDE_DIST_PATH like the electron package does, then checks the binary really
 * starts (`--version`), so callers can say exactly why Electron is unavailable.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

export type ElectronBinary =
  { ok: true; path: string; version: string } | { ok: false; reason: string };

/** The executable's path inside an unpacked Electron folder, per OS. */
export function executableInDist(platform: string): string {
  if (platform === 'win32') return 'electron.exe';
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return 'electron';
}

/** Where the binary should be, or why there is none. */
export function locateElectron(
  env: Record<string, string | undefined> = process.env,
  platform: string = process.platform,
): ElectronBinary {
  const packageDir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile)
    ? readFileSync(pathFile, 'utf8').trim()
    : executableInDist(platform);
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override
    ? path.join(override, relative)
    : path.join(packageDir, 'dist', relative);
  if (!existsSync(packageDir)) return { ok: false, reason: 'Electron package missing: run npm ci' };
  if (!existsSync(candidate)) {
    return override
      ? {
          ok: false,
          reason: `Electron binary missing: ${candidate} does not exist (ELECTRON_OVERRIDE_DIST_PATH)`,
        }
      : {
          ok: false,
          reason: `Electron binary missing: ${path.relative(root, candidate)} was never downloaded (no access to GitHub releases here); set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron 45`,
        };
  }
  return { ok: true, path: candidate, version: '' };
}

/** Locates the binary and checks it runs; `reason` carries the first error line otherwise. */
export function probeElectron(
  env: Record<string, string | undefined> = process.env,
): ElectronBinary {
  const located = locateElectron(env);
  if (!located.ok) return located;
  // `--version` answers without a display; missing shared libraries already fail here.
  const { ELECTRON_RUN_AS_NODE: _ignored, ...cleanEnv } = env;
  const run = spawnSync(located.path, ['--version'], {
    encoding: 'utf8',
    timeout: 20_000,
    env: cleanEnv,
  });
  if (run.error) return { ok: false, reason: `Electron cannot start: ${run.error.message}` };
  if (run.status !== 0) {
    const line =
      `${run.stderr ?? ''}`.split('\n').find((l) => l.trim() !== '') ?? `exit code ${run.status}`;
    return { ok: false, reason: `Electron cannot start: ${line.trim()}` };
  }
  return { ok: true, path: located.path, version: `${run.stdout}`.trim() };
}
