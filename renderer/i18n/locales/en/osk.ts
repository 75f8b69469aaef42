import type { Catalog } from '../../types';
import type { osk as fr } from '../fr/osk';

/** The on-screen keyboard of touch kiosks (key names read by screen readers). */
export const osk: Catalog<typeof fr> = {
  keyboard: 'On-screen keyboard',
  backspace: 'Backspace',
  shift: 'Shift',
  shiftLocked: 'Capitals locked',
  shiftOnce: 'Capital for the next letter',
  space: 'Space',
  enter: 'Enter',
  hide: 'Hide',
  hideLabel: 'Hide the keyboard',
};
