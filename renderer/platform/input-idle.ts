/**
 * The page's own idle count: trusted pointer, touch, key and wheel events, caught in the
 * capture phase on the window and on every same-origin frame of the page (frames are attached
 * as they load). Events a script dispatches (`isTrusted` false) do not count: page code must not
 * be able to keep a session open.
 */
const INPUT_EVENTS = ['pointerdown', 'pointermove', 'touchstart', 'keydown', 'wheel'] as const;

export interface PageIdleTracker {
  idleSeconds(): number;
}

/** Only input the browser itself generated; tests pass their own rule (jsdom cannot). */
const isTrustedInput = (event: Event): boolean => event.isTrusted;

export function createPageIdleTracker(
  root: Window,
  now: () => number = () => Date.now(),
  counts: (event: Event) => boolean = isTrustedInput,
): PageIdleTracker {
  let last = now();
  const watched = new WeakSet<Window>();
  const mark = (event: Event): void => {
    if (counts(event)) last = now();
  };
  const watch = (target: Window): void => {
    if (watched.has(target)) return;
    watched.add(target);
    for (const type of INPUT_EVENTS)
      target.addEventListener(type, mark, { capture: true, passive: true });
    // A frame's 'load' does not bubble but is seen in the capture phase of its parent.
    target.addEventListener('load', watchFrame, { capture: true });
    for (const frame of Array.from(target.document.querySelectorAll('iframe'))) attach(frame);
  };
  const attach = (frame: HTMLIFrameElement): void => {
    try {
      if (frame.contentWindow?.document) watch(frame.contentWindow);
    } catch {
      // Another origin: its input still reaches main's count (Electron 'input-event').
    }
  };
  function watchFrame(event: Event): void {
    // Checked by tag name: a frame's elements belong to another realm, so instanceof fails.
    const target = event.target as Element | null;
    if (target?.tagName === 'IFRAME') attach(target as HTMLIFrameElement);
  }
  watch(root);
  return { idleSeconds: () => Math.max(0, Math.floor((now() - last) / 1000)) };
}
