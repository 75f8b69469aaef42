/**
 * "Imprimer la fiche": the kiosk's own print action. Main prints the page (whose print style
 * shows the takeaway sheet only) silently on the printer named in the machine config; the
 * renderer can neither choose the printer nor print outside the citizen area.
 */
import type { Result } from '../ipc/contract';
import type { MainContext } from '../context';

export type TakeawayPrintDeps = Pick<MainContext, 'config' | 'getWindow' | 'activity' | 'log'>;

export function createTakeawayPrinter(deps: TakeawayPrintDeps): () => Promise<Result> {
  let busy = false;
  return async function printTakeaway() {
    const printer = deps.config.takeaway.printer;
    if (!printer) return { ok: false, error: 'no-printer' };
    // The sheet exists only at the end of a parcours, in the citizen area.
    if (deps.activity.current().state !== 'citizen') {
      deps.log.warn('print.refused', { reason: 'not-citizen-area' });
      return { ok: false, error: 'not-allowed' };
    }
    // One sheet at a time: repeated taps must not print a pile.
    if (busy) return { ok: false, error: 'busy' };
    const win = deps.getWindow();
    if (!win || win.isDestroyed()) return { ok: false, error: 'no-window' };
    busy = true;
    try {
      return await new Promise<Result>((resolve) => {
        win.webContents.print(
          { silent: true, deviceName: printer, printBackground: true },
          (success, failureReason) => {
            if (success) {
              deps.log.info('print.takeaway');
              resolve({ ok: true });
            } else {
              deps.log.warn('print.failed', { reason: failureReason });
              resolve({ ok: false, error: 'print-failed' });
            }
          },
        );
      });
    } finally {
      busy = false;
    }
  };
}
