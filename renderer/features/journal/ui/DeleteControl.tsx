import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** "Supprimer" asks first, in place (no pop-up window), with the safe answer focused. */
export function DeleteControl({ onConfirm }: { onConfirm: () => void }) {
  const { t } = useTranslation('agent');
  const [asking, setAsking] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);

  if (!asking) {
    return (
      <button
        type="button"
        className="button button--danger"
        onClick={() => {
          setAsking(true);
          requestAnimationFrame(() => keepRef.current?.focus());
        }}
      >
        {t('entry.delete')}
      </button>
    );
  }
  return (
    <div
      className="agent-alert agent-alert--warning"
      role="alertdialog"
      aria-labelledby="delete-question"
      aria-modal="false"
    >
      <p id="delete-question">{t('entry.confirmDelete')}</p>
      <div className="button-row">
        <button type="button" className="button button--danger" onClick={onConfirm}>
          {t('entry.confirmYes')}
        </button>
        <button ref={keepRef} type="button" className="button" onClick={() => setAsking(false)}>
          {t('entry.confirmNo')}
        </button>
      </div>
    </div>
  );
}
