import { z } from 'zod';
import { localizedText } from '../../content/primitives';

/** Keys a beginner learns first, by their `KeyboardEvent.key` value. */
export const TEACHABLE_KEYS = [
  'Enter',
  'Space',
  'Backspace',
  'Shift',
  'Tab',
  'Escape',
  'ArrowLeft',
  'ArrowRight',
] as const;
export type TeachableKey = (typeof TEACHABLE_KEYS)[number];

/** Press the keys shown on screen, one after the other. */
export const keyPressStep = z.strictObject({
  type: z.literal('key-press'),
  prompt: localizedText,
  keys: z.array(z.enum(TEACHABLE_KEYS)).min(1).max(6),
});
export type KeyPressStep = z.infer<typeof keyPressStep>;
