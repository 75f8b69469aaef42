/**
 * `npm start`: builds the app, then starts the kiosk as a counter PC runs it (lockdown on).
 * - Electron by default;
 * - the browser kiosk with `--browser`, or where there is no Electron binary at all: the built
 *   renderer served on 127.0.0.1 on a fixed port (`--port N`, default 17380) and Chromium in
 *   kiosk mode with a persistent profile; with no display, it prints the address and serves;
 * - on a real counter (lockdown on and a machine config present) an Electron that cannot start
 *   is logged and the launcher exits non-zero, for the OS service to restart it; elsewhere
 *   (a workstation, a demo) it says so and opens the browser kiosk instead.
 * Options: `--config PATH` (passed on), `--no-build` (reuse dist/ and dist-electron/),
 * `--browser`, `--port N`, `--dev` (passed on to Electron).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { effectiveLockdown, parseCommandLine } from '../electron/config/cli';
import { loadMachineConfig } from '../electron/config/load';
import { locateElectron, probeElectron, type ElectronBinary } from './electron-binary';
import { afterElectronExit, chooseLaunch, type ElectronState } from './browser-kiosk/launch-choice';
import { builtRenderer, runBrowserKiosk } from './browser-kiosk/launch';
import { portFromArgs } from './browser-kiosk/server';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const launcherOnly = new Set(['--no-build', '--browser']);
const passThrough = args.filter((a, i) => {
  if (launcherOnly.has(a) || a.startsWith('--port=')) return false;
  return a !== '--port' && args[i - 1] !== '--port';
});

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

async function browserKiosk(): Promise<never> {
  try {
    process.exit(
      await runBrowserKiosk({
        root: builtRenderer(root),
        port: portFromArgs(args),
        argv: passThrough,
      }),
    );
  } catch (error) {
    console.error(`Kiosque navigateur impossible : ${(error as Error).message}.`);
    process.exit(1);
  }
}

/** Lockdown on and a machine config file present: a counter PC, not a workstation. */
function isRealCounter(): boolean {
  const loaded = loadMachineConfig({
    argv: passThrough,
    env: process.env,
    platform: process.platform,
    fs: { exists: existsSync, readText: (file) => readFileSync(file, 'utf8') },
  });
  return (
    loaded.file.state !== 'absent' &&
    effectiveLockdown(parseCommandLine(passThrough), loaded.config.lockdown)
  );
}

const NO_FALLBACK =
  'Poste verrouillé avec un fichier de configuration : pas de repli sur le kiosque navigateur. Arrêt (code 1) ; le service du système relancera le kiosque. Pour un kiosque navigateur choisi, lancez npm start -- --browser.';

if (!args.includes('--no-build')) {
  run('npm', ['run', '-s', 'build:renderer']);
  if (!args.includes('--browser')) run('npm', ['run', '-s', 'build:electron']);
}

const browserFlag = args.includes('--browser');
let electron: ElectronBinary | null = null;
let state: ElectronState = 'missing';
let reason = '';
if (!browserFlag) {
  const located = locateElectron();
  if (located.ok) {
    electron = probeElectron();
    state = electron.ok ? 'ok' : 'fails';
    if (!electron.ok) reason = electron.reason;
  } else reason = located.reason;
}
const realCounter = isRealCounter();
const choice = chooseLaunch({ browserFlag, electron: state, realCounter });

if (choice === 'browser') {
  if (reason) console.info(`Electron ne peut pas démarrer ici (${reason}) : kiosque navigateur.`);
  await browserKiosk();
} else if (choice === 'exit' || !electron?.ok) {
  console.error(`Electron ne peut pas démarrer (${reason}). ${NO_FALLBACK}`);
  process.exit(1);
} else {
  console.info(
    `Démarrage du kiosque Electron ${electron.version} (verrouillé ; pour quitter : Espace agent › Quitter le kiosque, code administrateur).`,
  );
  const { ELECTRON_RUN_AS_NODE: _unset, ...env } = process.env;
  const app = spawn(electron.path, [root, ...passThrough], { cwd: root, stdio: 'inherit', env });
  const started = Date.now();
  app.on('exit', (code) => {
    const next = afterElectronExit({ code, ranMs: Date.now() - started, realCounter });
    if (next === 'browser') {
      console.info(
        `Electron s’est arrêté au démarrage (code ${code}) : repli sur le kiosque navigateur.`,
      );
      void browserKiosk();
    } else {
      if (code !== 0 && realCounter)
        console.error(`Electron s’est arrêté (code ${code}). ${NO_FALLBACK}`);
      process.exit(code ?? 1);
    }
  });
}
