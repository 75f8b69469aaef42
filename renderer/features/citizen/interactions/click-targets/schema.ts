import { z } from 'zod';
import { localizedText } from '../../content/primitives';

/** Targets appear one after the other and shrink from `startSize` to `endSize` pixels. */
export const clickTargetsStep = z.strictObject({
  type: z.literal('click-targets'),
  prompt: localizedText,
  count: z.number().int().min(2).max(10),
  startSize: z.number().int().min(48).max(160).default(96),
  endSize: z.number().int().min(48).max(160).default(48),
});
export type ClickTargetsStep = z.infer<typeof clickTargetsStep>;
