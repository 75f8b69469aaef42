/**
 * Packaging check: runs `electron-builder --dir` with an unpacked Electron (offline, as on our
 * machines) for the production and the test variants, then reads the fuses of the produced
 * binary and looks at what was packed. Where no unpacked Electron is available, each test is
 * reported as skipped with the reason, never as passed.
 *
 * Give it an unpacked Electron 45 for this OS (the folder holding `electron`/`electron.exe`):
 *   ELECTRON_DIST=/opt/electron-v45-linux-x64 npx playwright test -c tests/playwright.electron.config.ts packaging
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { checkBinary, findPackagedBinaries, type BuildVariant } from '../../../scripts/check-fuses';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const electronDist = process.env.ELECTRON_DIST ?? process.env.ELECTRON_OVERRIDE_DIST_PATH ?? '';
const EXECUTABLES = ['electron', 'electron.exe', 'Electron.app'];

/** Why packaging cannot be exercised here, or null when it can. */
function whyNot(): string | null {
  if (!electronDist) {
    return 'no unpacked Electron: set ELECTRON_DIST (or ELECTRON_OVERRIDE_DIST_PATH) to an unpacked Electron 45 folder; electron-builder cannot download Electron on this machine';
  }
  if (!existsSync(electronDist)) return `ELECTRON_DIST=${electronDist} does not exist`;
  if (!readdirSync(electronDist).some((name) => EXECUTABLES.includes(name))) {
    return `ELECTRON_DIST=${electronDist} holds no electron executable (expected one of ${EXECUTABLES.join(', ')})`;
  }
  return null;
}

/**
 * `electron-builder --dir` into release/packaging-check/<variant>. The test variant is selected
 * with dot options, not `--config electron-builder.test.yml`: combined with `-c.` options
 * electron-builder would put electron-builder.yml back on top and the production fuses would win.
 */
function packageDir(variant: BuildVariant): string {
  const output = path.join(root, 'release', 'packaging-check', variant);
  rmSync(output, { recursive: true, force: true });
  const args = [
    '--dir',
    '--publish',
    'never',
    `-c.electronDist=${electronDist}`,
    `-c.directories.output=${output}`,
  ];
  if (variant === 'test') args.push('-c.electronFuses.enableNodeCliInspectArguments=true');
  const bin = path.join(
    root,
    'node_modules',
    '.bin',
    process.platform === 'win32' ? 'electron-builder.cmd' : 'electron-builder',
  );
  const run = spawnSync(bin, args, {
    cwd: root,
    encoding: 'utf8',
    shell: process.platform === 'win32',
    timeout: 8 * 60_000,
  });
  expect(run.status, `electron-builder --dir failed:\n${run.stdout}\n${run.stderr}`).toBe(0);
  return output;
}

test.describe('packaging with electron-builder', () => {
  test.describe.configure({ mode: 'serial', timeout: 10 * 60_000 });

  test.beforeEach(() => {
    const reason = whyNot();
    test.skip(reason !== null, reason ?? '');
    const built =
      existsSync(path.join(root, 'dist', 'renderer', 'index.html')) &&
      existsSync(path.join(root, 'dist-electron', 'main.cjs'));
    expect(built, 'dist/renderer and dist-electron are missing: run `npm run build` first').toBe(
      true,
    );
  });

  test('the production build packs an asar with its extra resources and hardened fuses', async () => {
    const output = packageDir('production');
    const binaries = findPackagedBinaries(output);
    expect(binaries, `no packaged binary under ${output}`).toHaveLength(1);
    const binary = binaries[0] ?? '';

    const findings = await checkBinary(binary, 'production');
    expect(findings.filter((f) => !f.ok)).toEqual([]);

    const resources =
      process.platform === 'darwin'
        ? path.join(binary, 'Contents', 'Resources')
        : path.join(path.dirname(binary), 'resources');
    expect(existsSync(path.join(resources, 'app.asar'))).toBe(true);
    expect(existsSync(path.join(resources, 'app')), 'the app must load from the asar only').toBe(
      false,
    );
    expect(existsSync(path.join(resources, 'config.example.json'))).toBe(true);
    expect(existsSync(path.join(resources, 'content'))).toBe(true);
    expect(existsSync(path.join(resources, 'icons', 'png', '512x512.png'))).toBe(true);
  });

  test('the test build keeps only the inspect arguments fuse on', async () => {
    const binaries = findPackagedBinaries(packageDir('test'));
    expect(binaries).toHaveLength(1);
    const findings = await checkBinary(binaries[0] ?? '', 'test');
    expect(findings.filter((f) => !f.ok)).toEqual([]);
    expect(findings.find((f) => f.fuse === 'enableNodeCliInspectArguments')?.actual).toBe('on');
  });
});
