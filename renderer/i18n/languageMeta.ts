/**
 * A language added as content: `resources/locales/<code>/language.json` describes it, its UI
 * catalogue sits next to it (`ui/<namespace>.json`) and its exercise texts in
 * `resources/content/locales/<code>/`. Pure zod: read by the app, the content check and tests.
 */
import { z } from 'zod';

/** ISO 639 code: two or three lower-case letters (`ar`, `uk`, `tr`, `pt`, `prs`). */
export const languageCode = z
  .string()
  .regex(/^[a-z]{2,3}$/, 'code de langue ISO 639 : deux ou trois lettres minuscules');

export const languageMetaSchema = z.strictObject({
  code: languageCode,
  /** The language's name in itself, shown on its button (`العربية`). */
  name: z.string().trim().min(1),
  /** Its name in French, for IT staff and médiateurs (`arabe`). */
  nameFr: z.string().trim().min(1),
  dir: z.enum(['ltr', 'rtl']),
  /**
   * `complete`: every string is translated, the content check fails on any gap.
   * `preview`: still being translated; enabled only in the médiateur preview mode, where a
   * missing string shows the French text with a visible marker.
   */
  status: z.enum(['complete', 'preview']),
  /** BCP 47 tag handed to the system voice, e.g. `ar` or `uk-UA`; defaults to the code. */
  speech: z.string().trim().min(2).optional(),
});

export type LanguageMeta = z.infer<typeof languageMetaSchema>;
