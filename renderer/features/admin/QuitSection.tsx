import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk } from '../../app/KioskContext';
import { PinPad } from '../../ui/PinPad';
import { describePlatformError } from '../../lib/platformError';

/**
 * "Quitter le kiosque": asks the admin PIN again (the session may have been left open), then
 * asks main to quit. A browser kiosk cannot close itself: it explains the IT procedure instead.
 */
export default function QuitSection() {
  const { t } = useTranslation('admin');
  const { platform } = useKiosk();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const quit = async (pin: string) => {
    setBusy(true);
    setMessage(null);
    try {
      if (!(await platform.verifyAdminPin(pin))) {
        setMessage(t('quit.wrong'));
        return;
      }
      void platform.log({ level: 'info', event: 'kiosk.quit-requested' });
      const result = await platform.quitKiosk(pin);
      if (!result.ok) setMessage(t('quit.failed', { reason: describePlatformError(result.error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="agent-section" aria-labelledby="quit-title">
      <h1 id="quit-title">{t('quit.title')}</h1>
      <p>{t('quit.intro')}</p>
      {platform.kind === 'web' ? (
        <div className="agent-alert agent-alert--warning">
          <h2>{t('quit.browserTitle')}</h2>
          <p>{t('quit.browser')}</p>
        </div>
      ) : (
        <PinPad
          label={t('quit.pinLabel')}
          busy={busy}
          message={busy ? t('quit.quitting') : message}
          onSubmit={(pin) => void quit(pin)}
        />
      )}
    </section>
  );
}
