/**
 * The browser kiosk's Chromium profile: one folder for good in the OS data folder of the user
 * (never a temporary folder, never deleted), so IndexedDB, hence the agents' journal, agents
 * and backups, survives every restart. Pure path rules, unit-tested for each OS.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Where the profile lives, per OS (the same parents Chromium and Electron use). */
export function profileFolder(
  platform: string,
  env: Record<string, string | undefined>,
  home: string,
): string {
  if (platform === 'win32') {
    const local = env.LOCALAPPDATA ?? path.win32.join(home, 'AppData', 'Local');
    return path.win32.join(local, 'KiosqueNumerique', 'Navigateur');
  }
  if (platform === 'darwin')
    return path.posix.join(
      home,
      'Library',
      'Application Support',
      'KiosqueNumerique',
      'Navigateur',
    );
  const config = env.XDG_CONFIG_HOME?.trim() || path.posix.join(home, '.config');
  return path.posix.join(config, 'kiosque-numerique', 'navigateur');
}

/** Session files of a Chromium profile: what "restore the last session" would reopen. */
const SESSION_FILES = ['Sessions', 'Current Session', 'Last Session', 'Current Tabs', 'Last Tabs'];

function readJson(file: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const section = (prefs: Record<string, unknown>, key: string): Record<string, unknown> => {
  const value = prefs[key];
  const object =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  prefs[key] = object;
  return object;
};

/**
 * Prepares the profile before each start: the folder exists; the previous session is never
 * restored (its files are removed, the last exit is marked clean so no "restore pages?" bubble
 * shows after a power cut); no autofill, no password saving, nothing typed remembered.
 */
export function prepareProfile(folder: string): void {
  const profile = path.join(folder, 'Default');
  mkdirSync(profile, { recursive: true });
  for (const name of SESSION_FILES)
    rmSync(path.join(profile, name), { recursive: true, force: true });
  const file = path.join(profile, 'Preferences');
  const prefs = readJson(file);
  Object.assign(section(prefs, 'profile'), { exit_type: 'Normal', exited_cleanly: true });
  // 5 = open the start page (here the --app address), never the last session.
  Object.assign(section(prefs, 'session'), { restore_on_startup: 5 });
  Object.assign(section(prefs, 'autofill'), { profile_enabled: false, credit_card_enabled: false });
  prefs.credentials_enable_service = false;
  Object.assign(section(prefs, 'translate'), { enabled: false });
  writeFileSync(file, JSON.stringify(prefs));
}
