/**
 * The guard that runs in the page's world: window.print, the File System Access pickers and
 * showPicker are refused and cannot be put back, in the page and in frames it creates. It runs
 * from its source text in a separate page realm (jsdom), as Electron serialises it into the
 * main world: a closure over module scope would fail here.
 */
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it, vi } from 'vitest';

// jsdom ships no type declarations: the one constructor used here, typed by hand.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string, options: { runScripts: 'outside-only' }) => { window: unknown };
};

vi.mock('electron', () => ({ contextBridge: {} }));

type Page = Window & {
  showOpenFilePicker?: () => Promise<unknown>;
  showSaveFilePicker?: () => Promise<unknown>;
  showDirectoryPicker?: () => Promise<unknown>;
  printed: number;
  eval(code: string): unknown;
};

let page: Page;
beforeAll(async () => {
  const { blockNativeDialogs } = await import('../../../electron/main-world-guards');
  const dom = new JSDOM('<!doctype html><body></body>', { runScripts: 'outside-only' });
  page = dom.window as unknown as Page;
  // The page's own print, counting calls, and pickers as Chromium would offer them.
  page.eval(`
    window.printed = 0;
    window.print = function () { window.printed += 1; };
    window.showOpenFilePicker = async () => 'dialog';
    HTMLInputElement.prototype.showPicker = function () { window.printed += 100; };
  `);
  page.eval(`(${blockNativeDialogs.toString()})()`);
});

describe('native dialogs in the main world', () => {
  it('window.print does nothing and cannot be restored', () => {
    page.eval('window.print()');
    expect(page.printed).toBe(0);
    expect(() =>
      page.eval('"use strict"; window.print = () => { window.printed += 1; }'),
    ).toThrow();
    expect(page.eval('delete window.print')).toBe(false);
    page.eval('window.print()');
    expect(page.printed).toBe(0);
  });

  it('the file pickers and showPicker are refused', async () => {
    for (const picker of ['showOpenFilePicker', 'showSaveFilePicker', 'showDirectoryPicker'])
      await expect(page.eval(`window.${picker}()`) as Promise<unknown>).rejects.toMatchObject({
        name: 'NotAllowedError',
      });
    expect(() =>
      page.eval('const i = document.createElement("input"); i.type = "file"; i.showPicker()'),
    ).toThrow(/désactivé/);
    expect(page.printed).toBe(0);
  });

  it('a file input opens no chooser, whether tapped, reached by its label or clicked by script', () => {
    const cancelled = page.eval(`
      document.body.insertAdjacentHTML(
        'beforeend',
        '<label for="f">Fichier</label><input id="f" type="file"><input id="t" type="text">',
      );
      const seen = [];
      document.addEventListener('click', (e) => seen.push(e.target.id + ':' + e.defaultPrevented));
      document.getElementById('f').click();
      document.querySelector('label').click();
      document.getElementById('f').dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
      document.getElementById('t').click();
      seen;
    `) as string[];
    expect(cancelled).toEqual(['f:true', ':false', 'f:true', 'f:true', 't:false']);
  });

  it('a frame the page creates is guarded as soon as it is reached', () => {
    page.eval(`
      const frame = document.createElement('iframe');
      document.body.append(frame);
    `);
    const child = page.eval('document.querySelector("iframe").contentWindow') as Page;
    expect(() =>
      page.eval('"use strict"; document.querySelector("iframe").contentWindow.print = () => 1'),
    ).toThrow();
    expect(Object.getOwnPropertyDescriptor(child, 'print')?.configurable).toBe(false);
  });
});
