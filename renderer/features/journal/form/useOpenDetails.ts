import { useEffect, useRef } from 'react';

/**
 * Opens a <details> when `shouldOpen` becomes true, and never closes it: the agent decides
 * when to fold it again (a controlled `open` would collapse it mid-typing once an error clears).
 */
export function useOpenDetails(shouldOpen: boolean) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (shouldOpen && ref.current) ref.current.open = true;
  }, [shouldOpen]);
  return ref;
}
