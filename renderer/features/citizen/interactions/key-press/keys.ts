import { OSK_ROWS, type FunctionKey } from '../../osk/layout';
import type { TeachableKey } from './schema';

/** The `KeyboardEvent.key` value of each teachable key (Space is a literal space). */
export const EVENT_KEY: Record<TeachableKey, string> = {
  Enter: 'Enter',
  Space: ' ',
  Backspace: 'Backspace',
  Shift: 'Shift',
  Tab: 'Tab',
  Escape: 'Escape',
  ArrowLeft: 'ArrowLeft',
  ArrowRight: 'ArrowRight',
};

/** Which teachable key a keyboard event is, if any. */
export function teachableKeyOf(eventKey: string): TeachableKey | null {
  const found = (Object.keys(EVENT_KEY) as TeachableKey[]).find((k) => EVENT_KEY[k] === eventKey);
  return found ?? null;
}

/**
 * A simplified French AZERTY keyboard; special keys carry their teachable name. `shifted` is
 * what Majuscule gives (the digits the hints name: "la touche 0 (à)"), `altGr` what Alt Gr gives.
 */
export type KeyCap = {
  label: string;
  key?: TeachableKey;
  width?: number;
  shifted?: string;
  altGr?: string;
};

const chars = (row: string): KeyCap[] => [...row].map((label) => ({ label }));

const DIGITS_ROW: KeyCap[] = [
  { label: '²' },
  ...[...'&é"\'(-è_çà'].map((label, i) => ({
    label,
    shifted: String((i + 1) % 10),
    ...(label === 'à' ? { altGr: '@' } : {}),
  })),
  { label: ')', shifted: '°' },
  { label: '=', shifted: '+' },
];

export const KEYBOARD_ROWS: readonly (readonly KeyCap[])[] = [
  [...DIGITS_ROW, { label: '⌫', key: 'Backspace', width: 2 }],
  [
    { label: '⇥', key: 'Tab', width: 1.5 },
    ...chars('AZERTYUIOP'),
    { label: '↵', key: 'Enter', width: 1.5 },
  ],
  [{ label: '⇪', width: 1.75 }, ...chars('QSDFGHJKLM'), { label: '↵', key: 'Enter', width: 1.25 }],
  [
    { label: '⇧', key: 'Shift', width: 1.25 },
    ...chars('<WXCVBN,;:!'),
    { label: '⇧', key: 'Shift', width: 2 },
  ],
  [
    { label: 'Échap', key: 'Escape', width: 1.5 },
    { label: '', key: 'Space', width: 7 },
    { label: 'Alt Gr', width: 1.5 },
    { label: '←', key: 'ArrowLeft' },
    { label: '→', key: 'ArrowRight' },
  ],
];

/** The on-screen keyboard's function keys that a key-press step can teach. */
const OSK_TEACHABLE: Partial<Record<FunctionKey, TeachableKey>> = {
  backspace: 'Backspace',
  shift: 'Shift',
  space: 'Space',
  enter: 'Enter',
};

/** Whether every key of a step exists on the on-screen keyboard (Tab, Échap… do not). */
export const onScreenKeyboardHas = (keys: readonly TeachableKey[]): boolean =>
  keys.every((key) => Object.values(OSK_TEACHABLE).includes(key));

/**
 * The on-screen keyboard drawn as the key-press exercise's keyboard, so a touch kiosk teaches
 * the keys the person will really use. `names` labels the function keys (Effacer, Entrée…).
 */
export function onScreenKeyboardRows(names: Record<FunctionKey, string>): KeyCap[][] {
  return OSK_ROWS.map((row) =>
    row.map((key): KeyCap => {
      if (key.kind === 'char') return { label: key.char };
      const teachable = OSK_TEACHABLE[key.fn];
      return teachable
        ? { label: names[key.fn], key: teachable, width: key.span }
        : { label: names[key.fn], width: key.span };
    }),
  );
}
