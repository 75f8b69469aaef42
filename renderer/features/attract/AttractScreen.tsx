import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk } from '../../app/KioskContext';
import { useLongPress } from '../../lib/useLongPress';
import { AccessibilityBar } from '../../ui/AccessibilityBar';
import { LanguageSwitch } from '../../ui/LanguageSwitch';
import { Logo } from '../../ui/Logo';
import { Icon } from '../../ui/Icon';
import { ConfigRequiredNotice } from './ConfigRequiredNotice';

/**
 * The screen a walk-up citizen sees first: one big invitation, the language, display options.
 * While the machine config needs IT, the staff entry says so and opens the reason instead.
 */
export function AttractScreen({ configNoticeOpen = false }: { configNoticeOpen?: boolean }) {
  const { t } = useTranslation();
  const { t: tAccess } = useTranslation('access');
  const { boot, go } = useKiosk();
  const access = boot.adminAccess;
  const openAgent = () => go({ name: 'agent' });
  const longPress = useLongPress(openAgent);
  const start = () => go({ name: 'citizen' });

  /** A tap anywhere starts, except on the screen's own controls (language, display, staff). */
  const startFromAnywhere = (event: MouseEvent) => {
    if (event.target instanceof Element && event.target.closest('button, a, [data-own-gesture]'))
      return;
    start();
  };

  return (
    // The big "commencer" button is the keyboard and screen reader way in; this is for fingers.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions -- see above.
    <div className="screen attract" onClick={startFromAnywhere}>
      <header className="attract__header">
        {/* A 3-second press on the logo opens the staff area: discreet for citizens. */}
        <div className="attract__logo" data-own-gesture {...longPress}>
          <Logo />
          <span className="attract__site">{boot.config.siteName}</span>
        </div>
        <LanguageSwitch />
      </header>
      <main className="attract__main" data-read-aloud>
        <p className="attract__welcome">{t('attract.welcome')}</p>
        <h1 className="attract__headline">{t('attract.headline')}</h1>
        <p className="attract__subline">{t('attract.subline')}</p>
        <button type="button" className="button button--primary button--hero" onClick={start}>
          <Icon name="touch" size={36} />
          {t('attract.start')}
        </button>
        <p className="attract__privacy">
          <Icon name="lock" size={20} /> {t('attract.anonymous')}
        </p>
      </main>
      <footer className="attract__footer">
        <AccessibilityBar />
        <button
          type="button"
          className="button button--quiet attract__agent"
          onClick={openAgent}
          title={
            access.state === 'config-required'
              ? tAccess('configRequired.entryHint')
              : t('attract.agentEntryHint')
          }
        >
          {access.state === 'config-required'
            ? tAccess('configRequired.entry')
            : t('attract.agentEntry')}
        </button>
      </footer>
      {configNoticeOpen && access.state === 'config-required' && (
        <ConfigRequiredNotice problem={access.problem} onClose={() => go({ name: 'attract' })} />
      )}
    </div>
  );
}
