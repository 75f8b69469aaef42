import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface QuitDialogProps {
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * "Voulez-vous vraiment quitter ?": a stray tap on "Quitter" must not wipe a session. Focus
 * starts on "Non, je continue" (the safe answer); Échap answers it too. The caller makes the
 * screen behind inert while it is open.
 */
export function QuitDialog({ onConfirm, onCancel }: QuitDialogProps) {
  const { t } = useTranslation('learner');
  const stay = useRef<HTMLButtonElement>(null);
  useEffect(() => stay.current?.focus(), []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onCancel();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onCancel]);

  return (
    <div className="idle-overlay">
      <div
        className="idle-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="quit-title"
        aria-describedby="quit-body"
      >
        <h2 id="quit-title">{t('quit.question')}</h2>
        <p id="quit-body">{t('quit.body')}</p>
        <div className="quit-dialog__actions">
          <button
            ref={stay}
            type="button"
            className="button button--primary button--hero"
            onClick={onCancel}
          >
            {t('quit.cancel')}
          </button>
          <button type="button" className="button" onClick={onConfirm}>
            {t('quit.confirm')}
          </button>
        </div>
      </div>
    </div>
  );
}
