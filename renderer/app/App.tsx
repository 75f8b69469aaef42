import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../electron/shared/config-schema';
import { AttractScreen } from '../features/attract/AttractScreen';
import { PinSetupScreen } from '../features/setup/PinSetupScreen';
import { changeLanguage } from '../i18n';
import { BUILTIN_LANGUAGES } from '../i18n/contentLanguages';
import { prepareLanguage } from './prepareLanguage';
import type { BootInfo, Platform } from '../platform/types';
import { KioskContext, type KioskContextValue } from './KioskContext';
import { DEFAULT_DISPLAY, TEXT_SCALES, type DisplayOptions, type Screen } from './screens';
import { matchShortcut } from './shortcuts';
import { useIdleHousekeeping } from './useIdleHousekeeping';

// Areas load on demand: the attract screen's bundle stays small.
const CitizenArea = lazy(() => import('../features/citizen/CitizenArea'));
const AgentArea = lazy(() => import('../features/agent/AgentArea'));

interface AppProps {
  platform: Platform;
  boot: BootInfo;
}

export function App({ platform, boot: bootAtStart }: AppProps) {
  const { t } = useTranslation();
  // The boot info, updated once the first-run PIN is chosen (the Diagnostic screen shows it).
  const [boot, setBoot] = useState(bootAtStart);
  const defaultLanguage = boot.config.languages.default;
  const [screen, setScreen] = useState<Screen>({ name: 'attract' });
  const [language, setLanguageState] = useState<Language>(defaultLanguage);
  const [display, setDisplay] = useState<DisplayOptions>(DEFAULT_DISPLAY);
  const needsPinSetup = boot.adminAccess.state === 'first-run';
  const pinChosen = useCallback(
    () =>
      setBoot((b) => ({
        ...b,
        adminPin: 'stored',
        adminAccess: { state: 'ready', pin: 'stored' },
      })),
    [],
  );
  // The machine config cannot protect the agent area: its entry explains why instead.
  const agentClosed = boot.adminAccess.state === 'config-required';

  const preview = boot.config.languages.preview;
  const setLanguage = useCallback(
    (next: Language) => {
      if (BUILTIN_LANGUAGES.includes(next)) {
        setLanguageState(next);
        void changeLanguage(next);
        return;
      }
      // A language added as content loads its texts first, so no screen flashes French.
      void prepareLanguage(next, preview).then(() => setLanguageState(next));
    },
    [preview],
  );

  const resetToAttract = useCallback(() => {
    setDisplay(DEFAULT_DISPLAY);
    setLanguage(defaultLanguage);
    setScreen({ name: 'attract' });
  }, [defaultLanguage, setLanguage]);

  useEffect(() => {
    const root = document.documentElement;
    root.style.fontSize = `${TEXT_SCALES[display.textScale] * 100}%`;
    root.dataset.contrast = display.highContrast ? 'high' : 'normal';
  }, [display]);

  useEffect(() => {
    void platform.setActivityState(screen.name);
  }, [platform, screen.name]);

  useIdleHousekeeping(screen.name, platform, boot);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (matchShortcut(event) === 'open-agent-area' && !needsPinSetup) {
        event.preventDefault();
        setScreen({ name: 'agent' });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [needsPinSetup]);

  const value = useMemo<KioskContextValue>(
    () => ({
      platform,
      boot,
      screen,
      go: setScreen,
      language,
      setLanguage,
      display,
      setDisplay,
      resetToAttract,
    }),
    [platform, boot, screen, language, setLanguage, display, resetToAttract],
  );

  return (
    <KioskContext.Provider value={value}>
      {needsPinSetup ? (
        <PinSetupScreen onDone={pinChosen} />
      ) : (
        <Suspense
          fallback={
            <p className="screen screen--centered" role="status">
              {t('loading')}
            </p>
          }
        >
          {(screen.name === 'attract' || (screen.name === 'agent' && agentClosed)) && (
            <AttractScreen configNoticeOpen={screen.name === 'agent'} />
          )}
          {screen.name === 'citizen' && <CitizenArea />}
          {screen.name === 'agent' && !agentClosed && <AgentArea />}
        </Suspense>
      )}
    </KioskContext.Provider>
  );
}
