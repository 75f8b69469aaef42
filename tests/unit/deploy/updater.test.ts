import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateKeyPairSync, sign } from 'node:crypto';
import { fakeContext } from './fake-context';
import { publicKeyToBase64 } from '../../../electron/updates/signature';

// electron and electron-updater are mocked: the wiring is tested, not the network.
const electron = vi.hoisted(() => ({ app: { isPackaged: true } }));
vi.mock('electron', () => electron);

// Each test installs a fresh fake (an EventEmitter with the methods the updater calls).
const fakeUpdater = vi.hoisted(() => ({ instance: null as null | EventEmitter }));
vi.mock('electron-updater', () => ({
  get autoUpdater() {
    return fakeUpdater.instance;
  },
}));

import {
  type UpdaterSystem,
  CHECK_INTERVAL_MS,
  FIRST_CHECK_DELAY_MS,
  GATE_INTERVAL_MS,
  getUpdateStatus,
  registerUpdater,
  safeErrorMessage,
  shouldInstallNow,
  type UpdaterHandle,
} from '../../../electron/updater';

const MIN = 60_000;

describe('shouldInstallNow (the install gate)', () => {
  const base = {
    activity: 'attract' as const,
    activitySince: 0,
    now: 10 * MIN,
    downloaded: true,
    idleMinutesBeforeInstall: 10,
  };

  it('installs a downloaded update after the configured minutes on the attract screen', () => {
    expect(shouldInstallNow(base)).toBe(true);
    expect(shouldInstallNow({ ...base, now: 60 * MIN })).toBe(true);
  });

  it('never installs while a citizen or an agent uses the kiosk, however long', () => {
    expect(shouldInstallNow({ ...base, activity: 'citizen', now: 600 * MIN })).toBe(false);
    expect(shouldInstallNow({ ...base, activity: 'agent', now: 600 * MIN })).toBe(false);
  });

  it('waits until the attract screen has been idle long enough', () => {
    expect(shouldInstallNow({ ...base, now: 10 * MIN - 1 })).toBe(false);
    expect(shouldInstallNow({ ...base, activitySince: 5 * MIN, now: 14 * MIN })).toBe(false);
  });

  it('does nothing without a downloaded update or with nonsense input', () => {
    expect(shouldInstallNow({ ...base, downloaded: false })).toBe(false);
    expect(shouldInstallNow({ ...base, activitySince: Number.NaN })).toBe(false);
    expect(shouldInstallNow({ ...base, idleMinutesBeforeInstall: 0 })).toBe(false);
  });
});

describe('safeErrorMessage', () => {
  it('hides credentials of an update URL and keeps messages short', () => {
    expect(
      safeErrorMessage(new Error('GET https://user:secret@maj.example.fr/latest.yml 404')),
    ).toBe('GET https://***@maj.example.fr/latest.yml 404');
    expect(safeErrorMessage('x'.repeat(1000))).toHaveLength(300);
  });
});

/** A throwaway release key pair, made for this test run only. */
function makeKeys() {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { privateKey, publicKey: publicKeyToBase64(publicKey) };
}
const keys = makeKeys();
const RELEASE = Buffer.from('the new AppImage, byte for byte');
const DOWNLOADED = {
  version: '1.3.0',
  downloadedFile: '/cache/kiosque-numerique-1.3.0-x86_64.AppImage',
  files: [{ url: 'kiosque-numerique-1.3.0-x86_64.AppImage' }],
};

describe('registerUpdater (electron-updater wiring)', () => {
  let handle: UpdaterHandle | null = null;
  const URL = 'https://maj.example.fr/kiosque/';
  /** What the update server publishes next to the file, by URL. */
  let published: Record<string, string> = {};
  const system: UpdaterSystem = {
    platform: 'linux',
    env: { APPIMAGE: '/opt/kiosque/kiosque.AppImage' },
    execPath: '/opt/kiosque/kiosque',
    fetchText: async (url) => published[url] ?? null,
    readFile: async () => RELEASE,
  };
  const signatureAt = `${URL}kiosque-numerique-1.3.0-x86_64.AppImage.sig`;

  interface FakeUpdater extends EventEmitter {
    autoDownload: boolean;
    autoInstallOnAppQuit: boolean;
    allowDowngrade: boolean;
    logger: unknown;
    setFeedURL: ReturnType<typeof vi.fn>;
    checkForUpdates: ReturnType<typeof vi.fn>;
    quitAndInstall: ReturnType<typeof vi.fn>;
  }

  function makeUpdater(): FakeUpdater {
    const emitter = new EventEmitter();
    const updater: FakeUpdater = Object.assign(emitter, {
      autoDownload: false,
      autoInstallOnAppQuit: true,
      allowDowngrade: true,
      logger: null,
      setFeedURL: vi.fn(),
      checkForUpdates: vi.fn(async () => {
        emitter.emit('checking-for-update');
        return null;
      }),
      quitAndInstall: vi.fn(),
    });
    fakeUpdater.instance = updater;
    return updater;
  }

  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-02T08:00:00Z'));
    electron.app.isPackaged = true;
    published = { [signatureAt]: sign(null, RELEASE, keys.privateKey).toString('base64') };
  });
  afterEach(() => {
    handle?.stop();
    handle = null;
    vi.useRealTimers();
  });

  it('stays off without an update URL and never touches electron-updater', () => {
    const updater = makeUpdater();
    const ctx = fakeContext();
    handle = registerUpdater(ctx, () => Date.now(), system);
    expect(getUpdateStatus()).toEqual({ enabled: false, state: 'off' });
    vi.advanceTimersByTime(CHECK_INTERVAL_MS);
    expect(updater.setFeedURL).not.toHaveBeenCalled();
    expect(updater.checkForUpdates).not.toHaveBeenCalled();
    expect(ctx.lines).toContainEqual({
      level: 'info',
      event: 'update.off',
      details: { reason: 'no-url' },
    });
  });

  it('stays off when the app is not packaged', () => {
    const updater = makeUpdater();
    electron.app.isPackaged = false;
    handle = registerUpdater(
      fakeContext({
        config: {
          updates: { url: URL, idleMinutesBeforeInstall: 10, publicKeys: [keys.publicKey] },
        },
      }),
      () => Date.now(),
      system,
    );
    expect(getUpdateStatus().state).toBe('dev');
    expect(updater.setFeedURL).not.toHaveBeenCalled();
  });

  const config = (idleMinutesBeforeInstall = 10) => ({
    config: { updates: { url: URL, idleMinutesBeforeInstall, publicKeys: [keys.publicKey] } },
  });

  it('leaves a .deb install to the package manager', () => {
    const updater = makeUpdater();
    handle = registerUpdater(fakeContext(config()), () => Date.now(), { ...system, env: {} });
    expect(getUpdateStatus()).toEqual({ enabled: false, state: 'unsupported' });
    expect(updater.setFeedURL).not.toHaveBeenCalled();
  });

  it('downloads in the background and installs only after 10 idle minutes on the attract screen', async () => {
    const updater = makeUpdater();
    const ctx = fakeContext({
      config: { updates: { url: URL, idleMinutesBeforeInstall: 10, publicKeys: [keys.publicKey] } },
    });
    handle = registerUpdater(ctx, () => Date.now(), system);

    expect(updater.setFeedURL).toHaveBeenCalledWith({ provider: 'generic', url: URL });
    expect(updater.autoDownload).toBe(true);
    expect(updater.autoInstallOnAppQuit).toBe(false);
    expect(updater.checkForUpdates).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(FIRST_CHECK_DELAY_MS);
    expect(updater.checkForUpdates).toHaveBeenCalledTimes(1);
    expect(getUpdateStatus()).toEqual({ enabled: true, state: 'checking' });

    updater.emit('update-available', { version: '1.3.0' });
    expect(getUpdateStatus().state).toBe('downloading');

    // A citizen starts an exercise while the download finishes.
    ctx.activity.set('citizen');
    updater.emit('update-downloaded', DOWNLOADED);
    await handle?.signatureChecked?.();
    expect(getUpdateStatus().state).toBe('downloaded');
    await vi.advanceTimersByTimeAsync(60 * MIN);
    expect(updater.quitAndInstall).not.toHaveBeenCalled();

    // Then an agent; still nothing.
    ctx.activity.set('agent');
    await vi.advanceTimersByTimeAsync(60 * MIN);
    expect(updater.quitAndInstall).not.toHaveBeenCalled();

    // Back to the attract screen: not before 10 minutes.
    ctx.activity.set('attract');
    await vi.advanceTimersByTimeAsync(9 * MIN);
    expect(updater.quitAndInstall).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(GATE_INTERVAL_MS + MIN);
    // Not under systemd here: the installer starts the new version itself.
    expect(updater.quitAndInstall).toHaveBeenCalledWith(true, true);
    expect(ctx.quitReasons).toEqual(['update-install']);
    expect(getUpdateStatus().state).toBe('installing');
    expect(ctx.lines.map((l) => l.event)).toEqual(
      expect.arrayContaining(['update.available', 'update.downloaded', 'update.install']),
    );
  });

  it('a citizen arriving just before the deadline postpones the install', async () => {
    const updater = makeUpdater();
    const ctx = fakeContext({
      config: { updates: { url: URL, idleMinutesBeforeInstall: 10, publicKeys: [keys.publicKey] } },
    });
    handle = registerUpdater(ctx, () => Date.now(), system);
    updater.emit('update-downloaded', DOWNLOADED);
    await handle?.signatureChecked?.();
    await vi.advanceTimersByTimeAsync(9 * MIN);
    ctx.activity.set('citizen');
    ctx.activity.set('attract');
    await vi.advanceTimersByTimeAsync(9 * MIN);
    expect(updater.quitAndInstall).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2 * MIN);
    expect(updater.quitAndInstall).toHaveBeenCalledTimes(1);
  });

  it('logs a failed check and keeps the running version working', async () => {
    const updater = makeUpdater();
    updater.checkForUpdates.mockRejectedValueOnce(
      new Error('getaddrinfo ENOTFOUND maj.example.fr'),
    );
    const ctx = fakeContext({
      config: { updates: { url: URL, idleMinutesBeforeInstall: 10, publicKeys: [keys.publicKey] } },
    });
    handle = registerUpdater(ctx, () => Date.now(), system);
    await vi.advanceTimersByTimeAsync(FIRST_CHECK_DELAY_MS);
    expect(getUpdateStatus()).toEqual({ enabled: true, state: 'error' });
    expect(ctx.lines).toContainEqual({
      level: 'error',
      event: 'update.check-failed',
      details: { message: 'getaddrinfo ENOTFOUND maj.example.fr' },
    });
    expect(ctx.quitReasons).toEqual([]);
    // The next periodic check runs again.
    await vi.advanceTimersByTimeAsync(CHECK_INTERVAL_MS);
    expect(updater.checkForUpdates).toHaveBeenCalledTimes(2);
  });

  it('a failed install is logged once, not retried every minute', async () => {
    const updater = makeUpdater();
    updater.quitAndInstall.mockImplementation(() => {
      throw new Error('installer missing');
    });
    const ctx = fakeContext({
      config: { updates: { url: URL, idleMinutesBeforeInstall: 1, publicKeys: [keys.publicKey] } },
    });
    handle = registerUpdater(ctx, () => Date.now(), system);
    updater.emit('update-downloaded', DOWNLOADED);
    await handle?.signatureChecked?.();
    await vi.advanceTimersByTimeAsync(30 * MIN);
    expect(updater.quitAndInstall).toHaveBeenCalledTimes(1);
    expect(getUpdateStatus().state).toBe('error');
    expect(ctx.lines.filter((l) => l.event === 'update.install-failed')).toHaveLength(1);
  });

  it('an error event while downloaded keeps the update installable', async () => {
    const updater = makeUpdater();
    handle = registerUpdater(
      fakeContext({
        config: {
          updates: { url: URL, idleMinutesBeforeInstall: 10, publicKeys: [keys.publicKey] },
        },
      }),
      () => Date.now(),
      system,
    );
    updater.emit('update-downloaded', DOWNLOADED);
    await handle?.signatureChecked?.();
    updater.emit('error', new Error('later check failed'));
    expect(getUpdateStatus().state).toBe('downloaded');
  });

  it('refuses an unsigned update and one signed by another key: logged, nothing installed', async () => {
    for (const signature of [null, sign(null, RELEASE, makeKeys().privateKey).toString('base64')]) {
      const updater = makeUpdater();
      published = signature === null ? {} : { [signatureAt]: signature };
      const ctx = fakeContext(config(1));
      handle = registerUpdater(ctx, () => Date.now(), system);
      updater.emit('update-downloaded', DOWNLOADED);
      await handle.signatureChecked?.();
      expect(getUpdateStatus()).toEqual({ enabled: true, state: 'refused' });
      await vi.advanceTimersByTimeAsync(30 * MIN);
      expect(updater.quitAndInstall).not.toHaveBeenCalled();
      expect(ctx.quitReasons).toEqual([]);
      expect(ctx.lines).toContainEqual({
        level: 'error',
        event: 'update.signature-refused',
        details: { version: '1.3.0' },
      });
      handle.stop();
    }
  });

  it('refuses a file changed after signing', async () => {
    const updater = makeUpdater();
    handle = registerUpdater(fakeContext(config(1)), () => Date.now(), {
      ...system,
      readFile: async () => Buffer.from('the new AppImage, byte for bytE'),
    });
    updater.emit('update-downloaded', DOWNLOADED);
    await handle.signatureChecked?.();
    expect(getUpdateStatus().state).toBe('refused');
  });

  it('stays off without a public key to check signatures with', () => {
    const updater = makeUpdater();
    handle = registerUpdater(
      fakeContext({
        config: { updates: { url: URL, idleMinutesBeforeInstall: 10, publicKeys: [] } },
      }),
      () => Date.now(),
      system,
    );
    expect(getUpdateStatus()).toEqual({ enabled: false, state: 'no-key' });
    expect(updater.setFeedURL).not.toHaveBeenCalled();
  });

  it('leaves per-machine Windows installs (NSIS, MSI) to the fleet tools', () => {
    const updater = makeUpdater();
    handle = registerUpdater(fakeContext(config()), () => Date.now(), {
      ...system,
      platform: 'win32',
      env: { ProgramFiles: 'C:\\Program Files' },
      execPath: 'C:\\Program Files\\Kiosque Numérique\\kiosque-numerique.exe',
    });
    expect(getUpdateStatus()).toEqual({ enabled: false, state: 'managed' });
    expect(updater.setFeedURL).not.toHaveBeenCalled();
  });

  it('under systemd, installs without starting the new version (the service does)', async () => {
    const updater = makeUpdater();
    handle = registerUpdater(fakeContext(config(1)), () => Date.now(), {
      ...system,
      env: { ...system.env, INVOCATION_ID: '3f1c0d2e' },
    });
    updater.emit('update-downloaded', DOWNLOADED);
    await handle.signatureChecked?.();
    await vi.advanceTimersByTimeAsync(2 * MIN + GATE_INTERVAL_MS);
    expect(updater.quitAndInstall).toHaveBeenCalledWith(true, false);
  });
});
