import { z } from 'zod';
import { answerSpec, contentId, localizedText } from '../../content/primitives';
import { simFile } from '../../sims/files';

/** A link inside a simulated e-mail: the words shown and where it really leads (never followed). */
const mailLink = z.strictObject({
  label: localizedText,
  realAddress: z.string().trim().min(3),
});

/** One fictitious e-mail of the simulated inbox. */
export const mailMessage = z.strictObject({
  id: contentId,
  fromName: z.string().trim().min(1),
  fromAddress: z.string().trim().min(3),
  subject: localizedText,
  date: localizedText,
  body: z.array(localizedText).min(1),
  link: mailLink.optional(),
  /** True for a phishing message (the one to report). */
  scam: z.boolean().default(false),
});

/**
 * Step data of "webmail". Modes:
 *  - `reveal`: open `target`, reveal its link's real address (hover, focus or long-press), then
 *    say whether the link can be trusted;
 *  - `report`: report `target` as a scam, then delete it;
 *  - `compose`: write a message to `recipient`, attach `attachment` from the simulated
 *    "Documents" picker (`files`), and send it.
 */
export const webmailStep = z
  .strictObject({
    type: z.literal('webmail'),
    mode: z.enum(['reveal', 'report', 'compose']),
    /** The fictitious mailbox address of the person practising. */
    mailbox: z.string().trim().min(3),
    messages: z.array(mailMessage).default([]),
    target: contentId.optional(),
    recipient: answerSpec.optional(),
    files: z.array(simFile).default([]),
    attachment: z.string().trim().min(1).optional(),
  })
  .superRefine((step, ctx) => {
    if (step.mode === 'compose') {
      if (!step.recipient)
        ctx.addIssue({
          code: 'custom',
          path: ['recipient'],
          message: 'destinataire attendu manquant (mode compose)',
        });
      if (!step.attachment)
        ctx.addIssue({
          code: 'custom',
          path: ['attachment'],
          message: 'pièce jointe attendue manquante (mode compose)',
        });
      else if (!step.files.some((f) => f.name === step.attachment)) {
        ctx.addIssue({
          code: 'custom',
          path: ['attachment'],
          message: 'la pièce jointe doit figurer dans « files »',
        });
      }
      return;
    }
    const target = step.messages.find((m) => m.id === step.target);
    if (!target)
      ctx.addIssue({
        code: 'custom',
        path: ['target'],
        message: 'message cible introuvable dans « messages »',
      });
    else if (step.mode === 'reveal' && !target.link) {
      ctx.addIssue({
        code: 'custom',
        path: ['target'],
        message: 'le message cible doit contenir un lien (mode reveal)',
      });
    } else if (step.mode === 'report' && !target.scam) {
      ctx.addIssue({
        code: 'custom',
        path: ['target'],
        message: 'le message à signaler doit être une arnaque (scam: true)',
      });
    }
  });

export type WebmailStep = z.infer<typeof webmailStep>;
export type MailMessage = z.infer<typeof mailMessage>;
