import { z } from 'zod';
import { contentId, localizedText } from '../../content/primitives';

/** A simulated site as it appears in the fake browser (address bar, padlock, page title). */
const siteCard = z.strictObject({
  /** Also the feedback id sent when this site is wrongly chosen. */
  id: contentId,
  address: z.string().trim().min(3),
  /** Padlock shown (HTTPS). A look-alike can have one too: the padlock alone proves nothing. */
  secure: z.boolean(),
  official: z.boolean(),
  siteName: localizedText,
  pageText: localizedText,
});

/** One A/B card: two (or three) sites, exactly one of them the official one. */
const round = z
  .strictObject({
    question: localizedText.optional(),
    sites: z.array(siteCard).min(2).max(3),
  })
  .refine((r) => r.sites.filter((s) => s.official).length === 1, {
    message: 'exactement un site officiel par carte',
    path: ['sites'],
  });

/** Step data of "secure-site": recognise the official site (padlock and .gouv.fr) among look-alikes. */
export const secureSiteStep = z.strictObject({
  type: z.literal('secure-site'),
  rounds: z.array(round).min(1).max(6),
});

export type SecureSiteStep = z.infer<typeof secureSiteStep>;
export type SiteCard = z.infer<typeof siteCard>;
