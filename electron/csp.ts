/**
 * The Content-Security-Policy sent with every app:// response and by the browser kiosk's static
 * server. vite.config.ts imports it for the meta tag of the built index.html (checked by
 * tests/e2e/browser/csp.spec.ts) and the browser kiosk's headers for `vite preview`.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "worker-src 'self'",
].join('; ');

/**
 * The CSP `sandbox` directive (honoured in a header only, never in a meta tag). Its flags bind
 * the page AND every frame it could create, however the page reaches that frame
 * (`contentWindow`, `window.frames[i]`, `window[i]`), so the dialogs it leaves out are refused
 * by Chromium itself rather than by a guard that page script could get around.
 * - always: scripts, the app's own origin (IndexedDB needs it), forms (without it, a form's
 *   submit event never fires, and `form-action 'none'` already stops any real submission);
 * - `modals` (alert, confirm, prompt, print) only where the page itself prints: the browser
 *   kiosk prints its takeaway sheet with `window.print()`; Electron prints from main, so there
 *   no page script, compromised or not, can open a print or alert dialog;
 * - `downloads` only where exports are downloads (the browser kiosk).
 */
export function sandboxDirective(allow: { modals: boolean; downloads: boolean }): string {
  const flags = ['allow-scripts', 'allow-same-origin', 'allow-forms'];
  if (allow.modals) flags.push('allow-modals');
  if (allow.downloads) flags.push('allow-downloads');
  return `sandbox ${flags.join(' ')}`;
}

const commonHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
} as const;

/** Headers of every app:// response in Electron: no modal dialog, no download, in any frame. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  ...commonHeaders,
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; ${sandboxDirective({ modals: false, downloads: false })}`,
};

/** Headers of the browser kiosk's server (and of `vite preview`, which the e2e tests drive). */
export const BROWSER_KIOSK_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  ...commonHeaders,
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; ${sandboxDirective({ modals: true, downloads: true })}`,
};

/**
 * Blink features the kiosk window turns off (`webPreferences.disableBlinkFeatures`), in the
 * page and every frame: middle click (it would open links in a new window, denied anyway), and
 * the File System Access pickers (`showOpenFilePicker`, `showSaveFilePicker`,
 * `showDirectoryPicker`), whose native dialogs would show the counter's disks.
 */
export const DISABLED_BLINK_FEATURES = ['Auxclick', 'FileSystemAccessLocal'] as const;
