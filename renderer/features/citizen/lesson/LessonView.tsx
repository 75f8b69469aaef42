import { useTranslation } from 'react-i18next';
import type { Lesson } from '../content/schema';
import type { LocalizedText } from '../interactions/types';
import { LessonAnimation } from './LessonAnimation';

interface LessonViewProps {
  lesson: Lesson;
  text: (value: LocalizedText) => string;
  onStart: () => void;
}

/**
 * The lesson before practice: one or two sentences beside the animation of the gesture, and
 * "Je commence l'exercice". Nothing to get wrong here: it only shows, then lets go.
 */
export function LessonView({ lesson, text, onStart }: LessonViewProps) {
  const { t } = useTranslation('learning');
  return (
    <section className="lesson" aria-labelledby="lesson-label">
      <h2 id="lesson-label" className="lesson__label">
        {t('lesson.label')}
      </h2>
      <div className="lesson__body">
        <LessonAnimation name={lesson.animation} />
        <p className="lesson__text">{text(lesson.text)}</p>
      </div>
      <button type="button" className="button button--primary lesson__start" onClick={onStart}>
        {t('lesson.start')}
      </button>
    </section>
  );
}
