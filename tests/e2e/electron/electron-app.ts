/**
 * Launching the built kiosk under Playwright's `_electron`, each time with a fresh data folder
 * and a test machine config. `launchKiosk` never throws for a missing or broken Electron: it
 * returns the reason, which the specs pass to `test.skip`.
 */
import { _electron as electron, type ElectronApplication } from '@playwright/test';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { probeElectron } from '../../../scripts/electron-binary';
import { hashPin } from '../../../electron/shared/pin-hash';

export const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
export const TEST_ADMIN_PIN = '482916';

export interface KioskLaunch {
  app: ElectronApplication;
  env: Record<string, string>;
  executable: string;
}

/** A fresh user-data folder and machine config, as environment variables for the app. */
export async function kioskEnvironment(): Promise<Record<string, string>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kiosque-electron-e2e-'));
  const config = {
    siteId: 'mairie-test',
    siteName: 'Mairie de Test',
    posteId: 'poste-e2e',
    adminPinHash: await hashPin(TEST_ADMIN_PIN),
  };
  writeFileSync(path.join(dir, 'config.json'), JSON.stringify(config));
  const base = Object.fromEntries(
    Object.entries(process.env).filter(
      (e): e is [string, string] => typeof e[1] === 'string' && e[0] !== 'ELECTRON_RUN_AS_NODE',
    ),
  );
  return {
    ...base,
    KIOSQUE_CONFIG: path.join(dir, 'config.json'),
    KIOSQUE_USER_DATA: path.join(dir, 'userdata'),
  };
}

/** Starts the kiosk, or returns why it cannot run on this machine. */
export async function launchKiosk(): Promise<KioskLaunch | { skip: string }> {
  const binary = probeElectron();
  if (!binary.ok) return { skip: binary.reason };
  if (
    !existsSync(path.join(ROOT, 'dist-electron', 'main.cjs')) ||
    !existsSync(path.join(ROOT, 'dist', 'renderer', 'index.html'))
  ) {
    // Not a skip: the build is part of the test run and must have happened.
    throw new Error('The app is not built: run npm run build first.');
  }
  const env = await kioskEnvironment();
  try {
    const app = await electron.launch({
      executablePath: binary.path,
      args: [ROOT],
      env,
      timeout: 30_000,
    });
    return { app, env, executable: binary.path };
  } catch (error) {
    const line =
      (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'unknown error';
    return { skip: `Electron cannot start: ${line}` };
  }
}
