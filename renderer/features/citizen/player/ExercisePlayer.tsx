import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../electron/shared/config-schema';
import { stopSpeaking } from '../../../lib/speech';
import { Icon } from '../../../ui/Icon';
import { ListenButton } from '../../../ui/ListenButton';
import { recordedAudio } from '../content/audio';
import type { Exercise, SpokenTextData } from '../content/schema';
import { FrenchWords } from '../glossary/FrenchWords';
import { Illustration } from '../illustrations/Illustration';
import { useOskTaught } from '../osk/OskContext';
import type { AttemptResult } from '../interactions/types';
import { LessonView } from '../lesson/LessonView';
import { noteAttempt, noteHint, noteReadAloud, noteStep } from '../practice/tracker';
import { FeedbackPanel, type Feedback } from './FeedbackPanel';
import { ProgressHeader } from './ProgressHeader';
import { SkipToAnswers } from './SkipToAnswers';
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

/** The feedback for a wrong answer: the one written for it, else the exercise's default. */
export function feedbackFor(exercise: Exercise, feedbackId: string | undefined): SpokenTextData {
  const specific = feedbackId ? exercise.feedback[feedbackId] : undefined;
  return specific ?? exercise.feedback.default;
}

/** The feedback text for a wrong answer in `lang`. */
export const feedbackText = (
  exercise: Exercise,
  feedbackId: string | undefined,
  lang: Language,
): string => textIn(lang)(feedbackFor(exercise, feedbackId));

/**
 * One exercise: progress, title, instructions, "Écouter", "Indice" (after a first mistake),
 * "Passer", the current step's interaction and the feedback after every answer. No timer.
 */
export function ExercisePlayer({ exercise, index, total, lang, onDone }: ExercisePlayerProps) {
  const { t } = useTranslation('citizen');
  const text = textIn(lang);
  // With the on-screen keyboard, the texts that name keys describe its keys.
  const touch = useOskTaught();
  const instructions = (touch && exercise.instructionsTouch) || exercise.instructions;
  const hint = (touch && exercise.hintTouch) || exercise.hint;
  const [stepIndex, setStepIndex] = useState(0);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [mistakes, setMistakes] = useState(0);
  const [hintShown, setHintShown] = useState(false);
  const returnFocus = useRef<HTMLElement | null>(null);
  const stage = useRef<HTMLDivElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  // The lesson, when the exercise has one, comes before the first step.
  const [inLesson, setInLesson] = useState(exercise.lesson !== undefined);
  const lesson = inLesson ? exercise.lesson : undefined;
  const step = exercise.steps[stepIndex];

  useLayoutEffect(() => {
    // A new exercise opens at the top, its title read out by screen readers (the player is
    // keyed by exercise, so this runs once per exercise).
    window.scrollTo(0, 0);
    title.current?.focus({ preventScroll: true });
  }, []);

  useEffect(() => () => stopSpeaking(), []);
  useEffect(() => noteStep(stepIndex + 1), [stepIndex]);

  const onAttempt = useCallback(
    (result: AttemptResult) => {
      noteAttempt();
      returnFocus.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      if (result.correct) {
        const praise = exercise.feedback.correct;
        setFeedback({
          kind: 'right',
          text: praise ? textIn(lang)(praise) : null,
          audio: recordedAudio(praise, lang),
        });
      } else {
        setMistakes((m) => m + 1);
        const wrong = feedbackFor(exercise, result.feedbackId);
        setFeedback({
          kind: 'wrong',
          text: textIn(lang)(wrong),
          audio: recordedAudio(wrong, lang),
          detail: result.detail,
        });
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

  const startPractice = () => {
    // The start button goes away: keep keyboard and screen-reader users on the exercise title,
    // and the practice opens at the top like an exercise does.
    window.scrollTo(0, 0);
    title.current?.focus({ preventScroll: true });
    stopSpeaking();
    setInLesson(false);
  };

  // "Écouter" reads the lesson while it is shown, then the exercise's own text.
  const spoken = lesson ? (lesson.readAloud ?? lesson.text) : exercise.readAloud;

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
          <SkipToAnswers stage={stage} stepKey={`${exercise.id}-${stepIndex}`} />
        </div>
      </div>
      <div className="player__tools" role="group" aria-label={t('player.tools')}>
        <ListenButton
          key={lesson ? 'lesson' : 'practice'}
          text={() => text(spoken)}
          lang={lang}
          recordedSrc={lesson ? undefined : recordedAudio(exercise.readAloud, lang)}
          onStart={noteReadAloud}
        />
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
          <p>
            <Icon name="bulb" /> {text(hint)}
          </p>
          <ListenButton
            text={() => text(hint)}
            lang={lang}
            recordedSrc={hint === exercise.hint ? recordedAudio(exercise.hint, lang) : undefined}
            onStart={noteReadAloud}
          />
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
      {feedback && (
        <FeedbackPanel
          feedback={feedback}
          lang={lang}
          onContinue={onContinue}
          onRetry={onRetry}
          onListen={noteReadAloud}
        />
      )}
    </div>
  );
}
