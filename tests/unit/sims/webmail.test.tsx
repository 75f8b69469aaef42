// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import Webmail from '../../../renderer/features/citizen/interactions/webmail/Webmail';
import { webmailStep } from '../../../renderer/features/citizen/interactions/webmail/schema';
import { renderStep, stepOf } from './harness';

const reveal = stepOf('mail-reveal-link', 'webmail');
const report = stepOf('mail-report-scam', 'webmail');
const compose = stepOf('mail-attach-send', 'webmail');
const REAL = /ameli-carte-vitale\.renouvellement-rapide\.com/;

describe('webmail: reveal a link', () => {
  it('reveals the real address on hover, then judges the link (mouse)', async () => {
    const { user, onAttempt } = renderStep(Webmail, reveal);
    await user.click(screen.getByRole('button', { name: /Votre carte Vitale expire bientôt/ }));
    expect(screen.queryByText(REAL)).toBeNull();
    await user.hover(screen.getByRole('button', { name: 'Commander ma nouvelle carte Vitale' }));
    expect(screen.getByText(/Ce lien mène en réalité à/).textContent).toMatch(REAL);
    await user.click(screen.getByRole('button', { name: 'Oui, je peux cliquer' }));
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: false, feedbackId: 'trusted-scam' });
    await user.click(screen.getByRole('button', { name: 'Non, c’est une arnaque' }));
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: true });
  });

  it('reveals on keyboard focus, and gives the feedback for following the link', async () => {
    const { user, onAttempt } = renderStep(Webmail, reveal);
    await user.tab();
    await user.keyboard('{Enter}');
    await user.tab();
    expect(document.activeElement?.textContent).toBe('Commander ma nouvelle carte Vitale');
    expect(screen.getByText(/Ce lien mène en réalité à/).textContent).toMatch(REAL);
    await user.keyboard('{Enter}');
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: false, feedbackId: 'clicked-link' });
  });

  it('reveals on a long press without counting it as a click (touch)', async () => {
    const { user, onAttempt } = renderStep(Webmail, reveal);
    await user.click(screen.getByRole('button', { name: /Votre carte Vitale/ }));
    const link = screen.getByRole('button', { name: 'Commander ma nouvelle carte Vitale' });
    fireEvent.pointerDown(link, { pointerType: 'touch' });
    await act(() => new Promise((resolve) => setTimeout(resolve, 700)));
    fireEvent.pointerUp(link, { pointerType: 'touch' });
    fireEvent.click(link);
    expect(screen.getByText(/Ce lien mène en réalité à/).textContent).toMatch(REAL);
    expect(onAttempt).not.toHaveBeenCalled();
  });
});

describe('webmail: report and delete', () => {
  it('asks to report before deleting, then completes (mouse)', async () => {
    const { user, onAttempt } = renderStep(Webmail, report);
    await user.click(screen.getByRole('button', { name: /remboursement de 214,50/ }));
    const toolbar = screen.getByRole('toolbar', { name: 'Actions sur le message' });
    await user.click(within(toolbar).getByRole('button', { name: 'Supprimer' }));
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: false, feedbackId: 'not-reported' });
    await user.click(within(toolbar).getByRole('button', { name: 'Signaler comme arnaque' }));
    expect(screen.getByRole('status').textContent).toMatch(/signalé comme arnaque/);
    await user.click(within(toolbar).getByRole('button', { name: 'Supprimer' }));
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: true });
    expect(screen.queryByRole('button', { name: /214,50/ })).toBeNull();
  });

  it('gives its own feedback for reporting a normal message and replying to the scam', async () => {
    const { user, onAttempt } = renderStep(Webmail, report);
    await user.click(screen.getByRole('button', { name: /Fermeture de la mairie/ }));
    await user.click(screen.getByRole('button', { name: 'Signaler comme arnaque' }));
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: false, feedbackId: 'reported-legit' });
    await user.click(screen.getByRole('button', { name: /214,50/ }));
    await user.click(screen.getByRole('button', { name: 'Répondre' }));
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: false, feedbackId: 'replied-scam' });
  });
});

describe('webmail: attach and send', () => {
  it('sends with the right address and attachment (mouse, double-click in the picker)', async () => {
    const { user, onAttempt } = renderStep(Webmail, compose);
    await user.click(screen.getByRole('button', { name: 'Nouveau message' }));
    await user.click(screen.getByRole('button', { name: 'Envoyer' }));
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: false, feedbackId: 'no-recipient' });
    // Without "@", the browser would block the form with its own bubble: the exercise answers instead.
    await user.type(screen.getByLabelText('À (adresse du destinataire)'), 'accueil');
    await user.click(screen.getByRole('button', { name: 'Envoyer' }));
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: false, feedbackId: 'wrong-recipient' });
    await user.clear(screen.getByLabelText('À (adresse du destinataire)'));
    await user.type(
      screen.getByLabelText('À (adresse du destinataire)'),
      'Accueil@mairie-saint-exemple.fr ',
    );
    await user.click(screen.getByRole('button', { name: 'Envoyer' }));
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: false, feedbackId: 'no-attachment' });
    await user.click(screen.getByRole('button', { name: 'Joindre un fichier' }));
    const picker = screen.getByRole('dialog', { name: 'Choisir un fichier à joindre' });
    await user.dblClick(within(picker).getByRole('button', { name: /photo-vacances\.jpg/ }));
    expect(screen.getByText('Fichier joint : photo-vacances.jpg')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Envoyer' }));
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: false, feedbackId: 'wrong-attachment' });
    await user.click(screen.getByRole('button', { name: 'Retirer' }));
    await user.click(screen.getByRole('button', { name: 'Joindre un fichier' }));
    await user.dblClick(screen.getByRole('button', { name: /justificatif-domicile\.pdf/ }));
    await user.click(screen.getByRole('button', { name: 'Envoyer' }));
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: true });
    expect(screen.getByText('Message envoyé.')).toBeTruthy();
  });

  it('the mairie’s message opens; « Répondre » writes to its sender, sent with the file', async () => {
    const { user, onAttempt } = renderStep(Webmail, compose);
    await user.click(screen.getByRole('button', { name: /justificatif de domicile/ }));
    const opened = screen.getByRole('article', { name: 'Message ouvert' });
    expect(opened.textContent).toContain('Merci de nous envoyer un justificatif de domicile.');
    await user.click(within(opened).getByRole('button', { name: 'Répondre' }));
    const reply = screen.getByRole('form', { name: 'Réponse au message' });
    expect(within(reply).getByLabelText('À (adresse du destinataire)')).toHaveProperty(
      'value',
      'accueil@mairie-saint-exemple.fr',
    );
    expect(within(reply).getByLabelText('Objet')).toHaveProperty(
      'value',
      'RE : Votre dossier\u00a0: justificatif de domicile',
    );
    await user.type(within(reply).getByLabelText('Message'), 'Bonjour, voici le document.');
    await user.click(screen.getByRole('button', { name: 'Joindre un fichier' }));
    await user.dblClick(screen.getByRole('button', { name: /justificatif-domicile\.pdf/ }));
    await user.click(screen.getByRole('button', { name: 'Envoyer' }));
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: true });
    expect(screen.getByText('Message envoyé.')).toBeTruthy();
  });

  it('works with the keyboard alone, and refuses a wrong address', async () => {
    const { user, onAttempt } = renderStep(Webmail, compose);
    await user.tab();
    await user.keyboard('{Enter}');
    await user.tab();
    await user.keyboard('accueil@mairie-saint-exemple.com');
    await user.tab(); // subject
    await user.keyboard('Justificatif');
    await user.tab(); // message
    await user.keyboard('Bonjour, voici mon justificatif.');
    await user.tab(); // attach
    await user.keyboard('{Enter}');
    // The picker opens with the first file focused; the right one is second.
    await user.tab();
    expect(document.activeElement?.textContent).toMatch(/justificatif-domicile\.pdf/);
    await user.keyboard('{Enter}');
    await user.keyboard('{Tab}{Tab}{Tab}{Tab}'); // two more files, "Annuler", then "Joindre ce fichier"
    expect(document.activeElement?.textContent).toBe('Joindre ce fichier');
    await user.keyboard('{Enter}');
    expect(document.activeElement?.textContent).toMatch(/Joindre un fichier/);
    expect(screen.getByText('Fichier joint : justificatif-domicile.pdf')).toBeTruthy();
    await user.keyboard('{Tab}{Tab}{Enter}');
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: false, feedbackId: 'wrong-recipient' });
  });

  it('closes the picker with Escape without attaching anything', async () => {
    const { user } = renderStep(Webmail, compose);
    await user.click(screen.getByRole('button', { name: 'Nouveau message' }));
    await user.click(screen.getByRole('button', { name: 'Joindre un fichier' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByText('Aucun fichier joint.')).toBeTruthy();
  });
});

describe('webmail schema', () => {
  it('rejects a compose step whose attachment is not among the files, with its path', () => {
    const result = webmailStep.safeParse({ ...compose, attachment: 'absent.pdf' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['attachment']);
  });

  it('rejects a report step whose target is not a scam', () => {
    const result = webmailStep.safeParse({ ...report, target: 'mairie' });
    expect(result.error?.issues[0]?.path).toEqual(['target']);
  });
});
