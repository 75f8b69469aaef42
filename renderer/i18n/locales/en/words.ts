import type { words as fr } from '../fr/words';
import type { Catalog } from '../../types';

export const words: Catalog<typeof fr> = {
  open: 'French words',
  openHint: 'The words of online services, explained',
  title: 'French words of online services',
  intro:
    'Public websites are in French. Here are the words you will see most, with their meaning and an example.',
  meaning: 'What it means',
  exampleLine: 'Example: {{example}}',
  back: 'Back to the courses',
  onScreen: 'French words on this screen',
  onScreenCount_one: 'French words on this screen ({{count}})',
  onScreenCount_other: 'French words on this screen ({{count}})',
  close: 'Close the explanations',
  none: 'No marked word on this screen.',
  met: 'French words you met',
};
