/**
 * Lesson drawings of the mouse gestures: a screen with the pointer, and a hand on the mouse
 * whose buttons light when pressed. Each element's resting state is the moment that shows
 * the gesture (button pressed, menu open, file dropped), so with reduced motion the still
 * picture still teaches; lesson.css animates towards and away from it.
 */
import type { LessonAnimationName } from '../content/lessonAnimations';
import { line, Pointer, POINTER_PATH } from './sceneParts';

export type MouseGesture = Extract<LessonAnimationName, `mouse-${string}`>;

/** What the screen shows for each gesture. */
function ScreenContent({ gesture }: { gesture: MouseGesture }) {
  switch (gesture) {
    case 'mouse-move':
      return <Pointer x={70} y={50} motion="lesson-move-pointer" />;
    case 'mouse-click':
      return (
        <>
          <circle cx="105" cy="75" r="20" className="lesson-fill lesson-target" />
          <Pointer x={103} y={73} />
        </>
      );
    case 'mouse-double-click':
      return (
        <>
          <path d="M70 60h22l6 6h32v40H70z" {...line} />
          <path d="M70 74h60" className="lesson-open" {...line} />
          <text x="140" y="62" className="lesson-label lesson-twice">
            ×2
          </text>
          <Pointer x={98} y={84} />
        </>
      );
    case 'mouse-right-click':
      return (
        <>
          <rect x="40" y="40" width="56" height="44" rx="3" {...line} />
          <path d="m46 78 14-18 10 12 8-8 12 14" {...line} />
          <g className="lesson-appear">
            <rect x="96" y="56" width="74" height="62" rx="4" className="lesson-menu" />
            <rect x="100" y="61" width="66" height="16" rx="2" className="lesson-fill" />
            <path d="M106 69h40M106 89h50M106 105h34" {...line} strokeWidth={2.5} />
          </g>
          <Pointer x={90} y={58} />
        </>
      );
    case 'mouse-drag':
      return (
        <>
          <path d="M52 56q40 -30 86 34" {...line} strokeDasharray="6 6" />
          <path d="M118 94h22l5 5h27v30h-54z" {...line} />
          <g transform="translate(132 82)">
            <g className="lesson-drag">
              <rect x="-12" y="-16" width="24" height="30" rx="2" className="lesson-fill" />
              <path d={POINTER_PATH} transform="translate(4 4)" className="lesson-pointer" />
            </g>
          </g>
        </>
      );
    case 'mouse-wheel':
      return (
        <>
          <g className="lesson-scroll">
            <path d="M36 40h120M36 56h96M36 72h120M36 88h80M36 104h120M36 120h100" {...line} />
          </g>
          <path d="M176 46v60m-8-10 8 10 8-10" {...line} className="lesson-arrow" />
        </>
      );
  }
}

const PRESSED: Partial<Record<MouseGesture, 'left' | 'right'>> = {
  'mouse-click': 'left',
  'mouse-double-click': 'left',
  'mouse-drag': 'left',
  'mouse-right-click': 'right',
};

/** The screen and the hand on the mouse, for one mouse gesture. */
export function MouseScene({ gesture }: { gesture: MouseGesture }) {
  const pressed = PRESSED[gesture];
  const press =
    gesture === 'mouse-double-click' ? 'lesson-press-twice' : pressed ? 'lesson-press' : undefined;
  return (
    <>
      <rect x="8" y="10" width="196" height="136" rx="8" {...line} />
      <path d="M106 146v16M76 164h60" {...line} />
      <svg x="8" y="10" width="196" height="136" viewBox="0 0 196 136" overflow="hidden">
        <ScreenContent gesture={gesture} />
      </svg>
      <g transform="translate(236 52)">
        <g className={gesture === 'mouse-move' ? 'lesson-move-mouse' : undefined}>
          <rect x="0" y="0" width="60" height="100" rx="30" {...line} />
          <path
            d="M30 2a28 28 0 0 0-28 28v8h28z"
            className={pressed === 'left' ? `lesson-button ${press}` : 'lesson-button-idle'}
          />
          <path
            d="M30 2a28 28 0 0 1 28 28v8H30z"
            className={pressed === 'right' ? `lesson-button ${press}` : 'lesson-button-idle'}
          />
          <path d="M30 0v38M0 38h60" {...line} />
          <rect
            x="25"
            y="12"
            width="10"
            height="18"
            rx="5"
            className={
              gesture === 'mouse-wheel' ? 'lesson-button lesson-wheel' : 'lesson-wheel-idle'
            }
          />
          {/* The hand: index on the left button, middle finger on the right, palm on the body. */}
          <g className="lesson-hand">
            <rect x="6" y="-4" width="18" height="46" rx="9" />
            <rect x="36" y="-2" width="18" height="44" rx="9" />
            <path d="M-4 60c0-18 14-22 34-22s36 4 36 22v40c0 14-10 22-36 22s-34-8-34-22z" />
            <path d="M-4 66c-10-4-18 0-20 8" />
          </g>
        </g>
      </g>
    </>
  );
}
