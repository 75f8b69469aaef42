// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handOverStill, saveStill, stillOf } from '../../../renderer/app/stillAttract';
import { STILL_KEY, type StillAttract } from '../../../renderer/app/stillFormat';
import {
  LOAD_AFTER_PAINT_MS,
  paintStill,
  parseStill,
  sanitizeStill,
} from '../../../renderer/app/stillPaint';

const VERSION = '9.9.9';
const SCREEN =
  '<div class="screen attract"><header><div class="attract__logo" data-own-gesture="">' +
  '<svg viewBox="0 0 64 64" aria-hidden="true"><rect x="4" y="8" width="56" height="38"></rect></svg>' +
  '<span class="attract__site">Mairie</span></div>' +
  '<button type="button" aria-pressed="false">English</button></header>' +
  '<main><p class="attract__welcome">Bienvenue</p>' +
  '<button type="button" class="button--hero"><svg viewBox="0 0 24 24"><path d="M1 1"></path></svg>Commencer</button>' +
  '</main></div>';

const still = (html = SCREEN): StillAttract => ({
  format: 1,
  version: VERSION,
  lang: 'fr',
  dir: 'ltr',
  html,
});

function containerWith(html = ''): HTMLElement {
  document.body.innerHTML = `<div id="root">${html}</div>`;
  return document.getElementById('root') as HTMLElement;
}

/** What React does: its own nodes, same markup, its own listeners, in place of the still. */
function reactTakesOver(container: HTMLElement, clicked: string[]): void {
  const template = document.createElement('template');
  template.innerHTML = SCREEN;
  container.replaceChildren(template.content);
  for (const button of container.querySelectorAll('button'))
    button.addEventListener('click', () => clicked.push(button.textContent ?? ''));
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  localStorage.clear();
  document.documentElement.lang = 'fr';
  document.documentElement.dir = 'ltr';
});

afterEach(() => {
  handOverStill(); // Leaves no painted still behind for the next test.
  vi.useRealTimers();
});

describe('parseStill', () => {
  it('reads back what saveStill stored', () => {
    saveStill(localStorage, still());
    expect(parseStill(localStorage.getItem(STILL_KEY), VERSION)).toEqual(still());
  });

  it('refuses a copy from another version, broken JSON and malformed fields', () => {
    const raw = JSON.stringify(still());
    expect(parseStill(raw, '1.0.0')).toBeNull();
    expect(parseStill(null, VERSION)).toBeNull();
    expect(parseStill('{"format":1', VERSION)).toBeNull();
    expect(parseStill(JSON.stringify({ ...still(), dir: 'up' }), VERSION)).toBeNull();
    expect(parseStill(JSON.stringify({ ...still(), lang: 'fr"><x' }), VERSION)).toBeNull();
    expect(parseStill(JSON.stringify({ ...still(), html: '' }), VERSION)).toBeNull();
    expect(parseStill(JSON.stringify({ ...still(), html: 'x'.repeat(100_001) }), VERSION)).toBe(
      null,
    );
    expect(parseStill(JSON.stringify({ ...still(), format: 2 }), VERSION)).toBeNull();
  });
});

describe('sanitizeStill', () => {
  it('keeps the screen’s elements and drops scripts, frames, forms, links, images and handlers', () => {
    const hostile =
      '<div class="screen" onclick="alert(1)" style="color:red">' +
      '<script>window.__pwned = 1</script><iframe src="https://example.org"></iframe>' +
      '<form action="https://example.org"><input name="nom"></form>' +
      '<a href="javascript:alert(1)">lien</a><img src="x" onerror="alert(1)">' +
      '<button type="button" formaction="https://example.org" onmouseover="alert(1)">Commencer</button>' +
      '<svg><path d="M1 1" onload="alert(1)"></path></svg></div>';
    const holder = document.createElement('div');
    holder.append(sanitizeStill(hostile, document));
    expect(holder.innerHTML).toBe(
      '<div class="screen"><button type="button">Commencer</button>' +
        '<svg><path d="M1 1"></path></svg></div>',
    );
  });

  it('leaves the attract screen’s own markup as it was', () => {
    const holder = document.createElement('div');
    holder.append(sanitizeStill(SCREEN, document));
    expect(holder.innerHTML).toBe(SCREEN);
  });
});

describe('stillOf', () => {
  it('copies the container with the page’s language and direction', () => {
    const container = containerWith(SCREEN);
    document.documentElement.lang = 'ar';
    document.documentElement.dir = 'rtl';
    expect(stillOf(container, VERSION)).toEqual({ ...still(), lang: 'ar', dir: 'rtl' });
  });
});

describe('paintStill and handOverStill', () => {
  it('paints nothing without a stored still, so the app loads at once', () => {
    const container = containerWith();
    expect(paintStill(container, localStorage, VERSION)).toBeNull();
    expect(container.childElementCount).toBe(0);
  });

  it('paints the stored still with its language and direction', () => {
    saveStill(localStorage, { ...still(), lang: 'ar', dir: 'rtl' });
    const container = containerWith();
    expect(paintStill(container, localStorage, VERSION)).not.toBeNull();
    expect(container.innerHTML).toBe(SCREEN);
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.dataset.contrast).toBe('normal');
  });

  it('lets the app load a while after the paint when nobody touches the screen', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
    saveStill(localStorage, still());
    const painted = paintStill(containerWith(), localStorage, VERSION);
    let allowed = false;
    void painted?.appMayLoad.then(() => (allowed = true));
    await vi.advanceTimersByTimeAsync(LOAD_AFTER_PAINT_MS - 100);
    expect(allowed).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(allowed).toBe(true);
  });

  it('queues a tap on the still and replays it on React’s button, once', async () => {
    saveStill(localStorage, still());
    const container = containerWith();
    const painted = paintStill(container, localStorage, VERSION);
    let allowed = false;
    void painted?.appMayLoad.then(() => (allowed = true));
    // The tap lands on the icon inside the button, as a finger often does.
    const icon = container.querySelector('main button path');
    icon?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    await flush();
    expect(allowed).toBe(true);

    const clicked: string[] = [];
    reactTakesOver(container, clicked);
    await flush(); // The still's observer sees its nodes go.
    handOverStill();
    await flush(); // Replayed after every effect of React's first commit.
    expect(clicked).toEqual(['Commencer']);
    handOverStill();
    await flush();
    expect(clicked).toEqual(['Commencer']);
  });

  it('stops catching events once React’s nodes replace the still', async () => {
    saveStill(localStorage, still());
    const container = containerWith();
    paintStill(container, localStorage, VERSION);
    const clicked: string[] = [];
    reactTakesOver(container, clicked);
    await flush();
    const english = container.querySelector('header button') as HTMLButtonElement;
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    english.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
    expect(clicked).toEqual(['English']);
  });

  it('replays nothing on a screen that no longer matches the still', async () => {
    saveStill(localStorage, still());
    const container = containerWith();
    paintStill(container, localStorage, VERSION);
    container
      .querySelector('header button')
      ?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    const clicked: string[] = [];
    reactTakesOver(container, clicked);
    const english = container.querySelector('header button') as HTMLButtonElement;
    english.textContent = 'العربية'; // The config changed the languages offered.
    await flush();
    handOverStill();
    await flush();
    expect(clicked).toEqual([]);
  });

  it('replays the staff shortcut and puts the focus back where it was', async () => {
    saveStill(localStorage, still());
    const container = containerWith();
    paintStill(container, localStorage, VERSION);
    (container.querySelector('header button') as HTMLButtonElement).focus();
    const shortcut = new KeyboardEvent('keydown', {
      key: 'A',
      ctrlKey: true,
      shiftKey: true,
      bubbles: true,
      cancelable: true,
    });
    document.body.dispatchEvent(shortcut);
    expect(shortcut.defaultPrevented).toBe(true);
    // Other keys keep their native meaning on the still (Tab moves the focus).
    const tab = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    document.body.dispatchEvent(tab);
    expect(tab.defaultPrevented).toBe(false);

    const keys: string[] = [];
    const onKey = (event: KeyboardEvent) =>
      keys.push(`${event.ctrlKey ? 'Ctrl+' : ''}${event.shiftKey ? 'Shift+' : ''}${event.key}`);
    window.addEventListener('keydown', onKey);
    reactTakesOver(container, []);
    expect(document.activeElement).toBe(document.body);
    await flush();
    handOverStill();
    await flush();
    window.removeEventListener('keydown', onKey);
    expect(keys).toEqual(['Ctrl+Shift+A']);
    expect(document.activeElement).toBe(container.querySelector('header button'));
  });

  it('hands a press still held on the logo over to React, not one already released', async () => {
    for (const released of [false, true]) {
      saveStill(localStorage, still());
      const container = containerWith();
      paintStill(container, localStorage, VERSION);
      const site = container.querySelector('.attract__site');
      site?.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
      if (released) site?.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
      reactTakesOver(container, []);
      const presses: string[] = [];
      container
        .querySelector('[data-own-gesture]')
        ?.addEventListener('pointerdown', () => presses.push('logo'));
      await flush();
      handOverStill();
      await flush();
      expect(presses, released ? 'released' : 'held').toEqual(released ? [] : ['logo']);
    }
  });
});
