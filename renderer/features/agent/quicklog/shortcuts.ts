/**
 * Keyboard commands of the quick log, chosen to pass the Electron lockdown (which swallows
 * Ctrl+Enter and Alt+digit as browser commands): plain keys only.
 * - 1 … 9 (top row or keypad) pick the n-th proposed démarche, unless the focus is in a field
 *   where digits are typed. The physical key (`code`) is read, so AZERTY's "&é"(" row works.
 * - Enter saves when the focus is on a choice (radio, checkbox) or on nothing; in a text field
 *   the form's own submission does it; on a button, Enter keeps pressing that button.
 */
export type QuickLogCommand = { kind: 'preset'; index: number } | { kind: 'save' };

/** What has the focus when the key is pressed. */
export type FocusKind = 'typing' | 'choice' | 'button' | 'none';

interface KeyLike {
  key: string;
  code: string;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

export function quickLogCommand(event: KeyLike, focus: FocusKind): QuickLogCommand | null {
  if (event.metaKey || event.ctrlKey || event.altKey) return null;
  if (event.key === 'Enter' && !event.shiftKey)
    return focus === 'choice' || focus === 'none' ? { kind: 'save' } : null;
  const digit = /^(?:Digit|Numpad)([1-9])$/.exec(event.code);
  if (digit?.[1] && focus !== 'typing') return { kind: 'preset', index: Number(digit[1]) - 1 };
  return null;
}

/** Classifies the focused element for `quickLogCommand`. */
export function focusKindOf(target: EventTarget | null): FocusKind {
  if (!(target instanceof HTMLElement)) return 'none';
  if (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  )
    return 'typing';
  if (target instanceof HTMLInputElement)
    return target.type === 'radio' || target.type === 'checkbox' ? 'choice' : 'typing';
  if (
    target instanceof HTMLButtonElement ||
    target instanceof HTMLAnchorElement ||
    target.tagName === 'SUMMARY'
  )
    return 'button';
  return 'none';
}
