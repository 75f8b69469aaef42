import { z } from 'zod';
import { contentId, localizedText } from '../../content/primitives';

/** An identity provider offered by the simulated FranceConnect page (name only, no logo). */
const provider = z.strictObject({
  id: contentId,
  name: z.string().trim().min(1),
  /** Host shown in the address bar on that provider's sign-in page. */
  host: z.string().trim().min(3),
});

/**
 * Step data of "franceconnect": a simulated sign-in through FranceConnect with a fictitious
 * account shown on screen, a 6-digit code "received by SMS" (no time limit), then the
 * service's account page. `start: 'code'` begins at the SMS code (the code-only exercise).
 */
export const franceConnectStep = z
  .strictObject({
    type: z.literal('franceconnect'),
    /** The service being signed in to, e.g. "Mon compte CAF (simulation)". */
    service: localizedText,
    serviceHost: z.string().trim().min(3),
    providers: z.array(provider).min(2),
    /** The provider the fictitious account belongs to. */
    provider: contentId,
    identifier: z.string().trim().min(1),
    password: z.string().min(1),
    code: z.string().regex(/^\d{6}$/, 'code à 6 chiffres'),
    smsSender: z.string().trim().min(1),
    /** What the account page shows once signed in. */
    accountLines: z.array(localizedText).min(1),
    start: z.enum(['service', 'code']).default('service'),
  })
  .superRefine((step, ctx) => {
    if (!step.providers.some((p) => p.id === step.provider)) {
      ctx.addIssue({
        code: 'custom',
        path: ['provider'],
        message: 'fournisseur introuvable dans « providers »',
      });
    }
  });

export type FranceConnectStep = z.infer<typeof franceConnectStep>;
