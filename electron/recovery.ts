/**
 * Self-healing, since nobody from IT is around: a crashed or hung renderer reloads the home
 * screen, a failed load retries with a growing delay, a page that makes a frame is reloaded,
 * and each event is logged.
 */
import type { WebContents } from 'electron';
import type { MainLogger } from './context';

/** Delay before the n-th retry of a failed load (0-based): 1 s, 2 s, 4 s… capped at 60 s. */
export function retryDelayMs(attempt: number): number {
  return Math.min(60_000, 1000 * 2 ** Math.max(0, Math.min(attempt, 16)));
}

/** A renderer that exited on purpose (app quitting) must not be reloaded. */
export const shouldReloadAfterGone = (reason: string): boolean => reason !== 'clean-exit';

/** Chromium's ERR_ABORTED: a navigation replaced by another, not a failure. */
const ERR_ABORTED = -3;
/** How long a hung page may stay unresponsive before it is killed and reloaded. */
export const HANG_GRACE_MS = 15_000;

export interface RecoveryDeps {
  home: string;
  log: MainLogger;
  /** Injectable timers for tests. */
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export function installRecovery(contents: WebContents, deps: RecoveryDeps): void {
  const setTimer = deps.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = deps.clearTimer ?? ((handle) => clearTimeout(handle as NodeJS.Timeout));
  let failedLoads = 0;
  let hangTimer: unknown = null;
  let retryTimer: unknown = null;

  const reloadHome = (why: string) => {
    if (contents.isDestroyed()) return;
    deps.log.info('recovery.reload-home', { why });
    contents.loadURL(deps.home).catch(() => undefined);
  };

  contents.on('render-process-gone', (_event, details) => {
    deps.log.error('renderer.gone', { reason: details.reason, exitCode: details.exitCode });
    if (shouldReloadAfterGone(details.reason)) reloadHome('render-process-gone');
  });
  contents.on('unresponsive', () => {
    deps.log.warn('renderer.unresponsive');
    if (hangTimer !== null) return;
    hangTimer = setTimer(() => {
      hangTimer = null;
      if (contents.isDestroyed()) return;
      // Killing the renderer triggers render-process-gone, which reloads home.
      contents.forcefullyCrashRenderer();
    }, HANG_GRACE_MS);
  });
  contents.on('responsive', () => {
    if (hangTimer !== null) {
      clearTimer(hangTimer);
      hangTimer = null;
      deps.log.info('renderer.responsive-again');
    }
  });
  contents.on('did-fail-load', (_event, errorCode, _description, _url, isMainFrame) => {
    if (!isMainFrame || errorCode === ERR_ABORTED) return;
    const delay = retryDelayMs(failedLoads);
    failedLoads += 1;
    deps.log.error('load.failed', { errorCode, attempt: failedLoads, retryInMs: delay });
    if (retryTimer !== null) clearTimer(retryTimer);
    retryTimer = setTimer(() => {
      retryTimer = null;
      reloadHome('did-fail-load');
    }, delay);
  });
  // The app never makes a frame, and its CSP loads none: a frame in the page means the page
  // is misbehaving or compromised (an about:blank frame is the way around a guard of the main
  // world). The sandbox header and the disabled features already refuse dialogs in any frame;
  // reloading home also ends whatever that page was building.
  contents.on('frame-created', (_event, details) => {
    if (!details.frame?.parent) return;
    deps.log.warn('page.frame-refused');
    reloadHome('frame-created');
  });
  contents.on('did-finish-load', () => {
    if (failedLoads > 0) deps.log.info('load.recovered', { attempts: failedLoads });
    failedLoads = 0;
  });
}
