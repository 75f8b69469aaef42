// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { exerciseSchema } from '../../../renderer/features/citizen/content/schema';
import {
  ExercisePlayer,
  feedbackText,
} from '../../../renderer/features/citizen/player/ExercisePlayer';
import { L } from './render';

const exercise = exerciseSchema.parse({
  id: 'test-choix',
  title: L('Quel dossier ?'),
  competence: '1.2',
  level: 1,
  minutes: 1,
  instructions: L('Choisissez le bon dossier.'),
  readAloud: L('Choisissez le bon dossier.'),
  steps: [
    {
      type: 'choice',
      question: L('Où ranger la photo ?'),
      choices: [
        { id: 'photos', label: L('Photos'), correct: true },
        { id: 'musique', label: L('Musique'), correct: false },
        { id: 'videos', label: L('Vidéos'), correct: false },
      ],
    },
    {
      type: 'choice',
      question: L('Et le PDF ?'),
      choices: [
        { id: 'docs', label: L('Documents'), correct: true },
        { id: 'tel', label: L('Téléchargements'), correct: false },
      ],
    },
  ],
  hint: L('Une photo va avec les photos.'),
  feedback: {
    default: L('Pas ce dossier.'),
    musique: L('La musique, ce sont les chansons.'),
    correct: L('Oui, bien rangé.'),
  },
  illustration: 'folder',
});

function renderPlayer() {
  const onDone = vi.fn();
  render(<ExercisePlayer exercise={exercise} index={1} total={5} lang="fr" onDone={onDone} />);
  return { onDone, user: userEvent.setup() };
}

describe('feedbackText', () => {
  it('uses the feedback written for that answer, else the default', () => {
    expect(feedbackText(exercise, 'musique', 'fr')).toBe('La musique, ce sont les chansons.');
    expect(feedbackText(exercise, 'videos', 'fr')).toBe('Pas ce dossier.');
    expect(feedbackText(exercise, undefined, 'en')).toBe('Pas ce dossier.');
  });
});

describe('ExercisePlayer', () => {
  it('shows the progress, the title, the instructions, and never a timer', async () => {
    renderPlayer();
    expect(screen.getByRole('progressbar', { name: 'Exercice 2 sur 5' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Quel dossier ?' })).toBeTruthy();
    expect(screen.getByText('Étape 1 sur 2')).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Photos' })).toBeTruthy();
    expect(screen.queryByRole('timer')).toBeNull();
    expect(document.body.textContent).not.toMatch(/\d+:\d\d/);
  });

  it('a wrong answer shows its own feedback, then "Indice" shows the hint; "Réessayer" returns', async () => {
    const { user } = renderPlayer();
    expect(screen.queryByRole('button', { name: /Indice/ })).toBeNull();
    await user.click(await screen.findByRole('button', { name: 'Musique' }));
    expect(screen.getByText('Pas tout à fait.')).toBeTruthy();
    expect(screen.getByText('La musique, ce sont les chansons.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Réessayer' }));
    await user.click(screen.getByRole('button', { name: /Indice/ }));
    expect(screen.getByRole('complementary', { name: 'Indice' }).textContent).toContain(
      'Une photo va avec les photos.',
    );
    await user.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(screen.queryByText('Pas tout à fait.')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Musique' }));
  });

  it('a right answer praises, "Continuer" goes to the next step, then ends with success', async () => {
    const { user, onDone } = renderPlayer();
    await user.click(await screen.findByRole('button', { name: 'Photos' }));
    expect(screen.getByText('Bravo, c’est réussi !')).toBeTruthy();
    expect(screen.getByText('Oui, bien rangé.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(screen.getByText('Étape 2 sur 2')).toBeTruthy();
    await user.click(await screen.findByRole('button', { name: 'Documents' }));
    await user.keyboard('{Enter}'); // "Continuer" has focus.
    expect(onDone).toHaveBeenCalledWith('success');
  });

  it('"Passer" skips the exercise', async () => {
    const { user, onDone } = renderPlayer();
    await user.click(screen.getByRole('button', { name: /Passer/ }));
    expect(onDone).toHaveBeenCalledWith('skipped');
  });

  it('opens with the lesson when there is one, then "Je commence l’exercice" shows the practice', async () => {
    const withLesson = exerciseSchema.parse({
      ...exercise,
      lesson: { text: L('Un dossier se range comme un tiroir.'), animation: 'folder-open' },
    });
    const onDone = vi.fn();
    render(<ExercisePlayer exercise={withLesson} index={0} total={5} lang="fr" onDone={onDone} />);
    const user = userEvent.setup();
    expect(screen.getByRole('heading', { level: 2, name: 'Avant de commencer' })).toBeTruthy();
    expect(screen.getByText('Un dossier se range comme un tiroir.')).toBeTruthy();
    expect(screen.getByRole('img', { name: /le dossier s’ouvre/ })).toBeTruthy();
    // The practice is not there yet, nor its instructions.
    expect(screen.queryByRole('button', { name: 'Photos' })).toBeNull();
    expect(screen.queryByText('Choisissez le bon dossier.')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Je commence l’exercice' }));
    expect(await screen.findByRole('button', { name: 'Photos' })).toBeTruthy();
    expect(screen.getByText('Choisissez le bon dossier.')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Avant de commencer' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
    expect(onDone).not.toHaveBeenCalled();
  });
});
