/**
 * Building blocks shared by the exercise schema and every interaction type's step schema.
 * Pure zod (no React, no DOM): the content check and the build plugin run it under Node.
 */
import { z } from 'zod';
import { ILLUSTRATIONS } from './illustrationNames';

/** Text in French (source of truth) and English; both are required and non-blank. */
export const localizedText = z.strictObject({
  fr: z.string().trim().min(1, 'texte français manquant'),
  en: z.string().trim().min(1, 'texte anglais manquant'),
});

/** A recorded file's name in `content/audio/` (checked to exist by the content check). */
export const AUDIO_EXTENSIONS = ['mp3', 'ogg', 'opus', 'wav', 'webm'] as const;
export const audioFileName = z
  .string()
  .regex(
    new RegExp(`^[a-z0-9][a-z0-9._-]{0,99}\\.(${AUDIO_EXTENSIONS.join('|')})$`),
    `nom de fichier audio : lettres minuscules, chiffres, points, tirets, et l’extension ${AUDIO_EXTENSIONS.join(', ')}`,
  );

/**
 * A text "Écouter" can read: French and English, and optionally a recorded file per language
 * (a médiateur's own voice), played instead of the system voice.
 */
export const spokenText = localizedText.extend({
  audio: z.strictObject({ fr: audioFileName.optional(), en: audioFileName.optional() }).optional(),
});

/** A stable identifier written by content authors: lower-case letters, digits and dashes. */
export const contentId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'identifiant : lettres minuscules, chiffres et tirets');

/** Pix tolerances, always applied in the order T1, T2, T3 (see answers/check.ts). */
export const TOLERANCES = ['T1', 'T2', 'T3'] as const;
export const tolerance = z.enum(TOLERANCES);

const looksLikeEmail = (s: string): boolean => /\S@\S/.test(s);

/**
 * Accepted answers for one input. `tolerances: 'exact'` (or an empty list) accepts the exact
 * text only, after the Pix normalisation (NFC, non-breaking spaces).
 */
export const answerSpec = z
  .strictObject({
    accepted: z.array(z.string().min(1)).min(1, 'au moins une réponse acceptée'),
    tolerances: z.union([z.literal('exact'), z.array(tolerance)]).default([]),
  })
  .superRefine((spec, ctx) => {
    // T2 drops "@" and ".": an e-mail exercise would then accept a wrong address.
    if (
      Array.isArray(spec.tolerances) &&
      spec.tolerances.includes('T2') &&
      spec.accepted.some(looksLikeEmail)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['tolerances'],
        message: 'T2 interdit sur une adresse e-mail (il supprime « @ » et « . »)',
      });
    }
  });

/**
 * Sentences in a text: runs ended by `.`, `!`, `?` or `…` followed by a space or the end (so
 * `exemple.fr` or `1,99 €` do not split a sentence).
 */
export function countSentences(text: string): number {
  return text
    .split(/[.!?…]+(?:\s|$)/u)
    .map((part) => part.trim())
    .filter((part) => part !== '').length;
}

/** Reports each language of a text that has more than `max` sentences. */
const atMostSentences =
  (max: number) =>
  (value: LocalizedTextData, ctx: z.RefinementCtx): void => {
    for (const lang of ['fr', 'en'] as const) {
      const n = countSentences(value[lang]);
      if (n > max) {
        ctx.addIssue({
          code: 'custom',
          path: [lang],
          message: `${n} phrases, ${max === 1 ? 'une seule attendue' : `${max} au plus`}`,
        });
      }
    }
  };

/** A localized text of at most `max` sentences in each language (lessons, explanations, rules). */
export const shortText = (max: number) => localizedText.superRefine(atMostSentences(max));

/** The same, for a text "Écouter" reads (it may have recorded files). */
export const spokenShortText = (max: number) => spokenText.superRefine(atMostSentences(max));

/** The name of one of the inline SVG illustrations of `illustrations/`. */
export const illustrationName = z.enum(ILLUSTRATIONS);

export type LocalizedTextData = z.infer<typeof localizedText>;
export type SpokenTextData = z.infer<typeof spokenText>;
export type AnswerSpec = z.infer<typeof answerSpec>;
export type Tolerance = z.infer<typeof tolerance>;
