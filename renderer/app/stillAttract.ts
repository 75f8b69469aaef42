/**
 * The attract screen's still: a copy of the markup React drew for the welcome screen, kept in
 * localStorage and painted at the next start before React's code is evaluated. A counter starts
 * again after every citizen (the wipe reloads the page), so the next citizen finds the welcome
 * screen up at once; React loads in the quiet moment after it, or at the first touch or key.
 *
 * What is kept is the app's own text (site name, invitation, button labels), saved only from the
 * attract screen in its default language and display: never anything a citizen typed or chose.
 * The page's inline script paints it (stillPaint.ts, written into index.html by the build) while
 * the page is parsed, before its first frame; this is the app's side: saving it, and taking it
 * over with the gestures queued on it.
 */
import { stillAttract, STILL_KEY, type StillAttract } from './stillFormat';
import { takeStill, type Gesture, type Spot } from './stillSlot';

/** Marked when React's attract screen takes over: the benchmark reads it. */
export const LIVE_MARK = 'kiosque:attract-live';

/** The copy of the attract screen to store, from its container as React drew it. */
export function stillOf(container: Element, version: string): StillAttract {
  const root = container.ownerDocument.documentElement;
  return stillAttract(version, {
    lang: root.lang || 'fr',
    dir: root.dir === 'rtl' ? 'rtl' : 'ltr',
    html: container.innerHTML,
  });
}

export function saveStill(storage: Storage, still: StillAttract): void {
  try {
    storage.setItem(STILL_KEY, JSON.stringify(still));
  } catch {
    // Storage full or disabled: the next start draws the screen with React, as the first did.
  }
}

/** The element at the same place in React's screen, if it is the same element. */
function find(container: Element, spot: Spot): Element | null {
  let node: Element | undefined = container;
  for (const index of spot.path) node = node?.children[index];
  if (!node || node.localName !== spot.tag || (node.textContent ?? '') !== spot.text) return null;
  return node;
}

/**
 * Called once React's attract screen is drawn: replays the queued gestures on it and puts the
 * focus back where the still had it. Does nothing when no still was painted.
 */
export function handOverStill(): void {
  if (!performance.getEntriesByName(LIVE_MARK).length) performance.mark(LIVE_MARK);
  const still = takeStill();
  if (!still) return;
  still.stop();
  const { container, gestures } = still;
  const doc = container.ownerDocument;
  const view = doc.defaultView;
  if (still.focus) {
    const focused = find(container, still.focus);
    if (focused instanceof HTMLElement || focused instanceof SVGElement) focused.focus();
  }
  // After every effect of React's first commit: the app's own listeners (the staff shortcut's,
  // on window) are attached by a parent's effect, which runs after the attract screen's.
  view?.setTimeout(() => {
    for (const gesture of gestures) replay(container, gesture);
  }, 0);
}

function replay(container: Element, gesture: Gesture): void {
  if (gesture.kind === 'key') {
    container.ownerDocument.defaultView?.dispatchEvent(
      new KeyboardEvent('keydown', { ...gesture.init, bubbles: true }),
    );
    return;
  }
  const element = find(container, gesture.spot);
  // A copy that no longer matches React's screen (its config changed) replays nothing.
  if (!(element instanceof HTMLElement)) return;
  if (gesture.kind === 'click') element.click();
  else
    element.dispatchEvent(
      new PointerEvent('pointerdown', { bubbles: true, isPrimary: true, pointerType: 'touch' }),
    );
}
