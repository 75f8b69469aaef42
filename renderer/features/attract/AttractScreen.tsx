import { lazy, Suspense, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk } from '../../app/KioskContext';
import { useLongPress } from '../../lib/useLongPress';
import { AccessibilityBar } from '../../ui/AccessibilityBar';
import { LanguageSwitch } from '../../ui/LanguageSwitch';
import { Logo } from '../../ui/Logo';
import { Icon } from '../../ui/Icon';
import { DEFAULT_DISPLAY } from '../../ui/displaySettings';
import { useAttractStill } from './useAttractStill';
import { withNamespaces } from '../../i18n/catalogues';

// Shown to staff only while IT must fix the config: its code stays out of the boot chunk.
const ConfigRequiredNotice = lazy(() =>
  withNamespaces(
    import('./ConfigRequiredNotice').then((m) => ({ default: m.ConfigRequiredNotice })),
    ['access'],
  ),
);

/**
 * The screen a walk-up citizen sees first: one big invitation, the language, display options.
 * While the machine config needs IT, the staff entry says so and opens the reason instead.
 */
export function AttractScreen({ configNoticeOpen = false }: { configNoticeOpen?: boolean }) {
  const { t } = useTranslation();
  const { boot, go, language, display } = useKiosk();
  const access = boot.adminAccess;
  const openAgent = () => go({ name: 'agent' });
  const longPress = useLongPress(openAgent);
  const start = () => go({ name: 'citizen' });
  const screen = useRef<HTMLDivElement>(null);
  // The still is the screen as a citizen first finds it: default language and display.
  useAttractStill(
    screen,
    !configNoticeOpen &&
      language === boot.config.languages.default &&
      display.textScale === DEFAULT_DISPLAY.textScale &&
      display.highContrast === DEFAULT_DISPLAY.highContrast,
  );

  /** A tap anywhere starts, except on the screen's own controls (language, display, staff). */
  const startFromAnywhere = (event: MouseEvent) => {
    if (event.target instanceof Element && event.target.closest('button, a, [data-own-gesture]'))
      return;
    start();
  };

  return (
    // The big "commencer" button is the keyboard and screen reader way in; this is for fingers.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions -- see above.
    <div className="screen attract" onClick={startFromAnywhere} ref={screen}>
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
              ? t('attract.configEntryHint')
              : t('attract.agentEntryHint')
          }
        >
          {access.state === 'config-required' ? t('attract.configEntry') : t('attract.agentEntry')}
        </button>
      </footer>
      {configNoticeOpen && access.state === 'config-required' && (
        <Suspense fallback={null}>
          <ConfigRequiredNotice problem={access.problem} onClose={() => go({ name: 'attract' })} />
        </Suspense>
      )}
    </div>
  );
}
