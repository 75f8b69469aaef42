import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy, inlineScriptHashes, inlineStyleHashes } from './electron/csp.ts';
import { inlineStylesheets } from './scripts/build/inlineEntryCss.ts';
import {
  bundleStillScript,
  insertAfterRoot,
  takeEntryModule,
} from './scripts/build/inlineStillScript.ts';
import { previewSecurityHeaders } from './scripts/build/previewHeaders.ts';
import { contentCheckPlugin } from './renderer/features/citizen/content/vitePlugin.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};
const DEFINE = { __APP_VERSION__: JSON.stringify(pkg.version) };
const STILL = fileURLToPath(new URL('./renderer/still.ts', import.meta.url));
const SYNC_STORE = fileURLToPath(
  new URL('./renderer/lib/reactSyncExternalStore.ts', import.meta.url),
);

// The strict Content-Security-Policy, one source for both: Electron's protocol handler sends it
// as a header; the meta tag below covers the browser kiosk. Not added in dev, where Vite's hot
// reload needs an inline script. It runs after Vite's own HTML work: the entry's style sheet and
// the still's painter, which loads the entry module, are then written into the page
// (scripts/build/inlineEntryCss.ts and inlineStillScript.ts); the policy allows those two by hash. In dev, with neither, the
// attract screen is drawn by React at every start.
const cspMeta = (): Plugin => ({
  name: 'kiosque-csp-meta',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    async handler(html, { bundle }) {
      const styled = inlineStylesheets(html, (file) => {
        const asset = bundle?.[file];
        if (asset?.type !== 'asset') return null;
        return typeof asset.source === 'string'
          ? asset.source
          : Buffer.from(asset.source).toString('utf8');
      });
      const entry = takeEntryModule(styled.html);
      const still = await bundleStillScript(STILL, {
        ...DEFINE,
        __ENTRY_MODULE__: JSON.stringify(entry.src),
      });
      const page = insertAfterRoot(entry.html, still);
      const content = contentSecurityPolicy(inlineStyleHashes(page), inlineScriptHashes(page));
      return {
        html: page,
        tags: [
          {
            tag: 'meta',
            attrs: { 'http-equiv': 'Content-Security-Policy', content },
            injectTo: 'head-prepend',
          },
        ],
      };
    },
  },
});

/** Modules that `from` reaches through static imports only. */
function staticClosure(
  from: string,
  info: (id: string) => { importedIds: readonly string[] } | null,
) {
  const seen = new Set<string>();
  const queue = [from];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(info(id)?.importedIds ?? []));
  }
  return seen;
}

const START = fileURLToPath(new URL('./renderer/start.ts', import.meta.url));
const MAIN = fileURLToPath(new URL('./renderer/main.tsx', import.meta.url));
type ModuleGraph = { getModuleInfo: (id: string) => { importedIds: readonly string[] } | null };
// Per chunking pass: a rebuild (watch mode, the bench's own build) reads its own module graph.
let bootModules: { graph: ModuleGraph; ids: Set<string> } | null = null;

/**
 * React's boot in one chunk: what main.tsx imports statically, less what start.ts runs before
 * it (the boot reads, the still), which stays in the entry. One file to fetch: gzip compresses
 * one file better than four (react, i18next and the app apart), which keeps the boot under
 * 100 kB.
 */
function bootChunkName(id: string, graph: ModuleGraph) {
  if (bootModules?.graph !== graph) {
    const info = (module: string) => graph.getModuleInfo(module);
    const start = staticClosure(START, info);
    const ids = new Set([...staticClosure(MAIN, info)].filter((module) => !start.has(module)));
    bootModules = { graph, ids };
  }
  return bootModules.ids.has(id) ? 'boot' : null;
}

export default defineConfig({
  root: 'renderer',
  base: './',
  publicDir: '../resources/public',
  plugins: [react(), cspMeta(), previewSecurityHeaders(), contentCheckPlugin()],
  define: DEFINE,
  resolve: { alias: [{ find: /^use-sync-external-store\/shim$/, replacement: SYNC_STORE }] },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    chunkSizeWarningLimit: 340, // The boot chunk holds React and i18next too (see codeSplitting).
    // Chromium 120+ (Electron, the browser kiosk) preloads modules natively: no polyfill.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Each module goes where bootChunkName says, not where an importer's chunk would pull it.
        codeSplitting: { groups: [{ name: bootChunkName, includeDependenciesRecursively: false }] },
      },
    },
    // Recorded audio stays a file: the CSP allows no data: URL for media.
    assetsInlineLimit: (file) => (/\.(mp3|ogg|opus|wav|webm)$/.test(file) ? false : undefined),
  },
  server: { host: '127.0.0.1', strictPort: true },
  // The browser kiosk's own headers come from previewSecurityHeaders (they depend on the page).
  preview: { host: '127.0.0.1', strictPort: true },
});
