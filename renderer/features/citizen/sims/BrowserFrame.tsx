import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { splitAddress } from './address';
import { SimIcon } from './SimIcon';

export interface BrowserFrameProps {
  /** The simulated address, shown as text: nothing here ever navigates. */
  address: string;
  /** Whether the padlock (HTTPS) is shown. */
  secure: boolean;
  /** Accessible name of the frame, e.g. the site's name. */
  label: string;
  children: ReactNode;
}

/** A fake browser window: an address bar with its padlock, then the simulated page. */
export function BrowserFrame({ address, secure, label, children }: BrowserFrameProps) {
  const { t } = useTranslation('sims');
  const { scheme, host, rest } = splitAddress(address);
  return (
    <section className="sim-browser" aria-label={t('browser.frame', { name: label })}>
      <div className="sim-browser__bar">
        <span
          className={secure ? 'sim-browser__lock' : 'sim-browser__lock sim-browser__lock--open'}
        >
          <SimIcon name={secure ? 'padlock' : 'warning'} />
          <span className="sim-browser__lock-text">
            {secure ? t('browser.secure') : t('browser.notSecure')}
          </span>
        </span>
        <p className="sim-browser__address">
          <span className="visually-hidden">{t('browser.address')} </span>
          <span className="sim-browser__muted">{scheme}</span>
          <strong className="sim-browser__host sim-host">{host}</strong>
          <span className="sim-browser__muted">{rest}</span>
        </p>
      </div>
      <div className="sim-browser__page">{children}</div>
    </section>
  );
}
