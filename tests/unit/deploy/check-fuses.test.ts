/**
 * The fuse checker against fake "binaries": a few bytes holding Electron's fuse sentinel and
 * wire, written by @electron/fuses itself exactly as electron-builder would.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FuseVersion, flipFuses, type FuseV1Options } from '@electron/fuses';
import { SENTINEL } from '@electron/fuses/dist/constants.js';
import { getConfig } from 'app-builder-lib/out/util/config/config.js';
import {
  FUSE_INDEX,
  checkBinary,
  findPackagedBinaries,
  runCheck,
  type BuilderFuseName,
} from '../../../scripts/check-fuses';

const root = path.resolve(import.meta.dirname, '..', '..', '..');

/** What a stock Electron ships: run-as-node, NODE_OPTIONS, inspect and file:// privileges on. */
const STOCK_WIRE = '10110001';

function fakeElectron(file: string, wire = STOCK_WIRE): string {
  mkdirSync(path.dirname(file), { recursive: true });
  const filler = Buffer.alloc(64, 0x90);
  writeFileSync(
    file,
    Buffer.concat([
      filler,
      Buffer.from(SENTINEL, 'ascii'),
      Buffer.from([1, wire.length]),
      Buffer.from(wire, 'ascii'),
      filler,
    ]),
  );
  return file;
}

/** Flips the fuses of a fake binary with the `electronFuses` of an electron-builder config file. */
async function packageWith(configFile: string, binary: string): Promise<void> {
  const config = await getConfig(root, configFile, null);
  const fuses: Partial<Record<FuseV1Options, boolean>> = {};
  for (const [name, value] of Object.entries(config.electronFuses ?? {})) {
    const index = FUSE_INDEX[name as BuilderFuseName];
    if (index !== undefined && typeof value === 'boolean') fuses[index] = value;
  }
  await flipFuses(binary, { version: FuseVersion.V1, ...fuses });
}

describe('check-fuses', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'kiosque-fuses-'));
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    vi.restoreAllMocks();
  });

  it('flags every unhardened fuse of a stock Electron binary', async () => {
    const findings = await checkBinary(fakeElectron(path.join(dir, 'electron')), 'production');
    const wrong = findings.filter((f) => !f.ok).map((f) => f.fuse);
    expect(wrong.sort()).toEqual(
      [
        'runAsNode',
        'enableCookieEncryption',
        'enableNodeOptionsEnvironmentVariable',
        'enableNodeCliInspectArguments',
        'enableEmbeddedAsarIntegrityValidation',
        'onlyLoadAppFromAsar',
        'grantFileProtocolExtraPrivileges',
      ].sort(),
    );
  });

  it('accepts a binary packaged with electron-builder.yml, and rejects it as a test build', async () => {
    const binary = fakeElectron(path.join(dir, 'electron'));
    await packageWith('electron-builder.yml', binary);
    expect((await checkBinary(binary, 'production')).every((f) => f.ok)).toBe(true);
    const asTest = await checkBinary(binary, 'test');
    expect(asTest.filter((f) => !f.ok)).toEqual([
      { fuse: 'enableNodeCliInspectArguments', expected: 'on', actual: 'off', ok: false },
    ]);
  });

  it('accepts a binary packaged with electron-builder.test.yml as a test build only', async () => {
    const binary = fakeElectron(path.join(dir, 'electron'));
    await packageWith('electron-builder.test.yml', binary);
    expect((await checkBinary(binary, 'test')).every((f) => f.ok)).toBe(true);
    expect((await checkBinary(binary, 'production')).find((f) => !f.ok)?.fuse).toBe(
      'enableNodeCliInspectArguments',
    );
  });

  it('finds packaged binaries under release/*-unpacked', () => {
    fakeElectron(path.join(dir, 'release', 'linux-unpacked', 'kiosque-numerique'));
    fakeElectron(path.join(dir, 'release', 'win-unpacked', 'kiosque-numerique.exe'));
    writeFileSync(path.join(dir, 'release', 'linux-unpacked', 'chrome-sandbox'), '');
    expect(findPackagedBinaries(path.join(dir, 'release'))).toEqual([
      path.join(dir, 'release', 'linux-unpacked', 'kiosque-numerique'),
      path.join(dir, 'release', 'win-unpacked', 'kiosque-numerique.exe'),
    ]);
    expect(findPackagedBinaries(path.join(dir, 'nowhere'))).toEqual([]);
  });

  it('says plainly that it could not run when there is no build (exit code 2)', async () => {
    const warn = vi.mocked(console.warn);
    expect(await runCheck(dir, [])).toBe(2);
    expect(warn.mock.calls[0]?.[0]).toMatch(
      /NOT RUN — no packaged production build under release\//,
    );
  });

  it('exits 1 on a wrong fuse and 0 on a hardened build', async () => {
    const binary = fakeElectron(path.join(dir, 'release', 'linux-unpacked', 'kiosque-numerique'));
    expect(await runCheck(dir, [])).toBe(1);
    await packageWith('electron-builder.yml', binary);
    expect(await runCheck(dir, [])).toBe(0);
    // The wire really changed on disk.
    expect(readFileSync(binary).includes(Buffer.from(STOCK_WIRE, 'ascii'))).toBe(false);
  });
});
