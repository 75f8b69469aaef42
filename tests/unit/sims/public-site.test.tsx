// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import PublicSite from '../../../renderer/features/citizen/interactions/public-site/PublicSite';
import {
  publicSiteStep,
  type PublicSiteStep,
} from '../../../renderer/features/citizen/interactions/public-site/schema';
import { searchPages } from '../../../renderer/features/citizen/interactions/public-site/search';
import { renderStep, stepOf } from './harness';

const step = stepOf('id-card-documents', 'public-site');

describe('public-site', () => {
  it('is navigated through the menu and answered by ticking (mouse)', async () => {
    const { user, onAttempt } = renderStep(PublicSite, step);
    expect(screen.getByText('www.service-public.gouv.fr')).toBeTruthy();
    const menu = screen.getByRole('navigation', { name: 'Menu du site' });
    await user.click(within(menu).getByRole('button', { name: 'Papiers - Citoyenneté' }));
    await user.click(
      screen.getByRole('button', { name: 'Carte d’identité\u00a0: renouvellement pour un adulte' }),
    );
    expect(
      screen.getByRole('heading', {
        name: 'Carte d’identité\u00a0: renouvellement pour un adulte',
      }),
    ).toBeTruthy();
    expect(screen.getByText(/un justificatif de domicile de moins d’un an/)).toBeTruthy();

    await user.click(
      screen.getByRole('checkbox', { name: 'Une photo d’identité de moins de 6 mois' }),
    );
    await user.click(screen.getByRole('checkbox', { name: /timbre fiscal de 25/ }));
    await user.click(screen.getByRole('button', { name: 'Valider ma réponse' }));
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: false, feedbackId: 'stamp' });
    await user.click(screen.getByRole('checkbox', { name: /timbre fiscal de 25/ }));
    await user.click(screen.getByRole('button', { name: 'Valider ma réponse' }));
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: false, feedbackId: 'missing' });
    await user.click(
      screen.getByRole('checkbox', { name: 'Un justificatif de domicile de moins d’un an' }),
    );
    await user.click(screen.getByRole('checkbox', { name: 'L’ancienne carte d’identité' }));
    await user.click(screen.getByRole('button', { name: 'Valider ma réponse' }));
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: true });
  });

  it('shows the answer’s choices only once the right page has been opened', async () => {
    const { user } = renderStep(PublicSite, step);
    expect(screen.getByText(/Cherchez d’abord la bonne page sur le site/)).toBeTruthy();
    expect(screen.queryByRole('checkbox')).toBeNull();
    const menu = screen.getByRole('navigation', { name: 'Menu du site' });
    await user.click(within(menu).getByRole('button', { name: 'Papiers - Citoyenneté' }));
    expect(screen.queryByRole('checkbox')).toBeNull();
    await user.click(
      screen.getByRole('button', { name: 'Carte d’identité\u00a0: renouvellement pour un adulte' }),
    );
    expect(screen.getAllByRole('checkbox')).toHaveLength(5);
    // Going elsewhere on the site keeps them.
    await user.click(within(menu).getByRole('button', { name: 'Papiers - Citoyenneté' }));
    expect(screen.getAllByRole('checkbox')).toHaveLength(5);
  });

  it('finds the page with the search box, keyboard only', async () => {
    const { user } = renderStep(PublicSite, step);
    await user.click(screen.getByRole('searchbox'));
    await user.keyboard('carte d’IDENTITE{Enter}');
    const results = screen.getByRole('status');
    expect(results.textContent).toMatch(/2 résultats/);
    await user.keyboard('{Tab}{Tab}'); // past "Rechercher", to the first result
    expect(document.activeElement?.textContent).toBe(
      'Carte d’identité\u00a0: renouvellement pour un adulte',
    );
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(
      screen.getByRole('heading', {
        name: 'Carte d’identité\u00a0: renouvellement pour un adulte',
      }),
    );
  });

  it('says when the search finds nothing', async () => {
    const { user } = renderStep(PublicSite, step);
    await user.type(screen.getByRole('searchbox'), 'piscine{Enter}');
    expect(screen.getByRole('status').textContent).toMatch(/Aucun résultat/);
  });

  it('checks a short text answer with the exercise’s tolerances', async () => {
    const textStep: PublicSiteStep = publicSiteStep.parse({
      ...step,
      question: { fr: 'Combien coûte un passeport ?', en: 'How much is a passport?' },
      answer: {
        kind: 'text',
        label: { fr: 'Prix en euros', en: 'Price in euros' },
        spec: { accepted: ['86', '86 €', '86 euros'], tolerances: ['T1'] },
      },
      answerAfter: undefined, // Answered at once, from the home page.
    });
    const { user, onAttempt } = renderStep(PublicSite, textStep);
    await user.type(screen.getByLabelText('Prix en euros'), '25{Enter}');
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: false, feedbackId: 'wrong-answer' });
    await user.clear(screen.getByLabelText('Prix en euros'));
    await user.type(screen.getByLabelText('Prix en euros'), '86 EUROS{Enter}');
    expect(onAttempt).toHaveBeenLastCalledWith({ correct: true });
  });

  it('searches in both languages, ignoring accents and short words', () => {
    expect(searchPages(step.pages, 'Carte d’identité', 'fr').map((p) => p.id)).toEqual([
      'carte-identite',
      'carte-perdue',
    ]);
    expect(searchPages(step.pages, 'identity card renewal', 'en').map((p) => p.id)).toEqual([
      'carte-identite',
    ]);
    expect(searchPages(step.pages, 'PASSEPORT', 'fr').map((p) => p.id)).toEqual(['passeport']);
    expect(searchPages(step.pages, 'de la', 'fr')).toEqual([]);
  });

  it('rejects a menu entry pointing to no page, with its path', () => {
    const result = publicSiteStep.safeParse({ ...step, menu: ['papiers', 'absente'] });
    expect(result.error?.issues[0]?.path).toEqual(['menu', 1]);
  });
});
