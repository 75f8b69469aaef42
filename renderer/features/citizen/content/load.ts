/**
 * Loads the content files. Parcours are small and bundled with the citizen area; each
 * exercise is its own JSON module, fetched on demand (and prefetched for the first one).
 * Files were validated at build time; they are parsed again here for their defaults.
 */
import { exerciseSchema, parcoursSchema, type Exercise, type Parcours } from './schema';

const exerciseFiles = import.meta.glob<unknown>('../../../../resources/content/exercises/*.json', {
  import: 'default',
});
const parcoursFiles = import.meta.glob<unknown>('../../../../resources/content/parcours/*.json', {
  import: 'default',
  eager: true,
});

const fileId = (path: string): string =>
  path.slice(path.lastIndexOf('/') + 1).replace(/\.json$/, '');

const exerciseLoaders = new Map(
  Object.entries(exerciseFiles).map(([path, load]) => [fileId(path), load]),
);

let parcoursList: Parcours[] | null = null;

/** Every parcours, in display order. */
export function listParcours(): Parcours[] {
  parcoursList ??= Object.values(parcoursFiles)
    .map((raw) => parcoursSchema.parse(raw))
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return parcoursList;
}

export function findParcours(id: string): Parcours | undefined {
  return listParcours().find((p) => p.id === id);
}

const cache = new Map<string, Promise<Exercise>>();

/** One exercise, loaded once then kept (the files are small and read-only). */
export function loadExercise(id: string): Promise<Exercise> {
  let pending = cache.get(id);
  if (!pending) {
    const load = exerciseLoaders.get(id);
    pending = load
      ? load().then((raw) => exerciseSchema.parse(raw))
      : Promise.reject(new Error(`exercise ${id} missing`));
    cache.set(id, pending);
    pending.catch(() => cache.delete(id));
  }
  return pending;
}

const loaded = new Map<string, Exercise>();

/** The exercise if it is already loaded (lets a prefetched exercise render at once). */
export function peekExercise(id: string): Exercise | undefined {
  return loaded.get(id);
}

/** Loads and remembers an exercise so `peekExercise` finds it. */
export async function loadAndKeepExercise(id: string): Promise<Exercise> {
  const exercise = await loadExercise(id);
  loaded.set(id, exercise);
  return exercise;
}
