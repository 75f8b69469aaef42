import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { WindowFrame } from '../../sims/WindowFrame';

/** The simulated document viewer shown when a file is opened (fictitious content only). */
export function FileViewer({ name, onClose }: { name: string; onClose: () => void }) {
  const { t } = useTranslation('sims');
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  return (
    <WindowFrame title={name} icon="file">
      <div className="sim-viewer">
        <div className="sim-viewer__page">
          <p className="sim-viewer__name">{name}</p>
          <p>{t('explorer.viewerText')}</p>
        </div>
        <button ref={close} type="button" className="button" onClick={onClose}>
          {t('explorer.close')}
        </button>
      </div>
    </WindowFrame>
  );
}
