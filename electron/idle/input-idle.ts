/**
 * Idle time as main sees it: the kiosk window's own input events, from `webContents`
 * 'input-event', which reports every pointer, touch, key and wheel event routed to the page
 * whatever frame it lands in (page script cannot forge one). The OS idle time
 * (`powerMonitor.getSystemIdleTime`) only lowers the count when it is non-zero: input the page
 * did not see, such as the OS's on-screen keyboard.
 */
import type { InputEvent } from 'electron';
import { combineIdleSeconds } from '../shared/idle-time';

/** Input types that are not a person acting: the pointer entering or leaving the window. */
const NOT_ACTIVITY = new Set<InputEvent['type']>(['undefined', 'mouseEnter', 'mouseLeave']);

export const isUserInput = (type: InputEvent['type']): boolean => !NOT_ACTIVITY.has(type);

export interface InputIdleClock {
  /** Records one input event of the given type (ignored when it is not activity). */
  input(type: InputEvent['type']): void;
  /** Seconds since the last input (or since start-up), combined with the system's count. */
  idleSeconds(): number;
}

export function createInputIdleClock(deps: {
  systemIdleSeconds(): number;
  now?: () => number;
}): InputIdleClock {
  const now = deps.now ?? (() => Date.now());
  let last = now();
  return {
    input(type) {
      if (isUserInput(type)) last = now();
    },
    idleSeconds: () => combineIdleSeconds((now() - last) / 1000, deps.systemIdleSeconds()),
  };
}
