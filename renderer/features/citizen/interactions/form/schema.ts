import { z } from 'zod';
import { answerSpec, contentId, localizedText } from '../../content/primitives';

/** Field kinds: each brings its own live validation rule and message. */
export const FIELD_KINDS = ['name', 'date', 'postcode', 'email', 'phone', 'text'] as const;

/** A form with live validation messages; the values to type are given in the instructions. */
export const formStep = z.strictObject({
  type: z.literal('form'),
  prompt: localizedText,
  formTitle: localizedText,
  fields: z
    .array(
      z.strictObject({
        id: contentId,
        label: localizedText,
        kind: z.enum(FIELD_KINDS),
        /** Expected value (fictitious identity given in the instructions). */
        answer: answerSpec,
        /** Marked with * (as "formulaire-champs-obligatoires" teaches); true unless said. */
        required: z.boolean().default(true),
      }),
    )
    .min(1)
    .max(8),
  submitLabel: localizedText,
});
export type FormStep = z.infer<typeof formStep>;
export type FieldKind = (typeof FIELD_KINDS)[number];
