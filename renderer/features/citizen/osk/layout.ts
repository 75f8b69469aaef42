/**
 * The on-screen keyboard's layout: French AZERTY letters, a digits row on top (no Shift
 * needed for digits, unlike a physical AZERTY keyboard), a dedicated key for each French
 * accented letter, and the symbols of e-mail addresses and passwords. Pure data: the
 * keyboard component, the key-press drawing of "Je découvre le clavier" and the tests read it.
 */

/** A key that does something other than typing a character. */
export type FunctionKey = 'backspace' | 'shift' | 'space' | 'enter' | 'hide';

export type OskKey =
  | { kind: 'char'; char: string; span?: number }
  | { kind: 'function'; fn: FunctionKey; span: number };

/** Grid columns per row: every row adds up to this many units. */
export const OSK_COLUMNS = 14;

const chars = (row: string): OskKey[] => [...row].map((char) => ({ kind: 'char', char }));
const fn = (name: FunctionKey, span: number): OskKey => ({ kind: 'function', fn: name, span });

export const OSK_ROWS: readonly (readonly OskKey[])[] = [
  [...chars('1234567890@/'), fn('backspace', 2)],
  chars('azertyuiopéèêë'),
  chars('qsdfghjklmàâçù'),
  [fn('shift', 2), ...chars("wxcvbn,.-'îï")],
  [fn('hide', 2), ...chars('_ôû'), fn('space', 6), fn('enter', 3)],
];

/** Units a key spans (a character key spans one). */
export const keySpan = (key: OskKey): number => (key.kind === 'char' ? (key.span ?? 1) : key.span);

/** Majuscule: off, for the next letter only (one tap), or locked (double tap). */
export type ShiftState = 'off' | 'once' | 'lock';

/** What a character key types in a Majuscule state (digits and symbols never change). */
export const charFor = (char: string, shift: ShiftState): string =>
  shift === 'off' ? char : char.toLocaleUpperCase('fr-FR');

/** Two taps on Majuscule closer than this lock the capitals, as on a phone. */
export const DOUBLE_TAP_MS = 450;

/** The next Majuscule state after a tap, given the time since the previous tap. */
export function nextShift(current: ShiftState, sincePreviousTap: number): ShiftState {
  if (current === 'off') return 'once';
  if (current === 'once' && sincePreviousTap <= DOUBLE_TAP_MS) return 'lock';
  return 'off';
}

/** After typing a character: a one-tap Majuscule is used up, a locked one stays. */
export const afterChar = (shift: ShiftState): ShiftState => (shift === 'once' ? 'off' : shift);

/** Every character the keyboard can type, in both states (for tests and the content check). */
export const TYPEABLE = new Set(
  OSK_ROWS.flat().flatMap((key) =>
    key.kind === 'char' ? [charFor(key.char, 'off'), charFor(key.char, 'once')] : [],
  ),
).add(' ');
