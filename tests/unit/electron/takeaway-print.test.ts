import type { BrowserWindow, WebContentsPrintOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { createActivityTracker } from '../../../electron/context';
import { createTakeawayPrinter } from '../../../electron/print/takeaway';
import { DEFAULT_CONFIG } from '../../../electron/shared/config-schema';
import { captureLogger } from './test-logger';

type PrintCallback = (success: boolean, failureReason: string) => void;

/** A kiosk window whose webContents.print records its options and answers as told. */
function fakeWindow(answer: [boolean, string] | 'never') {
  const calls: WebContentsPrintOptions[] = [];
  const pending: PrintCallback[] = [];
  const win = {
    isDestroyed: () => false,
    webContents: {
      print(options: WebContentsPrintOptions, callback: PrintCallback) {
        calls.push(options);
        if (answer === 'never') pending.push(callback);
        else callback(...answer);
      },
    },
  } as unknown as BrowserWindow;
  return { win, calls, pending };
}

function setup(printer: string | null, answer: [boolean, string] | 'never' = [true, '']) {
  const { win, calls, pending } = fakeWindow(answer);
  const activity = createActivityTracker();
  const log = captureLogger();
  const config = { ...DEFAULT_CONFIG, takeaway: { ...DEFAULT_CONFIG.takeaway, printer } };
  const print = createTakeawayPrinter({ config, getWindow: () => win, activity, log });
  return { print, calls, pending, activity, log };
}

describe('the takeaway print action', () => {
  it('prints silently on the configured printer, from the citizen area', async () => {
    const { print, calls, activity } = setup('Accueil-HP');
    activity.set('citizen');
    expect(await print()).toEqual({ ok: true });
    expect(calls).toEqual([expect.objectContaining({ silent: true, deviceName: 'Accueil-HP' })]);
  });

  it('does not print without a configured printer', async () => {
    const { print, calls, activity } = setup(null);
    activity.set('citizen');
    expect(await print()).toEqual({ ok: false, error: 'no-printer' });
    expect(calls).toEqual([]);
  });

  it('refuses outside the citizen area', async () => {
    const { print, calls, log } = setup('Accueil-HP');
    expect(await print()).toEqual({ ok: false, error: 'not-allowed' });
    expect(calls).toEqual([]);
    expect(log.lines).toContainEqual(expect.objectContaining({ event: 'print.refused' }));
  });

  it('prints one sheet at a time', async () => {
    const { print, calls, pending, activity } = setup('Accueil-HP', 'never');
    activity.set('citizen');
    const first = print();
    expect(await print()).toEqual({ ok: false, error: 'busy' });
    pending[0]?.(true, '');
    expect(await first).toEqual({ ok: true });
    expect(calls).toHaveLength(1);
  });

  it('reports a failed print', async () => {
    const { print, activity, log } = setup('Accueil-HP', [false, 'Print job failed']);
    activity.set('citizen');
    expect(await print()).toEqual({ ok: false, error: 'print-failed' });
    expect(log.lines).toContainEqual(
      expect.objectContaining({ event: 'print.failed', details: { reason: 'Print job failed' } }),
    );
  });
});
