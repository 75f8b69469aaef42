/**
 * Keyboard commands of the kiosk, in one registry: testable without a window, and listed in
 * the README. None of them collides with a key the lockdown lets through for typing.
 */
export interface ShortcutKeys {
  key: string;
  ctrl?: boolean;
  alt?: boolean;
  shift?: boolean;
}

export interface Shortcut {
  name: 'open-agent-area';
  keys: ShortcutKeys;
}

export const SHORTCUTS: readonly Shortcut[] = [
  // Ctrl+Shift+A: not a browser command, and AltGr (Ctrl+Alt) never produces it.
  { name: 'open-agent-area', keys: { key: 'a', ctrl: true, shift: true } },
];

interface KeyLike {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

/** The command a key event triggers, if any. */
export function matchShortcut(event: KeyLike): Shortcut['name'] | null {
  for (const s of SHORTCUTS) {
    if (
      event.key.toLowerCase() === s.keys.key &&
      event.ctrlKey === !!s.keys.ctrl &&
      event.altKey === !!s.keys.alt &&
      event.shiftKey === !!s.keys.shift &&
      !event.metaKey
    ) {
      return s.name;
    }
  }
  return null;
}
