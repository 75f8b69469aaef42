import { useLayoutEffect, useRef } from 'react';
import type { OnScreenKeyboardMode } from '../../../../electron/shared/config-schema';
import { OnScreenKeyboard } from './OnScreenKeyboard';
import './OskContext'; // starts following touch input as soon as the citizen area loads
import { typeInto, type Edit } from './typeInto';
import { useFocusedField } from './useFocusedField';
import type { ShiftState } from './layout';

/**
 * The on-screen keyboard of the citizen area, docked at the bottom of the screen while a text
 * field has the focus (see useFocusedField for when). The page gets room below its content
 * for the keyboard and scrolls the field above it, so the keyboard never covers it.
 */
export function KeyboardHost({ mode }: { mode: OnScreenKeyboardMode }) {
  const { field, hide } = useFocusedField(mode);
  const dock = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const root = document.documentElement;
    const element = dock.current;
    if (!field || !element) return;
    const fit = () => {
      root.style.setProperty('--osk-height', `${element.offsetHeight}px`);
      field.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    };
    fit();
    const resized = new ResizeObserver(fit);
    resized.observe(element);
    return () => {
      resized.disconnect();
      root.style.removeProperty('--osk-height');
    };
  }, [field]);

  const onEdit = (edit: Edit, shift: ShiftState) => {
    if (field?.isConnected) typeInto(field, edit, { capsLock: shift === 'lock' });
  };

  if (!field) return null;
  return (
    <div ref={dock} className="osk-dock" data-osk>
      <OnScreenKeyboard onEdit={onEdit} onHide={hide} />
    </div>
  );
}
