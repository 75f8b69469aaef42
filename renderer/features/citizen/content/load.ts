/**
 * Loads the content files. Parcours are small and bundled with the citizen area; each
 * exercise is its own JSON module, fetched on demand (and prefetched for the first one).
 * Files were validated at build time; they are parsed again here for their defaults.
 */
import { applyOverlay } from './overlay';
import { exerciseSchema, parcoursSchema, type Exercise, type Parcours } from './schema';

// Texts of the languages added as content (docs/content.md), loaded when first chosen.
const exerciseOverlays = import.meta.glob<unknown>(
  '../../../../resources/content/locales/*/exercises/*.json',
  { import: 'default' },
);
const parcoursOverlays = import.meta.glob<unknown>(
  '../../../../resources/content/locales/*/parcours/*.json',
  { import: 'default' },
);
const glossaryOverlays = import.meta.glob<unknown>(
  '../../../../resources/content/locales/*/glossary.json',
  { import: 'default' },
);
const competenceOverlays = import.meta.glob<unknown>(
  '../../../../resources/content/locales/*/competences.json',
  { import: 'default' },
);
const overlayPath = (lang: string, kind: 'exercises' | 'parcours', id: string): string =>
  `../../../../resources/content/locales/${lang}/${kind}/${id}.json`;

/** Content languages prepared so far, with their parcours, word-bank and competence texts. */
const prepared = new Map<
  string,
  { parcours: Map<string, unknown>; glossary: unknown; competences: unknown; markMissing: boolean }
>();

/** `source` with the word-bank or competence texts of every prepared content language. */
export function withPreparedLanguages<T>(source: T, kind: 'glossary' | 'competences'): T {
  let out = source;
  for (const [lang, languageData] of prepared) {
    out = applyOverlay(out, languageData[kind], lang, languageData.markMissing);
  }
  return out;
}

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

/** Every parcours, in display order, with the texts of every prepared content language. */
export function listParcours(): Parcours[] {
  parcoursList ??= Object.values(parcoursFiles)
    .map((raw) => withLanguages(parcoursSchema.parse(raw), (lang) => prepared.get(lang)?.parcours))
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return parcoursList;
}

function withLanguages<T extends { id: string }>(
  item: T,
  overlaysOf: (lang: string) => Map<string, unknown> | undefined,
): T {
  let out = item;
  for (const [lang, { markMissing }] of prepared) {
    out = applyOverlay(out, overlaysOf(lang)?.get(item.id), lang, markMissing);
  }
  return out;
}

/**
 * Loads a content language's parcours texts and makes every later load carry its texts
 * (`markMissing`: the médiateur preview, where a missing text shows in French behind a
 * marker). French and English are in the files themselves: nothing to do for them.
 */
export async function prepareContentLanguage(lang: string, markMissing: boolean): Promise<void> {
  if (lang === 'fr' || lang === 'en' || prepared.get(lang)?.markMissing === markMissing) return;
  const parcours = new Map<string, unknown>();
  await Promise.all(
    Object.values(parcoursFiles).map(async (raw) => {
      const id = (raw as { id: string }).id;
      const load = parcoursOverlays[overlayPath(lang, 'parcours', id)];
      if (load) parcours.set(id, await load());
    }),
  );
  const folder = `../../../../resources/content/locales/${lang}`;
  const glossary = await glossaryOverlays[`${folder}/glossary.json`]?.();
  const competences = await competenceOverlays[`${folder}/competences.json`]?.();
  prepared.set(lang, { parcours, glossary, competences, markMissing });
  parcoursList = null;
  cache.clear();
  loaded.clear();
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
      ? load().then(async (raw) => {
          const exercise = exerciseSchema.parse(raw);
          const overlays = new Map<string, unknown>();
          for (const lang of prepared.keys()) {
            const overlay = exerciseOverlays[overlayPath(lang, 'exercises', id)];
            if (overlay) overlays.set(lang, await overlay());
          }
          return withLanguages(exercise, (lang) => new Map([[id, overlays.get(lang)]]));
        })
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
