/**
 * The shipped content, read from disk and parsed with the app's own schema (defaults applied);
 * with `lang`, a language added as content, its texts merged in as the app's loader does.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readContentFolder, DEFAULT_CONTENT_FOLDER } from '../../../../scripts/content-files';
import { applyOverlay } from '../../../../renderer/features/citizen/content/overlay';
import {
  exerciseSchema,
  parcoursSchema,
  type Exercise,
  type Parcours,
} from '../../../../renderer/features/citizen/content/schema';

/** A JSON file of the shipped content, by its path under resources/content. */
export function readContentJson<T>(relativePath: string): T {
  return JSON.parse(readFileSync(path.join(DEFAULT_CONTENT_FOLDER, relativePath), 'utf8')) as T;
}

export interface ParcoursWithExercises {
  parcours: Parcours;
  exercises: Exercise[];
}

/** `item` with the texts of `lang`'s overlay file, if that language is added as content. */
function withLanguage<T extends { id: string }>(
  item: T,
  kind: 'exercises' | 'parcours',
  lang: string | undefined,
): T {
  if (!lang || lang === 'fr' || lang === 'en') return item;
  const file = path.join(DEFAULT_CONTENT_FOLDER, 'locales', lang, kind, `${item.id}.json`);
  const overlay: unknown = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
  return applyOverlay(item, overlay, lang, false);
}

export function loadContent(lang?: string): ParcoursWithExercises[] {
  const files = readContentFolder(DEFAULT_CONTENT_FOLDER);
  const exercises = new Map<string, Exercise>();
  const parcours: Parcours[] = [];
  for (const file of files) {
    const raw: unknown = JSON.parse(file.text);
    if (file.kind === 'exercise') {
      const exercise = withLanguage(exerciseSchema.parse(raw), 'exercises', lang);
      exercises.set(exercise.id, exercise);
    } else parcours.push(withLanguage(parcoursSchema.parse(raw), 'parcours', lang));
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
