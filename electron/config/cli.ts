/** Command-line flags of the kiosk binary (see docs/configuration.md). */

export interface CommandLine {
  /** `--dev`: lockdown off (devtools, normal window) for development on a workstation. */
  dev: boolean;
  /** `--hash-pin`: print a PIN hash to paste into the config, then exit. */
  hashPin: boolean;
}

export function parseCommandLine(argv: readonly string[]): CommandLine {
  return { dev: argv.includes('--dev'), hashPin: argv.includes('--hash-pin') };
}

/** Lockdown is on unless `--dev` is given or a config that validated says `lockdown: false`. */
export function effectiveLockdown(cli: CommandLine, configLockdown: boolean): boolean {
  return !cli.dev && configLockdown;
}
