import { z } from 'zod';
import { localizedText } from '../../content/primitives';

/** Open nested folders in order by double-click; each level also shows a few other folders. */
export const doubleClickStep = z.strictObject({
  type: z.literal('double-click'),
  prompt: localizedText,
  /** The folders to open, outermost first (e.g. Photos › Famille › Anniversaire). */
  path: z.array(localizedText).min(1).max(5),
  /** Other folders shown beside the right one, to make choosing meaningful. */
  distractors: z.array(localizedText).max(4).default([]),
  /** What the last folder contains, shown when it opens. */
  finalItem: localizedText,
});
export type DoubleClickStep = z.infer<typeof doubleClickStep>;
