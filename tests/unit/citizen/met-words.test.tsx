// @vitest-environment jsdom
/**
 * The French words met during a visit: every marked word an exercise screen shows is noted
 * (in every language, French included), once each and in the order met, and the end screen
 * lists them with their meaning in the learner's language; a new visit starts with none.
 */
import { act, render, screen, within } from '@testing-library/react';
import { useRef, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../electron/shared/config-schema';
import { changeLanguage, initI18n } from '../../../renderer/i18n';
import { resources } from '../../../renderer/i18n/resources';
import { prepareContentLanguage } from '../../../renderer/features/citizen/content/load';
import { FrenchWords } from '../../../renderer/features/citizen/glossary/FrenchWords';
import { MetTermsProvider } from '../../../renderer/features/citizen/glossary/metTerms';
import { MetWords } from '../../../renderer/features/citizen/glossary/MetWords';

initI18n('fr', resources);

/** An exercise screen whose simulated site shows `children`, the stage being watched. */
function Exercise({ lang, children }: { lang: Language; children: ReactNode }) {
  const stage = useRef<HTMLDivElement>(null);
  return (
    <>
      <FrenchWords lang={lang} stage={stage} />
      <div ref={stage}>{children}</div>
    </>
  );
}

/** A visit: one exercise screen (or none, as on the end screen), then the recap. */
function Visit({ lang, words, ended }: { lang: Language; words: string[]; ended?: boolean }) {
  return (
    <MetTermsProvider>
      {!ended && (
        <Exercise lang={lang}>
          {words.map((id) => (
            <span key={id} data-term={id}>
              {id}
            </span>
          ))}
        </Exercise>
      )}
      <MetWords lang={lang} />
    </MetTermsProvider>
  );
}

const recap = (name: string) => screen.getByRole('region', { name });
const termsIn = (region: HTMLElement) =>
  [...region.querySelectorAll('dt')].map((dt) => dt.textContent);

describe('French words met during a visit', () => {
  it('notes each marked word once, in the order met, across screens, in French too', async () => {
    const view = render(<Visit lang="fr" words={['identifiant', 'mot-de-passe']} />);
    // In French there is nothing to explain on the exercise screen, but the words still count.
    expect(screen.queryByRole('button', { name: /Mots français de cet écran/ })).toBeNull();
    // The next screen: one word again, one new, one the word bank does not have.
    await act(async () => {
      view.rerender(<Visit lang="fr" words={['mot-de-passe', 'se-connecter', 'pas-un-mot']} />);
      await Promise.resolve(); // the MutationObserver's turn
    });
    view.rerender(<Visit lang="fr" words={[]} ended />);
    const region = recap('Mots français rencontrés');
    expect(termsIn(region)).toEqual(['Identifiant', 'Mot de passe', 'Se connecter']);
    expect(within(region).getByText('Identifiant')).toHaveProperty('lang', 'fr');
    expect(
      within(region).getByText(
        'Le nom qui vous désigne sur un site, souvent votre adresse e-mail ou un numéro.',
      ),
    ).toBeTruthy();
  });

  it('notes a word that appears later on the same screen (a dialog, the next step)', async () => {
    const view = render(<Visit lang="en" words={['objet']} />);
    await changeLanguage('en');
    view.rerender(<Visit lang="en" words={['objet']} />);
    const stage = document.querySelector('[data-term="objet"]')?.parentElement;
    await act(async () => {
      const later = document.createElement('span');
      later.dataset.term = 'piece-jointe';
      stage?.append(later);
      await Promise.resolve(); // the MutationObserver's turn
    });
    view.rerender(<Visit lang="en" words={[]} ended />);
    const region = recap('French words you met');
    expect(termsIn(region)).toEqual(['Objet', 'Pièce jointe']);
    await changeLanguage('fr');
  });

  it('gives the meaning in Arabic, the word itself staying French and left to right', async () => {
    await changeLanguage('ar');
    await prepareContentLanguage('ar', false);
    const view = render(<Visit lang="ar" words={['identifiant']} />);
    // In Arabic, the exercise screen offers the explanation too.
    expect(screen.getByRole('button', { name: /الكلمات الفرنسية في هذه الشاشة/ })).toBeTruthy();
    view.rerender(<Visit lang="ar" words={[]} ended />);
    const region = recap('الكلمات الفرنسية التي صادفتها');
    const term = within(region).getByText('Identifiant');
    expect(term.getAttribute('dir')).toBe('ltr');
    expect(
      within(region).getByText('الاسم الذي يعرّفك في الموقع، غالبًا عنوان بريدك الإلكتروني أو رقم.'),
    ).toBeTruthy();
    await changeLanguage('fr');
  });

  it('goes with the visit: a new visit (the area mounted again) has met no word', () => {
    const first = render(<Visit lang="fr" words={['identifiant']} />);
    first.rerender(<Visit lang="fr" words={[]} ended />);
    expect(recap('Mots français rencontrés')).toBeTruthy();
    first.unmount(); // the session ends: the citizen area is unmounted
    render(<Visit lang="fr" words={[]} ended />);
    expect(screen.queryByRole('region', { name: 'Mots français rencontrés' })).toBeNull();
  });
});
