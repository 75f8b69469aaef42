/**
 * `npm start`'s choices for the browser kiosk: no silent fallback on a real counter, one
 * profile folder for good in the user's data folder, Chromium without session restore.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { afterElectronExit, chooseLaunch } from '../../../scripts/browser-kiosk/launch-choice';
import { prepareProfile, profileFolder } from '../../../scripts/browser-kiosk/profile';
import { kioskChromiumArgs } from '../../../scripts/browser-kiosk/chromium-args';

describe('which kiosk npm start runs', () => {
  it('runs the browser kiosk when asked, or when there is no Electron binary at all', () => {
    for (const realCounter of [true, false]) {
      expect(chooseLaunch({ browserFlag: true, electron: 'ok', realCounter })).toBe('browser');
      expect(chooseLaunch({ browserFlag: false, electron: 'missing', realCounter })).toBe(
        'browser',
      );
      expect(chooseLaunch({ browserFlag: false, electron: 'ok', realCounter })).toBe('electron');
    }
  });

  it('exits non-zero on a real counter when Electron cannot start, falls back elsewhere', () => {
    expect(chooseLaunch({ browserFlag: false, electron: 'fails', realCounter: true })).toBe('exit');
    expect(chooseLaunch({ browserFlag: false, electron: 'fails', realCounter: false })).toBe(
      'browser',
    );
    expect(afterElectronExit({ code: 1, ranMs: 500, realCounter: true })).toBe('exit');
    expect(afterElectronExit({ code: 1, ranMs: 500, realCounter: false })).toBe('browser');
    expect(afterElectronExit({ code: 0, ranMs: 500, realCounter: false })).toBe('exit');
    expect(afterElectronExit({ code: 1, ranMs: 60_000, realCounter: false })).toBe('exit');
  });
});

describe('the browser kiosk profile', () => {
  let dir = '';
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('lives in the OS data folder of the user, never in a temporary folder', () => {
    expect(profileFolder('linux', {}, '/home/kiosque')).toBe(
      '/home/kiosque/.config/kiosque-numerique/navigateur',
    );
    expect(profileFolder('linux', { XDG_CONFIG_HOME: '/srv/cfg' }, '/home/k')).toBe(
      '/srv/cfg/kiosque-numerique/navigateur',
    );
    expect(
      profileFolder('win32', { LOCALAPPDATA: 'C:\\Users\\kiosque\\AppData\\Local' }, 'C:\\x'),
    ).toBe('C:\\Users\\kiosque\\AppData\\Local\\KiosqueNumerique\\Navigateur');
    expect(profileFolder('darwin', {}, '/Users/k')).toBe(
      '/Users/k/Library/Application Support/KiosqueNumerique/Navigateur',
    );
    for (const platform of ['linux', 'win32', 'darwin'])
      expect(profileFolder(platform, {}, '/home/k')).not.toContain(os.tmpdir());
  });

  it('drops the last session, marks the last exit clean and turns autofill off, keeping data', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'kiosque-profile-'));
    const profile = path.join(dir, 'Default');
    mkdirSync(path.join(profile, 'Sessions'), { recursive: true });
    mkdirSync(path.join(profile, 'IndexedDB'), { recursive: true });
    writeFileSync(path.join(profile, 'Sessions', 'Session_1'), 'typed text');
    writeFileSync(path.join(profile, 'Current Session'), 'typed text');
    writeFileSync(path.join(profile, 'IndexedDB', 'journal.ldb'), 'journal');
    writeFileSync(
      path.join(profile, 'Preferences'),
      JSON.stringify({ profile: { exit_type: 'Crashed', name: 'Kiosque' }, other: 1 }),
    );
    prepareProfile(dir);
    expect(existsSync(path.join(profile, 'Sessions'))).toBe(false);
    expect(existsSync(path.join(profile, 'Current Session'))).toBe(false);
    expect(readFileSync(path.join(profile, 'IndexedDB', 'journal.ldb'), 'utf8')).toBe('journal');
    const prefs = JSON.parse(readFileSync(path.join(profile, 'Preferences'), 'utf8'));
    expect(prefs).toMatchObject({
      profile: { exit_type: 'Normal', exited_cleanly: true, name: 'Kiosque' },
      session: { restore_on_startup: 5 },
      autofill: { profile_enabled: false },
      credentials_enable_service: false,
      other: 1,
    });
  });

  it('starts Chromium in kiosk mode on the persistent profile, sandboxed unless root', () => {
    const args = kioskChromiumArgs({
      url: 'http://127.0.0.1:17380/',
      profile: '/home/k/.config/kiosque-numerique/navigateur',
      noSandbox: false,
      configPath: null,
      platform: 'win32',
    });
    expect(args).toEqual(
      expect.arrayContaining([
        '--kiosk',
        '--app=http://127.0.0.1:17380/',
        '--user-data-dir=/home/k/.config/kiosque-numerique/navigateur',
        '--disable-session-crashed-bubble',
      ]),
    );
    expect(args).not.toContain('--no-sandbox');
    expect(args.some((a) => a.startsWith('--restore'))).toBe(false);
  });

  it('lets Chromium speak on Linux and print the takeaway silently when a printer is set', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'kiosque-args-'));
    const config = path.join(dir, 'config.json');
    writeFileSync(config, JSON.stringify({ takeaway: { printer: 'Accueil-HP' } }));
    const base = { url: 'http://127.0.0.1:17380/', profile: '/p', noSandbox: false };
    const linux = kioskChromiumArgs({ ...base, configPath: config, platform: 'linux' });
    expect(linux).toContain('--enable-speech-dispatcher');
    expect(linux).toContain('--kiosk-printing');
    const plain = kioskChromiumArgs({ ...base, configPath: null, platform: 'linux' });
    expect(plain).toContain('--enable-speech-dispatcher');
    expect(plain).not.toContain('--kiosk-printing');
  });
});
