import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../electron/shared/config-schema';
import { AttractScreen } from '../features/attract/AttractScreen';
import { applyDocumentLanguage } from '../i18n';
import { CITIZEN_AREA_NAMESPACES, NAMESPACES, withNamespaces } from '../i18n/catalogues';
import { usableLanguages } from '../i18n/contentLanguages';
import { loadScriptFonts } from '../i18n/scriptFonts';
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
const loadCitizenArea = () =>
  withNamespaces(import('../features/citizen/CitizenArea'), CITIZEN_AREA_NAMESPACES);
const CitizenArea = lazy(loadCitizenArea);
// First-run setup is shown once in a counter's life: its code loads only then.
// With its texts, and the host's error sentences that tell its failures.
const PinSetupScreen = lazy(() =>
  withNamespaces(
    import('../features/setup/PinSetupScreen').then((m) => ({ default: m.PinSetupScreen })),
    ['setup', 'errors'],
  ),
);
const loadAgentArea = () => withNamespaces(import('../features/agent/AgentArea'), NAMESPACES);
const AgentArea = lazy(loadAgentArea);

/**
 * How long the attract screen shows before the rest of the boot info is loaded (the config
 * schema: ~30 kB gzip of zod to fetch and run): its first taps find the page idle. Leaving the
 * screen sooner asks for it at once.
 */
export const COMPLETE_BOOT_AFTER_MS = 2000;

interface AppProps {
  platform: Platform;
  boot: BootInfo;
  /** Loads the whole boot info when `boot` holds only the attract screen's part (StagedBootInfo). */
  complete?: (() => Promise<BootInfo>) | null;
}

export function App({ platform, boot: bootAtStart, complete = null }: AppProps) {
  // i18next's language is the app's: the texts, the pressed button and the page's lang attribute
  // change in the one commit that its change causes (react-i18next's store subscription), so no
  // frame shows the new language pressed beside the old texts, or the reverse.
  const { t, i18n } = useTranslation();
  // The boot info, completed after the first paint (browser kiosk), then updated once the
  // first-run PIN is chosen (the Diagnostic screen shows it).
  const [boot, setBoot] = useState(bootAtStart);
  // Until it is complete, only the attract screen shows: nothing else reads a provisional field.
  const [booted, setBooted] = useState(complete === null);
  const defaultLanguage = boot.config.languages.default;
  const [screen, setScreen] = useState<Screen>({ name: 'attract' });
  // Only changeLanguage sets it, always to a Language (i18n/index.ts).
  const language = i18n.language as Language;
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
    // A language added as content, or English the first time, loads its texts before i18next
    // switches to it.
    (next: Language) => void prepareLanguage(next, preview),
    [preview],
  );

  const resetToAttract = useCallback(() => {
    setDisplay(DEFAULT_DISPLAY);
    setLanguage(defaultLanguage);
    setScreen({ name: 'attract' });
  }, [defaultLanguage, setLanguage]);

  // The page's language and direction, in that same commit, before its frame is painted.
  useLayoutEffect(() => applyDocumentLanguage(language), [language]);

  useEffect(() => {
    const root = document.documentElement;
    root.style.fontSize = `${TEXT_SCALES[display.textScale] * 100}%`;
    root.dataset.contrast = display.highContrast ? 'high' : 'normal';
  }, [display]);

  useEffect(() => {
    void platform.setActivityState(screen.name);
  }, [platform, screen.name]);

  const leftAttract = screen.name !== 'attract';
  useEffect(() => {
    if (!complete || booted) return;
    let current = true;
    const finish = () =>
      complete().then(
        (full) => {
          if (!current) return;
          setBoot(full);
          setBooted(true);
        },
        (error: unknown) => console.error('[kiosque] error boot.incomplete', error),
      );
    if (!leftAttract) {
      const timer = window.setTimeout(finish, COMPLETE_BOOT_AFTER_MS);
      return () => {
        current = false;
        window.clearTimeout(timer);
      };
    }
    void finish();
    // The area's code loads meanwhile, not after.
    const area = screen.name === 'citizen' ? loadCitizenArea : agentClosed ? null : loadAgentArea;
    void area?.().catch(() => {});
    return () => {
      current = false;
    };
  }, [complete, booted, leftAttract, screen.name, agentClosed]);

  // A citizen session ends by storing its open exercise's result, then the wipe. The boot no
  // longer opens the database (the attract screen paints first), so the citizen area has the
  // data layer loaded and its database opened meanwhile, not inside the wipe.
  const inCitizenArea = screen.name === 'citizen';
  useEffect(() => {
    if (!booted || !inCitizenArea) return;
    const timer = window.setTimeout(() => {
      void services
        .load()
        .then((data) => data.open())
        .catch(() => {}); // The write that needs it reports its own failure.
    }, 0);
    return () => window.clearTimeout(timer);
  }, [booted, inCitizenArea, services]);

  useIdleHousekeeping(screen.name, services, platform, booted ? boot : null);
  useHubPush(services, platform, booted ? boot : null);

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
  // Every language offered may be on screen (its name on the switch, or the page itself).
  useEffect(() => loadScriptFonts(usableLanguages(enabled, preview)), [enabled, preview]);
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

  const loading = (
    <p className="screen screen--centered" role="status">
      {t('loading')}
    </p>
  );
  const onAttract = screen.name === 'attract' || (screen.name === 'agent' && agentClosed);

  return (
    <KioskContext.Provider value={value}>
      <DisplaySettingsContext.Provider value={displaySettings}>
        <Suspense fallback={loading}>
          {needsPinSetup ? (
            booted ? (
              <PinSetupScreen onDone={pinChosen} />
            ) : (
              loading
            )
          ) : onAttract ? (
            <AttractScreen configNoticeOpen={screen.name === 'agent'} />
          ) : !booted ? (
            loading
          ) : screen.name === 'citizen' ? (
            <CitizenArea />
          ) : (
            <AgentArea />
          )}
        </Suspense>
      </DisplaySettingsContext.Provider>
    </KioskContext.Provider>
  );
}
