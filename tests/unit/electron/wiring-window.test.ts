/**
 * Main-process wiring with a mocked `electron` (1/2): the real electron/main.ts runs against
 * fake-electron.ts; checks the window options, that every security handler is in place before
 * the first page load, and how the installed handlers behave.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC } from '../../../electron/ipc/contract';
import { DISABLED_BLINK_FEATURES } from '../../../electron/csp';
import { bootMain, type BootedMain, type Hoisted } from './main-harness';

const h = vi.hoisted((): Hoisted => ({ state: null, logger: null }));

vi.mock('electron', () => import('./mock-modules').then((m) => m.fakeElectronModule(h)));
vi.mock('electron-updater', () => ({ autoUpdater: {} }));
vi.mock('../../../electron/log/logger', () =>
  import('./mock-modules').then((m) => m.capturedLoggerModule(h)),
);

let m: BootedMain;
beforeAll(async () => {
  m = await bootMain(h);
});
afterAll(() => m.cleanUp());

describe('kiosk window', () => {
  it('is a fullscreen kiosk that cannot be closed, minimised or moved', () => {
    expect(m.win.options).toMatchObject({
      kiosk: true,
      fullscreen: true,
      closable: false,
      minimizable: false,
      maximizable: false,
      movable: false,
      resizable: false,
      show: false,
    });
  });

  it('has the hardened web preferences', () => {
    expect(m.win.options.webPreferences).toMatchObject({
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
    const prefs = m.win.options.webPreferences as Record<string, unknown>;
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    // The pickers go in every frame (tests/e2e/browser/frame-dialogs.spec.ts shows the name works).
    expect(prefs.disableBlinkFeatures).toBe(DISABLED_BLINK_FEATURES.join(','));
    expect(String(prefs.preload)).toMatch(/preload\.cjs$/);
  });

  it('loads the home page of the app protocol, once', () => {
    expect(m.state.calls.filter((c) => c.startsWith('loadURL:'))).toEqual([
      'loadURL:app://kiosque/index.html',
    ]);
  });
});

describe('order of installation', () => {
  const before = (call: string, other: string) => {
    const calls = m.state.calls;
    const a = calls.indexOf(call);
    expect(a, `${call} installed`).toBeGreaterThanOrEqual(0);
    expect(a, `${call} before ${other}`).toBeLessThan(calls.indexOf(other));
  };

  it('registers the privileged scheme before the app is ready', () => {
    before('protocol.registerSchemesAsPrivileged', 'app.whenReady');
  });

  it('takes the single-instance lock only once the data folder is set', () => {
    before('app.setPath:userData', 'app.requestSingleInstanceLock');
  });

  it.each([
    'Menu.setApplicationMenu:null',
    'protocol.handle:app',
    'session.on:will-download',
    'session.setPermissionRequestHandler',
    'session.setPermissionCheckHandler',
    'session.setSpellCheckerEnabled:false',
    'session.webRequest.onBeforeRequest',
    'contents.setWebRTCIPHandlingPolicy:disable_non_proxied_udp',
    'contents.on:will-navigate',
    'contents.on:will-redirect',
    'contents.on:will-frame-navigate',
    'contents.setWindowOpenHandler',
    'contents.on:will-attach-webview',
    'contents.on:devtools-opened',
    'contents.on:zoom-changed',
    'contents.on:context-menu',
    'contents.on:will-prevent-unload',
    'contents.on:before-input-event',
    'contents.on:render-process-gone',
    'contents.on:unresponsive',
    'contents.on:did-fail-load',
    'contents.on:frame-created',
    'window.on:close',
    `ipcMain.handle:${IPC.getBootInfo}`,
    `ipcMain.handle:${IPC.quitKiosk}`,
  ])('%s is installed before the first load', (call) => {
    before(call, 'loadURL:app://kiosque/index.html');
  });

  it('handles every channel of the contract', () => {
    expect([...m.state.ipcHandlers.keys()].sort()).toEqual(Object.values(IPC).sort());
  });

  it('keeps the display awake and registers the single-instance behaviour', () => {
    expect(m.state.calls).toContain('powerSaveBlocker.start:prevent-display-sleep');
    expect(m.state.calls).toContain('app.on:second-instance');
  });
});

describe('installed security handlers', () => {
  const request = (url: string): unknown => {
    let answer: unknown = null;
    m.state.session.beforeRequest?.({ url }, (response: unknown) => {
      answer = response;
    });
    return answer;
  };

  it('lets the page load only app://kiosque/ (and its in-memory images)', () => {
    expect(request('app://kiosque/assets/index.js')).toEqual({ cancel: false });
    expect(request('data:image/png;base64,AAAA')).toEqual({ cancel: false });
    expect(request('blob:app://kiosque/5b1c')).toEqual({ cancel: false });
    for (const url of [
      'https://example.org/x.js',
      'http://127.0.0.1:9222/json',
      'wss://example.org/',
      'file:///etc/passwd',
      'app://other/index.html',
      'blob:https://example.org/5b1c',
      'devtools://devtools/bundled/inspector.html',
    ])
      expect(request(url), url).toEqual({ cancel: true });
  });

  it('turns the spellchecker off and keeps local addresses out of WebRTC', () => {
    expect(m.state.session.spellChecker).toBe(false);
    expect(m.win.webContents.webrtcPolicy).toBe('disable_non_proxied_udp');
  });

  const navigation = (url: string) => {
    const event = { url, preventDefault: vi.fn() };
    m.win.webContents.emit('will-navigate', event, url);
    return event.preventDefault;
  };

  it('blocks navigation to another origin and lets the app navigate', () => {
    expect(navigation('https://example.org/')).toHaveBeenCalled();
    expect(navigation('file:///etc/passwd')).toHaveBeenCalled();
    expect(navigation('app://kiosque/index.html#/agent')).not.toHaveBeenCalled();
  });

  it('blocks redirects and frame navigations elsewhere', () => {
    const redirect = { url: 'https://example.org', preventDefault: vi.fn() };
    m.win.webContents.emit('will-redirect', redirect);
    const frame = { url: 'data:text/html,x', preventDefault: vi.fn() };
    m.win.webContents.emit('will-frame-navigate', frame);
    expect(redirect.preventDefault).toHaveBeenCalled();
    expect(frame.preventDefault).toHaveBeenCalled();
  });

  it('denies every new window, even of the app', () => {
    expect(m.win.webContents.windowOpenHandler?.({ url: 'https://example.org' })).toEqual({
      action: 'deny',
    });
    expect(m.win.webContents.windowOpenHandler?.({ url: 'app://kiosque/index.html' })).toEqual({
      action: 'deny',
    });
  });

  it('refuses webviews, downloads and permissions', () => {
    const webview = { preventDefault: vi.fn() };
    m.win.webContents.emit('will-attach-webview', webview, {}, {});
    expect(webview.preventDefault).toHaveBeenCalled();
    const download = { preventDefault: vi.fn() };
    const item = { cancel: vi.fn(), getURL: () => 'https://example.org/x.exe' };
    m.state.session.emit('will-download', download, item);
    expect(download.preventDefault).toHaveBeenCalled();
    expect(item.cancel).toHaveBeenCalled();
    const details = { requestingUrl: 'app://kiosque/index.html' };
    for (const permission of [
      'geolocation',
      'media',
      'notifications',
      'clipboard-read',
      'fileSystem',
      'fullscreen',
      'openExternal',
    ]) {
      const callback = vi.fn();
      m.state.session.permissionRequest?.(m.win.webContents, permission, callback, details);
      expect(callback, permission).toHaveBeenCalledWith(false);
      expect(
        m.state.session.permissionCheck?.(m.win.webContents, permission, 'app://kiosque', {}),
      ).toBe(false);
    }
  });

  it('grants persistent storage to the app only, so the journal is never evicted', () => {
    const granted = vi.fn();
    m.state.session.permissionRequest?.(m.win.webContents, 'persistent-storage', granted, {
      requestingUrl: 'app://kiosque/index.html',
    });
    expect(granted).toHaveBeenCalledWith(true);
    const foreign = vi.fn();
    m.state.session.permissionRequest?.(m.win.webContents, 'persistent-storage', foreign, {
      requestingUrl: 'https://example.org/',
    });
    expect(foreign).toHaveBeenCalledWith(false);
    expect(
      m.state.session.permissionCheck?.(
        m.win.webContents,
        'persistent-storage',
        'app://kiosque',
        {},
      ),
    ).toBe(true);
    expect(
      m.state.session.permissionCheck?.(
        m.win.webContents,
        'persistent-storage',
        'https://example.org',
        {},
      ),
    ).toBe(false);
  });

  it('closes devtools, pins the zoom and suppresses the context menu', () => {
    m.win.webContents.emit('devtools-opened');
    expect(m.win.webContents.devToolsClosed).toBe(1);
    m.win.webContents.zoomFactor = 1.5;
    m.win.webContents.emit('zoom-changed', {}, 'in');
    expect(m.win.webContents.zoomFactor).toBe(1);
    const menu = { preventDefault: vi.fn() };
    m.win.webContents.emit('context-menu', menu, {});
    expect(menu.preventDefault).toHaveBeenCalled();
  });

  it('swallows escape shortcuts and lets typing through', () => {
    const press = (input: Record<string, unknown>) => {
      const event = { preventDefault: vi.fn() };
      m.win.webContents.emit('before-input-event', event, {
        type: 'keyDown',
        code: '',
        control: false,
        alt: false,
        shift: false,
        meta: false,
        ...input,
      });
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
    m.win.events.emit('close', close);
    expect(close.preventDefault).toHaveBeenCalled();
    const quit = { preventDefault: vi.fn() };
    m.state.appEvents.emit('before-quit', quit);
    expect(quit.preventDefault).toHaveBeenCalled();
  });

  it('brings the first window to the front on a second launch', () => {
    const focused = m.win.focused;
    m.state.appEvents.emit('second-instance', {}, ['kiosque'], '/');
    expect(m.win.focused).toBe(focused + 1);
    expect(m.state.windows).toHaveLength(1);
  });

  it('reloads the home screen after a renderer crash', () => {
    m.win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(m.win.webContents.loaded.at(-1)).toBe('app://kiosque/index.html');
    expect(m.logText()).toContain('renderer.gone');
  });

  it('reloads the home screen when the page makes a frame, never for its own main frame', () => {
    const contents = m.win.webContents;
    const loads = contents.loaded.length;
    contents.emit('frame-created', {}, { frame: contents.mainFrame });
    contents.emit('frame-created', {}, { frame: null });
    expect(contents.loaded).toHaveLength(loads);
    const subFrame = { ...contents.mainFrame, url: 'about:blank', parent: contents.mainFrame };
    contents.emit('frame-created', {}, { frame: subFrame });
    expect(contents.loaded).toHaveLength(loads + 1);
    expect(contents.loaded.at(-1)).toBe('app://kiosque/index.html');
    expect(m.logText()).toContain('page.frame-refused');
  });
});
