import { z } from 'zod';
import { answerSpec, contentId, localizedText } from '../../content/primitives';

/** A page of the simulated public-service site. */
const sitePage = z.strictObject({
  id: contentId,
  title: localizedText,
  paragraphs: z.array(localizedText).default([]),
  /** A bulleted list (e.g. the documents to bring). */
  list: z.array(localizedText).default([]),
  /** Pages this one links to (shown as links inside the page). */
  links: z.array(contentId).default([]),
  /** Words the site's search box finds this page by (French and English, any case/accents). */
  keywords: z.array(z.string().trim().min(1)).default([]),
});

const choiceOption = z.strictObject({
  /** Also the feedback id sent when this option is wrongly checked. */
  id: contentId,
  label: localizedText,
  correct: z.boolean(),
});

/** How the person gives the answer found: choices (one or several) or a short text. */
const answer = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('choice'),
    multiple: z.boolean().default(false),
    options: z.array(choiceOption).min(2),
  }),
  z.strictObject({ kind: z.literal('text'), label: localizedText, spec: answerSpec }),
]);

/**
 * Step data of "public-site": a simulated public-service website (menu, pages, search box)
 * to navigate, and the question answered from what it says.
 */
export const publicSiteStep = z
  .strictObject({
    type: z.literal('public-site'),
    siteName: localizedText,
    /** Host shown in the address bar, e.g. `www.service-public.gouv.fr`. */
    host: z.string().trim().min(3),
    pages: z.array(sitePage).min(2),
    home: contentId,
    /** Pages listed in the site's top menu. */
    menu: z.array(contentId).min(1),
    question: localizedText,
    answer,
    /**
     * Page to open before the answer's choices show: the person explores the site first
     * instead of guessing from the choices.
     */
    answerAfter: contentId.optional(),
  })
  .superRefine((step, ctx) => {
    const ids = new Set(step.pages.map((p) => p.id));
    const check = (id: string, path: (string | number)[]) => {
      if (!ids.has(id))
        ctx.addIssue({
          code: 'custom',
          path,
          message: `page « ${id} » introuvable dans « pages »`,
        });
    };
    check(step.home, ['home']);
    step.menu.forEach((id, i) => check(id, ['menu', i]));
    if (step.answerAfter !== undefined) check(step.answerAfter, ['answerAfter']);
    step.pages.forEach((p, i) => p.links.forEach((id, j) => check(id, ['pages', i, 'links', j])));
    if (step.answer.kind === 'choice' && !step.answer.options.some((o) => o.correct)) {
      ctx.addIssue({
        code: 'custom',
        path: ['answer', 'options'],
        message: 'au moins une option correcte',
      });
    }
  });

export type PublicSiteStep = z.infer<typeof publicSiteStep>;
export type SitePage = z.infer<typeof sitePage>;
export type SiteAnswer = z.infer<typeof answer>;
