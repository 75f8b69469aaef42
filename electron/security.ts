/**
 * The security module, installed on the window's web contents and session BEFORE the first
 * page loads: navigation limited to the app's origin, no new windows, no webviews, no downloads,
 * every permission denied, devtools closed in lockdown, zoom pinned at 100 %, no context menu,
 * no request outside `app://kiosque/`, no spellchecker (whose dictionaries Chromium downloads
 * even with spellcheck off), and a WebRTC policy that reveals no local address.
 * `guardAnyWebContents` applies the navigation rules to every other web contents too.
 */
import type { Session, WebContents } from 'electron';
import { isNavigationAllowed } from './lockdown';
import type { BlockSummary } from './log/block-summary';

export interface SecurityDeps {
  lockdown: boolean;
  appOrigin: string;
  blocks: BlockSummary;
}

/** Scheme and host of a refused URL, enough to diagnose without logging what a page held. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : parsed.protocol;
  } catch {
    return 'invalid-url';
  }
}

/**
 * True for a request the page may make: its own origin, and the in-memory `data:`/`blob:` URLs
 * the CSP allows for images and media (which never reach the network). Devtools' own pages only
 * outside lockdown. Everything else (http, https, ws, file, ftp…) is cancelled.
 */
export function isRequestAllowed(url: string, appOrigin: string, lockdown: boolean): boolean {
  if (isNavigationAllowed(url, appOrigin)) return true;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'data') return true;
  if (scheme === 'blob') return isNavigationAllowed(url.slice('blob:'.length), appOrigin);
  return !lockdown && scheme === 'devtools';
}

const guarded = new WeakSet<WebContents>();

/**
 * Navigation, new windows and webviews: applied to every web contents the app creates (from
 * `web-contents-created`) and to the kiosk window's. Idempotent, so both paths can call it.
 */
export function guardAnyWebContents(contents: WebContents, deps: SecurityDeps): void {
  if (guarded.has(contents)) return;
  guarded.add(contents);
  const refuse = (kind: string) => (event: { preventDefault(): void; url: string }) => {
    if (isNavigationAllowed(event.url, deps.appOrigin)) return;
    event.preventDefault();
    deps.blocks.record(kind, describeUrl(event.url));
  };
  contents.on('will-navigate', refuse('navigation'));
  contents.on('will-redirect', refuse('redirect'));
  contents.on('will-frame-navigate', refuse('frame-navigation'));
  contents.setWindowOpenHandler(({ url }) => {
    deps.blocks.record('window-open', describeUrl(url));
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    deps.blocks.record('webview', 'attach');
  });
  // WebRTC may only use proxied UDP: no host candidate, so no local IP address leaks.
  contents.setWebRTCIPHandlingPolicy('disable_non_proxied_udp');
}

/**
 * The one permission the kiosk grants: persistent storage for the app's own pages, so the
 * journal in IndexedDB is never evicted under disk pressure. Camera, microphone, location,
 * notifications, clipboard reading, file system, fullscreen changes… are all denied.
 */
export function isPermissionAllowed(
  permission: string,
  requestingUrl: string,
  appOrigin: string,
): boolean {
  return permission === 'persistent-storage' && isNavigationAllowed(requestingUrl, appOrigin);
}

/** Downloads, permissions, requests and the spellchecker, on the session the window uses. */
export function guardSession(session: Session, deps: SecurityDeps): void {
  session.setSpellCheckerEnabled(false);
  // No filter: every request of the session (the updater uses a session of its own).
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isRequestAllowed(details.url, deps.appOrigin, deps.lockdown);
    if (!allowed) deps.blocks.record('request', describeUrl(details.url));
    callback({ cancel: !allowed });
  });
  session.on('will-download', (event, item) => {
    event.preventDefault();
    item.cancel();
    deps.blocks.record('download', describeUrl(item.getURL()));
  });
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const allowed = isPermissionAllowed(permission, details.requestingUrl, deps.appOrigin);
    if (!allowed) deps.blocks.record('permission', permission);
    callback(allowed);
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin, deps.appOrigin),
  );
  session.setDevicePermissionHandler(() => false);
}

/** Devtools, zoom and the context menu, on the kiosk window's own contents. */
export function guardKioskContents(contents: WebContents, deps: SecurityDeps): void {
  guardAnyWebContents(contents, deps);
  if (deps.lockdown) {
    contents.on('devtools-opened', () => {
      contents.closeDevTools();
      deps.blocks.record('devtools', 'opened');
    });
  }
  const pinZoom = () => {
    if (contents.isDestroyed()) return;
    contents.setZoomFactor(1);
    contents.setVisualZoomLevelLimits(1, 1).catch(() => undefined);
  };
  // Ctrl+wheel and pinch arrive here; keyboard zoom is stopped earlier by shouldBlockInput.
  contents.on('zoom-changed', (_event, direction) => {
    pinZoom();
    deps.blocks.record('zoom', direction);
  });
  contents.on('did-finish-load', pinZoom);
  contents.on('context-menu', (event) => {
    event.preventDefault();
  });
  // A page's beforeunload must not stop the reload to home nor the admin's quit.
  contents.on('will-prevent-unload', (event) => {
    event.preventDefault();
  });
}
