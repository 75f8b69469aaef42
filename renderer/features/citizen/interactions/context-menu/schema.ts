import { z } from 'zod';
import { contentId, localizedText } from '../../content/primitives';

/** Right-click (or long-press, or the Menu key) an item, then choose the right menu action. */
export const contextMenuStep = z
  .strictObject({
    type: z.literal('context-menu'),
    prompt: localizedText,
    /** The item to right-click, e.g. a photo. */
    item: localizedText,
    actions: z
      .array(z.strictObject({ id: contentId, label: localizedText }))
      .min(2)
      .max(6),
    /** Id of the action that completes the step; a wrong action's id is its feedback id. */
    correctAction: contentId,
    /** Shown once the right action is chosen (e.g. "Photo copiée"). */
    done: localizedText,
  })
  .refine((s) => s.actions.some((a) => a.id === s.correctAction), {
    path: ['correctAction'],
    message: 'correctAction doit être l’id d’une des actions',
  });
export type ContextMenuStep = z.infer<typeof contextMenuStep>;
