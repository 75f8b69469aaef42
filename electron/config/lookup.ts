/**
 * Where the machine config comes from, in this order: `--config PATH`, the environment variable
 * `KIOSQUE_CONFIG`, the machine-wide file of the OS, else built-in defaults. Pure: argv, env,
 * platform and file access are parameters, so each OS path is unit-tested anywhere.
 */
import path from 'node:path';

export type ConfigOrigin = 'argument' | 'environment' | 'machine';

export interface ConfigLocation {
  path: string;
  origin: ConfigOrigin;
}

/** The machine-wide config file of an OS, or null where none is defined (macOS). */
export function machineConfigPath(
  platform: string,
  env: Record<string, string | undefined>,
): string | null {
  if (platform === 'win32')
    return path.win32.join(env.ProgramData ?? 'C:\\ProgramData', 'KiosqueNumerique', 'config.json');
  if (platform === 'linux') return '/etc/kiosque-numerique/config.json';
  return null;
}

/** The value of `--config PATH` or `--config=PATH` (the last one wins), or null. */
export function configArgument(argv: readonly string[]): string | null {
  let found = '';
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--config') found = argv[i + 1] ?? '';
    else if (arg.startsWith('--config=')) found = arg.slice('--config='.length);
  }
  return found.trim() !== '' ? found : null;
}

/**
 * The file to read. An explicit location (argument, environment) is returned even when the file
 * is missing, so the loader can report it; the machine file only when it exists.
 */
export function findConfigLocation(input: {
  argv: readonly string[];
  env: Record<string, string | undefined>;
  platform: string;
  exists: (file: string) => boolean;
}): ConfigLocation | null {
  const fromArgument = configArgument(input.argv);
  if (fromArgument) return { path: fromArgument, origin: 'argument' };
  const fromEnv = input.env.KIOSQUE_CONFIG?.trim();
  if (fromEnv) return { path: fromEnv, origin: 'environment' };
  const machine = machineConfigPath(input.platform, input.env);
  if (machine && input.exists(machine)) return { path: machine, origin: 'machine' };
  return null;
}
