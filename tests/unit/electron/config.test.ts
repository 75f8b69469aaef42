import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  configArgument,
  findConfigLocation,
  machineConfigPath,
} from '../../../electron/config/lookup';
import { loadMachineConfig, type ConfigFs } from '../../../electron/config/load';
import { effectiveLockdown, parseCommandLine } from '../../../electron/config/cli';
import { DEFAULT_CONFIG, parseConfigText } from '../../../electron/shared/config-schema';

const WIN_MACHINE = 'C:\\ProgramData\\KiosqueNumerique\\config.json';
const LINUX_MACHINE = '/etc/kiosque-numerique/config.json';

function fakeFs(files: Record<string, string>): ConfigFs {
  return {
    exists: (f) => f in files,
    readText: (f) => {
      const text = files[f];
      if (text === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return text;
    },
  };
}

describe('machine config location', () => {
  it('knows the machine-wide file of each OS', () => {
    expect(machineConfigPath('win32', { ProgramData: 'C:\\ProgramData' })).toBe(WIN_MACHINE);
    expect(machineConfigPath('win32', { ProgramData: 'D:\\Data' })).toBe(
      'D:\\Data\\KiosqueNumerique\\config.json',
    );
    expect(machineConfigPath('win32', {})).toBe(WIN_MACHINE);
    expect(machineConfigPath('linux', {})).toBe(LINUX_MACHINE);
    expect(machineConfigPath('darwin', {})).toBeNull();
  });

  it('reads --config PATH and --config=PATH, the last one winning', () => {
    expect(configArgument(['electron', '.', '--config', '/srv/a.json'])).toBe('/srv/a.json');
    expect(configArgument(['--config=/srv/b.json'])).toBe('/srv/b.json');
    expect(configArgument(['--config', '/a.json', '--config=/b.json'])).toBe('/b.json');
    expect(configArgument(['--config'])).toBeNull();
    expect(configArgument(['--config='])).toBeNull();
    expect(configArgument([])).toBeNull();
  });

  it.each(['linux', 'win32'])(
    'follows the order argument > environment > machine file > defaults on %s',
    (platform) => {
      const machine = platform === 'win32' ? WIN_MACHINE : LINUX_MACHINE;
      const env = { ProgramData: 'C:\\ProgramData', KIOSQUE_CONFIG: '/env.json' };
      const all = (f: string) => [machine, '/arg.json', '/env.json'].includes(f);
      expect(
        findConfigLocation({ argv: ['--config', '/arg.json'], env, platform, exists: all }),
      ).toEqual({ path: '/arg.json', origin: 'argument' });
      expect(findConfigLocation({ argv: [], env, platform, exists: all })).toEqual({
        path: '/env.json',
        origin: 'environment',
      });
      expect(
        findConfigLocation({
          argv: [],
          env: { ProgramData: 'C:\\ProgramData' },
          platform,
          exists: all,
        }),
      ).toEqual({ path: machine, origin: 'machine' });
      expect(findConfigLocation({ argv: [], env: {}, platform, exists: () => false })).toBeNull();
    },
  );

  it('ignores an empty KIOSQUE_CONFIG', () => {
    expect(
      findConfigLocation({
        argv: [],
        env: { KIOSQUE_CONFIG: '  ' },
        platform: 'linux',
        exists: () => false,
      }),
    ).toBeNull();
  });
});

describe('loadMachineConfig', () => {
  const load = (
    argv: string[],
    files: Record<string, string>,
    env: Record<string, string> = {},
    platform = 'linux',
  ) => loadMachineConfig({ argv, env, platform, fs: fakeFs(files) });

  it('uses built-in defaults, lockdown on, when no file exists', () => {
    const loaded = load([], {});
    expect(loaded).toEqual({
      config: DEFAULT_CONFIG,
      issues: [],
      source: null,
      origin: 'defaults',
      file: { state: 'absent' },
      hashInvalid: false,
    });
    expect(loaded.config.lockdown).toBe(true);
  });

  it('reads the machine file on Windows', () => {
    const loaded = load(
      [],
      { [WIN_MACHINE]: JSON.stringify({ siteId: 'mairie-x', lockdown: false }) },
      { ProgramData: 'C:\\ProgramData' },
      'win32',
    );
    expect(loaded.source).toBe(WIN_MACHINE);
    expect(loaded.config.siteId).toBe('mairie-x');
    expect(loaded.config.lockdown).toBe(false);
    expect(loaded.issues).toEqual([]);
  });

  it('reports a missing explicit file and keeps lockdown on', () => {
    const loaded = load(['--config', '/nope.json'], {});
    expect(loaded.source).toBe('/nope.json');
    expect(loaded.issues).toEqual([{ path: '', message: 'fichier introuvable : /nope.json' }]);
    expect(loaded.config.lockdown).toBe(true);
  });

  it('reports an unreadable file with its error code', () => {
    const loaded = loadMachineConfig({
      argv: [],
      env: { KIOSQUE_CONFIG: '/locked.json' },
      platform: 'linux',
      fs: {
        exists: () => true,
        readText: () => {
          throw Object.assign(new Error('denied'), { code: 'EACCES' });
        },
      },
    });
    expect(loaded.issues[0]?.message).toContain('EACCES');
    expect(loaded.config.lockdown).toBe(true);
  });

  it('reports broken JSON and starts with safe defaults', () => {
    const loaded = load(['--config=/c.json'], { '/c.json': '{ "siteId": ' });
    expect(loaded.issues[0]?.message).toMatch(/JSON illisible/);
    expect(loaded.config).toEqual(DEFAULT_CONFIG);
  });

  it('names each wrong field, keeps the good ones and forces lockdown on', () => {
    const text = JSON.stringify({
      siteId: 'Mairie X',
      siteName: 'Mairie',
      lockdown: false,
      idle: { timeoutSeconds: 5 },
      colour: 'bleu',
    });
    const loaded = load(['--config', '/c.json'], { '/c.json': text });
    expect(loaded.issues.map((i) => i.path).sort()).toEqual([
      'colour',
      'idle.timeoutSeconds',
      'siteId',
    ]);
    expect(loaded.config.siteName).toBe('Mairie');
    expect(loaded.config.siteId).toBe(DEFAULT_CONFIG.siteId);
    expect(loaded.config.idle).toEqual(DEFAULT_CONFIG.idle);
    expect(loaded.config.lockdown).toBe(true);
  });

  it('refuses an oversized file', () => {
    const loaded = load(['--config', '/big.json'], { '/big.json': ' '.repeat(300 * 1024) });
    expect(loaded.issues[0]?.message).toMatch(/trop volumineux/);
  });
});

describe('command line', () => {
  it('parses --dev and --hash-pin', () => {
    expect(parseCommandLine(['electron', '.'])).toEqual({ dev: false, hashPin: false });
    expect(parseCommandLine(['kiosque', '--dev'])).toEqual({ dev: true, hashPin: false });
    expect(parseCommandLine(['kiosque', '--hash-pin'])).toEqual({ dev: false, hashPin: true });
  });

  it('keeps lockdown on unless --dev or a valid config turns it off', () => {
    expect(effectiveLockdown({ dev: false, hashPin: false }, true)).toBe(true);
    expect(effectiveLockdown({ dev: true, hashPin: false }, true)).toBe(false);
    expect(effectiveLockdown({ dev: false, hashPin: false }, false)).toBe(false);
  });
});

describe('resources/config.example.json', () => {
  it('validates with no issue and documents a real site', () => {
    const file = path.resolve(
      import.meta.dirname,
      '..',
      '..',
      '..',
      'resources',
      'config.example.json',
    );
    const parsed = parseConfigText(readFileSync(file, 'utf8'));
    expect(parsed.issues).toEqual([]);
    expect(parsed.config.lockdown).toBe(true);
    expect(parsed.config.siteId).not.toBe(DEFAULT_CONFIG.siteId);
  });
});
