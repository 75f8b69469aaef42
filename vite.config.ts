import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { BROWSER_KIOSK_SECURITY_HEADERS, CONTENT_SECURITY_POLICY } from './electron/csp.ts';
import { contentCheckPlugin } from './renderer/features/citizen/content/vitePlugin.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

// The strict Content-Security-Policy, one source for both: Electron's protocol handler sends it
// as a header; the meta tag below covers the browser kiosk. Not added in dev, where Vite's hot
// reload needs an inline script.

const cspMeta = (): Plugin => ({
  name: 'kiosque-csp-meta',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend',
    },
  ],
});

// The boot reads (config file, stored PIN) start from a small chunk of their own, run by its own
// script tag before the boot chunk: they overlap the download and evaluation of React instead of
// following them.
const EARLY_CHUNK = 'early';
const earlyBootScript = (): Plugin => ({
  name: 'kiosque-early-boot-script',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler(html, ctx) {
      const early = Object.values(ctx.bundle ?? {}).find(
        (file) => file.type === 'chunk' && file.name === EARLY_CHUNK,
      );
      if (!early) throw new Error('the early boot chunk is missing from the build');
      const entry = '<script type="module" crossorigin src=';
      if (!html.includes(entry)) throw new Error('no entry script in index.html');
      return html.replace(entry, `${entry}"./${early.fileName}"></script>\n    ${entry}`);
    },
  },
});

export default defineConfig({
  root: 'renderer',
  base: './',
  publicDir: '../resources/public',
  plugins: [react(), cspMeta(), earlyBootScript(), contentCheckPlugin()],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    chunkSizeWarningLimit: 340, // The boot chunk holds React and i18next too (see codeSplitting).
    // Chromium 120+ (Electron, the browser kiosk) preloads modules natively: no polyfill.
    modulePreload: { polyfill: false },
    // Everything the first screen runs in one chunk: one file to fetch, and gzip compresses it
    // better than four (react, i18next and the app apart), which keeps the boot under 100 kB.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // startBoot and what it imports (the platform seam, the config file's first check).
            { name: EARLY_CHUNK, test: /renderer[\\/]app[\\/]startBoot\.ts$/, priority: 2 },
            { name: 'boot', tags: ['$initial'] },
          ],
        },
      },
    },
    // Recorded audio stays a file: the CSP allows no data: URL for media.
    assetsInlineLimit: (file) => (/\.(mp3|ogg|opus|wav|webm)$/.test(file) ? false : undefined),
  },
  server: { host: '127.0.0.1', strictPort: true },
  // The browser kiosk's own headers (its CSP sandbox included), so the e2e tests, which drive
  // `vite preview`, run the app under the same flags as a counter does.
  preview: { host: '127.0.0.1', strictPort: true, headers: { ...BROWSER_KIOSK_SECURITY_HEADERS } },
});
