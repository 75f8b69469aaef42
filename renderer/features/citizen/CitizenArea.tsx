import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk } from '../../app/KioskContext';
import { AccessibilityBar } from '../../ui/AccessibilityBar';
import { Icon } from '../../ui/Icon';
import { LanguageSwitch } from '../../ui/LanguageSwitch';
import { findParcours, listParcours } from './content/load';
import { mergeRetried } from './ending/outcomes';
import { EndScreen } from './flow/EndScreen';
import { ExerciseRunner, type Outcome } from './flow/ExerciseRunner';
import { ParcoursList } from './flow/ParcoursList';
import { QuitDialog } from './flow/QuitDialog';
import { MetTermsProvider } from './glossary/metTerms';
import { WordBank, WordBankButton } from './glossary/WordBank';
import { IdleGuard } from './idle/IdleGuard';
import { useIdleCountdown } from './idle/useIdleCountdown';
import { reloadHome } from './idle/reloadHome';
import { wipeCitizenSession } from './idle/wipe';
import { KeyboardHost } from './osk/KeyboardHost';
import { endExercise } from './practice/tracker';
import '../../styles/citizen-area.css';

/** `retry`: replaying skipped exercises; their new outcomes replace those of `before`. */
type View =
  | { name: 'list' }
  | { name: 'words' }
  | {
      name: 'run';
      parcoursId: string;
      index: number;
      outcomes: Outcome[];
      retry?: { ids: string[]; before: Outcome[] };
    }
  | { name: 'end'; parcoursId: string; outcomes: Outcome[] };

/**
 * The citizens' area: parcours choice → exercises → end screen. Every screen has the
 * accessibility bar, the language, "Les parcours" (back to the list) and "Quitter" (after a
 * confirmation); leaving (Quitter, Terminer, idle) records an abandoned exercise if one was
 * open, wipes the session and returns to the attract screen. Text size, contrast and language
 * stay as chosen until then.
 */
export default function CitizenArea() {
  const { t } = useTranslation('citizen');
  const { t: tLearner } = useTranslation('learner');
  const [confirmingQuit, setConfirmingQuit] = useState(false);
  const quitButton = useRef<HTMLButtonElement>(null);
  const { screen, language, display, resetToAttract, platform, boot } = useKiosk();
  const [idle, pollIdle] = useIdleCountdown(
    platform,
    boot.config.idle.timeoutSeconds,
    boot.config.idle.warningSeconds,
  );
  const warning = idle.phase === 'warning';
  const behindDialog = warning || confirmingQuit;
  const launched = screen.name === 'citizen' ? screen : { name: 'citizen' as const };
  const launchedBy = launched.launchedBy === 'agent' ? 'agent' : 'citizen';
  // Cached by the loader, and renewed when a language added as content brings its texts.
  const list = listParcours();
  const [view, setView] = useState<View>(() =>
    launched.parcoursId && findParcours(launched.parcoursId)
      ? { name: 'run', parcoursId: launched.parcoursId, index: 0, outcomes: [] }
      : { name: 'list' },
  );

  /** Ends the session; the idle path is timed as `kiosque:idle-wipe` (read by the benchmark). */
  const leave = useCallback(
    async (reason: 'quit' | 'idle') => {
      const started = performance.now();
      await endExercise('abandoned', display);
      resetToAttract(); // Unmounts this tree: every typed value goes with it.
      await wipeCitizenSession();
      reloadHome(
        performance.measure(`kiosque:${reason}-wipe`, { start: started, end: performance.now() }),
      );
    },
    [display, resetToAttract],
  );

  const start = (parcoursId: string) =>
    setView({ name: 'run', parcoursId, index: 0, outcomes: [] });

  /** The parcours being played: only the retried exercises when retrying. */
  const played = (v: Extract<View, { name: 'run' }>) => {
    const found = findParcours(v.parcoursId);
    return found && v.retry ? { ...found, exercises: v.retry.ids } : found;
  };

  const onOutcome = (outcome: Outcome) => {
    if (view.name !== 'run') return;
    const outcomes = [...view.outcomes, outcome];
    if (view.index + 1 < (played(view)?.exercises.length ?? 0))
      setView({ ...view, index: view.index + 1, outcomes });
    else
      setView({
        name: 'end',
        parcoursId: view.parcoursId,
        outcomes: view.retry ? mergeRetried(view.retry.before, outcomes) : outcomes,
      });
  };

  const parcours = view.name === 'run' ? played(view) : undefined;
  const ended = view.name === 'end' ? findParcours(view.parcoursId) : undefined;

  const backToList = () => {
    void endExercise('abandoned', display);
    setView({ name: 'list' });
  };

  const cancelQuit = useCallback(() => {
    setConfirmingQuit(false);
    window.setTimeout(() => quitButton.current?.focus(), 0); // Once the bar is no longer inert.
  }, []);

  return (
    <MetTermsProvider>
      <div className="screen citizen">
        <header className="citizen__bar" inert={behindDialog}>
          <AccessibilityBar />
          <div className="citizen__nav">
            <LanguageSwitch compact />
            {view.name !== 'list' && (
              <button type="button" className="button citizen__back" onClick={backToList}>
                <Icon name="back" /> {tLearner('backToList')}
              </button>
            )}
            <button
              ref={quitButton}
              type="button"
              className="button citizen__quit"
              onClick={() => setConfirmingQuit(true)}
            >
              <Icon name="exit" /> {t('quit')}
            </button>
          </div>
        </header>
        <main className="citizen__main" data-read-aloud inert={behindDialog}>
          {view.name === 'list' && <ParcoursList list={list} lang={language} onPick={start} />}
          {view.name === 'list' && <WordBankButton onOpen={() => setView({ name: 'words' })} />}
          {view.name === 'words' && (
            <WordBank lang={language} onBack={() => setView({ name: 'list' })} />
          )}
          {view.name === 'run' && parcours && (
            <ExerciseRunner
              parcours={parcours}
              index={view.index}
              lang={language}
              launchedBy={launchedBy}
              onOutcome={onOutcome}
            />
          )}
          {view.name === 'end' && ended && (
            <EndScreen
              parcours={ended}
              outcomes={view.outcomes}
              lang={language}
              launchedBy={launchedBy}
              onRetry={(ids) =>
                setView({
                  name: 'run',
                  parcoursId: view.parcoursId,
                  index: 0,
                  outcomes: [],
                  retry: { ids, before: view.outcomes },
                })
              }
              onStartParcours={start}
              onAnother={() => setView({ name: 'list' })}
              onFinish={() => void leave('quit')}
            />
          )}
        </main>
        <KeyboardHost mode={boot.config.onScreenKeyboard} />
        {confirmingQuit && !warning && (
          <QuitDialog onConfirm={() => void leave('quit')} onCancel={cancelQuit} />
        )}
        <IdleGuard state={idle} pollNow={pollIdle} onExpire={() => void leave('idle')} />
      </div>
    </MetTermsProvider>
  );
}
