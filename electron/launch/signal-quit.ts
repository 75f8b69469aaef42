/**
 * `systemctl stop`, a logout or a shutdown sends SIGTERM. Electron turns it into `app.quit()`,
 * which the lockdown refuses like any quit not allowed by the admin PIN, so the kiosk would
 * wait for SIGKILL and lose its last writes. The signal comes from the OS (root, or the kiosk
 * session itself): it allows the quit before Electron's own quit runs, and a timer ends the
 * process if a page still holds it.
 */
import type { MainLogger } from '../context';

/** How long a clean quit may take before the process exits anyway. */
export const SIGNAL_EXIT_GRACE_MS = 5_000;

export interface SignalQuitDeps {
  process: Pick<NodeJS.Process, 'on'>;
  allowQuit(reason: string): void;
  quit(): void;
  exit(code: number): void;
  log: MainLogger;
  setTimer?: (fn: () => void, ms: number) => { unref?(): unknown };
}

export function installSignalQuit(deps: SignalQuitDeps): void {
  const setTimer = deps.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  let quitting = false;
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
    deps.process.on(signal, () => {
      if (quitting) return;
      quitting = true;
      deps.log.info('app.signal', { signal });
      deps.allowQuit(`signal-${signal}`);
      deps.quit();
      setTimer(() => deps.exit(0), SIGNAL_EXIT_GRACE_MS).unref?.();
    });
  }
}
