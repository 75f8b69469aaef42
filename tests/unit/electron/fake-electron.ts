/**
 * A hand-written stand-in for the `electron` module, for wiring tests: it records, in one
 * ordered list, every handler installed and every page load, and keeps the listeners so a test
 * can fire events (a navigation, a key press, a download…) and check the outcome.
 */
type Listener = (...args: unknown[]) => unknown;

export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
  processId: number;
  routingId: number;
}

export class Emitter {
  listeners = new Map<string, Listener[]>();
  constructor(
    protected calls: string[],
    protected prefix: string,
  ) {}
  on(event: string, listener: Listener): this {
    this.calls.push(`${this.prefix}.on:${event}`);
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }
  /** Fires an event; returns what the listeners returned. */
  emit(event: string, ...args: unknown[]): unknown[] {
    return (this.listeners.get(event) ?? []).map((l) => l(...args));
  }
}

export class FakeWebContents extends Emitter {
  windowOpenHandler: Listener | null = null;
  mainFrame: FakeFrame = {
    url: 'app://kiosque/index.html',
    parent: null,
    processId: 7,
    routingId: 1,
  };
  zoomFactor = 1;
  devToolsClosed = 0;
  loaded: string[] = [];
  constructor(calls: string[]) {
    super(calls, 'contents');
  }
  setWindowOpenHandler(handler: Listener): void {
    this.calls.push('contents.setWindowOpenHandler');
    this.windowOpenHandler = handler;
  }
  closeDevTools(): void {
    this.devToolsClosed += 1;
  }
  setZoomFactor(factor: number): void {
    this.zoomFactor = factor;
  }
  setVisualZoomLevelLimits(): Promise<void> {
    this.calls.push('contents.setVisualZoomLevelLimits');
    return Promise.resolve();
  }
  isDestroyed(): boolean {
    return false;
  }
  loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    return Promise.resolve();
  }
  forcefullyCrashRenderer(): void {
    this.calls.push('contents.forcefullyCrashRenderer');
  }
  webrtcPolicy: string | null = null;
  setWebRTCIPHandlingPolicy(policy: string): void {
    this.calls.push(`contents.setWebRTCIPHandlingPolicy:${policy}`);
    this.webrtcPolicy = policy;
  }
}

export class FakeSession extends Emitter {
  permissionRequest: Listener | null = null;
  permissionCheck: Listener | null = null;
  spellChecker: boolean | null = null;
  beforeRequest: Listener | null = null;
  webRequest = {
    onBeforeRequest: (listener: Listener) => {
      this.calls.push('session.webRequest.onBeforeRequest');
      this.beforeRequest = listener;
    },
  };
  setSpellCheckerEnabled(enabled: boolean): void {
    this.calls.push(`session.setSpellCheckerEnabled:${enabled}`);
    this.spellChecker = enabled;
  }
  constructor(calls: string[]) {
    super(calls, 'session');
  }
  setPermissionRequestHandler(handler: Listener): void {
    this.calls.push('session.setPermissionRequestHandler');
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: Listener): void {
    this.calls.push('session.setPermissionCheckHandler');
    this.permissionCheck = handler;
  }
  setDevicePermissionHandler(): void {
    this.calls.push('session.setDevicePermissionHandler');
  }
}

export interface FakeElectronState {
  calls: string[];
  windows: FakeWindowLike[];
  appEvents: Emitter;
  ipcHandlers: Map<string, Listener>;
  session: FakeSession;
  quit: number;
  /** What powerMonitor.getSystemIdleTime() answers: 0, as under a Wayland kiosk session. */
  systemIdleSeconds: number;
  /** `app.isPackaged`. */
  packaged: boolean;
  /** Exit codes passed to `app.exit`. */
  exits: number[];
  /** Electron's default data folder, until `app.setPath('userData')` moves it. */
  userData: string;
  /** What safeStorage.getSelectedStorageBackend() answers ('basic_text': no secret service). */
  safeStorageBackend?: string;
}

export interface FakeWindowLike {
  options: Record<string, unknown>;
  webContents: FakeWebContents;
  events: Emitter;
  focused: number;
  closable: boolean;
}

/** Builds the fake module; `state` is shared with the test. */
export function createFakeElectron(state: FakeElectronState) {
  const { calls } = state;
  class BrowserWindow implements FakeWindowLike {
    options: Record<string, unknown>;
    webContents: FakeWebContents;
    events: Emitter;
    focused = 0;
    closable = true;
    constructor(options: Record<string, unknown>) {
      calls.push('BrowserWindow');
      this.options = options;
      this.webContents = new FakeWebContents(calls);
      this.events = new Emitter(calls, 'window');
      this.closable = options.closable !== false;
      state.windows.push(this);
      // Like Electron: web-contents-created fires while the window is being built.
      state.appEvents.emit('web-contents-created', {}, this.webContents);
    }
    on(event: string, listener: Listener) {
      this.events.on(event, listener);
      return this;
    }
    once(event: string, listener: Listener) {
      this.events.on(event, listener);
      return this;
    }
    loadURL(url: string): Promise<void> {
      calls.push(`loadURL:${url}`);
      return Promise.resolve();
    }
    isDestroyed() {
      return false;
    }
    isMinimized() {
      return false;
    }
    restore() {}
    show() {}
    focus() {
      this.focused += 1;
    }
    setClosable(value: boolean) {
      this.closable = value;
    }
    setKiosk() {}
  }
  return {
    app: {
      commandLine: { appendSwitch: (name: string) => calls.push(`commandLine:${name}`) },
      requestSingleInstanceLock: () => {
        calls.push('app.requestSingleInstanceLock');
        return true;
      },
      on: (event: string, listener: Listener) => state.appEvents.on(event, listener),
      whenReady: () => {
        calls.push('app.whenReady');
        return Promise.resolve();
      },
      getPath: () => state.userData,
      setPath: (name: string, value: string) => {
        calls.push(`app.setPath:${name}`);
        if (name === 'userData') state.userData = value;
      },
      getVersion: () => '0.1.0',
      getAppPath: () => '/app',
      get isPackaged() {
        return state.packaged;
      },
      quit: () => {
        state.quit += 1;
      },
      exit: (code = 0) => {
        state.exits.push(code);
      },
    },
    protocol: {
      registerSchemesAsPrivileged: () => calls.push('protocol.registerSchemesAsPrivileged'),
      handle: (scheme: string) => calls.push(`protocol.handle:${scheme}`),
    },
    Menu: {
      setApplicationMenu: (menu: unknown) => calls.push(`Menu.setApplicationMenu:${String(menu)}`),
    },
    ipcMain: {
      handle: (channel: string, handler: Listener) => {
        calls.push(`ipcMain.handle:${channel}`);
        state.ipcHandlers.set(channel, handler);
      },
    },
    powerMonitor: {
      getSystemIdleTime: () => state.systemIdleSeconds,
      on: (event: string) => calls.push(`powerMonitor.on:${event}`),
    },
    // Reversible, keyed by a constant: enough to see that nothing is written in clear.
    safeStorage: {
      isAsyncEncryptionAvailable: async () => true,
      getSelectedStorageBackend: () => state.safeStorageBackend ?? 'gnome_libsecret',
      encryptStringAsync: async (text: string) =>
        Buffer.from(Buffer.from(text, 'utf8').map((b) => b ^ 0x6b)),
      decryptStringAsync: async (data: Buffer) => ({
        result: Buffer.from(data.map((b) => b ^ 0x6b)).toString('utf8'),
        shouldReEncrypt: false,
      }),
    },
    powerSaveBlocker: { start: (type: string) => calls.push(`powerSaveBlocker.start:${type}`) },
    session: { defaultSession: state.session },
    BrowserWindow,
  };
}
