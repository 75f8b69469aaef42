import { z } from 'zod';
import { contentId, localizedText } from '../../content/primitives';

/**
 * Single (`multiple: false`) or multiple choice. A wrong choice's feedback is the exercise's
 * `feedback[<choice id>]`; a missed right choice in multiple mode uses `feedback.missing`.
 */
export const choiceStep = z
  .strictObject({
    type: z.literal('choice'),
    question: localizedText,
    multiple: z.boolean().default(false),
    choices: z
      .array(z.strictObject({ id: contentId, label: localizedText, correct: z.boolean() }))
      .min(2)
      .max(8),
  })
  .refine((s) => s.choices.some((c) => c.correct), {
    path: ['choices'],
    message: 'au moins un choix correct',
  })
  .refine((s) => s.multiple || s.choices.filter((c) => c.correct).length === 1, {
    path: ['choices'],
    message: 'un choix unique doit avoir exactement une bonne réponse',
  });
export type ChoiceStep = z.infer<typeof choiceStep>;
