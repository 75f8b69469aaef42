/**
 * The French word bank (`resources/content/glossary.json`): the words every online service
 * uses, each with a short meaning and an example. The simulated French sites keep their French
 * labels and mark these words (`data-term="<id>"`), so a learner in another language can ask
 * what they mean. Pure zod, for the content check and the loader.
 */
import { z } from 'zod';
import { contentId, localizedText, shortText } from '../content/primitives';

export const glossaryTermSchema = z.strictObject({
  id: contentId,
  /** The word as French sites write it. */
  term: z.string().trim().min(1),
  /** What it means, in one or two plain sentences. */
  meaning: shortText(2),
  example: localizedText,
});

export const glossarySchema = z
  .strictObject({
    $schema: z.string().optional(),
    terms: z.array(glossaryTermSchema).min(1),
  })
  .superRefine((g, ctx) => {
    const seen = new Set<string>();
    g.terms.forEach((t, i) => {
      if (seen.has(t.id))
        ctx.addIssue({
          code: 'custom',
          path: ['terms', i, 'id'],
          message: `« ${t.id} » en double`,
        });
      seen.add(t.id);
    });
  });

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
