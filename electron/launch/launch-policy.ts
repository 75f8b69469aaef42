/**
 * What a start-up may take from its command line and environment. Pure: argv, env and the
 * build facts are parameters, so each rule is unit-tested anywhere.
 *
 * A packaged production build ignores the doors meant for developers and tests (`--dev`,
 * `KIOSQUE_CONFIG`, `KIOSQUE_USER_DATA`): after an escape, a kiosk user could persist them in
 * the user environment and plant a config with `lockdown: false` and their own PIN hash. It
 * refuses to start when a debugging or sandbox-weakening Chromium switch is on its command line.
 * `--config PATH` stays: it lives in the admin-owned launcher (systemd unit, Shell Launcher).
 * The test build (own appId, Playwright drives it through the inspector) keeps the doors but
 * refuses to run on a machine that has a machine config, i.e. a real counter.
 */

/** `production` is what IT installs; `test` is the Playwright build (electron-builder.test.yml). */
export type BuildVariant = 'production' | 'test';

/** Chromium/Node switches that open the app to debugging or weaken its sandbox. */
export const FORBIDDEN_SWITCHES = [
  'remote-debugging-port',
  'remote-debugging-pipe',
  'remote-debugging-address',
  'remote-allow-origins',
  'inspect',
  'inspect-brk',
  'inspect-port',
  'inspect-publish-uid',
  'no-sandbox',
  'disable-gpu-sandbox',
  'disable-web-security',
  'disable-site-isolation-trials',
  'js-flags',
  'load-extension',
  'allow-file-access-from-files',
  'user-data-dir',
] as const;

export interface LaunchInput {
  isPackaged: boolean;
  variant: BuildVariant;
  argv: readonly string[];
  env: Record<string, string | undefined>;
  platform: string;
  /** True when the OS's machine config file exists (a real counter). */
  machineConfigExists: boolean;
}

export interface LaunchDecision {
  /** Why the app must not start (logged, exit code 1), or null. */
  refusal: string | null;
  /** `--dev` is honoured. */
  dev: boolean;
  /** The environment the config lookup may read (KIOSQUE_CONFIG, ProgramData removed when not honoured). */
  configEnv: Record<string, string | undefined>;
  /** The data folder to use instead of Electron's default, or null. */
  userData: string | null;
  /** Doors present on this start-up and ignored, for the log (names only). */
  ignored: string[];
}

/**
 * The switch name of a command-line argument (`--inspect=9229`, `-inspect`, and on Windows
 * `/inspect`, which Chromium also parses), lowercased; null when it is not a switch.
 */
export function switchName(arg: string, platform: string): string | null {
  const match = (
    platform === 'win32' ? /^(?:--?|\/)([A-Za-z][\w-]*)/ : /^--?([A-Za-z][\w-]*)/
  ).exec(arg);
  return match?.[1] ? match[1].toLowerCase() : null;
}

/** Forbidden switches found on the command line, in the order given. */
export function forbiddenSwitches(argv: readonly string[], platform: string): string[] {
  const forbidden = new Set<string>(FORBIDDEN_SWITCHES);
  const found: string[] = [];
  for (const arg of argv) {
    // Chromium stops reading switches after a bare `--`.
    if (arg === '--') break;
    const name = switchName(arg, platform);
    if (name && forbidden.has(name) && !found.includes(name)) found.push(name);
  }
  return found;
}

export function decideLaunch(input: LaunchInput): LaunchDecision {
  const devWanted = input.argv.includes('--dev');
  const userDataWanted = input.env.KIOSQUE_USER_DATA?.trim() || null;
  const configEnvWanted = Boolean(input.env.KIOSQUE_CONFIG?.trim());
  const production = input.isPackaged && input.variant === 'production';

  if (input.isPackaged && input.variant === 'test' && input.machineConfigExists) {
    return {
      refusal: 'test-build-on-counter',
      dev: false,
      configEnv: input.env,
      userData: null,
      ignored: [],
    };
  }
  if (!production) {
    return {
      refusal: null,
      dev: devWanted,
      configEnv: input.env,
      userData: userDataWanted,
      ignored: [],
    };
  }
  const found = forbiddenSwitches(input.argv, input.platform);
  const ignored = [
    ...(devWanted ? ['--dev'] : []),
    ...(configEnvWanted ? ['KIOSQUE_CONFIG'] : []),
    ...(userDataWanted ? ['KIOSQUE_USER_DATA'] : []),
  ];
  // ProgramData too: a user variable of that name would move the Windows machine file
  // (the lookup then uses C:\ProgramData; IT with another drive passes --config).
  const { KIOSQUE_CONFIG: _config, ProgramData: _programData, ...configEnv } = input.env;
  void _config;
  void _programData;
  return {
    refusal: found.length > 0 ? `forbidden-switch:${found.join(',')}` : null,
    dev: false,
    configEnv,
    userData: null,
    ignored,
  };
}
