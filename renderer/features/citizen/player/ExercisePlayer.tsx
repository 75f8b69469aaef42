import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../electron/shared/config-schema';
import { speak, stopSpeaking } from '../../../lib/speech';
import { useCanSpeak } from '../../../lib/useCanSpeak';
import { Icon } from '../../../ui/Icon';
import type { Exercise } from '../content/schema';
import { FrenchWords } from '../glossary/FrenchWords';
import { Illustration } from '../illustrations/Illustration';
import { useOskTaught } from '../osk/OskContext';
import type { AttemptResult } from '../interactions/types';
import { LessonView } from '../lesson/LessonView';
import { noteAttempt, noteHint, noteReadAloud, noteStep } from '../practice/tracker';
import { FeedbackPanel, type Feedback } from './FeedbackPanel';
import { ProgressHeader } from './ProgressHeader';
import { StepView } from './StepView';
import { textIn } from '../content/localize';

interface ExercisePlayerProps {
  exercise: Exercise;
  /** 0-based position in the parcours. */
  index: number;
  total: number;
  lang: Language;
  onDone: (result: 'success' | 'skipped') => void;
}

/** The feedback text for a wrong answer: the one written for it, else the exercise's default. */
export function feedbackText(
  exercise: Exercise,
  feedbackId: string | undefined,
  lang: Language,
): string {
  const text = textIn(lang);
  const specific = feedbackId ? exercise.feedback[feedbackId] : undefined;
  return text(specific ?? exercise.feedback.default);
}

/**
 * One exercise: progress, title, instructions, "Écouter", "Indice" (after a first mistake),
 * "Passer", the current step's interaction and the feedback after every answer. No timer.
 */
export function ExercisePlayer({ exercise, index, total, lang, onDone }: ExercisePlayerProps) {
  const { t } = useTranslation('citizen');
  const text = textIn(lang);
  const canSpeak = useCanSpeak(lang);
  // With the on-screen keyboard, the texts that name keys describe its keys.
  const touch = useOskTaught();
  const instructions = (touch && exercise.instructionsTouch) || exercise.instructions;
  const hint = (touch && exercise.hintTouch) || exercise.hint;
  const [stepIndex, setStepIndex] = useState(0);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [mistakes, setMistakes] = useState(0);
  const [hintShown, setHintShown] = useState(false);
  const [reading, setReading] = useState(false);
  const returnFocus = useRef<HTMLElement | null>(null);
  const stage = useRef<HTMLDivElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  // The lesson, when the exercise has one, comes before the first step.
  const [inLesson, setInLesson] = useState(exercise.lesson !== undefined);
  const lesson = inLesson ? exercise.lesson : undefined;
  const step = exercise.steps[stepIndex];

  useEffect(() => () => stopSpeaking(), []);
  useEffect(() => noteStep(stepIndex + 1), [stepIndex]);

  const onAttempt = useCallback(
    (result: AttemptResult) => {
      noteAttempt();
      returnFocus.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      if (result.correct) {
        const praise = exercise.feedback.correct;
        setFeedback({ kind: 'right', text: praise ? textIn(lang)(praise) : null });
      } else {
        setMistakes((m) => m + 1);
        setFeedback({ kind: 'wrong', text: feedbackText(exercise, result.feedbackId, lang) });
      }
    },
    [exercise, lang],
  );

  const onContinue = () => {
    setFeedback(null);
    if (stepIndex + 1 < exercise.steps.length) setStepIndex(stepIndex + 1);
    else onDone('success');
  };

  const onRetry = () => {
    setFeedback(null);
    const target = returnFocus.current;
    if (target?.isConnected) target.focus();
  };

  const showHint = () => {
    if (!hintShown) noteHint();
    setHintShown(true);
  };

  const listen = () => {
    if (reading) {
      stopSpeaking();
      setReading(false);
      return;
    }
    noteReadAloud();
    setReading(true);
    const spoken = lesson ? (lesson.readAloud ?? lesson.text) : exercise.readAloud;
    speak(text(spoken), lang, () => setReading(false));
  };

  const startPractice = () => {
    // The start button goes away: keep keyboard and screen-reader users on the exercise title.
    title.current?.focus();
    stopSpeaking();
    setReading(false);
    setInLesson(false);
  };

  return (
    <div className="player">
      <ProgressHeader index={index} total={total} />
      <div className="player__head">
        <Illustration name={exercise.illustration} size={88} />
        <div>
          <h1 ref={title} tabIndex={-1} className="player__title">
            {text(exercise.title)}
          </h1>
          {!lesson && <p className="player__instructions">{text(instructions)}</p>}
          {!lesson && exercise.steps.length > 1 && (
            <p className="player__step">
              {t('player.step', { n: stepIndex + 1, count: exercise.steps.length })}
            </p>
          )}
        </div>
      </div>
      <div className="player__tools" role="group" aria-label={t('player.tools')}>
        {canSpeak && (
          <button type="button" className="button" onClick={listen}>
            <Icon name={reading ? 'stop' : 'speaker'} />{' '}
            {reading ? t('player.stopListening') : t('player.listen')}
          </button>
        )}
        {mistakes > 0 && (
          <button type="button" className="button" aria-expanded={hintShown} onClick={showHint}>
            <Icon name="bulb" /> {t('player.hint')}
          </button>
        )}
        <button type="button" className="button player__skip" onClick={() => onDone('skipped')}>
          {t('player.skip')} <Icon name="next" />
        </button>
      </div>
      <FrenchWords lang={lang} stage={stage} />
      {hintShown && (
        <aside className="player__hint" aria-label={t('player.hintTitle')}>
          <Icon name="bulb" /> {text(hint)}
        </aside>
      )}
      <div className="player__stage" ref={stage} inert={feedback?.kind === 'right'}>
        {lesson ? (
          <LessonView lesson={lesson} text={text} onStart={startPractice} />
        ) : (
          step && (
            <StepView
              key={`${exercise.id}-${stepIndex}`}
              step={step}
              lang={lang}
              onAttempt={onAttempt}
              text={text}
            />
          )
        )}
      </div>
      {feedback && <FeedbackPanel feedback={feedback} onContinue={onContinue} onRetry={onRetry} />}
    </div>
  );
}
