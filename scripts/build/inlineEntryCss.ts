/**
 * The entry's style sheet written into index.html as a `<style>` element. Linked, it was a
 * second request the first screen waited for before it could be drawn: 30–50 ms of a
 * one-button page's 65–80 ms on our counters' Chromium (docs/mesures.md). The page's CSP allows
 * that element by its hash (electron/csp.ts `inlineStyleHashes`), never inline styles at large.
 */
import path from 'node:path';

const LINK = /<link rel="stylesheet"(?: crossorigin)? href="\.\/([^"]+\.css)">/g;

/**
 * `html` with each linked sheet that `read` knows replaced by its text. Relative `url()`s are
 * rewritten from the sheet's folder to the page's. Returns the files inlined.
 */
export function inlineStylesheets(
  html: string,
  read: (file: string) => string | null,
): { html: string; inlined: string[] } {
  const inlined: string[] = [];
  const out = html.replace(LINK, (link, file: string) => {
    const css = read(file);
    // A sheet that would close the element early is left linked rather than broken.
    if (css === null || /<\/style/i.test(css)) return link;
    inlined.push(file);
    // The disabled link is never fetched; Vite's loader finds it and does not fetch the sheet
    // again for a lazy chunk that shares a module with the entry.
    return `<style>${rebase(css, path.posix.dirname(file))}</style><link rel="stylesheet" href="./${file}" disabled>`;
  });
  return { html: out, inlined };
}

/** `url(./font.woff2)` in `assets/x.css` becomes `url(./assets/font.woff2)` for the page. */
function rebase(css: string, dir: string): string {
  if (dir === '.') return css;
  return css.replace(/url\(\s*(["']?)([^"')]+)\1\s*\)/g, (whole, quote: string, url: string) => {
    if (/^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(url)) return whole; // data:, absolute, fragment.
    return `url(${quote}./${path.posix.join(dir, url)}${quote})`;
  });
}
