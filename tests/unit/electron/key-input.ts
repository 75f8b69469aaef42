import type { KeyInput } from '../../../electron/lockdown';

export type Mods = Partial<Pick<KeyInput, 'control' | 'alt' | 'shift' | 'meta'>>;

/** A keyDown as Electron reports it; `code` defaults to the QWERTY position of a letter/digit. */
export function key(k: string, mods: Mods = {}, code?: string): KeyInput {
  const guessed = /^[a-z]$/i.test(k) ? `Key${k.toUpperCase()}` : /^\d$/.test(k) ? `Digit${k}` : k;
  return {
    type: 'keyDown',
    key: k,
    code: code ?? guessed,
    control: false,
    alt: false,
    shift: false,
    meta: false,
    ...mods,
  };
}
