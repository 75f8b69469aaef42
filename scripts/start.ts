/**
 * `npm start`: builds the app, then starts the kiosk as a counter PC runs it (lockdown on).
 * Where Electron is missing or cannot start, it says so in one line and falls back to a browser
 * kiosk: the built renderer served on 127.0.0.1 and Chromium in kiosk/app mode with a fresh
 * profile; with no display, it prints the URL and keeps serving.
 * Options: `--config PATH` (passed on), `--no-build` (reuse dist/ and dist-electron/).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { probeElectron } from './electron-binary';
import { browserKioskFlags } from './kiosk-flags';
import { browserKioskConfigPath, startStaticServer } from './serve-static';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/chromium';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const passThrough = args.filter((a) => a !== '--no-build');

function run(command: string, commandArgs: string[]): void {
  // npm is npm.cmd on Windows, which only a shell resolves.
  const result = spawnSync(command, commandArgs, {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) {
    console.error(
      `Échec de « ${command} ${commandArgs.join(' ')} » : le kiosque ne peut pas démarrer.`,
    );
    process.exit(result.status ?? 1);
  }
}

/** Chromium for the browser kiosk, or null (never throws). */
function chromiumOrNull(): string | null {
  try {
    return findChromium();
  } catch {
    return null;
  }
}

const hasDisplay = (): boolean =>
  process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

async function browserKiosk(): Promise<void> {
  const configPath = browserKioskConfigPath(passThrough);
  const { server, url } = await startStaticServer({
    root: path.join(root, 'dist', 'renderer'),
    configPath,
  });
  const chromium = chromiumOrNull();
  if (!hasDisplay() || !chromium) {
    const why = chromium
      ? 'pas d’écran (ni DISPLAY ni WAYLAND_DISPLAY)'
      : 'Chromium introuvable (installez chromium ou définissez CHROME_PATH)';
    console.info(
      `Kiosque navigateur servi sur ${url} — ${why} : ouvrez cette adresse dans un navigateur. Ctrl+C pour arrêter.`,
    );
    return;
  }
  const profile = mkdtempSync(path.join(os.tmpdir(), 'kiosque-chromium-'));
  // Chromium refuses to run as root without --no-sandbox; keep its sandbox for everyone else.
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const flags = CHROMIUM_ARGS.filter((f) => f !== '--no-sandbox' || isRoot);
  const browser = spawn(
    chromium,
    [
      '--kiosk',
      `--app=${url}`,
      `--user-data-dir=${profile}`,
      '--noerrdialogs',
      '--no-default-browser-check',
      '--disable-translate',
      '--disable-features=Translate',
      '--disable-pinch',
      '--overscroll-history-navigation=0',
      '--password-store=basic',
      ...browserKioskFlags(configPath, process.platform),
      ...flags,
    ],
    { stdio: 'ignore' },
  );
  console.info(
    `Kiosque navigateur ouvert dans Chromium (${url}). Pour en sortir : Alt+F4, ou fermez ce terminal.`,
  );
  const stop = () => {
    server.close();
    rmSync(profile, { recursive: true, force: true });
  };
  browser.on('exit', (code) => {
    stop();
    process.exit(code ?? 0);
  });
  process.on('SIGINT', () => browser.kill());
  process.on('SIGTERM', () => browser.kill());
}

if (!args.includes('--no-build')) {
  run('npm', ['run', '-s', 'build:renderer']);
  run('npm', ['run', '-s', 'build:electron']);
}

const electron = probeElectron();
if (electron.ok) {
  console.info(
    `Démarrage du kiosque Electron ${electron.version} (verrouillé ; pour quitter : Espace agent › Quitter le kiosque, code administrateur).`,
  );
  const { ELECTRON_RUN_AS_NODE: _unset, ...env } = process.env;
  const app = spawn(electron.path, [root, ...passThrough], { cwd: root, stdio: 'inherit', env });
  const started = Date.now();
  app.on('exit', (code) => {
    // A crash within seconds means Electron cannot run here (missing libraries, no GPU…).
    if (code !== 0 && Date.now() - started < 10_000) {
      console.info(
        `Electron s’est arrêté au démarrage (code ${code}) : repli sur le kiosque navigateur.`,
      );
      void browserKiosk();
    } else {
      process.exit(code ?? 0);
    }
  });
} else {
  console.info(
    `Electron ne peut pas démarrer ici (${electron.reason}) : repli sur le kiosque navigateur.`,
  );
  await browserKiosk();
}
