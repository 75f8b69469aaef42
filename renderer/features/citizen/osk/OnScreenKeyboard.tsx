import { useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  afterChar,
  charFor,
  keySpan,
  nextShift,
  OSK_ROWS,
  type FunctionKey,
  type OskKey,
  type ShiftState,
} from './layout';
import type { Edit } from './typeInto';

export interface OnScreenKeyboardProps {
  /** A key was pressed: what it types (the host sends it to the focused field). */
  onEdit: (edit: Edit, shift: ShiftState) => void;
  onHide: () => void;
}

/** How long a key stays drawn pressed after the finger leaves, so a quick tap is seen. */
const PRESSED_MS = 120;

const keyId = (key: OskKey): string => (key.kind === 'char' ? key.char : key.fn);

/**
 * The keys. Every key is a real button named by the character it types or by its function
 * ("Espace", "Effacer", "Majuscule", "Entrée"), out of the Tab order (a keyboard user has a
 * physical keyboard; the field keeps the focus). Pressing a key never takes the focus from the
 * field: the mouse-down that would move it is cancelled.
 */
export function OnScreenKeyboard({ onEdit, onHide }: OnScreenKeyboardProps) {
  const { t } = useTranslation('osk');
  const [shift, setShift] = useState<ShiftState>('off');
  const [pressed, setPressed] = useState<string | null>(null);
  const lastShiftTap = useRef(0);
  const release = useRef<number | null>(null);

  const press = (id: string) => {
    if (release.current !== null) window.clearTimeout(release.current);
    release.current = null;
    setPressed(id);
  };
  const lift = () => {
    release.current = window.setTimeout(() => setPressed(null), PRESSED_MS);
  };

  const activate = (key: OskKey) => {
    if (key.kind === 'char') {
      onEdit({ kind: 'text', text: charFor(key.char, shift) }, shift);
      setShift(afterChar(shift));
      return;
    }
    const actions: Record<FunctionKey, () => void> = {
      backspace: () => onEdit({ kind: 'backspace' }, shift),
      space: () => onEdit({ kind: 'text', text: ' ' }, shift),
      enter: () => onEdit({ kind: 'enter' }, shift),
      hide: onHide,
      shift: () => {
        const now = performance.now();
        setShift(nextShift(shift, now - lastShiftTap.current));
        lastShiftTap.current = now;
      },
    };
    actions[key.fn]();
  };

  const label = (key: OskKey) => {
    if (key.kind === 'char') return charFor(key.char, shift);
    switch (key.fn) {
      case 'backspace':
        return (
          <>
            <span aria-hidden="true">⌫</span> {t('backspace')}
          </>
        );
      case 'shift':
        return (
          <>
            <span aria-hidden="true">{shift === 'lock' ? '⇪' : '⇧'}</span> {t('shift')}
          </>
        );
      case 'enter':
        return (
          <>
            {t('enter')} <span aria-hidden="true">↵</span>
          </>
        );
      case 'hide':
        return (
          <>
            <span aria-hidden="true">⌨</span> {t('hide')}
          </>
        );
      case 'space':
        return t('space');
    }
  };

  return (
    // The mouse-down is cancelled so the field keeps the focus; the keys still get their click.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- not an interaction: it keeps the focus in the field.
    <div
      className="osk"
      role="group"
      aria-label={t('keyboard')}
      data-shift={shift}
      onMouseDown={(event: MouseEvent) => event.preventDefault()}
    >
      {OSK_ROWS.map((row, r) => (
        <div key={r} className="osk__row">
          {row.map((key) => {
            const id = keyId(key);
            return (
              <button
                key={id}
                type="button"
                tabIndex={-1}
                className={`osk__key osk__key--${key.kind === 'char' ? 'char' : key.fn}`}
                style={{ gridColumn: `span ${keySpan(key)}` }}
                data-pressed={pressed === id || undefined}
                aria-label={
                  key.kind === 'function' && key.fn === 'hide' ? t('hideLabel') : undefined
                }
                aria-pressed={
                  key.kind === 'function' && key.fn === 'shift' ? shift !== 'off' : undefined
                }
                aria-describedby={
                  key.kind === 'function' && key.fn === 'shift' && shift !== 'off'
                    ? 'osk-shift-state'
                    : undefined
                }
                onPointerDown={() => press(id)}
                onPointerUp={lift}
                onPointerLeave={lift}
                onPointerCancel={lift}
                onClick={() => activate(key)}
              >
                {label(key)}
              </button>
            );
          })}
        </div>
      ))}
      <p id="osk-shift-state" className="visually-hidden" aria-live="polite">
        {shift === 'lock' ? t('shiftLocked') : shift === 'once' ? t('shiftOnce') : ''}
      </p>
    </div>
  );
}
