import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLongPress } from '../../../../lib/useLongPress';
import { splitAddress } from '../../sims/address';

/** How long a finger must stay on the link to reveal its address (shorter than a menu press). */
const LONG_PRESS_MS = 600;

export interface RevealLinkProps {
  label: string;
  realAddress: string;
  revealed: boolean;
  onReveal: () => void;
  /** The person clicked or tapped the link (the mistake the exercise warns about). */
  onFollow: () => void;
}

/**
 * A link of a simulated e-mail, drawn as a button that never navigates. Hovering it with the
 * mouse, focusing it with the keyboard or pressing it long with a finger reveals where it
 * really leads, as a browser's status bar would.
 */
export function RevealLink({ label, realAddress, revealed, onReveal, onFollow }: RevealLinkProps) {
  const { t } = useTranslation('sims');
  const id = useId();
  // A long press ends with a pointer-up that the browser turns into a click: ignore that one.
  const longPressed = useRef(false);
  const press = useLongPress(() => {
    longPressed.current = true;
    onReveal();
  }, LONG_PRESS_MS);
  const { scheme, host, rest } = splitAddress(realAddress);

  return (
    <div className="sim-mail__link-wrap">
      <button
        type="button"
        className="sim-mail__link"
        aria-describedby={`${id}-target`}
        onMouseEnter={onReveal}
        onFocus={onReveal}
        {...press}
        onClick={() => {
          if (longPressed.current) {
            longPressed.current = false;
            return;
          }
          onFollow();
        }}
      >
        {label}
      </button>
      <p id={`${id}-target`} className="sim-mail__status" aria-live="polite">
        {revealed ? (
          <>
            {t('mail.realAddress')}{' '}
            <span className="sim-mail__address">
              {scheme}
              <strong className="sim-host">{host}</strong>
              {rest}
            </span>
          </>
        ) : (
          <span className="sim-mail__status-hint">{t('mail.revealHint')}</span>
        )}
      </p>
    </div>
  );
}
