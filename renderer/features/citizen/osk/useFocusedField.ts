import { useEffect, useRef, useState } from 'react';
import type { OnScreenKeyboardMode } from '../../../../electron/shared/config-schema';
import { isTextField, type TextField } from './editable';

type Modality = 'touch' | 'mouse' | 'keyboard';

/** After a pointer-up, how long to wait for its click before deciding anyway (a long press, a drag). */
export const CLICK_WAIT_MS = 400;

export interface FocusedField {
  /** The text field the keyboard types into, or null when it is closed. */
  field: TextField | null;
  /** "Masquer": closes the keyboard; touching the field again reopens it. */
  hide: () => void;
}

/**
 * Follows the focus to decide when the keyboard is open: a text field has the focus, and the
 * mode is "always" or the person last used a finger ("auto"). Changes wait until the pointer
 * is up and the tap's click has gone out, so the page never moves under a finger mid-tap: a
 * "Valider" tap would otherwise land elsewhere once the keyboard closes, and a tap on a field
 * low on the screen would land on the key the opening keyboard puts under the finger. A
 * finger's click comes a few tasks after it lifts (the browser makes it from the gesture), so
 * the pointer-up alone is not enough; a tap that makes no click is given CLICK_WAIT_MS.
 */
export function useFocusedField(mode: OnScreenKeyboardMode): FocusedField {
  const [field, setField] = useState<TextField | null>(null);
  const hidden = useRef<TextField | null>(null);

  useEffect(() => {
    if (mode === 'never') return;
    let modality: Modality = mode === 'always' ? 'touch' : 'mouse';
    let pointerDown = false;
    let awaitingClick: number | null = null; // the fallback timer while a click may still come
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
      if (pointerDown || awaitingClick !== null) return; // decided once the tap's click is out
      if (timer !== null) window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        timer = null;
        // A tap that began since this was scheduled decides once its click is out.
        if (pending && !pointerDown && awaitingClick === null) decide();
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
    const clickOut = () => {
      if (awaitingClick === null) return;
      window.clearTimeout(awaitingClick);
      awaitingClick = null;
      if (pending) schedule(); // a task later: after the click's own handlers
    };
    const onPointerUp = () => {
      pointerDown = false;
      if (awaitingClick !== null) window.clearTimeout(awaitingClick);
      awaitingClick = window.setTimeout(clickOut, CLICK_WAIT_MS);
    };
    const onPointerCancel = () => {
      pointerDown = false; // a scroll or a drag: no click will come
      if (awaitingClick !== null) window.clearTimeout(awaitingClick);
      awaitingClick = window.setTimeout(clickOut, 0);
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
    document.addEventListener('pointercancel', onPointerCancel, true);
    document.addEventListener('click', clickOut, true);
    document.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('focusin', schedule, true);
    document.addEventListener('focusout', schedule, true);
    schedule();
    return () => {
      observer.disconnect();
      if (timer !== null) window.clearTimeout(timer);
      if (awaitingClick !== null) window.clearTimeout(awaitingClick);
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('pointerup', onPointerUp, true);
      document.removeEventListener('pointercancel', onPointerCancel, true);
      document.removeEventListener('click', clickOut, true);
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
