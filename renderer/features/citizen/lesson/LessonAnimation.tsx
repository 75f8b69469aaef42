import { useTranslation } from 'react-i18next';
import type { LessonAnimationName } from '../content/lessonAnimations';
import { KeyboardScene, type KeyboardGesture } from './KeyboardScene';
import { MouseScene, type MouseGesture } from './MouseScene';
import { ScreenScene, type ScreenGesture } from './ScreenScenes';

const isMouse = (name: LessonAnimationName): name is MouseGesture => name.startsWith('mouse-');
const isKeyboard = (name: LessonAnimationName): name is KeyboardGesture =>
  name.startsWith('keyboard-');

/**
 * The small animation of a lesson, drawn in SVG and animated in CSS (lesson.css). Its colours
 * follow the theme (text and primary colours), so high contrast needs nothing more; with
 * "reduce motion" it rests on the picture that shows the gesture.
 */
export function LessonAnimation({ name }: { name: LessonAnimationName }) {
  const { t } = useTranslation('learning');
  return (
    <svg
      className={`lesson-animation lesson-animation--${name}`}
      viewBox="0 0 320 180"
      role="img"
      aria-label={t('lesson.animation', { what: t(`animations.${name}`) })}
    >
      {isMouse(name) ? (
        <MouseScene gesture={name} />
      ) : isKeyboard(name) ? (
        <KeyboardScene gesture={name} />
      ) : (
        <ScreenScene gesture={name as ScreenGesture} />
      )}
    </svg>
  );
}
