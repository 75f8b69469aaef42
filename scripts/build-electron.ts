/**
 * `npm run build:electron`: bundles the main process and the preload with Vite's build API into
 * `dist-electron/main.cjs` and `dist-electron/preload.cjs` (CommonJS, one file each: a sandboxed
 * preload cannot require local modules). Electron, Node built-ins and the two runtime
 * dependencies that must stay separate (electron-log, electron-updater) are left external.
 */
import { builtinModules } from 'node:module';
import path from 'node:path';
import { build } from 'vite';

const root = path.resolve(import.meta.dirname, '..');
const external = [
  'electron',
  /^electron\/.+/,
  /^electron-log(\/.*)?$/,
  /^electron-updater(\/.*)?$/,
  ...builtinModules,
  ...builtinModules.map((m) => `node:${m}`),
];

/** Bundles one entry of `electron/` into `dist-electron/<name>.cjs`. */
async function bundle(name: 'main' | 'preload', emptyOutDir: boolean): Promise<void> {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: path.join(root, 'dist-electron'),
      emptyOutDir,
      // Electron 45 ships Node 22 and Chromium 142.
      target: 'node22',
      minify: false,
      sourcemap: false,
      reportCompressedSize: false,
      copyPublicDir: false,
      lib: {
        entry: path.join(root, 'electron', `${name}.ts`),
        formats: ['cjs'],
        fileName: () => `${name}.cjs`,
      },
      rolldownOptions: { external, output: { codeSplitting: false } },
    },
  });
}

const started = Date.now();
await bundle('main', true);
await bundle('preload', false);
console.info(
  `dist-electron/main.cjs and dist-electron/preload.cjs built in ${Date.now() - started} ms`,
);
