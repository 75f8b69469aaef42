/**
 * electron-builder.yml and its test variant, read by electron-builder's own loader (same
 * `extends` merge, same schema validation as `npm run dist`), then checked item by item.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Configuration, TargetConfiguration } from 'electron-builder';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import FpmTarget from 'app-builder-lib/out/targets/FpmTarget.js';
import { HARDENED_FUSES, expectedFuses } from '../../../scripts/check-fuses';
import { parseConfigText } from '../../../electron/shared/config-schema';

const root = path.resolve(import.meta.dirname, '..', '..', '..');

async function load(file: string): Promise<Configuration> {
  const config = await getConfig(root, file, null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

const targetsOf = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).map((t: string | TargetConfiguration) =>
    typeof t === 'string' ? t : t.target,
  );

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder.yml (production)', async () => {
  const config = await load('electron-builder.yml');

  it('identifies the app and packs it in an asar', () => {
    expect(config.appId).toBe('fr.kiosque-numerique.app');
    expect(config.productName).toBe('Kiosque Numérique');
    expect(config.asar).toBe(true);
    const files = (config.files as { filter: string[] }[]).flatMap((f) => f.filter);
    expect(files).toEqual(
      expect.arrayContaining(['dist/renderer/**', 'dist-electron/**', 'package.json']),
    );
    expect(config.directories?.output).toBe('release');
  });

  it('hardens every security fuse', () => {
    expect(config.electronFuses).toMatchObject(HARDENED_FUSES);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('ships the example config, the content and the icons as extra resources', () => {
    const extra = config.extraResources as { from: string; to: string }[];
    expect(extra.map((e) => [e.from, e.to])).toEqual(
      expect.arrayContaining([
        ['resources/config.example.json', 'config.example.json'],
        ['resources/content', 'content'],
        ['resources/icons', 'icons'],
      ]),
    );
  });

  it('builds a per-machine NSIS installer (not one-click) and an MSI for silent installs', () => {
    expect(targetsOf(config.win?.target)).toEqual(['nsis', 'msi']);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: true });
    expect(config.msi).toMatchObject({ perMachine: true });
    expect(config.win?.executableName).toBe('kiosque-numerique');
  });

  it('builds a .deb whose post-install creates the config folder, and an AppImage', () => {
    expect(targetsOf(config.linux?.target)).toEqual(['deb', 'AppImage']);
    expect(config.linux?.executableName).toBe('kiosque-numerique');
    const script = config.deb?.afterInstall;
    expect(script).toBe('resources/linux/after-install.sh');
    expect(existsSync(path.join(root, script ?? ''))).toBe(true);
  });

  it('makes the .deb pull in the system voice, keeping Electron’s own dependencies', () => {
    const depends = config.deb?.depends ?? [];
    expect(depends).toEqual(
      expect.arrayContaining(['speech-dispatcher', 'speech-dispatcher-espeak-ng', 'espeak-ng']),
    );
    // What electron-builder lists when `depends` is not set: setting it must not drop them.
    // Private in its typings, but it is the very list electron-builder falls back to.
    const defaultsOf = Reflect.get(FpmTarget.prototype, 'getDefaultDepends') as (
      target: string,
    ) => string[];
    const defaults = defaultsOf.call(null, 'deb');
    expect(defaults).toContain('libgtk-3-0');
    expect(depends).toEqual(expect.arrayContaining(defaults));
  });

  it('publishes update metadata for a generic server (the real URL comes from each machine config)', () => {
    const publish = Array.isArray(config.publish) ? config.publish[0] : config.publish;
    expect(publish).toMatchObject({ provider: 'generic' });
  });

  it('has icons of 512 and 256 pixels rendered from the SVG', () => {
    expect(existsSync(path.join(root, 'resources/icons/icon.svg'))).toBe(true);
    expect(pngSize(path.join(root, 'resources/icons/png/512x512.png'))).toEqual({
      width: 512,
      height: 512,
    });
    expect(pngSize(path.join(root, 'resources/icons/png/256x256.png'))).toEqual({
      width: 256,
      height: 256,
    });
    expect(config.win?.icon).toBe('resources/icons/png/256x256.png');
    expect(config.linux?.icon).toBe('resources/icons/png');
  });

  it('ships an example machine config that validates', () => {
    const file = path.join(root, 'resources/config.example.json');
    expect(existsSync(file), 'resources/config.example.json is missing').toBe(true);
    expect(parseConfigText(readFileSync(file, 'utf8')).issues).toEqual([]);
  });
});

describe('electron-builder.test.yml (Playwright variant)', async () => {
  const config = await load('electron-builder.test.yml');

  it('is a different app, named apart from what IT ships, that never publishes', () => {
    expect(config.appId).toBe('fr.kiosque-numerique.test');
    expect(config.productName).toBe('Kiosque Numérique TEST');
    expect(config.extraMetadata).toMatchObject({ kiosqueVariant: 'test' });
    expect(config.win?.executableName).toBe('kiosque-numerique-test');
    expect(config.linux?.executableName).toBe('kiosque-numerique-test');
    expect(config.publish ?? null).toBeNull();
  });

  it('extends the production config and keeps only the inspect arguments fuse on', () => {
    expect(config.electronFuses).toMatchObject(expectedFuses('test'));
    expect(config.electronFuses?.enableNodeCliInspectArguments).toBe(true);
    expect(config.electronFuses?.runAsNode).toBe(false);
    expect(config.directories?.output).toBe('release/test');
  });
});

describe('offline test build command (docs/deployment.md)', () => {
  it('selects the test fuses with dot options on top of electron-builder.yml', async () => {
    // What `electron-builder --dir -c.electronDist=… -c.directories.output=release/test
    // -c.electronFuses.enableNodeCliInspectArguments=true` parses to (strings, as from the CLI).
    const config = await getConfig(root, null, {
      electronDist: '/opt/electron',
      directories: { output: 'release/test' },
      electronFuses: { enableNodeCliInspectArguments: 'true' },
    } as unknown as Configuration);
    await validateConfiguration(config, new DebugLogger(false));
    expect(config.electronFuses).toMatchObject(expectedFuses('test'));
    expect(config.directories?.output).toBe('release/test');
  });

  it('would lose the test fuse if --config electron-builder.test.yml were combined with -c. options', async () => {
    // electron-builder then loads electron-builder.yml on top of the named file: documented trap.
    const config = await getConfig(root, null, {
      extends: 'electron-builder.test.yml',
      electronDist: '/opt/electron',
    });
    expect(config.electronFuses?.enableNodeCliInspectArguments).toBe(false);
  });
});

describe('the .deb post-install script', () => {
  const text = readFileSync(path.join(root, 'resources/linux/after-install.sh'), 'utf8');

  it('uses only the macros electron-builder defines (any other ${name} stops the build)', () => {
    const macros = new Set([...text.matchAll(/\$\{([a-zA-Z]+)\}/g)].map((m) => m[1]));
    expect([...macros].sort()).toEqual(['executable', 'sanitizedProductName']);
  });

  it('creates /etc/kiosque-numerique root-owned, without overwriting an existing config.json', () => {
    expect(text).toContain('CONFIG_DIR=/etc/kiosque-numerique');
    expect(text).toMatch(/install -d -o root -g root -m 0755 "\$CONFIG_DIR"/);
    expect(text).toMatch(/if \[ ! -e "\$CONFIG_DIR\/config\.json" \]/);
  });

  it('is valid bash once the macros are filled in', () => {
    const rendered = text
      .replaceAll('${executable}', 'kiosque-numerique')
      .replaceAll('${sanitizedProductName}', 'Kiosque Numérique');
    const result = spawnSync('bash', ['-n'], { input: rendered, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('package.json scripts', () => {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  it('builds the production and the test variants', () => {
    expect(pkg.scripts.dist).toContain('electron-builder');
    expect(pkg.scripts['dist:test']).toContain('-c electron-builder.test.yml');
    expect(pkg.scripts['build:web']).toBe('tsx scripts/build-web.ts');
  });
});
