import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InteractionProps } from '../types';
import { useOskTaught } from '../../osk/OskContext';
import { KEYBOARD_ROWS, onScreenKeyboardHas, onScreenKeyboardRows, teachableKeyOf } from './keys';
import type { KeyPressStep, TeachableKey } from './schema';

/** Where a key press belongs to a control of its own (Enter on "Passer", typing in a field). */
const OWN_KEYS = 'button, a[href], input, textarea, select, [role="menuitem"], [contenteditable]';

/**
 * Press the key shown, one after the other. The physical keyboard works anywhere on the
 * exercise except on a control of its own (the exercise opens with focus on its title, so the
 * first key already counts, and the page never scrolls to a zone); a tap on the drawn key
 * counts too, for people at a touch screen without a keyboard.
 */
export default function KeyPress({ step, onAttempt, text }: InteractionProps<KeyPressStep>) {
  const { t } = useTranslation('citizen');
  const { t: tOsk } = useTranslation('osk');
  // On a touch kiosk the drawing is the on-screen keyboard: the keys the person will use.
  const rows =
    useOskTaught() && onScreenKeyboardHas(step.keys)
      ? onScreenKeyboardRows({
          backspace: tOsk('backspace'),
          shift: tOsk('shift'),
          space: tOsk('space'),
          enter: tOsk('enter'),
          hide: tOsk('hide'),
        })
      : KEYBOARD_ROWS;
  const targetId = useId();
  const [index, setIndex] = useState(0);
  const expected = step.keys[index];
  const done = index >= step.keys.length;

  const press = (key: TeachableKey) => {
    if (done || !expected) return;
    if (key !== expected) {
      onAttempt({ correct: false, feedbackId: 'wrong-key' });
      return;
    }
    const next = index + 1;
    setIndex(next);
    if (next === step.keys.length) onAttempt({ correct: true });
  };

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest(OWN_KEYS) || target?.closest('[inert]')) return;
      if (event.ctrlKey || event.altKey || event.metaKey) return;
      const key = teachableKeyOf(event.key);
      // Tab stays free to move around unless Tab is the key being taught.
      if (key === 'Tab' && expected !== 'Tab') return;
      if (key) {
        event.preventDefault();
        press(key);
      } else if (event.key.length === 1) {
        onAttempt({ correct: false, feedbackId: 'wrong-key' });
      }
    };
    // Re-added on each render, so it always sees the current key (cheap: one listener).
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  });

  const keyName = (key: TeachableKey) => t(`keyPress.names.${key}`);

  return (
    <div className="ia-keys">
      <p className="ia-prompt">{text(step.prompt)}</p>
      {/* An "application" zone: screen readers pass the raw keys (Space, Enter…) through. */}
      <div
        className="ia-keys__zone"
        role="application"
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a screen reader user enters the zone to press keys.
        tabIndex={0}
        aria-label={t('keyPress.zone')}
        aria-describedby={targetId}
      >
        <p id={targetId} className="ia-keys__target" aria-live="polite">
          {done
            ? t('keyPress.done')
            : expected
              ? t('keyPress.press', { key: keyName(expected) })
              : ''}
        </p>
        <p className="ia-status">
          {t('keyPress.progress', {
            n: Math.min(index, step.keys.length),
            count: step.keys.length,
          })}
        </p>
        <div className="ia-keyboard" aria-hidden="true">
          {rows.map((row, r) => (
            <div key={r} className="ia-keyboard__row">
              {row.map((cap, c) => (
                // A click, not a pointer-up: the click the tap would fire next must not land on
                // "Continuer", which appears (and takes focus) as the last key is tapped.
                // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions -- the drawing is for pointers; keyboards press the real key.
                <span
                  key={c}
                  className="ia-keyboard__key"
                  data-target={(cap.key !== undefined && cap.key === expected) || undefined}
                  style={{ flexGrow: cap.width ?? 1 }}
                  onClick={cap.key ? () => press(cap.key as TeachableKey) : undefined}
                >
                  {cap.shifted && <span className="ia-keyboard__shifted">{cap.shifted}</span>}
                  {/* The drawn bar of a physical keyboard has no label: name it. The on-screen
                      keyboard's bar keeps its own (« مسافة » in Arabic, as the real one). */}
                  {cap.key === 'Space' && !cap.label ? keyName('Space') : cap.label}
                  {cap.altGr && <span className="ia-keyboard__altgr">{cap.altGr}</span>}
                </span>
              ))}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
