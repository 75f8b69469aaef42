/**
 * `npm run build:web`: the browser kiosk as a static folder, `release/web/`.
 *
 * Builds the renderer with the project's Vite config into release/web (never dist/, which the
 * Electron build uses), puts a `config.json` next to index.html (a copy of the example machine
 * config, to be edited per site), and prints how to serve it. See docs/deployment.md.
 */
import { copyFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, 'release', 'web');
const exampleConfig = path.join(root, 'resources', 'config.example.json');

if (!existsSync(exampleConfig)) {
  console.error(
    `build:web: ${path.relative(root, exampleConfig)} is missing; it becomes release/web/config.json.`,
  );
  process.exit(1);
}

await build({
  configFile: path.join(root, 'vite.config.ts'),
  logLevel: 'warn',
  build: { outDir, emptyOutDir: true },
});

const config = path.join(outDir, 'config.json');
copyFileSync(exampleConfig, config);

const relative = path.relative(root, outDir);
console.info(`
build:web: the browser kiosk is in ${relative}/ (index.html, assets/, config.json).

1. Edit ${relative}/config.json for the site (fields: docs/configuration.md). It is public:
   no adminPinHash (a browser ignores it: the admin code is chosen at first start) and no
   password in any URL. On a counter PC prefer "npm start -- --browser" (fixed port, host
   check, public part of the machine config only).
2. Serve the folder over HTTP on this machine, always on the same port (the data of the
   kiosk belongs to the address http://127.0.0.1:<port>), for example:
     python3 -m http.server 8080 --bind 127.0.0.1 --directory ${relative}
3. Open it full screen with a dedicated profile:
     chromium --kiosk --no-first-run --user-data-dir=/var/lib/kiosque-web http://127.0.0.1:8080/
What the browser kiosk cannot do compared with the Electron app: docs/deployment.md.
`);
