/**
 * Native dialogs stay closed to page script. With context isolation the preload's `window` is
 * not the page's, so the guard runs in the page's own (main) world through
 * `contextBridge.executeInMainWorld`, before any page script: `window.print()`, the File System
 * Access pickers and `showPicker()` are replaced by locked (non-writable, non-configurable)
 * refusals and file inputs open no chooser, on the page's window and on the window of any frame
 * the page reaches. Frames reached otherwise (`window.frames[i]`) are covered deeper: the CSP
 * sandbox refuses print and alerts, the pickers are disabled Blink features (csp.ts), and main
 * reloads a page that makes a frame at all (recovery.ts).
 *
 * Printing stays possible only through the app's own print action, which asks main over IPC
 * (main prints silently to the configured printer); that path never calls `window.print()`.
 */
import { contextBridge } from 'electron';

/**
 * Runs in the main world: serialised by Electron, so it must not use anything from outside its
 * own body (no imports, no closures). Exported for the unit tests, which run it in jsdom.
 */
export function blockNativeDialogs(): void {
  type AnyWindow = Window & typeof globalThis;
  const refusal = (name: string) =>
    new DOMException(`${name}: désactivé sur ce kiosque`, 'NotAllowedError');
  const lock = (target: object | undefined | null, name: string, value: unknown): void => {
    if (!target) return;
    try {
      Object.defineProperty(target, name, {
        value,
        writable: false,
        configurable: false,
        enumerable: false,
      });
    } catch {
      // Already locked (the same window guarded twice).
    }
  };
  const guardWindow = (w: AnyWindow): void => {
    const print = function print(): void {
      // Nothing: no print dialog from page script.
    };
    lock(w, 'print', print);
    lock(w.Window?.prototype, 'print', print);
    for (const name of ['showOpenFilePicker', 'showSaveFilePicker', 'showDirectoryPicker']) {
      const refuse = () => Promise.reject(refusal(name));
      lock(w, name, refuse);
      lock(w.Window?.prototype, name, refuse);
    }
    const refusePicker = function showPicker(): void {
      throw refusal('showPicker');
    };
    lock(w.HTMLInputElement?.prototype, 'showPicker', refusePicker);
    // A file input opens the native file chooser on its click (a tap, its label, Enter, or
    // `click()` from script), and Electron offers main no hook to refuse it. The app never
    // shows a file input in Electron (files come from its own list), so every such click is
    // cancelled here, in the capture phase of the window, before any page listener.
    w.addEventListener(
      'click',
      (event) => {
        const target = event.target as { tagName?: string; type?: string } | null;
        if (target?.tagName === 'INPUT' && target.type === 'file') event.preventDefault();
      },
      true,
    );
  };
  guardWindow(window);

  // A frame the page creates has its own copies of these functions: guard each frame's window
  // whenever the page reaches it (contentWindow, contentDocument) and when it loads.
  const frameProto = HTMLIFrameElement.prototype;
  const wrap = (property: 'contentWindow' | 'contentDocument'): void => {
    const descriptor = Object.getOwnPropertyDescriptor(frameProto, property);
    const get = descriptor?.get;
    if (!get) return;
    Object.defineProperty(frameProto, property, {
      configurable: false,
      enumerable: descriptor.enumerable ?? true,
      get(this: HTMLIFrameElement) {
        const value = get.call(this) as AnyWindow | Document | null;
        const target = value && 'defaultView' in value ? value.defaultView : value;
        try {
          if (target) guardWindow(target as AnyWindow);
        } catch {
          // Another origin: its functions cannot be reached from here either.
        }
        return value;
      },
    });
  };
  wrap('contentWindow');
  wrap('contentDocument');
  window.addEventListener(
    'load',
    (event) => {
      const frame = event.target as Element | null;
      if (frame?.tagName === 'IFRAME') void (frame as HTMLIFrameElement).contentWindow;
    },
    true,
  );
}

/** Installs the guard in the page's world; returns false when Electron refused to run it. */
export function installMainWorldGuards(): boolean {
  try {
    contextBridge.executeInMainWorld({ func: blockNativeDialogs });
    return true;
  } catch {
    return false;
  }
}
