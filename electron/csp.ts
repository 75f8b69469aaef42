/**
 * The Content-Security-Policy sent with every app:// response and by the browser kiosk's static
 * server. vite.config.ts imports it for the meta tag of the built index.html (checked by
 * tests/e2e/browser/csp.spec.ts) and the browser kiosk's headers for `vite preview`.
 */
import { createHash } from 'node:crypto';

/**
 * The policy; `styleHashes` and `scriptHashes` are the `'sha256-…'` sources of the page's own
 * inline style sheets and scripts (the build writes the attract screen's styles and its still's
 * painter into index.html: see `inlineStyleHashes`).
 */
export function contentSecurityPolicy(
  styleHashes: readonly string[] = [],
  scriptHashes: readonly string[] = [],
): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes].join(' '),
    ["style-src 'self'", ...styleHashes].join(' '),
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
}

/** The policy of every response but the app's HTML pages (which add their own hashes). */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

const hashSource = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The hash sources of the `<style>` elements of one of the app's own HTML files, as the build
 * wrote them (one, in index.html: the styles of the first screen, so that it needs no second
 * request before it can be drawn). The files served come from the app's folder only
 * (static-files.ts), whose scripts are trusted as much; a style added by a page at run time,
 * or injected in a response, matches no hash and is refused.
 */
export function inlineStyleHashes(html: string): string[] {
  return [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, css]) => hashSource(css ?? ''));
}

/**
 * The same for the page's inline `<script>` elements (one, in index.html: the still's painter,
 * which must run before the first frame). Scripts with a `src` or a type are not inline ones.
 */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, js]) => hashSource(js ?? ''));
}

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

type Sandbox = Parameters<typeof sandboxDirective>[0];
const ELECTRON: Sandbox = { modals: false, downloads: false };
const BROWSER_KIOSK: Sandbox = { modals: true, downloads: true };

const headers = (sandbox: Sandbox, html = '') => ({
  ...commonHeaders,
  'Content-Security-Policy': `${contentSecurityPolicy(
    inlineStyleHashes(html),
    inlineScriptHashes(html),
  )}; ${sandboxDirective(sandbox)}`,
});

/** Headers of every app:// response in Electron: no modal dialog, no download, in any frame. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = headers(ELECTRON);

/** Headers of the browser kiosk's server (and of `vite preview`, which the e2e tests drive). */
export const BROWSER_KIOSK_SECURITY_HEADERS: Readonly<Record<string, string>> =
  headers(BROWSER_KIOSK);

/** `SECURITY_HEADERS` for one of the app's HTML pages: its own inline elements are allowed. */
export const pageSecurityHeaders = (html: string): Readonly<Record<string, string>> =>
  headers(ELECTRON, html);

/** `BROWSER_KIOSK_SECURITY_HEADERS` for one of the app's HTML pages. */
export const browserKioskPageHeaders = (html: string): Readonly<Record<string, string>> =>
  headers(BROWSER_KIOSK, html);

/**
 * Blink features the kiosk window turns off (`webPreferences.disableBlinkFeatures`), in the
 * page and every frame: middle click (it would open links in a new window, denied anyway), and
 * the File System Access pickers (`showOpenFilePicker`, `showSaveFilePicker`,
 * `showDirectoryPicker`), whose native dialogs would show the counter's disks.
 */
export const DISABLED_BLINK_FEATURES = ['Auxclick', 'FileSystemAccessLocal'] as const;
