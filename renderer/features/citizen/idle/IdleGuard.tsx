import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdleState } from './useIdleCountdown';

interface IdleGuardProps {
  /** From `useIdleCountdown` (the caller also makes the screen behind inert while warning). */
  state: IdleState;
  pollNow: () => void;
  onExpire: () => void;
}

/**
 * "Vous êtes toujours là ?": after the configured idle time, a visible countdown of the
 * warning length; at zero `onExpire` wipes the session. Any input (the big button included)
 * resets the host's idle time, which closes the warning.
 */
export function IdleGuard({ state, pollNow, onExpire }: IdleGuardProps) {
  const { t } = useTranslation('citizen');
  const stay = useRef<HTMLButtonElement>(null);
  const expired = useRef(false);

  useEffect(() => {
    if (state.phase === 'expired' && !expired.current) {
      expired.current = true;
      onExpire();
    }
  }, [state, onExpire]);

  const warning = state.phase === 'warning';
  useEffect(() => {
    if (warning) stay.current?.focus();
  }, [warning]);

  if (state.phase !== 'warning') return null;
  return (
    <div className="idle-overlay">
      <div
        className="idle-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="idle-title"
        aria-describedby="idle-body"
      >
        <h2 id="idle-title">{t('idle.title')}</h2>
        <p className="idle-dialog__count" aria-hidden="true">
          {state.secondsLeft}
        </p>
        <p id="idle-body">{t('idle.body', { count: state.secondsLeft })}</p>
        {/* The click is input: the host's idle time drops to zero and the warning closes. */}
        <button
          ref={stay}
          type="button"
          className="button button--primary button--hero"
          onClick={pollNow}
        >
          {t('idle.stay')}
        </button>
      </div>
    </div>
  );
}
