import { useEffect, useRef, useState } from 'react';
import type { OnScreenKeyboardMode } from '../../../../electron/shared/config-schema';
import { isTextField, type TextField } from './editable';

type Modality = 'touch' | 'mouse' | 'keyboard';

export interface FocusedField {
  /** The text field the keyboard types into, or null when it is closed. */
  field: TextField | null;
  /** "Masquer": closes the keyboard; touching the field again reopens it. */
  hide: () => void;
}

/**
 * Follows the focus to decide when the keyboard is open: a text field has the focus, and the
 * mode is "always" or the person last used a finger ("auto"). Changes wait until the pointer
 * is up and the tap's click has gone out, so the page never moves under a finger mid-tap
 * (a "Valider" tap would otherwise land elsewhere once the keyboard closes).
 */
export function useFocusedField(mode: OnScreenKeyboardMode): FocusedField {
  const [field, setField] = useState<TextField | null>(null);
  const hidden = useRef<TextField | null>(null);

  useEffect(() => {
    if (mode === 'never') return;
    let modality: Modality = mode === 'always' ? 'touch' : 'mouse';
    let pointerDown = false;
    let pending = false;
    let timer: number | null = null;

    const decide = () => {
      pending = false;
      const active = document.activeElement;
      const wanted =
        isTextField(active) && (mode === 'always' || modality === 'touch') ? active : null;
      if (hidden.current && hidden.current !== wanted) hidden.current = null;
      setField(wanted && wanted !== hidden.current ? wanted : null);
    };
    const schedule = () => {
      pending = true;
      if (pointerDown) return; // decided on pointer-up
      if (timer !== null) window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        timer = null;
        if (pending) decide();
      }, 0);
    };

    const onPointerDown = (event: PointerEvent) => {
      pointerDown = true;
      // A key of the keyboard itself, whatever points at it, keeps the keyboard as it is.
      const onKeyboard = event.target instanceof Element && event.target.closest('[data-osk]');
      if (!onKeyboard) modality = event.pointerType === 'mouse' ? 'mouse' : 'touch';
      // A finger on the field whose keyboard was hidden brings it back.
      if (event.target === hidden.current && modality === 'touch') hidden.current = null;
      schedule();
    };
    const onPointerUp = () => {
      pointerDown = false;
      if (pending) schedule();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.isTrusted && mode === 'auto') modality = 'keyboard'; // a physical keyboard
    };
    const observer = new MutationObserver(() => {
      // A field removed or made inert loses the focus without any focus event.
      schedule();
    });
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['inert'],
    });
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('pointerup', onPointerUp, true);
    document.addEventListener('pointercancel', onPointerUp, true);
    document.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('focusin', schedule, true);
    document.addEventListener('focusout', schedule, true);
    schedule();
    return () => {
      observer.disconnect();
      if (timer !== null) window.clearTimeout(timer);
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('pointerup', onPointerUp, true);
      document.removeEventListener('pointercancel', onPointerUp, true);
      document.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('focusin', schedule, true);
      document.removeEventListener('focusout', schedule, true);
    };
  }, [mode]);

  const hide = () => {
    hidden.current = field;
    setField(null);
  };

  return { field, hide };
}
