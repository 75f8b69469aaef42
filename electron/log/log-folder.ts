/**
 * Where the log files go: a per-machine folder IT can find without knowing the kiosk account
 * (`%ProgramData%\KiosqueNumerique\logs` on Windows, `/var/log/kiosque-numerique` on Linux),
 * else the user's data folder when that one is not writable. Pure, with the writability probe
 * injected.
 */
import path from 'node:path';

export interface LogFolderInput {
  platform: NodeJS.Platform | string;
  env: Record<string, string | undefined>;
  userData: string;
  /** Creates the folder if needed and tells whether the kiosk can write into it. */
  canWrite: (folder: string) => boolean;
}

/** The machine-wide log folder for this OS, or null when the OS has none. */
export function machineLogFolder(
  platform: string,
  env: Record<string, string | undefined>,
): string | null {
  if (platform === 'win32')
    return path.win32.join(env.ProgramData ?? 'C:\\ProgramData', 'KiosqueNumerique', 'logs');
  if (platform === 'linux') return '/var/log/kiosque-numerique';
  return null;
}

/** The first writable folder among the machine folder and `<userData>/logs`, or null. */
export function chooseLogFolder(input: LogFolderInput): string | null {
  const machine = machineLogFolder(input.platform, input.env);
  const candidates = [machine, path.join(input.userData, 'logs')].filter(
    (c): c is string => c !== null,
  );
  return candidates.find((folder) => input.canWrite(folder)) ?? null;
}
