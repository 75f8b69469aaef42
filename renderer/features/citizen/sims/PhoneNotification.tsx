import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SimIcon } from './SimIcon';

export interface PhoneNotificationProps {
  /** Who the simulated SMS comes from. */
  sender: string;
  /** The SMS text (may hold emphasis, e.g. the code in bold). */
  children: ReactNode;
}

/**
 * A simulated phone showing an SMS notification. It stays on screen (no time pressure):
 * beginners may need a long time to copy a code.
 */
export function PhoneNotification({ sender, children }: PhoneNotificationProps) {
  const { t } = useTranslation('sims');
  return (
    <aside className="sim-phone" aria-label={t('phone.label')}>
      <div className="sim-phone__screen">
        <p className="sim-phone__header">
          <SimIcon name="message" />
          <span>{t('phone.newSms')}</span>
        </p>
        <p className="sim-phone__sender">{sender}</p>
        <p className="sim-phone__message">{children}</p>
      </div>
    </aside>
  );
}
