import { useContext, useSyncExternalStore } from 'react';
import { KioskContext } from '../../../app/KioskContext';

/** Whether the last pointer-down came from a finger or a pen (not a mouse). */
let touched = false;
const listeners = new Set<() => void>();

const onPointerDown = (event: PointerEvent) => {
  const next = event.pointerType !== 'mouse';
  if (next === touched) return;
  touched = next;
  listeners.forEach((listener) => listener());
};

// Listens from the moment the citizen area loads, so the taps before an exercise count.
document.addEventListener('pointerdown', onPointerDown, true);

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The person's last pointer-down was a finger or a pen. */
export const useTouchInput = (): boolean =>
  useSyncExternalStore(
    subscribe,
    () => touched,
    () => false,
  );

/**
 * Whether the on-screen keyboard is the citizen's keyboard right now (mode "always", or
 * "auto" on a touch screen): "Je découvre le clavier" then teaches its layout.
 */
export function useOskTaught(): boolean {
  // Outside the kiosk (a component shown on its own), the default mode applies.
  const mode = useContext(KioskContext)?.boot.config.onScreenKeyboard ?? 'auto';
  const touch = useTouchInput();
  return mode === 'always' || (mode === 'auto' && touch);
}
