/**
 * Main-process wiring with a mocked `electron`: the real electron/main.ts runs against
 * fake-electron.ts, and the test checks the window options, that every security handler is in
 * place before the first page load, and how the installed handlers behave.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC } from '../../../electron/ipc/contract';
import { hashPin } from '../../../electron/shared/pin-hash';
import type { FakeElectronState, FakeWindowLike } from './fake-electron';
import type { captureLogger } from './test-logger';

const h = vi.hoisted(() => ({ state: null as FakeElectronState | null, logger: null as ReturnType<typeof captureLogger> | null }));

vi.mock('electron', async () => {
  const fake = await import('./fake-electron');
  const calls: string[] = [];
  const state: FakeElectronState = { calls, windows: [], appEvents: new fake.Emitter(calls, 'app'), ipcHandlers: new Map(), session: new fake.FakeSession(calls), quit: 0 };
  h.state = state;
  const electron = fake.createFakeElectron(state);
  return { ...electron, default: electron };
});
vi.mock('electron-updater', () => ({ autoUpdater: {} }));
vi.mock('../../../electron/log/logger', async () => {
  const { captureLogger } = await import('./test-logger');
  const logger = captureLogger();
  h.logger = logger;
  return { createMainLogger: () => logger };
});

const PIN = '482916';
let dir = '';
let win: FakeWindowLike;
const state = (): FakeElectronState => {
  if (!h.state) throw new Error('electron mock not loaded');
  return h.state;
};
const appFrame = () => win.webContents.mainFrame;
const invoke = (channel: string, event: unknown, ...args: unknown[]) => {
  const handler = state().ipcHandlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return Promise.resolve().then(() => handler(event, ...args));
};
const fromApp = () => ({ sender: win.webContents, senderFrame: appFrame() });

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'kiosque-wiring-'));
  const config = {
    siteId: 'mairie-test',
    adminPinHash: await hashPin(PIN, 100_000),
    pinLockout: { maxAttempts: 3, lockMinutes: 1 },
    backup: { folder: path.join(dir, 'sauvegardes'), keep: 3 },
  };
  writeFileSync(path.join(dir, 'config.json'), JSON.stringify(config));
  vi.stubEnv('KIOSQUE_CONFIG', path.join(dir, 'config.json'));
  vi.stubEnv('KIOSQUE_USER_DATA', path.join(dir, 'userdata'));
  await import('../../../electron/main');
  await vi.waitFor(() => expect(state().windows).toHaveLength(1));
  win = state().windows[0] as FakeWindowLike;
});
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

describe('kiosk window', () => {
  it('is a fullscreen kiosk that cannot be closed, minimised or moved', () => {
    expect(win.options).toMatchObject({ kiosk: true, fullscreen: true, closable: false, minimizable: false, maximizable: false, movable: false, resizable: false, show: false });
  });

  it('has the hardened web preferences', () => {
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: false,
    });
    const prefs = win.options.webPreferences as Record<string, unknown>;
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    expect(String(prefs.preload)).toMatch(/preload\.cjs$/);
  });

  it('loads the home page of the app protocol, once', () => {
    expect(state().calls.filter((c) => c.startsWith('loadURL:'))).toEqual(['loadURL:app://kiosque/index.html']);
  });
});

describe('order of installation', () => {
  const before = (call: string, other: string) => {
    const calls = state().calls;
    const a = calls.indexOf(call);
    expect(a, `${call} installed`).toBeGreaterThanOrEqual(0);
    expect(a, `${call} before ${other}`).toBeLessThan(calls.indexOf(other));
  };

  it('registers the privileged scheme before the app is ready', () => {
    before('protocol.registerSchemesAsPrivileged', 'app.whenReady');
  });

  it.each([
    'Menu.setApplicationMenu:null',
    'protocol.handle:app',
    'session.on:will-download',
    'session.setPermissionRequestHandler',
    'session.setPermissionCheckHandler',
    'contents.on:will-navigate',
    'contents.on:will-redirect',
    'contents.on:will-frame-navigate',
    'contents.setWindowOpenHandler',
    'contents.on:will-attach-webview',
    'contents.on:devtools-opened',
    'contents.on:zoom-changed',
    'contents.on:context-menu',
    'contents.on:before-input-event',
    'contents.on:render-process-gone',
    'contents.on:unresponsive',
    'contents.on:did-fail-load',
    'window.on:close',
    `ipcMain.handle:${IPC.getBootInfo}`,
    `ipcMain.handle:${IPC.quitKiosk}`,
  ])('%s is installed before the first load', (call) => {
    before(call, 'loadURL:app://kiosque/index.html');
  });

  it('handles every channel of the contract', () => {
    expect([...state().ipcHandlers.keys()].sort()).toEqual(Object.values(IPC).sort());
  });

  it('keeps the display awake and registers the single-instance behaviour', () => {
    expect(state().calls).toContain('powerSaveBlocker.start:prevent-display-sleep');
    expect(state().calls).toContain('app.on:second-instance');
  });
});

describe('installed security handlers', () => {
  const navigation = (url: string) => {
    const event = { url, preventDefault: vi.fn() };
    win.webContents.emit('will-navigate', event, url);
    return event.preventDefault;
  };

  it('blocks navigation to another origin and lets the app navigate', () => {
    expect(navigation('https://example.org/')).toHaveBeenCalled();
    expect(navigation('file:///etc/passwd')).toHaveBeenCalled();
    expect(navigation('app://kiosque/index.html#/agent')).not.toHaveBeenCalled();
  });

  it('blocks redirects and frame navigations elsewhere', () => {
    const redirect = { url: 'https://example.org', preventDefault: vi.fn() };
    win.webContents.emit('will-redirect', redirect);
    const frame = { url: 'data:text/html,x', preventDefault: vi.fn() };
    win.webContents.emit('will-frame-navigate', frame);
    expect(redirect.preventDefault).toHaveBeenCalled();
    expect(frame.preventDefault).toHaveBeenCalled();
  });

  it('denies every new window, even of the app', () => {
    expect(win.webContents.windowOpenHandler?.({ url: 'https://example.org' })).toEqual({ action: 'deny' });
    expect(win.webContents.windowOpenHandler?.({ url: 'app://kiosque/index.html' })).toEqual({ action: 'deny' });
  });

  it('refuses webviews, downloads and permissions', () => {
    const webview = { preventDefault: vi.fn() };
    win.webContents.emit('will-attach-webview', webview, {}, {});
    expect(webview.preventDefault).toHaveBeenCalled();
    const download = { preventDefault: vi.fn() };
    const item = { cancel: vi.fn(), getURL: () => 'https://example.org/x.exe' };
    state().session.emit('will-download', download, item);
    expect(download.preventDefault).toHaveBeenCalled();
    expect(item.cancel).toHaveBeenCalled();
    for (const permission of ['geolocation', 'media', 'notifications', 'clipboard-read']) {
      const callback = vi.fn();
      state().session.permissionRequest?.(win.webContents, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(state().session.permissionCheck?.(win.webContents, permission)).toBe(false);
    }
  });

  it('closes devtools, pins the zoom and suppresses the context menu', () => {
    win.webContents.emit('devtools-opened');
    expect(win.webContents.devToolsClosed).toBe(1);
    win.webContents.zoomFactor = 1.5;
    win.webContents.emit('zoom-changed', {}, 'in');
    expect(win.webContents.zoomFactor).toBe(1);
    const menu = { preventDefault: vi.fn() };
    win.webContents.emit('context-menu', menu, {});
    expect(menu.preventDefault).toHaveBeenCalled();
  });

  it('swallows escape shortcuts and lets typing through', () => {
    const press = (input: Record<string, unknown>) => {
      const event = { preventDefault: vi.fn() };
      win.webContents.emit('before-input-event', event, { type: 'keyDown', code: '', control: false, alt: false, shift: false, meta: false, ...input });
      return event.preventDefault;
    };
    expect(press({ key: 'F5' })).toHaveBeenCalled();
    expect(press({ key: 'w', code: 'KeyW', control: true })).toHaveBeenCalled();
    expect(press({ key: 'F4', alt: true })).toHaveBeenCalled();
    expect(press({ key: 'a', code: 'KeyQ' })).not.toHaveBeenCalled();
    expect(press({ key: '@', code: 'Digit0', control: true, alt: true })).not.toHaveBeenCalled();
  });

  it('refuses to close the window or quit without the admin PIN', () => {
    const close = { preventDefault: vi.fn() };
    win.events.emit('close', close);
    expect(close.preventDefault).toHaveBeenCalled();
    const quit = { preventDefault: vi.fn() };
    state().appEvents.emit('before-quit', quit);
    expect(quit.preventDefault).toHaveBeenCalled();
  });

  it('brings the first window to the front on a second launch', () => {
    const focused = win.focused;
    state().appEvents.emit('second-instance', {}, ['kiosque'], '/');
    expect(win.focused).toBe(focused + 1);
    expect(state().windows).toHaveLength(1);
  });

  it('reloads the home screen after a renderer crash', () => {
    win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(win.webContents.loaded.at(-1)).toBe('app://kiosque/index.html');
    expect(h.logger?.text()).toContain('renderer.gone');
  });
});

describe('IPC gate', () => {
  it('serves the app frame a boot info without the PIN hash', async () => {
    const info = (await invoke(IPC.getBootInfo, fromApp())) as Record<string, unknown>;
    expect(info).toMatchObject({ lockdown: true, adminPin: 'configured', configIssues: [] });
    expect(JSON.stringify(info)).not.toContain('pbkdf2');
    expect((info.config as Record<string, unknown>).siteId).toBe('mairie-test');
  });

  it('refuses calls from another web contents, a sub-frame or a foreign page', async () => {
    const other = { ...win.webContents };
    await expect(invoke(IPC.getBootInfo, { sender: other, senderFrame: appFrame() })).rejects.toThrow('ipc-refused:foreign-contents');
    const iframe = { url: 'app://kiosque/index.html', parent: appFrame(), processId: 7, routingId: 9 };
    await expect(invoke(IPC.verifyAdminPin, { sender: win.webContents, senderFrame: iframe }, PIN)).rejects.toThrow('ipc-refused:sub-frame');
    const foreign = { ...appFrame(), url: 'https://example.org/' };
    await expect(invoke(IPC.quitKiosk, { sender: win.webContents, senderFrame: foreign }, PIN)).rejects.toThrow('ipc-refused:foreign-origin');
    await expect(invoke(IPC.getBootInfo, { sender: win.webContents, senderFrame: null })).rejects.toThrow('ipc-refused:no-frame');
    expect(h.logger?.text()).toContain('ipc.refused');
    expect(state().quit).toBe(0);
  });

  it('refuses invalid arguments before any handler runs', async () => {
    await expect(invoke(IPC.verifyAdminPin, fromApp(), 482916)).rejects.toThrow('ipc-invalid-arguments');
    await expect(invoke(IPC.verifyAdminPin, fromApp())).rejects.toThrow('ipc-invalid-arguments');
    await expect(invoke(IPC.setActivityState, fromApp(), 'hacker')).rejects.toThrow('ipc-invalid-arguments');
    await expect(invoke(IPC.saveExport, fromApp(), { targetId: 'backup-folder', fileName: 'x.csv', content: 'a', extra: true })).rejects.toThrow('ipc-invalid-arguments');
    await expect(invoke(IPC.readBackup, fromApp(), { name: 'x.json' })).rejects.toThrow('ipc-invalid-arguments');
    await expect(invoke(IPC.getBootInfo, fromApp(), 'unexpected')).rejects.toThrow('ipc-invalid-arguments');
  });

  it('reports idle time and activity state', async () => {
    expect(await invoke(IPC.getSystemIdleSeconds, fromApp())).toBe(42);
    await invoke(IPC.setActivityState, fromApp(), 'citizen');
  });

  it('writes and lists backups in the configured folder', async () => {
    const written = (await invoke(IPC.writeBackup, fromApp(), { fileName: 'sauvegarde-1.json', content: '{}', keep: 3 })) as { ok: boolean; path: string };
    expect(written.ok).toBe(true);
    expect(written.path).toBe(path.join(dir, 'sauvegardes', 'sauvegarde-1.json'));
    expect(await invoke(IPC.listBackups, fromApp())).toMatchObject([{ name: 'sauvegarde-1.json', size: 2 }]);
    expect(await invoke(IPC.readBackup, fromApp(), 'sauvegarde-1.json')).toBe('{}');
  });

  it('quits only with the right admin PIN', async () => {
    expect(await invoke(IPC.quitKiosk, fromApp(), '000001')).toEqual({ ok: false, error: 'pin-wrong' });
    expect(await invoke(IPC.verifyAdminPin, fromApp(), PIN)).toBe(true);
    expect(await invoke(IPC.quitKiosk, fromApp(), PIN)).toEqual({ ok: true });
    await vi.waitFor(() => expect(state().quit).toBe(1));
    const close = { preventDefault: vi.fn() };
    win.events.emit('close', close);
    expect(close.preventDefault).not.toHaveBeenCalled();
    expect(h.logger?.text()).not.toContain(PIN);
  });
});
