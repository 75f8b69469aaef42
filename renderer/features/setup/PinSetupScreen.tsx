import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isWeakPin, PIN_MAX_LENGTH, PIN_MIN_LENGTH } from '../../../electron/shared/pin-hash';
import { useKiosk } from '../../app/KioskContext';
import { PinPad } from '../../ui/PinPad';
import { describePlatformError } from '../../lib/platformError';

interface PinSetupScreenProps {
  onDone: () => void;
}

type Step =
  | { name: 'choose'; message: string | null }
  | { name: 'confirm'; first: string }
  | { name: 'saving' };

/** First start without an admin PIN in the machine config: the kiosk asks for one. */
export function PinSetupScreen({ onDone }: PinSetupScreenProps) {
  const { t } = useTranslation('setup');
  const { platform } = useKiosk();
  const [step, setStep] = useState<Step>({ name: 'choose', message: null });

  const choose = (pin: string) => {
    if (isWeakPin(pin)) setStep({ name: 'choose', message: t('weak') });
    else setStep({ name: 'confirm', first: pin });
  };

  const confirm = async (pin: string, first: string) => {
    if (pin !== first) {
      setStep({ name: 'choose', message: t('mismatch') });
      return;
    }
    setStep({ name: 'saving' });
    const result = await platform.setInitialAdminPin(pin);
    if (result.ok) {
      void platform.log({ level: 'info', event: 'admin-pin.first-run-set' });
      onDone();
    } else {
      setStep({
        name: 'choose',
        message: t('failed', { reason: describePlatformError(result.error) }),
      });
    }
  };

  return (
    <main className="screen screen--centered setup" aria-labelledby="setup-title">
      <h1 id="setup-title">{t('title')}</h1>
      <p className="setup__intro">{t('intro')}</p>
      {step.name === 'choose' && (
        <PinPad
          key="choose"
          label={t('choose', { min: PIN_MIN_LENGTH, max: PIN_MAX_LENGTH })}
          message={step.message}
          onSubmit={choose}
        />
      )}
      {step.name === 'confirm' && (
        <PinPad
          key="confirm"
          label={t('confirm')}
          onSubmit={(pin) => void confirm(pin, step.first)}
        />
      )}
      {step.name === 'saving' && (
        <p role="status" className="setup__saving">
          {t('saving')}
        </p>
      )}
      <p className="setup__hint">{t('configHint')}</p>
    </main>
  );
}
