import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLongPress } from '../../../../lib/useLongPress';
import type { InteractionProps } from '../types';
import { FileGlyph } from '../shared/FileGlyphs';
import type { ContextMenuStep } from './schema';

/** Long-press length on touch screens, short enough not to feel broken. */
const LONG_PRESS_MS = 600;

/**
 * Right-click an item and choose an action in the menu drawn inside the exercise.
 * Keyboard: the Menu key or Shift+F10 opens it, arrows move, Enter chooses, Escape closes.
 * Touch: a long press opens it.
 */
export default function ContextMenuTask({
  step,
  onAttempt,
  text,
}: InteractionProps<ContextMenuStep>) {
  const { t } = useTranslation('citizen');
  const [menuOpen, setMenuOpen] = useState(false);
  const [done, setDone] = useState(false);
  const [leftClicked, setLeftClicked] = useState(false);
  const itemRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const longPress = useLongPress(() => setMenuOpen(true), LONG_PRESS_MS);

  useEffect(() => {
    if (menuOpen) menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [menuOpen]);

  const close = () => {
    setMenuOpen(false);
    itemRef.current?.focus();
  };

  const choose = (id: string) => {
    setMenuOpen(false);
    if (id === step.correctAction) {
      setDone(true);
      onAttempt({ correct: true });
    } else {
      itemRef.current?.focus();
      onAttempt({ correct: false, feedbackId: id });
    }
  };

  const onContextMenu = (event: MouseEvent) => {
    event.preventDefault(); // The browser's own menu never shows: the exercise draws its menu.
    setMenuOpen(true);
  };

  const onItemKey = (event: KeyboardEvent) => {
    if (event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10')) {
      event.preventDefault();
      setMenuOpen(true);
    }
  };

  const onMenuKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const items = Array.from(
      event.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]'),
    );
    const index = items.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => items[(to + items.length) % items.length]?.focus();
    if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(items.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') close();
    else return;
    event.preventDefault();
  };

  return (
    <div className="ia-context">
      <p className="ia-prompt">{text(step.prompt)}</p>
      <div className="ia-context__stage">
        <button
          ref={itemRef}
          type="button"
          className="ia-context__item"
          aria-haspopup="menu"
          aria-expanded={menuOpen}
          onClick={() => setLeftClicked(true)}
          onContextMenu={onContextMenu}
          onKeyDown={onItemKey}
          onPointerDown={longPress.onPointerDown}
          onPointerUp={longPress.onPointerUp}
          onPointerLeave={longPress.onPointerLeave}
          onPointerCancel={longPress.onPointerCancel}
        >
          <FileGlyph kind="photo" size={96} />
          <span>{text(step.item)}</span>
        </button>
        {menuOpen && (
          <ul
            ref={menuRef}
            role="menu"
            aria-label={t('contextMenu.menu')}
            className="ia-context__menu"
            onKeyDown={onMenuKey}
          >
            {step.actions.map((action) => (
              <li key={action.id} role="none">
                <button
                  type="button"
                  role="menuitem"
                  tabIndex={-1}
                  className="ia-context__action"
                  onClick={() => choose(action.id)}
                >
                  {text(action.label)}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <p className="ia-status" aria-live="polite">
        {done ? text(step.done) : leftClicked && !menuOpen ? t('contextMenu.leftClick') : ''}
      </p>
    </div>
  );
}
