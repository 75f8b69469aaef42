import { useCallback, useEffect, useRef } from 'react';

/**
 * Pointer handlers that call `action` after the pointer stays down for `ms`.
 * Releasing, leaving or cancelling earlier does nothing (a normal tap stays a tap).
 */
export function useLongPress(action: () => void, ms = 3000) {
  const timer = useRef<number | null>(null);
  const cancel = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
  }, []);
  useEffect(() => cancel, [cancel]);
  return {
    onPointerDown: () => {
      cancel();
      timer.current = window.setTimeout(() => {
        timer.current = null;
        action();
      }, ms);
    },
    onPointerUp: cancel,
    onPointerLeave: cancel,
    onPointerCancel: cancel,
    onContextMenu: (e: { preventDefault: () => void }) => e.preventDefault(),
  };
}
