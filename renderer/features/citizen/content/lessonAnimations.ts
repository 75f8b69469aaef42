/**
 * Names of the lesson animations (drawn in `lesson/LessonAnimation.tsx`). Kept apart from the
 * drawings so the content schema stays free of React. Each one shows a single gesture.
 */
export const LESSON_ANIMATIONS = [
  /** The hand rests on the mouse and moves it; the pointer follows on the screen. */
  'mouse-move',
  /** One press of the left button. */
  'mouse-click',
  /** Two quick presses of the left button. */
  'mouse-double-click',
  /** One press of the right button opens a small menu. */
  'mouse-right-click',
  /** Hold the left button, move, let go. */
  'mouse-drag',
  /** The finger rolls the wheel; the page goes down. */
  'mouse-wheel',
  /** The keyboard with Entrée, Espace, Effacer and Majuscule lit in turn. */
  'keyboard-keys',
  /** Majuscule held, then a letter: a capital appears. */
  'keyboard-shift',
  /** The digits row where é, è, ç and à are. */
  'keyboard-accents',
  /** Alt Gr held, then the à/0 key: @ appears. */
  'keyboard-at',
  /** An e-mail address built part by part: name, @, domain. */
  'email-parts',
  /** The pointer rests on a link; its real address shows below. */
  'link-hover',
  /** The paper clip adds a file to a message. */
  'mail-attach',
  /** A folder opens and shows the files inside. */
  'folder-open',
  /** A "Télécharger" button sends a document into the "Téléchargements" folder. */
  'download',
] as const;

export type LessonAnimationName = (typeof LESSON_ANIMATIONS)[number];
