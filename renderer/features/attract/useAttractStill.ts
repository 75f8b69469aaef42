import { useEffect, type RefObject } from 'react';
import { handOverStill, saveStill, stillOf } from '../../app/stillAttract';

/** One copy per page: after a wipe's reload, the screen's first drawing is the default one. */
let keptThisPage = false;

const whenIdle = (run: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 3000 });
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(run, 50);
  return () => clearTimeout(timer);
};

/**
 * The attract screen's side of its still (see app/stillAttract): takes over from the painted
 * still on its first drawing, and keeps a copy of itself for the next start while it shows the
 * default language and display (`keepable`), once the page is idle.
 */
export function useAttractStill(screen: RefObject<HTMLElement | null>, keepable: boolean): void {
  useEffect(() => handOverStill(), []);
  useEffect(() => {
    if (keptThisPage || !keepable) return;
    return whenIdle(() => {
      const container = screen.current?.parentElement;
      if (!container || keptThisPage) return;
      keptThisPage = true;
      try {
        saveStill(localStorage, stillOf(container, __APP_VERSION__));
      } catch {
        // localStorage disabled by policy: every start draws the screen with React.
      }
    });
  }, [keepable, screen]);
}
