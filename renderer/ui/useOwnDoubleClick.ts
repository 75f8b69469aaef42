import { useRef, type MouseEvent } from 'react';

/**
 * The browser makes a double click of any two clicks at one spot, whatever the first was on: a
 * tap on a button that goes away, where an item then appears under the finger, would be half of
 * one and open that item at its first touch. This keeps which item had the first click, so
 * that a double click counts only when both clicks were on the same item.
 */
export function useOwnDoubleClick(): {
  /** Call from the item's click handler. */
  clicked: (id: string, event: MouseEvent) => void;
  /** Whether the double click now under way began on this item. */
  isOwn: (id: string) => boolean;
} {
  const first = useRef<string | null>(null);
  return {
    clicked: (id, event) => {
      // detail counts the clicks at one spot: 1 for a first click, 0 for a keyboard click.
      if (event.detail <= 1) first.current = id;
    },
    isOwn: (id) => first.current === id,
  };
}
