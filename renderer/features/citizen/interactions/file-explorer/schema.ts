import { z } from 'zod';
import { contentId, localizedText } from '../../content/primitives';
import { simFile } from '../../sims/files';

const folder = z.strictObject({
  id: contentId,
  name: localizedText,
  files: z.array(simFile).default([]),
});

/**
 * Step data of "file-explorer": a simulated file explorer (e.g. Téléchargements, Documents,
 * Images). Goal `open`: find `file` and open it. Goal `which-folder`: go to the folder that
 * holds `file` and say "it is here".
 */
export const fileExplorerStep = z
  .strictObject({
    type: z.literal('file-explorer'),
    folders: z.array(folder).min(2),
    start: contentId,
    goal: z.enum(['open', 'which-folder']),
    file: z.string().trim().min(1),
  })
  .superRefine((step, ctx) => {
    if (!step.folders.some((f) => f.id === step.start)) {
      ctx.addIssue({
        code: 'custom',
        path: ['start'],
        message: 'dossier de départ introuvable dans « folders »',
      });
    }
    if (!step.folders.some((f) => f.files.some((file) => file.name === step.file))) {
      ctx.addIssue({
        code: 'custom',
        path: ['file'],
        message: 'le fichier cherché doit être dans un des dossiers',
      });
    }
  });

export type FileExplorerStep = z.infer<typeof fileExplorerStep>;
