/**
 * Which kiosk `npm start` runs. The browser kiosk is chosen explicitly (`--browser`) or where
 * there is no Electron binary at all. On a real counter (lockdown on and a machine config
 * present) an Electron that cannot start is an error for the OS service to restart, never a
 * silent switch to a browser with other storage and weaker locks.
 */

export type ElectronState = 'missing' | 'ok' | 'fails';

export type LaunchChoice = 'electron' | 'browser' | 'exit';

export function chooseLaunch(input: {
  browserFlag: boolean;
  electron: ElectronState;
  /** Lockdown on and a machine config file present. */
  realCounter: boolean;
}): LaunchChoice {
  if (input.browserFlag || input.electron === 'missing') return 'browser';
  if (input.electron === 'ok') return 'electron';
  return input.realCounter ? 'exit' : 'browser';
}

/** A crash within this time after start means Electron cannot run here. */
export const EARLY_EXIT_MS = 10_000;

/** What to do when Electron has exited. */
export function afterElectronExit(input: {
  code: number | null;
  ranMs: number;
  realCounter: boolean;
}): 'exit' | 'browser' {
  const diedAtStart = input.code !== 0 && input.ranMs < EARLY_EXIT_MS;
  return diedAtStart && !input.realCounter ? 'browser' : 'exit';
}
