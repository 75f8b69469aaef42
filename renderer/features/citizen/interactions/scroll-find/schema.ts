import { z } from 'zod';
import { contentId, localizedText } from '../../content/primitives';

/** Scroll a long page to find a piece of information, then pick the right answer. */
export const scrollFindStep = z
  .strictObject({
    type: z.literal('scroll-find'),
    prompt: localizedText,
    pageTitle: localizedText,
    sections: z
      .array(z.strictObject({ heading: localizedText, body: localizedText }))
      .min(3)
      .max(12),
    question: localizedText,
    choices: z
      .array(z.strictObject({ id: contentId, label: localizedText }))
      .min(2)
      .max(5),
    /** Choices are compared by id, never normalised. */
    correctChoice: contentId,
  })
  .refine((s) => s.choices.some((c) => c.id === s.correctChoice), {
    path: ['correctChoice'],
    message: 'correctChoice doit être l’id d’un des choix',
  });
export type ScrollFindStep = z.infer<typeof scrollFindStep>;
