import type { Language } from '../../../../electron/shared/config-schema';
import { peekExercise } from '../content/load';
import { textIn } from '../content/localize';

/** The title of an exercise played in this session (it was loaded to be shown), else its id. */
export const exerciseTitle = (id: string, lang: Language): string => {
  const exercise = peekExercise(id);
  return exercise ? textIn(lang)(exercise.title) : id;
};
