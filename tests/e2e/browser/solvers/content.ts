/** The shipped content, read from disk and parsed with the app's own schema (defaults applied). */
import { readContentFolder, DEFAULT_CONTENT_FOLDER } from '../../../../scripts/content-files';
import {
  exerciseSchema,
  parcoursSchema,
  type Exercise,
  type Parcours,
} from '../../../../renderer/features/citizen/content/schema';

export interface ParcoursWithExercises {
  parcours: Parcours;
  exercises: Exercise[];
}

export function loadContent(): ParcoursWithExercises[] {
  const files = readContentFolder(DEFAULT_CONTENT_FOLDER);
  const exercises = new Map<string, Exercise>();
  const parcours: Parcours[] = [];
  for (const file of files) {
    const raw: unknown = JSON.parse(file.text);
    if (file.kind === 'exercise') {
      const exercise = exerciseSchema.parse(raw);
      exercises.set(exercise.id, exercise);
    } else parcours.push(parcoursSchema.parse(raw));
  }
  return parcours
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
    .map((p) => ({
      parcours: p,
      exercises: p.exercises.map((id) => {
        const exercise = exercises.get(id);
        if (!exercise) throw new Error(`parcours ${p.id}: exercise ${id} missing`);
        return exercise;
      }),
    }));
}
