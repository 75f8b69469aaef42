import { z } from 'zod';
import { localizedText } from '../../content/primitives';

/** Step data of "password-builder": build a passphrase until the meter says it is strong. */
export const passwordBuilderStep = z.strictObject({
  type: z.literal('password-builder'),
  /** Label of the password field. */
  label: localizedText,
  /** Lowest score (0–4) accepted; 3 ("strong") unless the exercise says otherwise. */
  minScore: z.number().int().min(1).max(4).default(3),
  /** An example passphrase the instructions may show (never a real person's password). */
  example: localizedText.optional(),
});

export type PasswordBuilderStep = z.infer<typeof passwordBuilderStep>;
