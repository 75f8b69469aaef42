/**
 * The French AZERTY keyboard drawn in keyboard lessons: the digits row with both its signs
 * (the digit is typed with Majuscule, é è ç à without), Alt Gr and the @ it gives on the à key.
 */
export interface LessonKey {
  id: string;
  /** What the key types without Majuscule (or its name). */
  label: string;
  /** What it types with Majuscule, drawn above. */
  shifted?: string;
  /** What it types with Alt Gr, drawn at the bottom right. */
  altGr?: string;
  width?: number;
}

const keys = (row: string): LessonKey[] => [...row].map((c) => ({ id: c, label: c }));

const DIGITS: [string, string][] = [
  ['1', '&'],
  ['2', 'é'],
  ['3', '"'],
  ['4', '\u2019'],
  ['5', '('],
  ['6', '-'],
  ['7', 'è'],
  ['8', '_'],
  ['9', 'ç'],
  ['0', 'à'],
];

/** Names are filled in by the scene, in the UI language (Entrée, Espace…). */
export const LESSON_ROWS: readonly (readonly LessonKey[])[] = [
  [
    { id: '²', label: '²' },
    ...DIGITS.map(([digit, plain]) => ({
      id: digit,
      label: plain,
      shifted: digit,
      ...(digit === '0' ? { altGr: '@' } : {}),
    })),
    { id: ')', label: ')', shifted: '°' },
    { id: '=', label: '=', shifted: '+' },
    { id: 'Backspace', label: '⌫', width: 2 },
  ],
  [
    { id: 'Tab', label: '⇥', width: 1.5 },
    ...keys('AZERTYUIOP^$'),
    { id: 'Enter', label: '↵', width: 1.5 },
  ],
  [
    { id: 'CapsLock', label: '⇪', width: 1.75 },
    ...keys('QSDFGHJKLMù*'),
    { id: 'Enter2', label: '', width: 1.25 },
  ],
  [
    { id: 'Shift', label: '⇧', width: 2.25 },
    ...keys('WXCVBN,;:!'),
    { id: 'Shift2', label: '⇧', width: 2.75 },
  ],
  [
    { id: 'Ctrl', label: 'Ctrl', width: 1.75 },
    { id: 'Alt', label: 'Alt', width: 1.75 },
    { id: 'Space', label: '', width: 7 },
    { id: 'AltGr', label: 'Alt Gr', width: 2.25 },
    { id: 'Ctrl2', label: 'Ctrl', width: 2.25 },
  ],
];
