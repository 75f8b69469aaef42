/**
 * Names of the inline SVG illustrations (drawn in `illustrations/Illustration.tsx`). Kept apart
 * from the drawings so the content schema stays free of React.
 */
export const ILLUSTRATIONS = [
  'mouse',
  'keyboard',
  'form',
  'folder',
  'mail',
  'padlock',
  'shield',
  'town-hall',
  'id-card',
  'computer',
  'phone',
  'document',
] as const;

export type IllustrationName = (typeof ILLUSTRATIONS)[number];
