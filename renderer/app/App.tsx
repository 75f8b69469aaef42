import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../electron/shared/config-schema';
import { AttractScreen } from '../features/attract/AttractScreen';
import { changeLanguage } from '../i18n';
import { CITIZEN_AREA_NAMESPACES, NAMESPACES, withNamespaces } from '../i18n/catalogues';
import { BUILTIN_LANGUAGES, usableLanguages } from '../i18n/contentLanguages';
import { DisplaySettingsContext, type DisplaySettings } from '../ui/displaySettings';
import { prepareLanguage } from './prepareLanguage';
import type { BootInfo, Platform } from '../platform/types';
import { KioskContext, type KioskContextValue } from './KioskContext';
import { DEFAULT_DISPLAY, TEXT_SCALES, type DisplayOptions, type Screen } from './screens';
import { matchShortcut } from './shortcuts';
import { appServices } from './servicesHandle';
import { useHubPush } from './useHubPush';
import { useIdleHousekeeping } from './useIdleHousekeeping';

// Areas load on demand: the attract screen's bundle stays small.
// Each area loads with its texts: the citizen's namespaces, or all of them for the staff.
const CitizenArea = lazy(() =>
  withNamespaces(import('../features/citizen/CitizenArea'), CITIZEN_AREA_NAMESPACES),
);
// First-run setup is shown once in a counter's life: its code loads only then.
const PinSetupScreen = lazy(() =>
  import('../features/setup/PinSetupScreen').then((m) => ({ default: m.PinSetupScreen })),
);
const AgentArea = lazy(() => withNamespaces(import('../features/agent/AgentArea'), NAMESPACES));

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
  const services = useMemo(() => appServices(boot.config), [boot.config]);

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

  useIdleHousekeeping(screen.name, services, platform, boot);
  useHubPush(services, platform, boot);

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
      services,
      boot,
      screen,
      go: setScreen,
      language,
      setLanguage,
      display,
      setDisplay,
      resetToAttract,
    }),
    [platform, services, boot, screen, language, setLanguage, display, resetToAttract],
  );

  const enabled = boot.config.languages.enabled;
  const displaySettings = useMemo<DisplaySettings>(
    () => ({
      display,
      setDisplay,
      language,
      setLanguage,
      languages: usableLanguages(enabled, preview),
    }),
    [display, language, setLanguage, enabled, preview],
  );

  return (
    <KioskContext.Provider value={value}>
      <DisplaySettingsContext.Provider value={displaySettings}>
        <Suspense
          fallback={
            <p className="screen screen--centered" role="status">
              {t('loading')}
            </p>
          }
        >
          {needsPinSetup ? (
            <PinSetupScreen onDone={pinChosen} />
          ) : (
            <>
              {(screen.name === 'attract' || (screen.name === 'agent' && agentClosed)) && (
                <AttractScreen configNoticeOpen={screen.name === 'agent'} />
              )}
              {screen.name === 'citizen' && <CitizenArea />}
              {screen.name === 'agent' && !agentClosed && <AgentArea />}
            </>
          )}
        </Suspense>
      </DisplaySettingsContext.Provider>
    </KioskContext.Provider>
  );
}
