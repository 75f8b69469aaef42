/**
 * Runs the browser kiosk: the server on its fixed port, then Chromium in kiosk mode with the
 * persistent profile. Stopping the launcher (Ctrl+C, SIGTERM from systemd) closes Chromium
 * cleanly and keeps the profile; closing Chromium stops the server. Without a display or
 * without Chromium, it serves and prints the address.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findConfigLocation } from '../../electron/config/lookup';
import { loadMachineConfig } from '../../electron/config/load';
import { createHubService } from '../../electron/hub/service';
import { describeConfigProblem } from '../../electron/shared/config-problem-text';
import { findChromium } from '../../tests/e2e/chromium';
import { kioskChromiumArgs } from './chromium-args';
import { hubEndpoint, type HubEndpoint } from './hub-endpoint';
import { prepareProfile, profileFolder } from './profile';
import { readPublicConfig } from './public-config';
import { startKioskServer } from './server';

export interface BrowserKioskOptions {
  /** The built renderer (dist/renderer). */
  root: string;
  port: number;
  /** The launcher's arguments (for `--config`). */
  argv: readonly string[];
}

/** The config file the browser kiosk serves, found like the Electron kiosk's. */
export function browserKioskConfigPath(argv: readonly string[]): string | null {
  return (
    findConfigLocation({ argv, env: process.env, platform: process.platform, exists: existsSync })
      ?.path ?? null
  );
}

function chromiumOrNull(): string | null {
  try {
    return findChromium();
  } catch {
    return null;
  }
}

const hasDisplay = (): boolean =>
  process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

/** What IT reads in the terminal (or the systemd journal) about the config. */
function logConfig(configPath: string | null): void {
  const found = readPublicConfig(configPath);
  if (found.kind === 'absent') {
    console.info('Configuration : aucun fichier, valeurs par défaut (poste de démonstration).');
    return;
  }
  if (found.kind === 'failed') {
    console.error(describeConfigProblem(found.problem));
    return;
  }
  console.info(`Configuration : ${configPath}`);
  if (found.removed.includes('adminPinHash'))
    console.warn(
      'adminPinHash ignoré : le kiosque navigateur vérifie le code administrateur dans la page, qui ne reçoit jamais d’empreinte ; le code se choisit au premier démarrage. Retirez adminPinHash de ce fichier.',
    );
  const others = found.removed.filter((r) => r !== 'adminPinHash');
  if (others.length > 0) console.info(`Non transmis à la page (secrets) : ${others.join(', ')}.`);
}

/**
 * The hub endpoint when the machine config has a `hub` block: the same service as Electron's
 * main, reading the credential files named there (the page gets none of them).
 */
function browserKioskHub(argv: readonly string[], dataFolder: string): HubEndpoint | null {
  const loaded = loadMachineConfig({
    argv,
    env: process.env,
    platform: process.platform,
    fs: { exists: existsSync, readText: (file) => readFileSync(file, 'utf8') },
  });
  if (!loaded.config.hub) return null;
  const pkg = JSON.parse(
    readFileSync(path.join(import.meta.dirname, '..', '..', 'package.json'), 'utf8'),
  ) as { version: string };
  console.info(
    `Serveur central : ${loaded.config.hub.host}:${loaded.config.hub.port} (envoi par ce lanceur).`,
  );
  return hubEndpoint(
    createHubService(loaded.config.hub, {
      appVersion: pkg.version,
      dataFolder,
      place: loaded.config,
    }),
  );
}

/** Resolves with the exit code once the kiosk has stopped. */
export async function runBrowserKiosk(options: BrowserKioskOptions): Promise<number> {
  const configPath = browserKioskConfigPath(options.argv);
  logConfig(configPath);
  const profile = profileFolder(process.platform, process.env, os.homedir());
  const hub = browserKioskHub(options.argv, profile);
  const { server, url } = await startKioskServer({
    root: options.root,
    port: options.port,
    configPath,
    ...(hub ? { hub } : {}),
  });
  // With a hub, the first address hands the page its session (hub-endpoint.ts), then home;
  // it is good once, so printing it below (no display) gives nothing away after use.
  const first = hub ? new URL(hub.startPath, url).href : url;
  const chromium = chromiumOrNull();
  if (!hasDisplay() || !chromium) {
    const why = chromium
      ? 'pas d’écran (ni DISPLAY ni WAYLAND_DISPLAY)'
      : 'Chromium introuvable (installez chromium ou définissez CHROME_PATH)';
    console.info(
      `Kiosque navigateur servi sur ${first} — ${why} : ouvrez cette adresse dans un navigateur. Ctrl+C pour arrêter.`,
    );
    return new Promise((resolve) => {
      const stop = () => server.close(() => resolve(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  }
  prepareProfile(profile);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const args = kioskChromiumArgs({
    url: first,
    profile,
    noSandbox: isRoot,
    configPath,
    platform: process.platform,
  });
  const browser = spawn(chromium, args, { stdio: 'ignore' });
  console.info(
    `Kiosque navigateur ouvert dans Chromium (${url}, profil ${profile}). Pour en sortir : Alt+F4, ou arrêtez ce programme.`,
  );
  const stopBrowser = () => browser.kill('SIGTERM');
  process.on('SIGINT', stopBrowser);
  process.on('SIGTERM', stopBrowser);
  return new Promise((resolve) => {
    browser.on('exit', (code) => {
      process.off('SIGINT', stopBrowser);
      process.off('SIGTERM', stopBrowser);
      server.close();
      resolve(code ?? 0);
    });
  });
}

export const builtRenderer = (root: string): string => path.join(root, 'dist', 'renderer');
