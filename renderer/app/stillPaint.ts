/**
 * Paints the attract screen's still (app/stillAttract.ts) while the page is parsed: the code of
 * the page's inline script (renderer/still.ts), and nothing of the app's. Until React's screen
 * replaces it, a tap, a held press on the logo or the staff shortcut made on it is queued for
 * React to replay, so no gesture is lost.
 */
import { matchShortcut } from './shortcuts';
import { STILL_FORMAT, STILL_KEY, stillAttract, type StillAttract } from './stillFormat';
import { publishStill, type Painted, type PaintedStill, type Spot } from './stillSlot';

/** React's code loads this long after the still is painted, unless a gesture asks sooner. */
export const LOAD_AFTER_PAINT_MS = 2000;

/** The stored still, if it is well formed and from this version of the app. */
export function parseStill(raw: string | null, version: string): StillAttract | null {
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const still = value as Partial<Record<keyof StillAttract, unknown>>;
  if (still.format !== STILL_FORMAT || still.version !== version) return null;
  if (typeof still.lang !== 'string' || !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(still.lang))
    return null;
  if (still.dir !== 'ltr' && still.dir !== 'rtl') return null;
  if (typeof still.html !== 'string' || still.html.length === 0 || still.html.length > 100_000)
    return null;
  return stillAttract(version, { lang: still.lang, dir: still.dir, html: still.html });
}

// What the attract screen is made of. Anything else in a stored copy (a script, a frame, a
// form, a link, an image) is dropped: localStorage is not trusted to hold markup.
const ALLOWED_TAG =
  /^(div|header|main|footer|nav|section|p|h1|h2|span|strong|em|small|button|ul|li|dl|dt|dd|svg|path|rect|circle|g)$/;
const ALLOWED_ATTRIBUTE =
  /^(class|id|type|role|title|lang|dir|tabindex|data-[a-z-]+|aria-[a-z]+|width|height|viewbox|fill|d|x|y|rx|ry|cx|cy|r|focusable|xmlns|disabled)$/;

/** The still's markup as nodes, with only the elements and attributes the screen uses. */
export function sanitizeStill(html: string, doc: Document): DocumentFragment {
  const template = doc.createElement('template');
  template.innerHTML = html;
  const content = template.content;
  for (const element of [...content.querySelectorAll('*')]) {
    if (!ALLOWED_TAG.test(element.localName)) {
      element.remove();
      continue;
    }
    for (const attribute of [...element.attributes]) {
      if (!ALLOWED_ATTRIBUTE.test(attribute.name.toLowerCase()))
        element.removeAttribute(attribute.name);
    }
  }
  return content;
}

function spotOf(container: Element, target: EventTarget | null): Spot | null {
  if (!(target instanceof Element) || !container.contains(target) || target === container)
    return null;
  const path: number[] = [];
  for (let node: Element = target; node !== container;) {
    const parent: Element | null = node.parentElement;
    if (!parent) return null;
    path.unshift([...parent.children].indexOf(node));
    node = parent;
  }
  return { path, tag: target.localName, text: target.textContent ?? '' };
}

/** The element a click is about: SVG parts of an icon stand for the button that holds them. */
function htmlTarget(target: EventTarget | null): Element | null {
  let node = target instanceof Element ? target : null;
  while (node && !(node instanceof HTMLElement)) node = node.parentElement;
  return node;
}

/**
 * Paints the stored still into the empty container and starts queuing gestures, until React
 * replaces the still's nodes. Null when there is none (the first start, a new version, a broken
 * copy): React then loads at once.
 */
export function paintStill(
  container: Element,
  storage: Storage | null,
  version: string,
): PaintedStill | null {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(STILL_KEY) ?? null;
  } catch {
    return null;
  }
  const still = parseStill(raw, version);
  const doc = container.ownerDocument;
  const view = doc.defaultView;
  if (!still || !view || container.childElementCount > 0) return null;
  doc.documentElement.lang = still.lang;
  doc.documentElement.dir = still.dir;
  // A still is kept in the default display only (useAttractStill): normal contrast, as App sets.
  doc.documentElement.dataset.contrast = 'normal';
  container.replaceChildren(sanitizeStill(still.html, doc));
  const nodes = [...container.childNodes];

  let allow: () => void = () => {};
  const appMayLoad = new Promise<void>((resolve) => (allow = resolve));
  const state: Painted = { appMayLoad, container, gestures: [], focus: null, stop: () => {} };
  const { gestures } = state;
  const onClick = (event: MouseEvent) => {
    // The still has no behaviour of its own: React's screen will give the tap its meaning.
    event.preventDefault();
    event.stopPropagation();
    const spot = spotOf(container, htmlTarget(event.target));
    if (spot) gestures.push({ kind: 'click', spot });
    allow();
  };
  const onPointerDown = (event: PointerEvent) => {
    allow();
    const own = htmlTarget(event.target)?.closest('[data-own-gesture]');
    const spot = own ? spotOf(container, own) : null;
    if (spot) gestures.push({ kind: 'press', spot });
  };
  const onPointerEnd = () => {
    if (gestures.at(-1)?.kind === 'press') gestures.pop();
  };
  const onFocusIn = (event: FocusEvent) => {
    state.focus = spotOf(container, event.target);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    allow();
    if (!matchShortcut(event)) return;
    event.preventDefault();
    const { key, code, ctrlKey, altKey, shiftKey, metaKey } = event;
    gestures.push({ kind: 'key', init: { key, code, ctrlKey, altKey, shiftKey, metaKey } });
  };
  const listeners = [
    ['click', onClick],
    ['pointerdown', onPointerDown],
    ['pointerup', onPointerEnd],
    ['pointercancel', onPointerEnd],
    ['focusin', onFocusIn],
  ] as const;
  for (const [type, listener] of listeners)
    container.addEventListener(type, listener as EventListener, true);
  view.addEventListener('keydown', onKeyDown, true);
  // Once React has drawn its own screen in place of the still, the still's listeners go: from
  // then on every event is React's. Its first screen may not be the attract screen.
  const observer = new MutationObserver(() => {
    if (!nodes.some((node) => node.isConnected)) state.stop();
  });
  state.stop = () => {
    observer.disconnect();
    for (const [type, listener] of listeners)
      container.removeEventListener(type, listener as EventListener, true);
    view.removeEventListener('keydown', onKeyDown, true);
    allow();
  };
  observer.observe(container, { childList: true });
  publishStill(state);
  // The timer starts once the still is on screen: after the next frame is drawn.
  view.requestAnimationFrame(() => view.setTimeout(allow, LOAD_AFTER_PAINT_MS));
  return { appMayLoad };
}
