/**
 * Keyboard commands of the quick log: Alt+1…Alt+9 pick the n-th proposed démarche, Ctrl+Enter
 * saves. Digits are read from the physical key (`code`), so they work on AZERTY keyboards where
 * the top row types "&é"(" without Shift; AltGr (Ctrl+Alt) never triggers them.
 */
export type QuickLogCommand = { kind: 'preset'; index: number } | { kind: 'save' };

interface KeyLike {
  key: string;
  code: string;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

export function quickLogCommand(event: KeyLike): QuickLogCommand | null {
  if (event.metaKey) return null;
  if (event.ctrlKey && !event.altKey && event.key === 'Enter') return { kind: 'save' };
  const digit = /^(?:Digit|Numpad)([1-9])$/.exec(event.code);
  if (digit?.[1] && event.altKey && !event.ctrlKey && !event.shiftKey) return { kind: 'preset', index: Number(digit[1]) - 1 };
  return null;
}
