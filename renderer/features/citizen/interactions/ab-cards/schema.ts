import { z } from 'zod';
import { contentId, localizedText } from '../../content/primitives';

/** Up to six cards; on each, pick one of two proposals. A wrong pick's feedback id is the card id. */
export const abCardsStep = z.strictObject({
  type: z.literal('ab-cards'),
  prompt: localizedText,
  cards: z
    .array(
      z.strictObject({
        id: contentId,
        question: localizedText,
        a: localizedText,
        b: localizedText,
        correct: z.enum(['a', 'b']),
      }),
    )
    .min(1)
    .max(6),
});
export type AbCardsStep = z.infer<typeof abCardsStep>;
