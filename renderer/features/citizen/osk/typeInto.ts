/**
 * Types into a text field the way a physical keyboard does, so the page cannot tell the
 * difference: keydown, beforeinput, the value change, input, keyup. The value is written with
 * the prototype's native setter, which React's controlled inputs see as a real edit (setting
 * `field.value` directly would be swallowed by React's value tracker). Caret and selection
 * are honoured: typed text replaces the selection, Effacer removes it or the character
 * before the caret. Entrée submits the field's form like the physical key (implicit
 * submission), or adds a line in a text area.
 */
import type { TextField } from './editable';

export type Edit = { kind: 'text'; text: string } | { kind: 'backspace' } | { kind: 'enter' };

export interface KeyModifiers {
  /** Majuscule locked: reported as Caps Lock, so "Verr. Maj." warnings appear as they would. */
  capsLock: boolean;
}

function nativeValueSetter(field: TextField): (value: string) => void {
  const proto =
    field instanceof HTMLTextAreaElement
      ? HTMLTextAreaElement.prototype
      : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (!setter) throw new Error('no native value setter');
  return (value) => setter.call(field, value);
}

/** The selection, or the end of the value for fields without one (type email or number). */
function selectionOf(field: TextField): [number, number] {
  try {
    const start = field.selectionStart;
    const end = field.selectionEnd;
    if (start !== null && end !== null) return [start, end];
  } catch {
    // Some input types have no selection API: the caret is at the end.
  }
  return [field.value.length, field.value.length];
}

function setCaret(field: TextField, at: number): void {
  try {
    field.setSelectionRange(at, at);
  } catch {
    // Same as above: nothing to place.
  }
}

function keyEvent(type: 'keydown' | 'keyup', key: string, modifiers: KeyModifiers): KeyboardEvent {
  return new KeyboardEvent(type, {
    key,
    bubbles: true,
    cancelable: true,
    composed: true,
    modifierCapsLock: modifiers.capsLock,
  });
}

/** The new value and caret of an edit, or null when there is nothing to change. */
export function applyEdit(
  value: string,
  [start, end]: [number, number],
  edit: Exclude<Edit, { kind: 'enter' }>,
  maxLength = -1,
): { value: string; caret: number } | null {
  if (edit.kind === 'backspace') {
    if (start !== end) return { value: value.slice(0, start) + value.slice(end), caret: start };
    if (start === 0) return null;
    // One code point back, so an emoji or astral character is never cut in half.
    const before = Array.from(value.slice(0, start));
    before.pop();
    const kept = before.join('');
    return { value: kept + value.slice(end), caret: kept.length };
  }
  let text = edit.text;
  if (maxLength >= 0) {
    const room = maxLength - (value.length - (end - start));
    if (room <= 0) return null;
    text = text.slice(0, room);
  }
  return { value: value.slice(0, start) + text + value.slice(end), caret: start + text.length };
}

/** Sends one key of the on-screen keyboard to `field`. */
export function typeInto(field: TextField, edit: Edit, modifiers: KeyModifiers): void {
  const key = edit.kind === 'text' ? edit.text : edit.kind === 'enter' ? 'Enter' : 'Backspace';
  const proceed = field.dispatchEvent(keyEvent('keydown', key, modifiers));
  if (proceed) {
    if (edit.kind === 'enter' && field instanceof HTMLInputElement) field.form?.requestSubmit();
    else {
      const change: Exclude<Edit, { kind: 'enter' }> =
        edit.kind === 'enter' ? { kind: 'text', text: '\n' } : edit;
      const inputType =
        edit.kind === 'enter'
          ? 'insertLineBreak'
          : change.kind === 'backspace'
            ? 'deleteContentBackward'
            : 'insertText';
      const data = change.kind === 'text' ? change.text : null;
      const before = new InputEvent('beforeinput', {
        inputType,
        data,
        bubbles: true,
        cancelable: true,
        composed: true,
      });
      const next = applyEdit(field.value, selectionOf(field), change, field.maxLength);
      if (next && field.dispatchEvent(before)) {
        nativeValueSetter(field)(next.value);
        setCaret(field, next.caret);
        field.dispatchEvent(
          new InputEvent('input', { inputType, data, bubbles: true, composed: true }),
        );
      }
    }
  }
  field.dispatchEvent(keyEvent('keyup', key, modifiers));
}
