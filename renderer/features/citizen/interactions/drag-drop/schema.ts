import { z } from 'zod';
import { contentId, localizedText } from '../../content/primitives';

/** Sort files into folders by drag and drop, or by choosing a file then a folder. */
export const dragDropStep = z
  .strictObject({
    type: z.literal('drag-drop'),
    prompt: localizedText,
    items: z
      .array(
        z.strictObject({
          id: contentId,
          label: localizedText,
          kind: z.enum(['document', 'photo', 'music', 'video']),
          folder: contentId,
        }),
      )
      .min(1)
      .max(6),
    folders: z
      .array(z.strictObject({ id: contentId, label: localizedText }))
      .min(2)
      .max(4),
  })
  .refine((s) => s.items.every((item) => s.folders.some((f) => f.id === item.folder)), {
    path: ['items'],
    message: 'chaque fichier doit viser un dossier existant (champ folder)',
  });
export type DragDropStep = z.infer<typeof dragDropStep>;
