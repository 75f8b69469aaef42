import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PIN_MAX_LENGTH, PIN_MIN_LENGTH } from '../../electron/shared/pin-hash';

interface PinPadProps {
  /** Visible label of the code field. */
  label: string;
  onSubmit: (pin: string) => void;
  /** Disables the pad while a slow hash is checked. */
  busy?: boolean;
  /** A message about the last attempt (wrong code, lockout…), announced to screen readers. */
  message?: string | null;
  minLength?: number;
}

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

/**
 * A PIN entry that works by touch (on-screen digits), by keyboard (the field takes digits)
 * and with a screen reader. The code itself is never put in the DOM as text.
 */
export function PinPad({
  label,
  onSubmit,
  busy = false,
  message = null,
  minLength = PIN_MIN_LENGTH,
}: PinPadProps) {
  const { t } = useTranslation();
  const [pin, setPin] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const fieldId = useId();
  const messageId = useId();

  const update = (next: string) => {
    setPin(next.replace(/\D/g, '').slice(0, PIN_MAX_LENGTH));
    setTooShort(false);
  };

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (busy) return;
    if (pin.length < minLength) {
      setTooShort(true);
      return;
    }
    const value = pin;
    setPin('');
    onSubmit(value);
  };

  const shown = tooShort ? t('pin.tooShort', { min: minLength }) : message;

  return (
    <form className="pin-pad" onSubmit={submit} aria-busy={busy}>
      <label htmlFor={fieldId} className="pin-pad__label">
        {label}
      </label>
      <input
        ref={inputRef}
        id={fieldId}
        className="pin-pad__field"
        type="password"
        inputMode="numeric"
        autoComplete="off"
        pattern="[0-9]*"
        maxLength={PIN_MAX_LENGTH}
        value={pin}
        disabled={busy}
        aria-describedby={shown ? messageId : undefined}
        aria-invalid={tooShort || undefined}
        onChange={(e) => update(e.target.value)}
      />
      <p className="pin-pad__count" aria-live="polite">
        {t('pin.entered', { count: pin.length })}
      </p>
      <div className="pin-pad__keys" role="group" aria-label={t('pin.pad')}>
        {KEYS.map((digit) => (
          <button
            key={digit}
            type="button"
            className="pin-pad__key"
            disabled={busy}
            aria-label={t('pin.digit', { digit })}
            onClick={() => update(pin + digit)}
          >
            {digit}
          </button>
        ))}
        <button
          type="button"
          className="pin-pad__key pin-pad__key--action"
          disabled={busy}
          onClick={() => update('')}
        >
          {t('pin.clear')}
        </button>
        <button
          type="button"
          className="pin-pad__key"
          disabled={busy}
          aria-label={t('pin.digit', { digit: '0' })}
          onClick={() => update(pin + '0')}
        >
          0
        </button>
        <button
          type="button"
          className="pin-pad__key pin-pad__key--action"
          disabled={busy}
          aria-label={t('pin.erase')}
          onClick={() => update(pin.slice(0, -1))}
        >
          <span aria-hidden="true">⌫</span>
        </button>
      </div>
      {shown && (
        <p id={messageId} className="pin-pad__message" role="alert">
          {shown}
        </p>
      )}
      <button type="submit" className="button button--primary pin-pad__submit" disabled={busy}>
        {t('pin.validate')}
      </button>
    </form>
  );
}
