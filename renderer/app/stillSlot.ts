/**
 * Where a painted still waits for React. The page's inline script (stillPaint.ts) and the app's
 * modules (stillAttract.ts) are two bundles, so they meet in one slot of the page's global
 * object, under a registered symbol both of them name.
 */
import { STILL_KEY } from './stillFormat';

/** Where an element sits under the container: child indexes, then its tag and text to check. */
export interface Spot {
  path: number[];
  tag: string;
  text: string;
}

export type Gesture =
  | { kind: 'click'; spot: Spot }
  | { kind: 'press'; spot: Spot }
  | { kind: 'key'; init: KeyboardEventInit };

export interface PaintedStill {
  /** Resolves when React's code should load: the delay after the paint, or the first gesture. */
  appMayLoad: Promise<void>;
}

export interface Painted extends PaintedStill {
  container: Element;
  gestures: Gesture[];
  focus: Spot | null;
  /** Removes the still's listeners; safe to call again. */
  stop: () => void;
}

const SLOT = Symbol.for(STILL_KEY);
const page = globalThis as typeof globalThis & { [SLOT]?: Painted };

/** The still painted on this page, until React takes it over. */
export function paintedStill(): PaintedStill | null {
  return page[SLOT] ?? null;
}

export function publishStill(still: Painted): void {
  page[SLOT] = still;
}

/** The painted still, once: React takes it over. */
export function takeStill(): Painted | null {
  const still = page[SLOT] ?? null;
  delete page[SLOT];
  return still;
}
