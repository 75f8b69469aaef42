/**
 * A compromised page must not open a native dialog from a frame it makes: `window[0]` and
 * `window.frames[0]` reach a frame's window without the main-world guard's `contentWindow`
 * hook. In Electron the protection is Chromium's own: the CSP sandbox header of every app://
 * response (no `allow-modals`) and the File System Access pickers turned off as Blink features.
 * Electron cannot start here, so this drives Debian's Chromium with the very header and the very
 * feature names the kiosk window uses, and a control without them shows each check can fail.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, expect, test, type Browser } from '@playwright/test';
import {
  BROWSER_KIOSK_SECURITY_HEADERS,
  DISABLED_BLINK_FEATURES,
  SECURITY_HEADERS,
} from '../../../electron/csp';
import { CHROMIUM_ARGS, findChromium } from '../chromium';

interface FrameProbe {
  pickers: string[];
  ignored: string[];
  dialogs: string[];
}

let server: Server;
let origin: string;

test.beforeAll(async () => {
  // `/electron` answers as the app:// protocol does, `/browser` as the browser kiosk, `/plain`
  // with no header at all (the control).
  server = createServer((req, res) => {
    const headers =
      req.url === '/electron'
        ? SECURITY_HEADERS
        : req.url === '/browser'
          ? BROWSER_KIOSK_SECURITY_HEADERS
          : {};
    res.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><html lang="fr"><title>Sonde</title><body></body></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** What page script achieves from a frame it made, reached through `window[0]`. */
async function probe(browser: Browser, path: string, print = false): Promise<FrameProbe> {
  const page = await browser.newPage();
  const ignored: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (message) => {
    const call = /^Ignored call to '(\w+)\(\)'/.exec(message.text())?.[1];
    if (call) ignored.push(call);
  });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.dismiss();
  });
  await page.goto(`${origin}${path}`);
  const pickers = await page.evaluate((alsoPrint) => {
    document.body.append(document.createElement('iframe'));
    const frame = (window as unknown as Record<number, Window & Record<string, unknown>>)[0];
    if (!frame) throw new Error('no frame window');
    frame.alert('sonde');
    frame.confirm('sonde');
    // Print only where it must be refused: an allowed print would open Chromium's preview.
    if (alsoPrint) frame.print();
    return ['showOpenFilePicker', 'showSaveFilePicker', 'showDirectoryPicker'].filter(
      (name) => typeof frame[name] === 'function',
    );
  }, print);
  // Console messages and dialogs arrive asynchronously: wait until every call is accounted.
  await expect.poll(() => ignored.length + dialogs.length).toBe(print ? 3 : 2);
  await page.close();
  return { pickers, ignored, dialogs };
}

test.describe('native dialogs from a frame the page makes', () => {
  test('as in the Electron kiosk: no print, no alert, no confirm, no file picker', async () => {
    const browser = await chromium.launch({
      executablePath: findChromium(),
      args: [...CHROMIUM_ARGS, `--disable-blink-features=${DISABLED_BLINK_FEATURES.join(',')}`],
    });
    try {
      const found = await probe(browser, '/electron', true);
      expect(found.dialogs).toEqual([]);
      expect(found.ignored).toEqual(['alert', 'confirm', 'print']);
      expect(found.pickers).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  test('the control: without the header and the switch, the frame opens both', async () => {
    const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    try {
      const found = await probe(browser, '/plain');
      expect(found.dialogs).toEqual(['alert', 'confirm']);
      expect(found.pickers).toEqual([
        'showOpenFilePicker',
        'showSaveFilePicker',
        'showDirectoryPicker',
      ]);
    } finally {
      await browser.close();
    }
  });

  test('the browser kiosk keeps its own print (modals allowed), as its takeaway sheet needs', async () => {
    const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    try {
      const found = await probe(browser, '/browser');
      expect(found.dialogs).toEqual(['alert', 'confirm']);
      expect(found.ignored).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
