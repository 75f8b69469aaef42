import { z } from 'zod';
import { answerSpec, contentId, localizedText } from '../../content/primitives';

/** Type a word, a sentence or an address; checked with the chosen tolerances. */
export const typingStep = z.strictObject({
  type: z.literal('typing'),
  prompt: localizedText,
  /** Label of the input field. */
  label: localizedText,
  /** The text to copy, when the exercise shows one. */
  model: localizedText.optional(),
  answer: answerSpec,
  /** Known wrong answers with their own feedback id (e.g. the address without "@"). */
  mistakes: z.array(z.strictObject({ answer: answerSpec, feedbackId: contentId })).default([]),
  inputMode: z.enum(['text', 'email']).default('text'),
});
export type TypingStep = z.infer<typeof typingStep>;
